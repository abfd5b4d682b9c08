// The real KeychainSecretStore with no Secret Service reachable (ctest points the session bus at
// nothing): the start-up login reports it in the dialog and still logs in with what is typed.
#include "desktopapp.h"
#include "logincontroller.h"
#include "logintestkit.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ims;
using namespace logintest;

class TestLoginNoKeyring final : public QObject {
    Q_OBJECT

private slots:
    void missingKeychainIsReportedNotFatal();
};

void TestLoginNoKeyring::missingKeychainIsReportedNotFatal() {
    QStandardPaths::setTestModeEnabled(true);
    Sandbox sandbox;
    QVERIFY(sandbox.started());
    QTemporaryDir dir;
    const QString ini = dir.filePath("profiles.ini");
    storeDefaultProfile(ini, QStringLiteral("Remembered"), sandbox);
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-nokeyring"));
    keychain.setRetryDelayMs(50);
    DesktopApp app;
    ProfileStore store(ini);
    LoginController login(&app, &store, &keychain);
    login.start();
    QTRY_VERIFY_WITH_TIMEOUT(login.dialog() && login.dialog()->isVisible(), 20000);
    ProfileDialog *dialog = login.dialog();
    QVERIFY(keychain.isDegraded());
    QVERIFY(dialog->keychainLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->keychainLabel()->text().contains("Secrets kept for this session only"),
             qPrintable(dialog->keychainLabel()->text()));
    type(dialog, "password", sandbox.env("OS_PASSWORD"));
    click(dialog, "connect");
    QTRY_COMPARE_WITH_TIMEOUT(login.connectedProfile(), QStringLiteral("Remembered"), 10000);
    // Remembered for this run only: a second login in the same process finds it in memory.
    bool found = false;
    keychain.read(SecretStore::keyFor("Remembered", "password"),
                  [&found](std::optional<QString> secret) { found = secret.has_value(); });
    QTRY_VERIFY(found);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(sandbox.env("OS_PASSWORD").toUtf8()));
}

QTEST_MAIN(TestLoginNoKeyring)
#include "tst_login_nokeyring.moc"
