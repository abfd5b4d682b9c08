// Figures, not a test: listing 10 000 images of a real Glance (the tests/peer harness) with
// `imsctl images list`, with curl following the same pages, and with `openstack image list`,
// in one run, as ratios. The images are created once (tag bench10k) and kept in the harness's
// state directory under the build tree for later runs.
#include "imagerequests.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace ims;

namespace {

constexpr int kImages = 10'000;
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

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
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
    if (existing < kImages) {
        out << "bench_list: creating " << kImages - existing << " images (once)\n" << Qt::flush;
        createMissing(session, kImages - existing);
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
