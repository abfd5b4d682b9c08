// Profile names, renames, deletes and clouds.yaml imports through the real profile dialog, with
// a real gnome-keyring (this test runs under tests/with-keyring.sh) or a keychain that is locked:
// no name reaches two profiles' secrets, no secret stays behind, nothing is overwritten unasked.
#include "desktopapp.h"
#include "logincontroller.h"
#include "logintestkit.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ims;
using namespace logintest;

namespace {

struct Start {
    explicit Start(const QString &ini, SecretStore *secrets)
        : store(ini)
        , login(&app, &store, secrets) {}
    DesktopApp app;
    ProfileStore store;
    LoginController login;
};

// A keychain that is locked: reads and writes fall back to memory as KeychainSecretStore's do,
// and removals cannot reach the entries an earlier run stored.
class LockedKeychain final : public SecretStore {
public:
    void read(const QString &key, ReadCallback done) override {
        m_memory.read(key, std::move(done));
    }
    void write(const QString &key, const QString &secret, WriteCallback done) override {
        emit unavailable(QStringLiteral("the login keyring is locked"));
        m_memory.write(key, secret, [done](bool) { done(false); });
    }
    void remove(const QString &key, WriteCallback done) override {
        m_memory.remove(key, [done](bool) { done(false); });
    }

private:
    MemorySecretStore m_memory;
};

std::optional<QString> secretOf(SecretStore &store, const QString &profile, const QString &kind) {
    std::optional<std::optional<QString>> answer;
    store.read(SecretStore::keyFor(profile, kind),
               [&answer](std::optional<QString> secret) { answer = secret; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return QStringLiteral("<the keychain did not answer>");
    return *answer;
}

bool put(SecretStore &store, const QString &profile, const QString &kind, const QString &value) {
    std::optional<bool> done;
    store.write(SecretStore::keyFor(profile, kind), value, [&done](bool ok) { done = ok; });
    return QTest::qWaitFor([&done] { return done.has_value(); }, 5000) && *done;
}

} // namespace

class TestProfileSecrets final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusedNamesAreExplained_data();
    void refusedNamesAreExplained();
    void urlWithPasswordIsRefused_data();
    void urlWithPasswordIsRefused();
    void akskSaveKeepsSecurityToken();
    void renameMovesEverySecret();
    void lockedKeychainRefusesDeleteAndRename();
    void importAsksBeforeReplacing_data();
    void importAsksBeforeReplacing();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_ini;
    int m_run = 0;
};

void TestProfileSecrets::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->started());
    QVERIFY(m_dir.isValid());
}

void TestProfileSecrets::init() {
    m_ini = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_run));
}

void TestProfileSecrets::refusedNamesAreExplained_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("message");
    QTest::newRow("slash, save") << "team/prod"
                                 << "save"
                                 << "not \"/\"";
    QTest::newRow("slash, connect") << "team/prod"
                                    << "connect"
                                    << "not \"/\"";
    QTest::newRow("too long") << QString(65, 'n') << "save"
                              << "at most 64 characters";
    QTest::newRow("control character") << "prod\x1b[2J"
                                       << "save"
                                       << "not U+001b";
    QTest::newRow("taken, other case") << "EXISTING"
                                       << "save"
                                       << "\"Existing\" already exists";
    QTest::newRow("taken, connect") << "existing"
                                    << "connect"
                                    << "\"Existing\" already exists";
}

void TestProfileSecrets::refusedNamesAreExplained() {
    QFETCH(QString, name);
    QFETCH(QString, button);
    QFETCH(QString, message);
    storeDefaultProfile(m_ini, QStringLiteral("Existing"), *m_sandbox);
    MemorySecretStore secrets;
    Start start(m_ini, &secrets);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    dialog->form()->startNew(CloudKind::Sandbox); // a new profile, not an edit of "Existing"
    fill(dialog, sandboxEntry(*m_sandbox, "placeholder", false),
         m_sandbox->env("OS_USER_DOMAIN_NAME"), m_sandbox->env("OS_REGION_NAME"));
    child<QLineEdit>(dialog, "name")->setText(name); // typed control characters are dropped
    click(dialog, qPrintable(button));
    QTRY_VERIFY2(notice(dialog).contains(message), qPrintable(notice(dialog)));
    QCOMPARE(start.store.names(), QStringList{"Existing"});
    QVERIFY(start.login.connectedProfile().isEmpty());
    QCOMPARE(secretOf(secrets, name, "password"), std::nullopt);
    QCOMPARE(secretOf(secrets, "Existing", "password"), std::nullopt);
}

void TestProfileSecrets::urlWithPasswordIsRefused_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("message");
    QTest::newRow("identity, connect") << "identityUrl"
                                       << "connect"
                                       << "The identity URL must not contain a user name";
    QTest::newRow("identity, save") << "identityUrl"
                                    << "save"
                                    << "The identity URL must not contain a user name";
    QTest::newRow("image, test") << "imageUrl"
                                 << "test"
                                 << "The image endpoint must not contain a user name";
}

