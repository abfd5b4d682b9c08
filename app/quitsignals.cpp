#include "quitsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ims {

namespace {

Q_LOGGING_CATEGORY(lcSignals, "imsdesk.signals", QtInfoMsg)

// [0] is read by the notifier, [1] written by the handler. -1 until install().
int g_pipe[2] = {-1, -1};

constexpr int kQuitSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void onQuitSignal(int signalNumber) {
    // Only async-signal-safe calls: write(2), and errno kept for the interrupted code. The
    // socket is non-blocking, so a flood of signals cannot block here (one byte is enough).
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

bool QuitSignals::install() {
    if (g_pipe[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    ::fcntl(g_pipe[0], F_SETFL, ::fcntl(g_pipe[0], F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // a read or write the signal interrupts goes on
    for (const int signalNumber : kQuitSignals)
        ::sigaction(signalNumber, &action, nullptr);
    return true;
}

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent) {
    if (g_pipe[0] < 0) {
        qCWarning(lcSignals) << "quit signals were not installed; SIGTERM ends imsdesk at once";
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::readSignal);
}

QuitSignals::~QuitSignals() = default;

void QuitSignals::ignoreFurtherSignals() {
    m_ignoring = true;
}

int QuitSignals::exec() {
    if (m_received != 0)
        QMetaObject::invokeMethod(
            this, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

void QuitSignals::readSignal() {
    unsigned char byte = 0;
    bool any = false;
    while (::read(g_pipe[0], &byte, 1) == 1) // drain: several signals are one quit
        any = true;
    if (!any || m_received != 0 || m_ignoring)
        return;
    m_received = byte;
    qCDebug(lcSignals) << "quitting on signal" << m_received;
    emit quitRequested(m_received);
    if (!m_quitsApplication)
        return;
    // exit(), not quit(): it also ends a nested event loop (a modal dialog, a wait at start)
    // and works before QApplication::exec() has started, where quit() does nothing.
    QCoreApplication::exit(0);
}

} // namespace ims
