// imsctl profiles against a real Secret Service (with-keyring.sh) and the sandbox: a profile
// added with its password on stdin is used by --profile and as the default; the settings file
// holds no secret; removing it removes the secret too.
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestImsctlProfiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addUseAndRemove();
    void refusesBadInput_data();
    void refusesBadInput();
    void terminalPasswordIsNotEchoed_data();
    void terminalPasswordIsNotEchoed();
    void removeRefusedWhileKeychainUnreachable();
    void renameMovesTheSecrets();

private:
    struct Run {
        int code;
        QByteArray output;
    };
    Run imsctl(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &extra = {});
    QStringList addArgs(const QString &name) const;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

void TestImsctlProfiles::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(m_sandbox->ready());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_env.keys())
        if (name.startsWith("OS_"))
            m_env.remove(name);
    m_env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    m_env.insert("XDG_DATA_HOME", m_home.filePath("data"));
}

TestImsctlProfiles::Run TestImsctlProfiles::imsctl(const QStringList &args, const QByteArray &input,
                                                   const QProcessEnvironment &extra) {
    QProcess p;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
}

QStringList TestImsctlProfiles::addArgs(const QString &name) const {
    return {"profiles",
            "add",
            name,
            "--cloud",
            "sandbox",
            "--region",
            "eu-de",
            "--identity-url",
            m_sandbox->value("OS_AUTH_URL"),
            "--user",
            m_sandbox->value("OS_USERNAME"),
            "--domain",
            "Default",
            "--project",
            "eu-de"};
}

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

void TestImsctlProfiles::refusesBadInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("slash in the name") << addArgs("team/prod") << "not \"/\"";
    QTest::newRow("leading space") << addArgs(" prod") << "cannot start or end with a space";
    QTest::newRow("taken, other case") << addArgs("TAKEN") << "\"taken\" already exists";
    QTest::newRow("environment") << addArgs("environment") << "OS_* environment";
    QStringList leaky = addArgs("leaky");
    leaky[leaky.indexOf("--identity-url") + 1] = "https://alice:url-pa55word@iam.example/v3";
    QTest::newRow("password in the identity url")
        << leaky << "--identity-url must not contain a user name or password";
    QStringList image = addArgs("leaky");
    image << "--image-url"
          << "https://bob:url-pa55word@ims.example";
    QTest::newRow("password in the image url")
        << image << "--image-url must not contain a user name or password";
}

void TestImsctlProfiles::refusesBadInput() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray password = m_sandbox->value("OS_PASSWORD").toUtf8() + "\n";
    if (!imsctl({"profiles", "--format", "csv"}).output.contains("taken,"))
        QCOMPARE(imsctl(addArgs("taken"), password).code, 0);
    const Run refused = imsctl(args, password);
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.output.contains(message.toUtf8()), refused.output.constData());
    QVERIFY(!refused.output.contains("url-pa55word"));
    // Nothing saved: the listing has the one profile added above.
    const Run listed = imsctl({"profiles", "--format", "csv"});
    QCOMPARE(listed.output.count('\n'), 2); // header + "taken"
    // The OS_* environment refuses a URL with user info too, before any request.
    QProcessEnvironment env;
    env.insert("OS_AUTH_URL", "https://alice:env-pa55word@127.0.0.1:1/v3");
    env.insert("OS_USERNAME", "u");
    env.insert("OS_PASSWORD", "p");
    env.insert("OS_PROJECT_NAME", "eu-de");
    const Run fromEnv = imsctl({"images", "list"}, {}, env);
    QCOMPARE(fromEnv.code, 3);
    QVERIFY2(fromEnv.output.contains("OS_AUTH_URL must not contain a user name or password"),
             fromEnv.output.constData());
    QVERIFY(!fromEnv.output.contains("env-pa55word"));
}

void TestImsctlProfiles::terminalPasswordIsNotEchoed_data() {
    QTest::addColumn<bool>("aksk");
    QTest::newRow("password") << false;
    QTest::newRow("secret key") << true;
}

