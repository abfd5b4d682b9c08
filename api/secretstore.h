#pragma once

#include <QHash>
#include <QObject>
#include <QString>

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
    virtual void remove(const QString &key, WriteCallback done) = 0;

    static QString keyFor(const QString &profile, const QString &kind) {
        return profile + QLatin1Char('/') + kind;
    }

signals:
    // The keychain cannot be used (missing, locked, no D-Bus); secrets stay in memory for this
    // run only. `reason` is for the user.
    void unavailable(const QString &reason);
};

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
