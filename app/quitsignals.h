#pragma once

#include <QObject>

class QSocketNotifier;

namespace ims {

// SIGTERM (logout, `systemctl stop`, `kill`), SIGINT (Ctrl-C) and SIGHUP (its terminal closed)
// end imsdesk the way closing its window does: the event loop returns 0, and main() then
// finishes the pending keychain writes and saves the window state.
//
// A signal handler may call almost nothing (no Qt, no allocation), so it only writes the signal
// number into a socket pair; a QSocketNotifier on the other end ends the event loop from the
// GUI thread (Qt's "Calling Qt Functions From Unix Signal Handlers").
class QuitSignals final : public QObject {
    Q_OBJECT

public:
    // Creates the socket pair and installs the handlers: call it first in main(), before the
    // QApplication exists. A signal that arrives before the notifier exists waits in the socket.
    // Returns false (the signals then keep their default action) when the socket pair cannot be
    // made.
    static bool install();

    // Watches the socket; needs the application object. Call install() before.
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    // The signal that asked to quit, 0 while none has.
    int received() const { return m_received; }

    // QApplication::exec(), except when a signal has already asked to quit (handled in a nested
    // event loop before exec(), say a modal message at start): then the loop only starts to end
    // at once, which also takes Qt out of its quitting state, so that the waits after it (the
    // keychain writes) still wait. Returns the exit status, 0 after a signal.
    int exec();

    // From now on signals are read and ignored: the quit under way (keychain writes, saving) is
    // not cut short by a second one.
    void ignoreFurtherSignals();

    // Whether a signal also ends the event loops (QCoreApplication::exit), as imsdesk wants; a
    // caller that handles quitRequested itself (imsctl cancelling an upload, which needs the
    // event loop to delete the queued image) turns that off. Default: true.
    void setQuitsApplication(bool quits) { m_quitsApplication = quits; }

signals:
    void quitRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
    bool m_ignoring = false;
    bool m_quitsApplication = true;
};

} // namespace ims