void TestProfileSecrets::urlWithPasswordIsRefused() {
    QFETCH(QString, field);
    QFETCH(QString, button);
    MemorySecretStore secrets;
    Start start(m_ini, &secrets);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    fill(dialog, sandboxEntry(*m_sandbox, "Leaky", false), m_sandbox->env("OS_USER_DOMAIN_NAME"),
         m_sandbox->env("OS_REGION_NAME"));
    QUrl url(m_sandbox->env("OS_AUTH_URL"));
    url.setUserInfo(QStringLiteral("alice:url-pa55word"));
    type(dialog, qPrintable(field), url.toString());
    click(dialog, qPrintable(button));
    QFETCH(QString, message);
    QTRY_VERIFY2(notice(dialog).contains(message), qPrintable(notice(dialog)));
    QVERIFY(!notice(dialog).contains("url-pa55word"));
    QVERIFY(start.store.names().isEmpty());
    QVERIFY(start.login.connectedProfile().isEmpty());
}

void TestProfileSecrets::akskSaveKeepsSecurityToken() {
    // A temporary AK/SK (imported, or from imsctl) has a security token the form has no field
    // for: editing the profile's colour and saving must not drop it.
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-token-%1").arg(m_run));
    {
        ProfileStore store(m_ini);
        Profile p;
        p.name = QStringLiteral("Temporary keys");
        p.cloud = CloudKind::Sandbox;
        p.auth = AuthMode::AkSk;
        p.identityUrl = QUrl(m_sandbox->env("OS_AUTH_URL").chopped(3));
        p.imageUrl = QUrl(m_sandbox->env("OS_IMAGE_ENDPOINT"));
        p.accessKey = m_sandbox->env("OS_ACCESS_KEY");
        p.projectId = m_sandbox->env("OS_PROJECT_ID");
        QVERIFY(store.save(p));
    }
    QVERIFY(put(keychain, "Temporary keys", "secret_key", m_sandbox->env("OS_SECRET_KEY")));
    QVERIFY(put(keychain, "Temporary keys", "security_token", "temporary-security-token"));
    Start start(m_ini, &keychain);
    start.login.openDialog(QStringLiteral("Temporary keys"));
    ProfileDialog *dialog = start.login.dialog();
    QTRY_COMPARE(child<QLineEdit>(dialog, "secretKey")->text(), m_sandbox->env("OS_SECRET_KEY"));
    auto *colour = child<QComboBox>(dialog, "colour");
    colour->setCurrentIndex(colour->findData(QStringLiteral("#2e7d32")));
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY2(notice(dialog).contains("Saved Temporary keys"), qPrintable(notice(dialog)));
    QCOMPARE(start.store.load("Temporary keys")->colour, QStringLiteral("#2e7d32"));
    QCOMPARE(secretOf(keychain, "Temporary keys", "security_token"),
             std::optional<QString>("temporary-security-token"));
    // A new access key is a new credential: the old key's token does not go with it.
    type(dialog, "accessKey", "ANOTHERACCESSKEY");
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QCOMPARE(secretOf(keychain, "Temporary keys", "security_token"), std::nullopt);
}

void TestProfileSecrets::renameMovesEverySecret() {
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-move-%1").arg(m_run));
    Start start(m_ini, &keychain);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    fill(dialog, sandboxEntry(*m_sandbox, "Prod", false), m_sandbox->env("OS_USER_DOMAIN_NAME"),
         m_sandbox->env("OS_REGION_NAME"));
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    start.store.setDefaultProfile("Prod");
    // Only the case changes: still a rename, with its own keys.
    type(dialog, "name", "prod");
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY2(notice(dialog).contains("Saved prod"), qPrintable(notice(dialog)));
    QCOMPARE(start.store.names(), QStringList{"prod"});
    QCOMPARE(start.store.defaultProfile(), QStringLiteral("prod"));
    for (const QString &kind : SecretStore::kinds())
        QCOMPARE(secretOf(keychain, "Prod", kind), std::nullopt);
    QCOMPARE(secretOf(keychain, "prod", "password"),
             std::optional<QString>(m_sandbox->env("OS_PASSWORD")));
    // The renamed profile logs in with its moved secret at the next start.
    Start next(m_ini, &keychain);
    next.login.start();
    QTRY_COMPARE_WITH_TIMEOUT(next.login.connectedProfile(), QStringLiteral("prod"), 10000);
}

