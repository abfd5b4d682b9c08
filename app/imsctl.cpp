// imsctl: the command line over api/. Data goes to stdout, progress and errors to stderr.
#include "imsctl/commands.h"
#include "imsdesk_version.h"
#include "logging.h"
#include "processhardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

const char kDescription[] =
    R"(Command line for IMS and OpenStack Glance images, sharing profiles and
keychain with imsdesk.

Commands:
  images list [--view private|public|shared|pending|all] [--filter KEY=VALUE]...
  images show ID...
  images delete ID...
  images copy ID --name NAME [--region REGION]... [--agency AGENCY] [--wait]
  images create --server SERVER_ID --name NAME [--wait]
  images export ID --bucket-url BUCKET:FILE [--file-format F] [--quick] [--wait]
  images share ID... --project PROJECT_ID... [--wait]
  shares accept ID... | shares reject ID...   [--wait]
                            answer images shared with this project
  jobs [--watch]            the jobs imsdesk and imsctl follow, refreshed from the cloud
  servers list              ECS servers (for images create)
  profiles [--presets]      saved profiles, or the region presets
  profiles add NAME --cloud huawei|otc|g42|openstack|sandbox --region REGION
               [--identity-url URL] [--image-url URL] [--user USER --domain DOMAIN |
               --access-key AK] [--project NAME_OR_ID]
                            the password or secret key is read from stdin into the keychain
                            (typed without echo on a terminal)
  profiles remove NAME | profiles rename NAME NEW | profiles default NAME
                            remove and rename take the keychain entries along, or refuse
                            while the keychain is locked
  Profile names: letters, digits, spaces and - _ . ( ) @ +, at most 64, unique ignoring case.

Every listing takes --format table|json|csv; JSON uses the API's own field names.
The cloud comes from --profile NAME, else from the OpenStack environment (OS_AUTH_URL,
OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME or OS_PROJECT_ID, OS_USER_DOMAIN_NAME,
OS_REGION_NAME; OS_ACCESS_KEY + OS_SECRET_KEY for AK/SK signing when OS_PASSWORD is unset;
OS_IMAGE_ENDPOINT / OS_ECS_ENDPOINT override the catalog; IMSDESK_CLOUD=openstack|otc|huawei|
g42|sandbox names the cloud), else from the default profile.
Copies and creations print their job ids, or with --wait follow the jobs (progress on
stderr) and print the new image ids.

Exit codes:
  0  success
  1  the cloud refused or failed the operation
  2  bad command line
  3  no usable profile, or the login failed
  4  the cloud could not be reached, or did not answer in time
  5  an asynchronous job ended in FAIL
  6  the cloud does not offer this operation (e.g. IMS-only actions on plain OpenStack))";

} // namespace

