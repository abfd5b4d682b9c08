#include "backgroundpriority.h"

#include <QThread>
#include <QThreadPool>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#endif

namespace ims {

void runAsBackgroundThread() {
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (current == -1 && errno != 0)
        return;
    // A failure leaves the thread as it was: slower to yield, never wrong.
    (void)::setpriority(PRIO_PROCESS, thread, std::min(19, current + kBackgroundNiceIncrement));
#endif
}

namespace {

// As many threads as the global pool: concurrent chains still decode side by side, only behind
// the GUI thread. Destroyed at exit after its tasks ended, as the global pool is.
struct BackgroundPool : QThreadPool {
    BackgroundPool() {
        setObjectName(QStringLiteral("imsdesk-background"));
        setMaxThreadCount(QThread::idealThreadCount());
    }
};
Q_GLOBAL_STATIC(BackgroundPool, g_backgroundPool)

} // namespace

QThreadPool *backgroundThreadPool() {
    return g_backgroundPool();
}

} // namespace ims
