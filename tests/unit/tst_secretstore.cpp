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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
