// Every executable starts, answers --help and --version, and exits cleanly; also with no display
// at all (`ssh host imsdesk --version`, help2man making the man pages), before any GUI object.
#include "imsdesk_version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExecutables final : public QObject {
    Q_OBJECT

private slots:
    void answersHelpAndVersion_data();
    void answersHelpAndVersion();
    void rejectsUnknownOption_data() { answersHelpAndVersion_data(); }
    void rejectsUnknownOption();
    void acceptsQtGuiOptions_data();
    void acceptsQtGuiOptions();
    void debugHelpNeedsNoDisplay();
    void debugLogsRequests_data();
    void debugLogsRequests();
};

namespace {

const QString kImsdesk = QStringLiteral(IMSDESK_BIN_DIR "/app/imsdesk");

struct Run {
    int exitCode = -1; // -1: crashed or aborted
    QString output;
};

// Runs a program; `noDisplay` takes away every way to reach a display (as over ssh), else it
// gets the offscreen platform the tests run with.
Run run(const QString &program, const QStringList &arguments, bool noDisplay) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (noDisplay)
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        qFatal("%s did not finish", qPrintable(program));
    Run result;
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

} // namespace

void TestExecutables::answersHelpAndVersion_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<bool>("noDisplay");
    const struct {
        const char *name;
        QString program;
        const char *purpose;
    } programs[] = {
        {"imsdesk", kImsdesk, "Browse and manage machine images"},
        {"imsctl", QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), "Command line for IMS"},
        {"imsdesk-sandbox", QStringLiteral(IMSDESK_BIN_DIR "/sandbox/imsdesk-sandbox"),
         "local IAM + IMS + ECS emulator"},
    };
    for (const auto &p : programs) {
        QTest::addRow("%s offscreen", p.name) << p.program << p.purpose << false;
        QTest::addRow("%s no display", p.name) << p.program << p.purpose << true;
    }
}

void TestExecutables::answersHelpAndVersion() {
    QFETCH(QString, program);
    QFETCH(QString, purpose);
    QFETCH(bool, noDisplay);
    const Run help = run(program, {QStringLiteral("--help")}, noDisplay);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.output.contains(purpose), qPrintable(help.output));
    QVERIFY2(help.output.contains(QLatin1String("--version")), qPrintable(help.output));

    const Run version = run(program, {QStringLiteral("--version")}, noDisplay);
    QCOMPARE(version.exitCode, 0);
    const QString expected = QFileInfo(program).fileName() + QLatin1Char(' ') +
                             QLatin1String(kImsdeskVersion) + QLatin1Char('\n');
    QCOMPARE(version.output, expected); // what help2man and scripts read
}

void TestExecutables::rejectsUnknownOption() {
    QFETCH(QString, program);
    QFETCH(bool, noDisplay);
    const Run result = run(program, {QStringLiteral("--no-such-option")}, noDisplay);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.output.contains(QLatin1String("Unknown option 'no-such-option'")),
             qPrintable(result.output));
}

// imsdesk reads its command line before QApplication exists, which then reads Qt's own options:
// those must still pass (here with --version, so that nothing opens a window).
void TestExecutables::acceptsQtGuiOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("-platform offscreen") << QStringList{"-platform", "offscreen"};
    QTest::newRow("--platform offscreen") << QStringList{"--platform", "offscreen"};
    QTest::newRow("-style Fusion") << QStringList{"-style", "Fusion"};
    QTest::newRow("-reverse") << QStringList{"-reverse"};
    QTest::newRow("-qwindowgeometry") << QStringList{"-qwindowgeometry", "800x600+0+0"};
    QTest::newRow("--debug") << QStringList{"--debug"};
}

void TestExecutables::acceptsQtGuiOptions() {
    QFETCH(QStringList, arguments);
    const Run result = run(kImsdesk, arguments << QStringLiteral("--version"), true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.output.contains(QLatin1String(kImsdeskVersion)), qPrintable(result.output));
}

void TestExecutables::debugHelpNeedsNoDisplay() {
    const Run result = run(kImsdesk, {QStringLiteral("--debug"), QStringLiteral("--help")}, true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.output.contains(QLatin1String("--debug")), qPrintable(result.output));
}

// --debug shows imsdesk's own debug lines (each request) whatever the saved log level; without
// it the saved level applies. The in-process sandbox's line for the listing (its category is
// turned on through the environment) tells that the window has sent its listing request.
void TestExecutables::debugLogsRequests_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("savedLevel"); // empty: no settings file
    QTest::addColumn<bool>("debugLines");
    QTest::newRow("--debug") << QStringList{"--debug"} << QString() << true;
    QTest::newRow("--debug over a saved warning") << QStringList{"--debug"} << "warning" << true;
    QTest::newRow("saved debug") << QStringList() << "debug" << true;
    QTest::newRow("saved info") << QStringList() << "info" << false;
    QTest::newRow("first run") << QStringList() << QString() << false;
}

void TestExecutables::debugLogsRequests() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, savedLevel);
    QFETCH(bool, debugLines);
    QTemporaryDir home;
    const QString root = home.path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("OS_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/imsdesk-test-bus"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("qt.qpa.*=false\nimsdesk.sandbox.debug=true"));
    if (!savedLevel.isEmpty()) {
        QVERIFY(QDir().mkpath(root + QStringLiteral("/config/imsdesk")));
        QFile settings(root + QStringLiteral("/config/imsdesk/imsdesk.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[log]\nlevel=" + savedLevel.toLatin1() + "\n");
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    process.start(kImsdesk, arguments << QStringLiteral("--sandbox"));
    QVERIFY(process.waitForStarted(10000));
    QByteArray log;
    QElapsedTimer timer;
    timer.start();
    const QByteArray listed = "GET /v2/cloudimages"; // the sandbox's line (imsdesk.sandbox)
    while (!log.contains(listed) && timer.elapsed() < 30000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
    }
    // The window's line for that request is written in the same call that sent it, before the
    // quit (its event) is handled: everything up to the end of the process has it.
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    log += process.readAllStandardError();
    QVERIFY2(log.contains(listed), log.constData());
    QVERIFY2(log.contains("imsdesk.api: attempt 1 GET ") == debugLines, log.constData());
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