void TestProfileSecrets::lockedKeychainRefusesDeleteAndRename() {
    LockedKeychain locked;
    storeDefaultProfile(m_ini, QStringLiteral("Kept"), *m_sandbox);
    Start start(m_ini, &locked);
    start.login.openDialog(QStringLiteral("Kept"));
    ProfileDialog *dialog = start.login.dialog();
    QTRY_COMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("Kept"));
    type(dialog, "password", m_sandbox->env("OS_PASSWORD"));

    click(dialog, "deleteProfile");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY2(notice(dialog).contains("keychain is locked or unavailable, so Kept was not deleted"),
             qPrintable(notice(dialog)));
    QCOMPARE(start.store.names(), QStringList{"Kept"});

    type(dialog, "name", "Renamed");
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY2(notice(dialog).contains("keychain is locked or unavailable, so Kept was not renamed"),
             qPrintable(notice(dialog)));
    QCOMPARE(start.store.names(), QStringList{"Kept"});
    QCOMPARE(start.store.defaultProfile(), QStringLiteral("Kept"));
    QCOMPARE(secretOf(locked, "Renamed", "password"), std::nullopt);
    // Connect after a refused rename logs nobody in under a name that is not stored.
    click(dialog, "connect");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY(notice(dialog).contains("was not renamed"));
    QVERIFY(start.login.connectedProfile().isEmpty());
}

void TestProfileSecrets::importAsksBeforeReplacing_data() {
    QTest::addColumn<QString>("answer"); // the button of the question
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("labUser"); // the user of "lab" afterwards
    QTest::addColumn<QString>("message");
    QTest::newRow("keep the existing one") << "skip" << QStringList{"Lab", "lab-new"} << "stored"
                                           << "Kept the existing Lab";
    QTest::newRow("escape keeps it") << "" << QStringList{"Lab", "lab-new"} << "stored"
                                     << "Kept the existing Lab";
    QTest::newRow("replace") << "replace" << QStringList{"lab", "lab-new"} << "from-yaml"
                             << "Imported 2 profile(s): lab, lab-new";
    QTest::newRow("import as a copy")
        << "keepBoth" << QStringList{"Lab", "lab (2)", "lab-new"} << "stored"
        << "Imported 2 profile(s): lab (2), lab-new";
}

void TestProfileSecrets::importAsksBeforeReplacing() {
    QFETCH(QString, answer);
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-import-%1").arg(m_run));
    {
        ProfileStore store(m_ini);
        Profile p;
        p.name = QStringLiteral("Lab");
        p.cloud = CloudKind::Sandbox;
        p.identityUrl = QUrl(m_sandbox->env("OS_AUTH_URL").chopped(3));
        p.userName = QStringLiteral("stored");
        p.projectName = m_sandbox->env("OS_PROJECT_NAME");
        QVERIFY(store.save(p));
    }
    QVERIFY(put(keychain, "Lab", "password", "stored-password"));
    const QString path = m_dir.filePath(QStringLiteral("clouds-%1.yaml").arg(m_run));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("clouds:\n"
                                  "  lab:\n"
                                  "    auth: {auth_url: '%1', username: from-yaml, "
                                  "password: yaml-password, project_name: p}\n"
                                  "  lab-new:\n"
                                  "    auth: {auth_url: '%1', username: other, "
                                  "password: other-password, project_name: p}\n")
                       .arg(m_sandbox->env("OS_AUTH_URL"))
                       .toUtf8());
    }
    Start start(m_ini, &keychain);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    dialog->setCloudsYamlLocations({path});
    dialog->importMenu()->actions().first()->trigger();
    // One question for the one clash, while nothing has been overwritten yet.
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>("importConflict")) &&
                question->isVisible());
    QVERIFY2(question->text().contains("A profile named \u201cLab\u201d already exists"),
             qPrintable(question->text()));
    QCOMPARE(start.store.load("Lab")->userName, QStringLiteral("stored"));
    if (answer.isEmpty())
        QTest::keyClick(question, Qt::Key_Escape);
    else
        QTest::mouseClick(child<QAbstractButton>(question, qPrintable(answer)), Qt::LeftButton);
    QFETCH(QString, message);
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QTRY_VERIFY2(notice(dialog).contains(message), qPrintable(notice(dialog)));
    QVERIFY(!dialog->findChild<QMessageBox *>("importConflict"));
    QStringList stored = start.store.names();
    stored.sort();
    QFETCH(QStringList, names);
    names.sort();
    QCOMPARE(stored, names);
    QFETCH(QString, labUser);
    const QString lab = start.store.existingName("lab");
    QCOMPARE(start.store.load(lab)->userName, labUser);
    QCOMPARE(secretOf(keychain, lab, "password"),
             std::optional<QString>(labUser == "stored" ? "stored-password" : "yaml-password"));
    if (answer == "replace")
        QCOMPARE(secretOf(keychain, "Lab", "password"), std::nullopt); // nothing left behind
    if (answer == "keepBoth")
        QCOMPARE(secretOf(keychain, "lab (2)", "password"),
                 std::optional<QString>("yaml-password"));
}

QTEST_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
