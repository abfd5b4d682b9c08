// Figures, not a test, each as a ratio to a baseline measured in the same run:
//   1. `imsctl images list --format json` (the real process) of 100 000 images of the sandbox
//      (IMSDESK_BENCH_IMAGES sets another number), against the one-chain marker pager
//      (markerpager.h) of the same pages: its time, and its peak resident memory (the child's
//      VmHWM, polled) whatever the number of images, as it prints page by page;
//   2. the same with 100 ms of latency on every page (a cloud's, a sandbox fault): what paging
//      in parallel gains (ImageListing's partitions) against one chain;
//   3. listing 10 000 images of a real Glance (the tests/peer harness) with imsctl, with curl
//      following the same pages, and with `openstack image list` (IMSDESK_BENCH_PEER=0 skips
//      it). The images are created once (tag bench10k) and kept in the harness's state
//      directory under the build tree for later runs.
// The window's figures are bench_desktop's.
#include "../integration/sandboxprocess.h"
#include "imagerequests.h"
#include "markerpager.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace ims;

namespace {

constexpr int kPeerImages = 10'000;
const QString kTag = QStringLiteral("bench10k");
QTextStream out(stdout);

QProcessEnvironment peerEnvironment(const QString &script, const QString &state) {
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    start.start(QStringLiteral("bash"), {script, QStringLiteral("start"), state});
    start.waitForFinished(300'000);
    QProcess env;
    env.start(QStringLiteral("bash"), {script, QStringLiteral("env"), state});
    env.waitForFinished(30'000);
    QProcessEnvironment result = QProcessEnvironment::systemEnvironment();
    for (const QByteArray &line : env.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("export "))
            continue;
        const QByteArray pair = line.mid(7);
        QString value = QString::fromUtf8(pair.mid(pair.indexOf('=') + 1));
        if (value.startsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        result.insert(QString::fromUtf8(pair.left(pair.indexOf('='))), value);
    }
    return result;
}

int countTagged(Session &session) {
    ImageListQuery query;
    query.view = ImageView::Private;
    query.filters = {{QStringLiteral("tag"), kTag}};
    query.pageSize = 1000;
    ListGlanceImagesRequest list(&session, query);
    int total = 0;
    QEventLoop loop;
    QObject::connect(&list, &ImageListRequest::finished, &loop, [&](const Result<int> &r) {
        total = r.ok() ? r.value() : -1;
        loop.quit();
    });
    list.start();
    loop.exec();
    return total;
}

void createMissing(Session &session, int missing) {
    int next = 0, running = 0, done = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (running < 16 && next < missing) {
            ImageMetadata metadata;
            metadata.name = QStringLiteral("bench-%1").arg(next++, 5, 10, QLatin1Char('0'));
            metadata.tags = {kTag};
            auto *request = new CreateImageMetadataRequest(&session, metadata);
            ++running;
            QObject::connect(request, &CreateImageMetadataRequest::finished, &loop,
                             [&, request](const Result<Image> &) {
                                 request->deleteLater();
                                 --running;
                                 if (++done % 1000 == 0)
                                     out << "  created " << done << '\n' << Qt::flush;
                                 if (next >= missing && running == 0)
                                     loop.quit();
                                 else
                                     launch();
                             });
            request->start();
        }
    };
    launch();
    loop.exec();
}

// Median wall time of `runs` runs of a command; -1 when it fails.
double medianMs(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                int runs, qsizetype *outputSize) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        p.waitForFinished(600'000);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        const QByteArray output = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            return -1;
        *outputSize = output.size();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

struct ChildRun {
    double ms = 0;
    qint64 peakKb = 0; // the child's peak resident set (VmHWM)
    qint64 outputBytes = 0;
    int elements = 0; // of the JSON array it printed
    int exitCode = -1;
};

// The peak resident set of process `pid` so far (VmHWM of /proc/<pid>/status), in KiB; 0 once
// it is gone.
qint64 peakResidentKb(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Runs imsctl with stdout to a file and stderr dropped, reading its VmHWM every 5 ms until it
// ends: the peak is a high-water mark, so the last reading holds it but for the last
// milliseconds (the exit, which frees). Not the child's ru_maxrss: the kernel counts in it the
// parent's resident set at fork, this benchmark's own.
ChildRun runImsctl(const QStringList &args, QProcessEnvironment env, const QString &home) {
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    const QString outPath = home + QStringLiteral("/out.json");
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(outPath);
    process.setStandardErrorFile(QProcess::nullDevice());
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
    if (!process.waitForStarted())
        return run;
    const qint64 pid = process.processId();
    while (!process.waitForFinished(5) && process.state() != QProcess::NotRunning)
        run.peakKb = std::max(run.peakKb, peakResidentKb(pid));
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QFile output(outPath);
    if (output.open(QIODevice::ReadOnly)) {
        const QByteArray json = output.readAll();
        run.outputBytes = json.size();
        run.elements = int(json.count("\n    {\n")); // "[\n    {\n" counts the first
        if (!json.endsWith("\n]\n"))
            run.exitCode = -2;
    }
    return run;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Sections 1 and 2, in one sandbox: warm first (a pager walk), then without latency, then with.
int sandboxFigures() {
    const int images = bench::benchImages(100'000);
    SandboxProcess sandboxProcess({QStringLiteral("--images"), QString::number(images)});
    if (!sandboxProcess.ready()) {
        out << "bench_list: the sandbox did not start\n";
        return 1;
    }
    const QProcessEnvironment env = sandboxProcess.environment();
    QTemporaryDir home;
    const QStringList list = {QStringLiteral("images"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("json")};
    const bench::PagerRun warm = bench::pageThrough(env); // every page sorted and served once
    out << "bench_list: the sandbox with " << images << " private images (" << warm.images
        << " listed, " << warm.pages << " pages of 500)\n"
        << Qt::flush;

    QList<double> pagerMs, imsctlMs;
    ChildRun imsctl;
    qint64 peakKb = 0;
    QStringList peaks;
    for (int i = 0; i < 3; ++i) {
        pagerMs.append(bench::pageThrough(env).ms);
        imsctl = runImsctl(list, env, home.path());
        imsctlMs.append(imsctl.ms);
        peakKb = std::max(peakKb, imsctl.peakKb);
        peaks << QString::number(imsctl.peakKb / 1024);
    }
    const double pager = median(pagerMs);
    const double listed = median(imsctlMs);
    out << "  imsctl images list --format json  " << qRound(listed) << " ms, one-chain pager "
        << qRound(pager) << " ms: ratio " << QString::number(listed / pager, 'f', 2)
        << "x (median of 3; " << imsctl.elements << " images, " << imsctl.outputBytes / 1048576
        << " MiB of JSON, exit " << imsctl.exitCode << ")\n";
    out << "  imsctl peak resident memory       " << peakKb / 1024
        << " MiB (target <= 100 MiB, whatever the number of images; runs: "
        << peaks.join(QStringLiteral(", ")) << " MiB)\n"
        << Qt::flush;

    const int latencyMs = 100;
    if (!bench::addSandboxFault(
            env, QStringLiteral("latency:route=^GET /v2/cloudimages,ms=%1").arg(latencyMs))) {
        out << "bench_list: the sandbox refused the latency fault\n";
        return 1;
    }
    const bench::PagerRun slowPager = bench::pageThrough(env);
    const ChildRun slow = runImsctl(list, env, home.path());
    out << "  with " << latencyMs << " ms a page: imsctl " << qRound(slow.ms)
        << " ms, one-chain pager " << qRound(slowPager.ms) << " ms: ratio "
        << QString::number(slow.ms / slowPager.ms, 'f', 2) << "x (target <= 0.3x; " << slow.elements
        << " images, peak " << slow.peakKb / 1024 << " MiB, exit " << slow.exitCode << ")\n"
        << Qt::flush;
    return 0;
}

} // namespace

int peerFigures() {
    const QString script = QStringLiteral(IMSDESK_SOURCE_DIR "/tests/peer/openstack-peer.sh");
    if (!QFile::exists(script)) {
        // Not a failure of the `bench` target: this figure needs tests/peer in the tree.
        out << "bench_list: skipped, it needs the Keystone + Glance harness " << script << '\n';
        return 0;
    }
    const QString state = QStringLiteral(IMSDESK_BIN_DIR "/bench-peer-state");
    QProcessEnvironment env = peerEnvironment(script, state);
    if (env.value(QStringLiteral("OS_AUTH_URL")).isEmpty()) {
        out << "bench_list: the harness did not start\n";
        return 1;
    }
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    Session session(*profile, credentials);
    const int existing = countTagged(session);
    if (existing < kPeerImages) {
        out << "bench_list: creating " << kPeerImages - existing << " images (once)\n" << Qt::flush;
        createMissing(session, kPeerImages - existing);
    }
    out << "bench_list: " << countTagged(session) << " images tagged " << kTag << " in Glance\n";

    env.insert(QStringLiteral("IMSDESK_CLOUD"), QStringLiteral("openstack"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), state + QStringLiteral("/bench-home"));
    qsizetype size = 0;
    const double imsctl = medianMs(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"),
                                   {QStringLiteral("images"), QStringLiteral("list"),
                                    QStringLiteral("--filter"), QStringLiteral("tag=") + kTag,
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   env, 3, &size);
    out << "  imsctl images list --format json: " << qRound(imsctl) << " ms (" << size / 1024
        << " KiB)\n";
    // curl: one token, then every page of the same query (200 a page, as imsctl asks).
    const QString curlLoop =
        QStringLiteral(
            R"(tok=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$OS_USERNAME\",\"password\":\"$OS_PASSWORD\",\"domain\":{\"name\":\"$OS_USER_DOMAIN_NAME\"}}}},\"scope\":{\"project\":{\"name\":\"$OS_PROJECT_NAME\",\"domain\":{\"name\":\"$OS_USER_DOMAIN_NAME\"}}}}}" "$OS_AUTH_URL/auth/tokens" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p')
next="/v2/images?owner=$OS_PROJECT_ID&tag=%1&limit=200"
while [ -n "$next" ]; do
  page=$(curl -s -H "X-Auth-Token: $tok" "$OS_IMAGE_ENDPOINT$next")
  printf '%s' "$page"
  next=$(printf '%s' "$page" | grep -o '"next": *"[^"]*"' | sed 's/.*: *"//; s/"$//')
done)")
            .arg(kTag);
    const double curl =
        medianMs(QStringLiteral("bash"), {QStringLiteral("-c"), curlLoop}, env, 3, &size);
    out << "  curl following the same pages: " << qRound(curl) << " ms (" << size / 1024
        << " KiB)\n";
    const double openstack =
        medianMs(QStringLiteral("openstack"),
                 {QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--tag"), kTag,
                  QStringLiteral("-f"), QStringLiteral("json")},
                 env, 3, &size);
    out << "  openstack image list --tag (its default paging): " << qRound(openstack) << " ms ("
        << size / 1024 << " KiB)\n";
    // The images stay in the state directory for the next run; the servers stop.
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), state});
    out << "bench_list ratios: imsctl/curl = " << QString::number(imsctl / curl, 'f', 2)
        << ", openstack/imsctl = " << QString::number(openstack / imsctl, 'f', 2) << '\n';
    return 0;
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (const int code = sandboxFigures(); code != 0)
        return code;
    if (qEnvironmentVariable("IMSDESK_BENCH_PEER") == QLatin1String("0"))
        return 0;
    return peerFigures();
}
