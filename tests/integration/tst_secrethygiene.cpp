// What imsdesk and imsctl leave where others can read: log lines and core files. Each program
// runs as a child against the imsdesk-sandbox process with every imsdesk.* (and qt.network.*)
// category at debug level, logs in for real and lists images; its whole stderr (every message,
// through whatever handler it installed) must hold neither the password, the secret key, the
// security token nor a token the cloud issued. A probe preloaded into the child reports, from
// inside it after start-up, that it is not dumpable and has no core file limit above zero.
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSecretHygiene final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretInDebugLogsAndNoCoreDumps_data();
    void noSecretInDebugLogsAndNoCoreDumps();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSecretHygiene::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(m_sandbox->ready());
}

void TestSecretHygiene::noSecretInDebugLogsAndNoCoreDumps_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("aksk");
    QTest::newRow("imsdesk, password") << "imsdesk" << false;
    QTest::newRow("imsdesk, ak/sk + security token") << "imsdesk" << true;
    QTest::newRow("imsctl, password") << "imsctl" << false;
    QTest::newRow("imsctl, ak/sk + security token") << "imsctl" << true;
}

void TestSecretHygiene::noSecretInDebugLogsAndNoCoreDumps() {
    QFETCH(QString, program);
    QFETCH(bool, aksk);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith("OS_"))
            env.remove(name);
    const QProcessEnvironment cloud = m_sandbox->environment();
    for (const QString &name : cloud.keys())
        env.insert(name, cloud.value(name));
    const QString securityToken = QStringLiteral("temporary-security-token-7d1c");
    if (aksk) {
        env.remove("OS_PASSWORD"); // a password would win over the keys
        env.insert("OS_SECURITY_TOKEN", securityToken);
    }
    for (const char *dir : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QLatin1String(dir), home.filePath(QLatin1String(dir)));
    env.insert("QT_LOGGING_RULES", "imsdesk.*.debug=true\nqt.network.*.debug=true");
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/imsdesk-test-bus");
    const QString probe = home.filePath("probe.txt");
    env.insert("IMSDESK_PROBE_OUT", probe);
    env.insert("LD_PRELOAD", QStringLiteral(IMSDESK_DUMPABLE_PROBE));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const bool window = program == QLatin1String("imsdesk");
    child.start(QStringLiteral(IMSDESK_BIN_DIR "/app/") + program,
                window ? QStringList{}
                       : QStringList{"images", "list", "--view", "private", "--format", "json"});
    QVERIFY(child.waitForStarted());
    QByteArray log;
    QElapsedTimer waited;
    waited.start();
    // The window never ends by itself: it has logged in and listed once its requests answered.
    const qsizetype answers = window ? 3 : 1; // token, images, quota…; imsctl: its listing
    const auto listed = [&log, answers] { return log.count("\xe2\x86\x92 200") >= answers; };
    while (waited.elapsed() < 30000 && child.state() != QProcess::NotRunning &&
           !(window && listed())) {
        child.waitForReadyRead(200);
        log += child.readAllStandardError();
    }
    QFile report(probe);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray dumpable = report.readAll().trimmed();
    if (window) {
        child.terminate();
        if (!child.waitForFinished(10000))
            child.kill();
    }
    child.waitForFinished(30000);
    log += child.readAllStandardError();
    const QByteArray out = child.readAllStandardOutput();
    if (!window)
        QVERIFY2(child.exitCode() == 0, log.right(2000).constData());

    // Debug logging was really on, and the login and the listing really happened.
    QVERIFY2(listed(), log.right(2000).constData());
    if (!window)
        QVERIFY(out.contains("db-golden"));
    // Not printed on failure: the message would be the leak.
    QVERIFY2(!log.contains(cloud.value("OS_PASSWORD").toUtf8()), "the password is in the log");
    QVERIFY2(!log.contains(cloud.value("OS_SECRET_KEY").toUtf8()), "the secret key is in the log");
    QVERIFY2(!log.contains(securityToken.toUtf8()), "the security token is in the log");
    // The sandbox's tokens are "gAAAAA" and 96 hex digits.
    static const QRegularExpression token(QStringLiteral("gAAAAA[0-9a-f]{16}"));
    QVERIFY2(!token.match(QString::fromUtf8(log)).hasMatch(), "a token is in the log");

    QCOMPARE(dumpable, QByteArray("dumpable=0 core=0/0"));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
