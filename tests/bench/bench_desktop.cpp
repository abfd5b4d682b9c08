// The desktop against the sandbox holding 100 000 private images (issue 5's and 16's benchmark;
// IMSDESK_BENCH_IMAGES sets another number):
//   - time until every row is loaded, against fetching the same pages raw (no decoding, no model)
//     from a fresh sandbox of the same seed, so that both listings are served cold;
//   - the same with 100 ms of latency on every page (a cloud's), against the one-chain marker
//     pager (markerpager.h) under the same latency in the same sandbox: what paging in parallel
//     gains (ImageListing's partitions);
//   - the longest time the GUI thread was blocked during each load, against an idle event loop;
//   - a filter keystroke and a sort by size in the real window;
//   - resident memory per loaded image: the app's alone, so its sandbox runs in a process of its
//     own (imsdesk-sandbox), like a cloud.
// Prints figures; asserts nothing.
#include "../integration/sandboxfixture.h"
#include "../integration/sandboxprocess.h"
#include "blockmeter.h"
#include "desktopapp.h"
#include "imagebrowser.h"
#include "imagefilterproxymodel.h"
#include "imagetableview.h"
#include "mainwindow.h"
#include "markerpager.h"
#include "sandboxlogin.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <memory>

using namespace ims;

namespace {

const int kImages = bench::benchImages(100'000);

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}

// Bytes malloc has handed out and not had back (glibc): what the program holds, without the
// memory freed but kept by the allocator that RSS also counts.
qint64 heapInUse() {
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

double ms(qint64 ns) {
    return double(ns) / 1e6;
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The baseline: the same listing's pages from a fresh sandbox (nothing sorted or serialised yet,
// as for the app), fetched with a bare QNetworkAccessManager following the marker, without
// decoding images or touching a model.
double rawFetchMs() {
    sandbox::SandboxOptions options;
    options.images = kImages;
    sandbox::SandboxServer server(options);
    if (server.start(0) == 0)
        return 0;
    QProcessEnvironment env;
    for (const auto &[name, value] : server.environment())
        env.insert(name, value);
    const bench::PagerRun run = bench::pageThrough(env);
    if (run.images < kImages)
        std::printf("(raw fetch saw %d images)\n", run.images);
    return run.ms;
}

struct WindowLoad {
    double ms = 0;
    double blockedMs = 0;    // the longest the GUI thread was busy at once
    double blockedEndMs = 0; // when that ended, since the load started
    double blockedCpuMs = 0; // how much of it the GUI thread ran (the rest: waiting for a core)
    double busiestCpuMs = 0; // the most CPU the GUI thread spent at once
    double guiCpuMs = 0;     // the GUI thread's CPU time during the whole load
    int rows = 0;
};

// The GUI thread's side of a load: how long it was blocked at once, how much of that it ran,
// and its CPU time in all.
void printBlocks(const char *indent, const WindowLoad &load, double idleGapMs) {
    std::printf("%slongest GUI block in load   %8.1f ms   idle loop      %6.1f ms   ratio %.1fx   "
                "(target < 50 ms; it ended %.0f ms into the load; the GUI thread ran %.1f ms "
                "of it)\n",
                indent, load.blockedMs, idleGapMs, load.blockedMs / std::max(idleGapMs, 0.001),
                load.blockedEndMs, load.blockedCpuMs);
    std::printf("%smost GUI CPU at once        %8.1f ms   GUI thread CPU in the load %6.0f ms\n",
                indent, load.busiestCpuMs, load.guiCpuMs);
}

// Connects `app` to the sandbox and waits until every row is loaded (two minutes at most).
WindowLoad loadEveryRow(DesktopApp &app, const SandboxProcess &sandboxProcess) {
    Credentials credentials;
    QString why;
    const auto profile = sandboxProfile(sandboxProcess.environment(), &credentials, &why);
    if (!profile)
        return {};
    BlockMeter meter;
    QElapsedTimer load;
    // A real event loop, as the window has: processEvents(flags, ms) drops WaitForMoreEvents
    // and spins, which would make the GUI thread a busy one and take a core from the listing.
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    const double cpuBefore = threadCpuMs();
    meter.start();
    load.start();
    app.connectTo(*profile, credentials); // makes the browser the signals below come from
    QObject::connect(app.browser(), &ImageBrowser::loaded, &loop,
                     [&](const QDateTime &, bool stale) {
                         if (!stale)
                             loop.quit();
                     });
    QObject::connect(app.browser(), &ImageBrowser::loading, &loop, [&](int loaded) {
        if (loaded % 10000 == 0)
            std::fprintf(stderr, "%d rows at %lld ms\n", loaded, load.elapsed());
    });
    loop.exec();
    WindowLoad result;
    result.ms = ms(load.nsecsElapsed());
    meter.stop();
    result.blockedMs = meter.worstMs();
    result.blockedEndMs = meter.worstEndMs();
    result.blockedCpuMs = meter.worstCpuMs();
    result.busiestCpuMs = meter.busiestCpuMs();
    result.guiCpuMs = threadCpuMs() - cpuBefore;
    result.rows = app.images()->rowCount();
    std::fprintf(stderr, "loaded: %d at %.0f ms\n", result.rows, result.ms);
    return result;
}

void forgetListingCache() {
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

// The window and the one-chain pager, each listing every page with `latencyMs` on each page of
// the sandbox (a fault added now, for the rest of the run).
void latencyFigures(const SandboxProcess &sandboxProcess, int latencyMs, double idleGapMs) {
    const QProcessEnvironment env = sandboxProcess.environment();
    if (!bench::addSandboxFault(
            env, QStringLiteral("latency:route=^GET /v2/cloudimages,ms=%1").arg(latencyMs))) {
        std::printf("  (the sandbox refused the latency fault)\n");
        return;
    }
    std::fprintf(stderr, "one-chain pager, %d ms a page…\n", latencyMs);
    const bench::PagerRun pager = bench::pageThrough(env);
    forgetListingCache();
    WindowLoad load;
    {
        DesktopApp app;
        app.window()->show();
        load = loadEveryRow(app, sandboxProcess);
    }
    std::printf("  with %d ms a page (%d pages of 500):\n", latencyMs, pager.pages);
    std::printf("  load every row              %8.0f ms   one-chain pager %5.0f ms   ratio %.2fx   "
                "(target <= 0.3x; rows loaded: %d)\n",
                load.ms, pager.ms, load.ms / pager.ms, load.rows);
    printBlocks("  ", load, idleGapMs);
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    forgetListingCache();

    SandboxProcess sandboxProcess({QStringLiteral("--images"), QString::number(kImages)});
    if (!sandboxProcess.ready())
        return 1;

    BlockMeter idle;
    idle.start();
    QTest::qWait(500);
    const double idleGapMs = idle.worstMs();

    const qint64 residentBefore = residentBytes();
    const qint64 heapBefore = heapInUse();
    auto app = std::make_unique<DesktopApp>();
    app->window()->show();
    const WindowLoad load = loadEveryRow(*app, sandboxProcess);
    const double loadMs = load.ms;
    const int rows = load.rows;
    QTest::qWait(300); // let the listing cache be written before memory is read
    const double bytesPerImage = double(residentBytes() - residentBefore) / std::max(rows, 1);
    const double heapPerImage = double(heapInUse() - heapBefore) / std::max(rows, 1);

    std::fprintf(stderr, "raw fetch…\n");
    const double rawMs = rawFetchMs();

    // Keystrokes: the search applies after its debounce; time the filtering and the repaint.
    // Typing a word every image matches ("b", "bu"), then one that matches none: the table goes
    // from 100 000 rows to none, the costliest case for the view.
    auto *proxy = qobject_cast<ImageFilterProxyModel *>(app->window()->imageTable()->model());
    const auto keystrokeMs = [proxy](const char *text) {
        QElapsedTimer keystroke;
        keystroke.start();
        proxy->setSearchText(QString::fromLatin1(text));
        QCoreApplication::processEvents();
        return ms(keystroke.nsecsElapsed());
    };
    const double firstKeyMs = keystrokeMs("b");
    const double nextKeyMs = keystrokeMs("bu");
    const double noMatchKeyMs = keystrokeMs("bux");
    keystrokeMs("");

    QElapsedTimer sort;
    sort.start();
    app->window()->imageTable()->horizontalHeader()->setSortIndicator(ImageTableModel::Size,
                                                                      Qt::DescendingOrder);
    QCoreApplication::processEvents();
    const double sortMs = ms(sort.nsecsElapsed());
    // Say what the sort did, so the figure cannot stand for a sort that never happened.
    const bool sortedBySize =
        proxy->sortColumn() == ImageTableModel::Size &&
        proxy->imageAt(0).sizeBytes >= proxy->imageAt(proxy->rowCount() - 1).sizeBytes;

    std::printf("imsdesk against the sandbox with %d private images (rows loaded: %d)\n", kImages,
                rows);
    std::printf("  load every row              %8.0f ms   raw page fetch %6.0f ms   ratio %.2fx   "
                "(target <= 1.3x, < 3000 ms)\n",
                loadMs, rawMs, loadMs / rawMs);
    printBlocks("  ", load, idleGapMs);
    std::printf("  filter keystroke, first     %8.1f ms   (target < 30 ms)\n", firstKeyMs);
    std::printf("  filter keystroke, next      %8.1f ms\n", nextKeyMs);
    std::printf("  filter keystroke, no match  %8.1f ms   (100 000 rows to none)\n", noMatchKeyMs);
    std::printf("  sort by size                %8.1f ms   (target < 300 ms)%s\n", sortMs,
                sortedBySize ? "" : "  NOT SORTED");
    std::printf(
        "  resident memory per image   %8.0f bytes (target < 2048)   heap in use %6.0f bytes\n",
        bytesPerImage, heapPerImage);
    std::fflush(stdout);
    app.reset(); // one window at a time: the next one lists from scratch
    latencyFigures(sandboxProcess, 100, idleGapMs);
    return 0;
}
