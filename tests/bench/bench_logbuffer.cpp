// Figures, not a test: what a log line costs with the log window's buffer behind the redacting
// handler, and how many GUI events a log storm from worker threads posts.
#include "logbuffer.h"
#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <memory>
#include <vector>

namespace {

void silent(QtMsgType, const QMessageLogContext &, const QString &) {}

double nsPerLine(qint64 elapsedNs, int lines) {
    return double(elapsedNs) / lines;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    qInstallMessageHandler(silent); // what the redacting handler passes on to: nothing to print
    ims::installRedactingMessageHandler();
    ims::applyLogLevel(QStringLiteral("debug"));
    ims::registerSecret(QStringLiteral("password-of-the-benchmark"));
    ims::registerSecret(QStringLiteral("MIIsome-token-value-0123456789"));
    QTextStream out(stdout);
    constexpr int kLines = 200000;
    const QString url =
        QStringLiteral("https://ims.eu-de.otc.t-systems.com/v2/cloudimages?limit=500");

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kLines; ++i)
        (void)ims::redact(QStringLiteral("attempt 1 GET %1 %2").arg(url).arg(i));
    const qint64 redactOnly = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < kLines; ++i)
        qCDebug(lcApi).noquote() << "attempt 1 GET" << url << i;
    const qint64 throughHandler = timer.nsecsElapsed();
    out << "bench_logbuffer: redact() alone "
        << QString::number(nsPerLine(redactOnly, kLines), 'f', 0)
        << " ns/line; qCDebug through the handler into the buffer "
        << QString::number(nsPerLine(throughHandler, kLines), 'f', 0) << " ns/line; kept "
        << ims::LogBuffer::global().size() << " lines, " << ims::LogBuffer::global().bytes() / 1024
        << " KiB\n";

    // A storm: 4 threads log while the main thread's event loop runs.
    int announcements = 0;
    QObject::connect(&ims::LogBuffer::global(), &ims::LogBuffer::entriesAdded,
                     [&announcements] { ++announcements; });
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back(QThread::create([url] {
            for (int i = 0; i < kLines / 4; ++i)
                qCDebug(lcApi).noquote() << "attempt 1 GET" << url << i;
        }));
    timer.restart();
    for (auto &thread : threads)
        thread->start();
    bool running = true;
    while (running) {
        QCoreApplication::processEvents();
        running = false;
        for (auto &thread : threads)
            running = running || thread->isRunning();
    }
    QCoreApplication::processEvents();
    const qint64 storm = timer.nsecsElapsed();
    out << "bench_logbuffer: " << kLines << " lines from 4 threads in "
        << QString::number(storm / 1e6, 'f', 0) << " ms posted " << announcements
        << " entriesAdded signals ("
        << QString::number(double(kLines) / qMax(1, announcements), 'f', 0)
        << " lines per signal)\n";
    return 0;
}
