// SIGTERM (a logout), SIGINT (Ctrl-C) and SIGHUP (a closed terminal) make the real imsdesk quit as
// from its window: exit status 0, the window state written, and restored at the next start. And
// a signal that arrives before anything watches for it (before the window exists) is not lost.
#include "quitsignals.h"
#include "settingskeys.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <csignal>
#include <sys/types.h>

namespace {

const QString kImsdesk = QStringLiteral(IMSDESK_BIN_DIR "/app/imsdesk");
// A geometry no first start would choose: seen again only when imsdesk restored it.
const QRect kGeometry(37, 41, 700, 500);

QByteArray savedGeometry(const QRect &rect) {
    QWidget widget;
    widget.setGeometry(rect);
    return widget.saveGeometry();
}

QRect restoredGeometry(const QByteArray &saved) {
    QWidget widget;
    return widget.restoreGeometry(saved) ? widget.geometry() : QRect();
}

} // namespace

class TestSignals final : public QObject {
    Q_OBJECT

private slots:
    void quitSavesTheWindowState_data();
    void quitSavesTheWindowState();
    void signalBeforeTheApplicationIsKept();
    void signalInANestedLoopBeforeExecQuits();

private:
    // Runs `imsdesk --sandbox` in `home` until its images are listed, sends `signalNumber`, and
    // waits for it to end. Returns false (with the reason logged) when it did not get that far.
    bool runUntilSignal(const QTemporaryDir &home, int signalNumber, QProcess &process);
};

bool TestSignals::runUntilSignal(const QTemporaryDir &home, int signalNumber, QProcess &process) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("OS_")))
            env.remove(name);
    }
    const QString root = home.path();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No keychain service to reach, and no X display to start one on.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/imsdesk-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    // The in-process sandbox logs each request: the listing's tells the window is up.
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("qt.qpa.*=false\nimsdesk.sandbox.debug=true"));
    QDir().mkpath(root + QStringLiteral("/run"));
    QFile::setPermissions(root + QStringLiteral("/run"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(kImsdesk, {QStringLiteral("--sandbox")});
    if (!process.waitForStarted(10000)) {
        qWarning("imsdesk did not start: %s", qPrintable(process.errorString()));
        return false;
    }
    process.setReadChannel(QProcess::StandardError); // where the log goes
    QByteArray log;
    QElapsedTimer timer;
    timer.start();
    while (!log.contains("GET /v2/cloudimages") && timer.elapsed() < 30000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
    }
    if (!log.contains("GET /v2/cloudimages")) {
        qWarning("imsdesk did not list its images: %s", log.constData());
        return false;
    }
    ::kill(pid_t(process.processId()), signalNumber);
    if (!process.waitForFinished(20000)) {
        qWarning("imsdesk did not end after signal %d", signalNumber);
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return true;
}

void TestSignals::quitSavesTheWindowState_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestSignals::quitSavesTheWindowState() {
    QFETCH(int, signalNumber);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString file = home.path() + QStringLiteral("/config/imsdesk/imsdesk.conf");
    {
        // A previous run left only a window geometry: the rest is written only by quitting.
        QSettings settings(file, QSettings::IniFormat);
        ims::settings::WindowGeometry.write(settings, savedGeometry(kGeometry));
    }
    for (int start = 1; start <= 2; ++start) {
        QProcess imsdesk;
        QVERIFY(runUntilSignal(home, signalNumber, imsdesk));
        QCOMPARE(imsdesk.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(imsdesk.exitCode(), 0);
        const QSettings settings(file, QSettings::IniFormat);
        QVERIFY2(!ims::settings::WindowState.read(settings).isEmpty(),
                 "the window state was not saved");
        QVERIFY(!ims::settings::ImageHeaderState.read(settings).isEmpty());
        // Restored at start (else the first start's default would have been saved), saved again.
        QCOMPARE(restoredGeometry(ims::settings::WindowGeometry.read(settings)), kGeometry);
    }
}

void TestSignals::signalBeforeTheApplicationIsKept() {
    // In this process, as in imsdesk's main(): the handlers first, a SIGTERM before the
    // notifier (and any window) exists; the event loop then returns 0 at once, having seen it.
    QVERIFY(ims::QuitSignals::install());
    ::raise(SIGTERM); // this process would end here with the default action
    ims::QuitSignals quitSignals;
    QTimer::singleShot(10000, qApp, [] { QCoreApplication::exit(7); }); // a lost signal
    QCOMPARE(QCoreApplication::exec(), 0);
    QCOMPARE(quitSignals.received(), int(SIGTERM));
    // Once the quit is under way further signals are read and ignored: still running.
    ::raise(SIGINT);
    QTest::qWait(100);
    QCOMPARE(quitSignals.received(), int(SIGTERM));
}

void TestSignals::signalInANestedLoopBeforeExecQuits() {
    // A SIGTERM while imsdesk shows a modal message at start (a nested event loop, before
    // exec()): the message's loop ends, exec() then ends at once with 0, and a wait after it
    // (as for the keychain writes) still waits rather than returning at once.
    QVERIFY(ims::QuitSignals::install());
    ims::QuitSignals quitSignals;
    QEventLoop modal;
    QTimer::singleShot(0, &modal, [] { ::raise(SIGTERM); });
    QTimer::singleShot(10000, &modal, [&modal] { modal.exit(7); }); // a lost signal
    QCOMPARE(modal.exec(), 0);
    QCOMPARE(quitSignals.received(), int(SIGTERM));
    QCOMPARE(quitSignals.exec(), 0);
    quitSignals.ignoreFurtherSignals();
    QEventLoop keychainWait;
    QTimer::singleShot(20, &keychainWait, [&keychainWait] { keychainWait.exit(3); });
    QCOMPARE(keychainWait.exec(), 3); // -1 would mean Qt still quits every loop at once
}

QTEST_MAIN(TestSignals)
#include "tst_signals.moc"