void TestImsctlProfiles::terminalPasswordIsNotEchoed() {
    // imsctl on a pseudo-terminal, as in an interactive shell: the prompt says the secret is not
    // shown, and what the "user" types never comes back on the terminal.
    QFETCH(bool, aksk);
    const QString name = aksk ? "tty-keys" : "tty";
    const QString secret = m_sandbox->value(aksk ? "OS_SECRET_KEY" : "OS_PASSWORD");
    QStringList args = addArgs(name);
    if (aksk) {
        args[args.indexOf("--project") + 1] = m_sandbox->value("OS_PROJECT_ID");
        args << "--access-key" << m_sandbox->value("OS_ACCESS_KEY") << "--image-url"
             << m_sandbox->value("OS_IMAGE_ENDPOINT");
    }
    const QString driver = QStringLiteral(R"(
import os, pty, select, sys, time
secret = os.environ["TTY_SECRET"].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen = b""
def read_until(marker, seconds):
    global seen
    end = time.time() + seconds
    while marker not in seen and time.time() < end:
        if not select.select([fd], [], [], max(0, end - time.time()))[0]:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
read_until(b"(not shown): ", 30)
os.write(fd, secret + b"\n")
read_until(b"\x00never", 30)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(seen)
sys.exit(os.waitstatus_to_exitcode(status))
)");
    QProcess python;
    QProcessEnvironment env = m_env;
    env.insert("TTY_SECRET", secret);
    python.setProcessEnvironment(env);
    python.start("python3",
                 QStringList{"-c", driver, QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl")} + args);
    QVERIFY(python.waitForFinished(60000));
    const QByteArray terminal = python.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0, terminal + python.readAllStandardError());
    QVERIFY2(terminal.contains(QStringLiteral("for profile '%1' (not shown): ").arg(name).toUtf8()),
             terminal.constData());
    QVERIFY(!terminal.contains(secret.toUtf8())); // the output would show the secret: not printed
    QVERIFY(terminal.contains(name.toUtf8() + "\r\n")); // the profile's name, on its own line
    // The secret typed there is the one stored: the profile logs in.
    const Run listed = imsctl({"--profile", name, "images", "list", "--format", "json"});
    QVERIFY2(listed.code == 0, listed.output.constData());
}

void TestImsctlProfiles::removeRefusedWhileKeychainUnreachable() {
    const QByteArray password = m_sandbox->value("OS_PASSWORD").toUtf8() + "\n";
    QCOMPARE(imsctl(addArgs("locked"), password).code, 0);
    // No Secret Service reachable (as with a locked or missing keyring): the profile stays, so
    // that its password does not stay behind in the keychain without it.
    QProcessEnvironment noKeychain;
    noKeychain.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/imsdesk-test-bus");
    noKeychain.insert("DISPLAY", "");
    const Run refused = imsctl({"profiles", "remove", "locked"}, {}, noKeychain);
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.output.contains("keychain is locked or unavailable, so profile 'locked' was "
                                     "not removed"),
             refused.output.constData());
    QVERIFY(imsctl({"profiles", "--format", "csv"}).output.contains("locked,sandbox"));
    QCOMPARE(imsctl({"--profile", "locked", "images", "list"}).code, 0);
    // With the keychain back, the removal goes through and takes the secret with it.
    QCOMPARE(imsctl({"profiles", "remove", "locked"}).code, 0);
    QVERIFY(!imsctl({"profiles", "--format", "csv"}).output.contains("locked,"));
    const Run gone = imsctl(addArgs("locked"), {});
    QCOMPARE(gone.code, 2); // no secret on stdin
}

void TestImsctlProfiles::renameMovesTheSecrets() {
    const QByteArray password = m_sandbox->value("OS_PASSWORD").toUtf8() + "\n";
    QCOMPARE(imsctl(addArgs("before"), password).code, 0);
    QProcessEnvironment noKeychain;
    noKeychain.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/imsdesk-test-bus");
    noKeychain.insert("DISPLAY", "");
    const Run locked = imsctl({"profiles", "rename", "before", "after"}, {}, noKeychain);
    QVERIFY2(locked.code == 3, locked.output.constData());
    QVERIFY2(locked.output.contains("keychain is locked or unavailable, so profile 'before' was "
                                    "not renamed"),
             locked.output.constData());
    const Run refused = imsctl({"profiles", "rename", "before", "team/after"});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.output.contains("not \"/\""), refused.output.constData());
    QCOMPARE(imsctl({"--profile", "before", "images", "list"}).code, 0);

    QCOMPARE(imsctl({"profiles", "rename", "before", "after"}).code, 0);
    const Run listed = imsctl({"profiles", "--format", "csv"});
    QVERIFY(listed.output.contains("after,sandbox"));
    QVERIFY(!listed.output.contains("before,"));
    QCOMPARE(imsctl({"--profile", "after", "images", "list"}).code, 0);
    // Nothing stays under the old name: the same profile written back under it (settings only,
    // as an older imsdesk would have left it) finds no password in the keychain.
    {
        QSettings ini(m_home.filePath("config/imsdesk/profiles.ini"), QSettings::IniFormat);
        ini.beginGroup("profiles");
        const QStringList keys = [&ini] {
            ini.beginGroup("after");
            const QStringList k = ini.childKeys();
            ini.endGroup();
            return k;
        }();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            ini.setValue("before/" + key, ini.value("after/" + key));
    }
    const Run old = imsctl({"--profile", "before", "images", "list"});
    QCOMPARE(old.code, 3);
    QVERIFY2(old.output.contains("the keychain holds no password for profile 'before'"),
             old.output.constData());
    QCOMPARE(imsctl({"profiles", "remove", "after"}).code, 0);
}

QTEST_GUILESS_MAIN(TestImsctlProfiles)
#include "tst_imsctlprofiles.moc"
