// Without a usable Secret Service (no D-Bus session here), QtKeychain reports OtherError: the
// store retries once, then keeps secrets in memory for this run and says so. Never a file.
#include "secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

class TestKeychainMissing final : public QObject {
    Q_OBJECT

private slots:
    void keepsSecretsInMemoryAndTellsTheUser();
};

void TestKeychainMissing::keepsSecretsInMemoryAndTellsTheUser() {
    KeychainSecretStore store(QStringLiteral("imsdesk-test"));
    store.setRetryDelayMs(50);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    const QString secret = QStringLiteral("canary-secret-4f1e");

    bool persisted = true;
    QEventLoop loop;
    store.write(QStringLiteral("p/password"), secret, [&](bool p) {
        persisted = p;
        loop.quit();
    });
    loop.exec();
    QVERIFY(!persisted);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(unavailable.first().first().toString().contains("memory"));
    QVERIFY(store.isDegraded());

    std::optional<QString> value;
    store.read(QStringLiteral("p/password"), [&](std::optional<QString> v) {
        value = v;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(value, std::optional<QString>(secret));
    QCOMPARE(unavailable.size(), 1); // said once

    // A removal cannot reach the keychain, where an earlier run may have stored the secret: it
    // says so (a profile is then not deleted), though the copy in memory is gone.
    bool removed = true;
    store.remove(QStringLiteral("p/password"), [&](bool ok) {
        removed = ok;
        loop.quit();
    });
    loop.exec();
    QVERIFY(!removed);
    store.read(QStringLiteral("p/password"), [&](std::optional<QString> v) {
        value = v;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(value, std::nullopt);

    // No insecure fallback: nothing under HOME holds the secret.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

int main(int argc, char *argv[]) {
    // A session bus that does not exist and no display to autolaunch one.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/imsdesk-test-bus");
    qunsetenv("DISPLAY");
    QCoreApplication app(argc, argv);
    TestKeychainMissing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainmissing.moc"
