#pragma once

#include "profile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ims {

// Where passwords, secret keys and security tokens live, keyed by "<profile>/<kind>". Never a
// file: the QtKeychain backend or, when the keychain is unusable, this process's memory.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using ReadCallback = std::function<void(std::optional<QString> secret)>;
    using WriteCallback = std::function<void(bool persisted)>;

    using QObject::QObject;
    // nullopt when there is no such secret (or it cannot be read: see `unavailable`).
    virtual void read(const QString &key, ReadCallback done) = 0;
    // `persisted` is false when the secret is only kept in memory for this run.
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    // Removes the secret from memory and the keychain; `done(true)` only once it is gone from the
    // keychain too (or was never there), false while the keychain cannot be reached: an entry
    // may then remain, and a profile must not be deleted or renamed on top of it.
    virtual void remove(const QString &key, WriteCallback done) = 0;

    // The profile's name is its key here as in the settings file and the job file; a valid name
    // holds no '/', so "<profile>/<kind>" names one secret of one profile.
    static QString keyFor(const QString &profile, const QString &kind) {
        return profile + QLatin1Char('/') + kind;
    }
    // Every kind of secret a profile can have: "password", "secret_key", "security_token".
    static const QStringList &kinds();

signals:
    // The keychain cannot be used (missing, locked, no D-Bus); secrets stay in memory for this
    // run only. `reason` is for the user.
    void unavailable(const QString &reason);
};

// The secrets of one profile change together (a save, a rename, a delete): every write and
// removal of `changes` (an empty value removes the key) is started, and `done(allPersisted)` is
// called once, when the last has answered. `allPersisted` is false if any write stayed in
// memory only or any removal did not reach the keychain.
struct SecretChange final {
    QString key;
    QString value;
};
void applySecretChanges(SecretStore &store, const QList<SecretChange> &changes,
                        std::function<void(bool allPersisted)> done);
// The changes that store `credentials` under `profile` (empty ones remove their key, so nothing
// of an earlier profile of that name stays), or that remove all of its secrets.
QList<SecretChange> storeProfileSecrets(const QString &profile, const QString &password,
                                        const QString &secretKey, const QString &securityToken);
QList<SecretChange> removeProfileSecrets(const QString &profile);

// Whether `credentials` hold the secret `profile` logs in with (its password, or its secret key).
bool credentialsComplete(const Profile &profile, const Credentials &credentials);
// Reads the secrets `profile` logs in with (the password, or the secret key and the security
// token) and calls `done` with them, `complete` false when the keychain has none (a missing
// entry, a locked or absent keychain). The caller guards its own lifetime in `done`.
void readProfileCredentials(SecretStore &store, const Profile &profile,
                            std::function<void(const Credentials &, bool complete)> done);

// For tests, and the fallback of the keychain backend.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

// QtKeychain (Secret Service on Linux). QtKeychain reports a missing, locked or unreachable
// keychain as OtherError whatever the cause (shared/toolchain.md §5), and its insecure fallback
// does nothing on this path: we retry once after a delay, then keep secrets in memory for this
// run and say so through `unavailable`.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    bool isDegraded() const { return m_degraded; }

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QString &secret, bool retried,
             std::function<void(bool ok, std::optional<QString> value)> done);
    void degrade(const QString &reason);

    QString m_service;
    int m_retryDelayMs = 1500;
    bool m_degraded = false;
    MemorySecretStore m_memory;
};

} // namespace ims
