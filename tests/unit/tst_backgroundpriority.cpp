// Background work yields to the GUI thread: a thread that declares itself background runs with a
// higher nice value than the GUI thread, which keeps its own; declaring it twice changes nothing.
#include "backgroundpriority.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <thread>

using namespace ims;

namespace {

int niceOfThisThread() {
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

// The nice value of a new thread before and after it declared itself background (twice).
struct Observed {
    int before = 0;
    int after = 0;
    int afterSecondCall = 0;
};

Observed observeBackgroundThread() {
    Observed seen;
    std::thread worker([&seen] {
        seen.before = niceOfThisThread();
        runAsBackgroundThread();
        seen.after = niceOfThisThread();
        runAsBackgroundThread();
        seen.afterSecondCall = niceOfThisThread();
    });
    worker.join();
    return seen;
}

} // namespace

class TestBackgroundPriority final : public QObject {
    Q_OBJECT

private slots:
    void backgroundThreadYieldsAndTheCallerKeepsItsPriority() {
        const int gui = niceOfThisThread();
        const Observed seen = observeBackgroundThread();
        QCOMPARE(seen.before, gui); // a new thread starts as its creator
        QCOMPARE(seen.after, std::min(19, gui + kBackgroundNiceIncrement));
        QVERIFY(seen.after > gui || gui == 19);
        QCOMPARE(seen.afterSecondCall, seen.after); // once per thread, not once per task
        QCOMPARE(niceOfThisThread(), gui);          // the GUI thread is untouched
    }

    // Background work runs on a pool of its own: the global pool's threads, which also run
    // what somebody waits for (a cached listing painted at start), keep the GUI's priority.
    void backgroundPoolLeavesTheGlobalPoolAlone() {
        const int gui = niceOfThisThread();
        QVERIFY(backgroundThreadPool() != QThreadPool::globalInstance());
        const int background = QtConcurrent::run(backgroundThreadPool(), [] {
                                   runAsBackgroundThread();
                                   return niceOfThisThread();
                               }).result();
        QCOMPARE(background, std::min(19, gui + kBackgroundNiceIncrement));
        // Every thread the global pool has is asked at once, so that none is left out.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QList<QFuture<int>> global;
        for (int i = 0; i < threads; ++i)
            global << QtConcurrent::run([] { return niceOfThisThread(); });
        for (QFuture<int> &nice : global)
            QCOMPARE(nice.result(), gui);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
