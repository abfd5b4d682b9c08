// SecretStore through a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh) and the in-memory backend.
#include "secretstore.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

using namespace ims;

namespace {

std::optional<QString> readSync(SecretStore &store, const QString &key) {
    std::optional<QString> value;
    QEventLoop loop;
    store.read(key, [&](std::optional<QString> v) {
        value = std::move(v);
        loop.quit();
    });
    loop.exec();
    return value;
}

bool writeSync(SecretStore &store, const QString &key, const QString &secret) {
    bool persisted = false;
    QEventLoop loop;
    store.write(key, secret, [&](bool p) {
        persisted = p;
        loop.quit();
    });
    loop.exec();
    return persisted;
}

bool removeSync(SecretStore &store, const QString &key) {
    bool ok = false;
    QEventLoop loop;
    store.remove(key, [&](bool p) {
        ok = p;
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace

class TestSecretStore final : public QObject {
    Q_OBJECT

private slots:
    void backends_data();
    void backends();
    void profileSecretsChangeTogether_data() { backends_data(); }
    void profileSecretsChangeTogether();
};

void TestSecretStore::backends_data() {
    QTest::addColumn<bool>("keychain");
    QTest::newRow("keychain") << true;
    QTest::newRow("memory") << false;
}

void TestSecretStore::backends() {
    QFETCH(bool, keychain);
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeychainSecretStore>(QStringLiteral("imsdesk-test"));
    else
        store = std::make_unique<MemorySecretStore>();
    QSignalSpy unavailable(store.get(), &SecretStore::unavailable);
    const QString key = SecretStore::keyFor("eu-de work", "password");
    QVERIFY(!readSync(*store, key));
    QVERIFY(writeSync(*store, key, QStringLiteral("pässwörd with spaces")));
    QCOMPARE(readSync(*store, key), std::optional<QString>(QStringLiteral("pässwörd with spaces")));
    QVERIFY(writeSync(*store, key, QStringLiteral("second")));
    QCOMPARE(readSync(*store, key), std::optional<QString>(QStringLiteral("second")));
    QVERIFY(!readSync(*store, SecretStore::keyFor("other", "password")));
    QVERIFY(removeSync(*store, key));
    QVERIFY(!readSync(*store, key));
    QCOMPARE(unavailable.size(), 0);
}

void TestSecretStore::profileSecretsChangeTogether() {
    QFETCH(bool, keychain);
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeychainSecretStore>(QStringLiteral("imsdesk-test-batch"));
    else
        store = std::make_unique<MemorySecretStore>();
    const auto apply = [&store](const QList<SecretChange> &changes) {
        std::optional<bool> persisted;
        applySecretChanges(*store, changes, [&persisted](bool ok) { persisted = ok; });
        if (!QTest::qWaitFor([&persisted] { return persisted.has_value(); }, 10000))
            return false;
        return *persisted;
    };
    const auto secret = [&store](const char *kind) {
        return readSync(*store, SecretStore::keyFor("keys", QLatin1String(kind)));
    };
    QVERIFY(apply(storeProfileSecrets("keys", {}, "SK-1", "token-1")));
    QCOMPARE(secret("secret_key"), std::optional<QString>("SK-1"));
    QCOMPARE(secret("security_token"), std::optional<QString>("token-1"));
    QCOMPARE(secret("password"), std::nullopt);
    // A later profile of that name stores a password only: nothing of the first stays.
    QVERIFY(apply(storeProfileSecrets("keys", "pw-2", {}, {})));
    QCOMPARE(secret("password"), std::optional<QString>("pw-2"));
    QCOMPARE(secret("secret_key"), std::nullopt);
    QCOMPARE(secret("security_token"), std::nullopt);
    QVERIFY(apply(removeProfileSecrets("keys")));
    for (const QString &kind : SecretStore::kinds())
        QCOMPARE(readSync(*store, SecretStore::keyFor("keys", kind)), std::nullopt);
    QVERIFY(apply({})); // nothing to do answers at once
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
