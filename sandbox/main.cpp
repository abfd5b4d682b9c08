// imsdesk-sandbox: the local IAM + IMS + ECS emulator as a program of its own.
#include "sandboxserver.h"
#include "seed.h"

#include "imsdesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>

namespace {

// Single-quotes a value for a POSIX shell when it holds anything but safe characters.
QString shellQuote(const QString &value) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

int fail(const char *message) {
    std::fprintf(stderr, "imsdesk-sandbox: %s\n", message);
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    // Block the stop signals before any thread starts, so that only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local IAM + IMS + ECS emulator on 127.0.0.1 for imsdesk, imsctl and OpenStack clients.\n"
        "It prints shell export lines (OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME,\n"
        "OS_ACCESS_KEY, OS_SECRET_KEY, OS_IMAGE_ENDPOINT, OS_ECS_ENDPOINT, the OS_MEMBER_* "
        "identity\n"
        "for sharing, …), then '# ready', and serves until SIGTERM or SIGINT. Use it as\n"
        "  eval \"$(imsdesk-sandbox --images 100 | sed '/# ready/q')\"  (in a coprocess or a "
        "fifo)\n"
        "and then e.g. `openstack image list`.\n"
        "Regions eu-de (the server root) and eu-nl (/region/eu-nl), or as many as --regions\n"
        "says (eu-ch2, ap-southeast-1, … at /region/NAME), each with a project named after it\n"
        "(GET /v3/auth/projects lists them), and the project eu-de_partner. Admin API (loopback, "
        "with the header X-Sandbox-Admin-Token set to the\n"
        "printed IMSDESK_SANDBOX_ADMIN_TOKEN, new each run): GET/POST/DELETE /_sandbox/faults,\n"
        "PUT /_sandbox/quota, GET /_sandbox/deleted-backups, GET /_sandbox/obs,\n"
        "PUT/DELETE /_sandbox/obs/BUCKET/OBJECT {\"size\", \"format\", \"virtual_size\"},\n"
        "GET /_sandbox/backups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QStringLiteral("TCP port on 127.0.0.1; 0 (default) picks a free one."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the generated data and credentials; the same seed "
                       "gives the same images, ids and passwords (default 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption imagesOption(
        QStringLiteral("images"),
        QStringLiteral("Adds n private images (bulk-000000…) to project eu-de, "
                       "e.g. 100000 for paging and speed tests (default 0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption perRegionOption(
        QStringLiteral("images-per-region"),
        QStringLiteral("Adds n private images (bulk-REGION-000000…) to every region's own "
                       "project, eu-de included (besides its --images), e.g. 5000 with "
                       "--regions 6 for listing every region at once (default 0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption perSecondOption(
        QStringLiteral("images-per-second"),
        QStringLiteral("How many of the --images (and of each region's --images-per-region) "
                       "share each created_at second (default 1: one a second), e.g. 500 for "
                       "listings split on created_at."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption regionsOption(
        QStringLiteral("regions"),
        QStringLiteral("How many regions to seed, 2 to 12 (default 2: eu-de and eu-nl; then "
                       "eu-ch2, ap-southeast-1, ap-southeast-2, …). Each has its project, its "
                       "images, its servers and copies of eu-de's web-frontend-2025 and db-golden "
                       "(__originalimagename)."),
        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption jobOption(
        QStringLiteral("job-seconds"),
        QStringLiteral("How long an asynchronous job (create, copy, export, share, "
                       "server start/stop) takes: INIT for the first tenth, then "
                       "RUNNING with rising process_percent, then SUCCESS (default 6)."),
        QStringLiteral("s"), QStringLiteral("6"));
    const QCommandLineOption uploadOption(
        QStringLiteral("upload-seconds"),
        QStringLiteral("IMS flavour: how long an image whose bytes arrived through PUT "
                       "/v2/images/{id}/file stays saving before it is active, or killed when "
                       "the bytes do not match its disk_format or its min_disk (default 1.5)."),
        QStringLiteral("s"), QStringLiteral("1.5"));
    const QCommandLineOption ttlOption(
        QStringLiteral("token-ttl"),
        QStringLiteral("Lifetime of IAM tokens in seconds (default 86400 = 24 h)."),
        QStringLiteral("s"), QStringLiteral("86400"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral(
            "Keep the state in this JSON file across restarts (written "
            "atomically, at most once a second and on exit); uploaded "
            "image data goes to FILE.data/. When FILE exists, its data and seed are used "
            "and --seed/--images/--images-per-region are ignored. Default: memory only."),
        QStringLiteral("file"));
    const QCommandLineOption capOption(
        QStringLiteral("upload-cap"),
        QStringLiteral("Largest accepted image upload in bytes; larger uploads get 413 "
                       "(default 68719476736 = 64 GiB)."),
        QStringLiteral("bytes"), QStringLiteral("68719476736"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault; repeatable. SPEC is KIND[:key=value,…] with KIND one of "
            "latency (ms=, at most 300000), error (status=500|503), gateway (the API gateway "
            "answers with its own body, APIG.0101 for the default status=404, on any route), "
            "throttle (429, retry_after=), "
            "drop (close the connection without an answer; when=after: after making the change), "
            "malformed (broken JSON body), truncated (half a body), expire-token (the presented "
            "token expires now), job-fail (code=, reason=: jobs made by the request fail). "
            "Keys for all kinds: route= (regular expression searched in "
            "\"METHOD /path\"), rate= (0..1), count= (fire at most n times), skip= (let n matching "
            "requests through first), region= (only requests to that region's endpoint; IAM is "
            "global and never matches). Examples: "
            "--fault 'throttle:route=GET /v2/cloudimages,retry_after=2,count=1', "
            "--fault 'error:status=500,route=^GET /v2/cloudimages,region=eu-nl'."),
        QStringLiteral("spec"));
    const QCommandLineOption flavorOption(
        QStringLiteral("flavor"),
        QStringLiteral(
            "Which cloud to play: ims (default) answers like Open Telekom Cloud's IMS, whose "
            "native PATCH /v2/images changes only the name, __description and extension "
            "attributes (403 for base attributes such as min_disk or protected), next to the IMS "
            "extension API; glance answers like a plain OpenStack Glance: native PATCH changes "
            "base attributes too, and there is no IMS extension API (/v2/cloudimages is 404, "
            "/v1/cloudimages/... gets the version list)."),
        QStringLiteral("name"), QStringLiteral("ims"));
    parser.addOptions({portOption, seedOption, imagesOption, perRegionOption, perSecondOption,
                       regionsOption, jobOption, uploadOption, ttlOption, stateOption, capOption,
                       faultOption, flavorOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail("--port takes a number from 0 to 65535");
    sandbox::SandboxOptions options;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail("--seed takes a non-negative number");
    options.images = parser.value(imagesOption).toInt(&ok);
    if (!ok || options.images < 0 || options.images > 5000000)
        return fail("--images takes a number from 0 to 5000000");
    options.imagesPerRegion = parser.value(perRegionOption).toInt(&ok);
    if (!ok || options.imagesPerRegion < 0 || options.imagesPerRegion > 1000000)
        return fail("--images-per-region takes a number from 0 to 1000000");
    options.imagesPerSecond = parser.value(perSecondOption).toInt(&ok);
    if (!ok || options.imagesPerSecond < 1 || options.imagesPerSecond > 5000000)
        return fail("--images-per-second takes a number from 1 to 5000000");
    options.regions = parser.value(regionsOption).toInt(&ok);
    if (!ok || options.regions < sandbox::kMinRegions || options.regions > sandbox::kMaxRegions)
        return fail("--regions takes a number from 2 to 12");
    options.jobSeconds = parser.value(jobOption).toDouble(&ok);
    if (!ok || options.jobSeconds < 0 || options.jobSeconds > 86400)
        return fail("--job-seconds takes a number of seconds from 0 to 86400");
    options.uploadSeconds = parser.value(uploadOption).toDouble(&ok);
    if (!ok || options.uploadSeconds < 0 || options.uploadSeconds > 3600)
        return fail("--upload-seconds takes a number of seconds from 0 to 3600");
    options.tokenTtlSeconds = parser.value(ttlOption).toLongLong(&ok);
    if (!ok || options.tokenTtlSeconds < 1)
        return fail("--token-ttl takes a positive number of seconds");
    options.uploadCapBytes = parser.value(capOption).toLongLong(&ok);
    if (!ok || options.uploadCapBytes < 0)
        return fail("--upload-cap takes a number of bytes");
    options.stateFile = parser.value(stateOption);
    options.faults = parser.values(faultOption);
    const auto flavor = sandbox::flavorFromName(parser.value(flavorOption));
    if (!flavor)
        return fail("--flavor takes ims or glance");
    options.flavor = *flavor;

    sandbox::SandboxServer server(options);
    if (server.start(quint16(port)) == 0) {
        std::fprintf(stderr, "imsdesk-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    for (const auto &[name, value] : server.environment())
        std::printf("export %s=%s\n", qPrintable(name), qPrintable(shellQuote(value)));
    std::printf("# ready\n");
    std::fflush(stdout);

    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}
