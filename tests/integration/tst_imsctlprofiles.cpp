// imsctl profiles against a real Secret Service (with-keyring.sh) and the sandbox: a profile
// added with its password on stdin is used by --profile and as the default; the settings file
// holds no secret; removing it removes the secret too.
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestImsctlProfiles final : public QObject {
    Q_OBJECT

private slots:
    void addUseAndRemove();
};

void TestImsctlProfiles::addUseAndRemove() {
    SandboxProcess sandbox;
    QVERIFY(sandbox.ready());
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith("OS_"))
            env.remove(name);
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    const auto imsctl = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString password = sandbox.value("OS_PASSWORD");
    const auto [added, addOut] =
        imsctl({"profiles", "add", "sb", "--cloud", "sandbox", "--region", "eu-de",
                "--identity-url", sandbox.value("OS_AUTH_URL"), "--user",
                sandbox.value("OS_USERNAME"), "--domain", "Default", "--project", "eu-de"},
               password.toUtf8() + "\n");
    QVERIFY2(added == 0, addOut.constData());

    const auto [listed, profiles] = imsctl({"profiles", "--format", "csv"});
    QCOMPARE(listed, 0);
    QVERIFY(profiles.contains("sb,sandbox,eu-de,password"));
    for (const QStringList &args :
         {QStringList{"--profile", "sb", "images", "list", "--format", "json"},
          QStringList{"images", "list", "--format", "json"}}) {
        const auto [code, out] = imsctl(args);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("db-golden"));
    }
    // No secret in any file the profile left.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }
    QCOMPARE(imsctl({"profiles", "remove", "sb"}).first, 0);
    QCOMPARE(imsctl({"--profile", "sb", "images", "list"}).first, 3);
    // Added again without a password on stdin: refused, nothing saved.
    QCOMPARE(imsctl({"profiles", "add", "sb", "--cloud", "sandbox", "--region", "eu-de", "--user",
                     "u", "--identity-url", sandbox.value("OS_AUTH_URL")})
                 .first,
             2);
}

QTEST_GUILESS_MAIN(TestImsctlProfiles)
#include "tst_imsctlprofiles.moc"
