#include "secretstore.h"
#include "logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace ims {

const QStringList &SecretStore::kinds() {
    static const QStringList all = {QStringLiteral("password"), QStringLiteral("secret_key"),
                                    QStringLiteral("security_token")};
    return all;
}

void applySecretChanges(SecretStore &store, const QList<SecretChange> &changes,
                        std::function<void(bool allPersisted)> done) {
    if (changes.isEmpty()) {
        done(true);
        return;
    }
    struct Batch {
        qsizetype pending;
        bool persisted = true;
        std::function<void(bool)> done;
    };
    auto batch = std::make_shared<Batch>(Batch{changes.size(), true, std::move(done)});
    const auto answered = [batch](bool ok) {
        batch->persisted = batch->persisted && ok;
        if (--batch->pending == 0)
            batch->done(batch->persisted);
    };
    for (const SecretChange &change : changes) {
        if (change.value.isEmpty())
            store.remove(change.key, answered);
        else
            store.write(change.key, change.value, answered);
    }
}

QList<SecretChange> storeProfileSecrets(const QString &profile, const QString &password,
                                        const QString &secretKey, const QString &securityToken) {
    const QStringList values = {password, secretKey, securityToken};
    QList<SecretChange> changes;
    for (qsizetype i = 0; i < values.size(); ++i)
        changes.append({SecretStore::keyFor(profile, SecretStore::kinds()[i]), values[i]});
    return changes;
}

QList<SecretChange> removeProfileSecrets(const QString &profile) {
    return storeProfileSecrets(profile, {}, {}, {});
}

void MemorySecretStore::read(const QString &key, ReadCallback done) {
    const auto it = m_secrets.constFind(key);
    std::optional<QString> value;
    if (it != m_secrets.constEnd())
        value = *it;
    QTimer::singleShot(0, this, [done = std::move(done), value] { done(value); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done) {
    registerSecret(secret);
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true); });
}

void MemorySecretStore::remove(const QString &key, WriteCallback done) {
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true); });
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service) {}

void KeychainSecretStore::degrade(const QString &reason) {
    if (m_degraded)
        return;
    m_degraded = true;
    qCWarning(lcAuth).noquote() << "keychain unavailable, secrets kept in memory for this run:"
                                << reason;
    emit unavailable(QCoreApplication::translate(
                         "ims::KeychainSecretStore",
                         "The system keychain cannot be used (%1). Passwords and keys are kept in "
                         "memory until imsdesk quits and must be entered again next time.")
                         .arg(reason));
}

void KeychainSecretStore::run(Op op, const QString &key, const QString &secret, bool retried,
                              std::function<void(bool ok, std::optional<QString> value)> done) {
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, key, secret, retried, done = std::move(done)](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError) {
                    std::optional<QString> value;
                    if (op == Op::Read)
                        value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    done(true, value);
                    return;
                }
                if (error == QKeychain::EntryNotFound) {
                    done(true, std::nullopt);
                    return;
                }
                if (!retried && error == QKeychain::OtherError) {
                    // A keyring that is still starting or being unlocked often answers a
                    // moment later.
                    QTimer::singleShot(m_retryDelayMs, this, [this, op, key, secret, done] {
                        run(op, key, secret, true, done);
                    });
                    return;
                }
                degrade(finished->errorString());
                done(false, std::nullopt);
            });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadCallback done) {
    if (m_degraded) {
        m_memory.read(key, std::move(done));
        return;
    }
    run(Op::Read, key, {}, false,
        [this, key, done = std::move(done)](bool ok, std::optional<QString> value) {
            if (ok) {
                if (value)
                    registerSecret(*value);
                done(value);
            } else {
                m_memory.read(key, done);
            }
        });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done) {
    registerSecret(secret);
    if (m_degraded) {
        m_memory.write(key, secret, [done = std::move(done)](bool) { done(false); });
        return;
    }
    run(Op::Write, key, secret, false,
        [this, key, secret, done = std::move(done)](bool ok, std::optional<QString>) {
            if (ok)
                done(true);
            else
                m_memory.write(key, secret, [done](bool) { done(false); });
        });
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done) {
    // Even when degraded: an entry an earlier run stored may still be in the keychain, and the
    // caller must know whether it is gone. One try then (no retry delay): it failed before.
    run(Op::Remove, key, {}, m_degraded,
        [this, key, done = std::move(done)](bool ok, std::optional<QString>) {
            m_memory.remove(key, [done, ok](bool) { done(ok); });
        });
}

} // namespace ims