int main(int argc, char *argv[]) {
    ims::disableCoreDumps(); // before any secret is read (keychain, stdin, OS_PASSWORD)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));
    ims::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile to use."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("table (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("Which images to list."),
                                  QStringLiteral("VIEW"), QStringLiteral("private"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Exact-match filter, e.g. status=active."),
                                    QStringLiteral("KEY=VALUE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name of the new image."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("Description of the new image."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Destination region (repeatable)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QStringLiteral("IAM agency for cross-region copies."),
                                    QStringLiteral("AGENCY"), QStringLiteral("ims_admin_agency"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("ECS server id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Follow the jobs."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Follow unfinished jobs until they end."));
    const QCommandLineOption presets(QStringLiteral("presets"),
                                     QStringLiteral("List the region presets."));
    const QCommandLineOption cloud(QStringLiteral("cloud"), QStringLiteral("Kind of cloud."),
                                   QStringLiteral("KIND"));
    const QCommandLineOption identityUrl(
        QStringLiteral("identity-url"), QStringLiteral("IAM/Keystone URL."), QStringLiteral("URL"));
    const QCommandLineOption imageUrl(QStringLiteral("image-url"),
                                      QStringLiteral("Image (IMS/Glance) URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."),
                                  QStringLiteral("USER"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Domain (account) name."),
                                    QStringLiteral("DOMAIN"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        QStringLiteral("Project name or id (profiles add); project id to share with (images "
                       "share, repeatable)."),
        QStringLiteral("P"));
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       QStringLiteral("Access key (AK/SK signing)."),
                                       QStringLiteral("AK"));
    const QCommandLineOption bucketUrl(QStringLiteral("bucket-url"),
                                       QStringLiteral("OBS destination of an export."),
                                       QStringLiteral("BUCKET:FILE"));
    const QCommandLineOption fileFormat(QStringLiteral("file-format"),
                                        QStringLiteral("Exported file format (qcow2, vhd, zvhd, "
                                                       "vmdk, raw, zvhd2)."),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Quick export."));
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Log requests to stderr (secrets redacted)."));
    parser.addOptions({profile,  format, view,   filter,  name,      description, region,
                       agency,   server, wait,   watch,   presets,   cloud,       identityUrl,
                       imageUrl, user,   domain, project, accessKey, debug});
    parser.addOptions({bucketUrl, fileFormat, quick});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See above."));
    parser.process(app);

    if (parser.isSet(debug))
        QLoggingCategory::setFilterRules(QStringLiteral("imsdesk.*.debug=true"));

    imsctl::Context ctx;
    const QString fmt = parser.value(format);
    if (fmt == QLatin1String("json"))
        ctx.format = imsctl::Format::Json;
    else if (fmt == QLatin1String("csv"))
        ctx.format = imsctl::Format::Csv;
    else if (fmt != QLatin1String("table"))
        return ctx.usage(QStringLiteral("--format takes table, json or csv"));

    imsctl::Options options;
    options.view = parser.value(view);
    options.filters = parser.values(filter);
    options.name = parser.value(name);
    options.description = parser.value(description);
    options.regions = parser.values(region);
    options.agency = parser.value(agency);
    options.server = parser.value(server);
    options.wait = parser.isSet(wait);
    options.watch = parser.isSet(watch);
    options.presets = parser.isSet(presets);
    options.cloud = parser.value(cloud);
    options.region = parser.value(region);
    options.identityUrl = parser.value(identityUrl);
    options.imageUrl = parser.value(imageUrl);
    options.user = parser.value(user);
    options.domain = parser.value(domain);
    options.project = parser.value(project);
    options.accessKey = parser.value(accessKey);
    options.bucketUrl = parser.value(bucketUrl);
    options.fileFormat = parser.value(fileFormat);
    options.quick = parser.isSet(quick);
    options.projects = parser.values(project); // images share: repeatable

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command.isEmpty())
        return ctx.usage(QStringLiteral("no command given"));
    if (command == QLatin1String("profiles"))
        return imsctl::profiles(ctx, args, options);

    const bool known =
        (command == QLatin1String("images") &&
         QStringList{"list", "show", "delete", "copy", "create", "export", "share"}.contains(
             sub)) ||
        (command == QLatin1String("shares") && QStringList{"accept", "reject"}.contains(sub)) ||
        command == QLatin1String("jobs") ||
        (command == QLatin1String("servers") && sub == QLatin1String("list"));
    if (!known)
        return ctx.usage(QStringLiteral("unknown command '%1'").arg(args.join(QLatin1Char(' '))));
    if (const int code = ctx.connect(parser.value(profile)); code != imsctl::Ok)
        return code;

    if (command == QLatin1String("jobs"))
        return imsctl::jobs(ctx, options);
    if (command == QLatin1String("servers"))
        return imsctl::serversList(ctx);
    const QStringList ids = args.mid(2);
    if (command == QLatin1String("shares"))
        return imsctl::sharesAnswer(ctx, ids, sub == QLatin1String("accept"), options);
    if (sub == QLatin1String("list"))
        return imsctl::imagesList(ctx, options);
    if (sub == QLatin1String("create"))
        return imsctl::imagesCreate(ctx, options);
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("images %1 needs an image id").arg(sub));
    if (sub == QLatin1String("show"))
        return imsctl::imagesShow(ctx, ids);
    if (sub == QLatin1String("delete"))
        return imsctl::imagesDelete(ctx, ids);
    if (sub == QLatin1String("share"))
        return imsctl::imagesShare(ctx, ids, options);
    if (ids.size() != 1)
        return ctx.usage(QStringLiteral("images %1 takes one image id").arg(sub));
    if (sub == QLatin1String("export"))
        return imsctl::imagesExport(ctx, ids.first(), options);
    return imsctl::imagesCopy(ctx, ids.first(), options);
}
