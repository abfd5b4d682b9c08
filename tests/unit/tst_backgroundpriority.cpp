// Background work yields to the GUI thread: a thread that declares itself background runs with a
// higher nice value than the GUI thread, which keeps its own; declaring it twice changes nothing.
#include "backgroundpriority.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
