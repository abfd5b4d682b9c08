// Every executable starts, answers --help and --version, and exits cleanly.
#include "imsdesk_version.h"

#include <QProcess>
#include <QTest>

class TestExecutables final : public QObject {
    Q_OBJECT

private slots:
    void answersHelpAndVersion_data();
    void answersHelpAndVersion();
    void rejectsUnknownOption_data() { answersHelpAndVersion_data(); }
    void rejectsUnknownOption();
};

void TestExecutables::answersHelpAndVersion_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("purpose");
    QTest::newRow("imsdesk") << IMSDESK_BIN_DIR "/app/imsdesk"
                             << "Browse and manage machine images";
    QTest::newRow("imsctl") << IMSDESK_BIN_DIR "/app/imsctl"
                            << "Command line for IMS";
    QTest::newRow("imsdesk-sandbox") << IMSDESK_BIN_DIR "/sandbox/imsdesk-sandbox"
                                     << "local IAM + IMS + ECS emulator";
}

static QString run(const QString &program, const QStringList &arguments, int *exitCode) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        qFatal("%s did not finish", qPrintable(program));
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

void TestExecutables::answersHelpAndVersion() {
    QFETCH(QString, program);
    QFETCH(QString, purpose);
    int exitCode = -1;
    const QString help = run(program, {QStringLiteral("--help")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(help.contains(purpose), qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("--version")), qPrintable(help));

    const QString version = run(program, {QStringLiteral("--version")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.contains(QLatin1String(kImsdeskVersion)), qPrintable(version));
}

void TestExecutables::rejectsUnknownOption() {
    QFETCH(QString, program);
    int exitCode = 0;
    const QString output = run(program, {QStringLiteral("--no-such-option")}, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains(QLatin1String("Unknown option")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
