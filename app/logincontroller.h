#pragma once

#include "loginattempt.h"
#include "profile.h"
#include "profiledialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ims {

class DesktopApp;
class ProfileStore;
class ProfileSwitcher;
class SecretStore;
struct ImportedProfile;
struct SecretChange;

// Logs in with stored profiles and drives the profile dialog and the toolbar's profile switcher:
// the one place that joins ProfileStore (non-secret fields), SecretStore (the keychain) and
// Session logins (through LoginAttempt) to what the widgets show.
class LoginController final : public QObject {
    Q_OBJECT

public:
    LoginController(DesktopApp *app, ProfileStore *store, SecretStore *secrets,
                    QObject *parent = nullptr);
    ~LoginController() override;

    // Start-up: the default profile with its keychain secrets logs in without asking; without a
    // profile, a secret, or on a failed login, the profile dialog opens and says why.
    void start();
    // Logs in with a stored profile; on failure the dialog opens with the error.
    void switchTo(const QString &name);
    void openDialog(const QString &profileName = {});

    ProfileDialog *dialog() const { return m_dialog; }
    ProfileSwitcher *switcher() const { return m_switcher; }
    QString connectedProfile() const { return m_connected; }
    // The keychain problem reported so far in this run; empty when the keychain works.
    QString keychainProblem() const { return m_keychainProblem; }
    // Keychain writes and removals not answered yet: the secret store must outlive them.
    int pendingSecretWrites() const { return m_pendingWrites; }
    // At quit: lets the keychain answer the last writes (at most `maxMs`) before it is destroyed.
    void finishSecretWrites(int maxMs);

signals:
    void connected(const ims::Profile &profile);
    void loginFailed(const QString &text);

private:
    enum class Origin { Automatic, Dialog };
    struct ImportRun;
    void loadSecrets(const Profile &profile,
                     std::function<void(const Credentials &credentials, bool complete)> done);
    // Writes and removes secrets (an empty value removes its key); `done(allPersisted)` once
    // the keychain answered them all. Counted in pendingSecretWrites() until then.
    void apply(const QList<SecretChange> &changes, std::function<void(bool persisted)> done = {});
    // Stores `profile` and its secrets (or removes them when not `remember`) in place of the
    // stored `previousName` (empty for a new profile). A rename moves the keychain entries
    // first and is refused, nothing changed, when the keychain cannot remove the old ones.
    // `done` gets the refusal for the user, empty once stored.
    void commit(const Profile &profile, const Credentials &credentials, bool remember,
                const QString &previousName, std::function<void(const QString &problem)> done);
    void login(const Profile &profile, const Credentials &credentials, Origin origin);
    void test(const Profile &profile, const Credentials &credentials);
    // The dialog's Save (and the first half of Connect: `then` runs once it is saved).
    void save(const Profile &profile, const Credentials &credentials, bool remember,
              const QString &previousName, std::function<void()> then = {});
    void remove(const QString &name);
    void import(const QString &path);
    // The clouds of one import, one at a time: a cloud whose name is taken asks first.
    void importNext(const std::shared_ptr<ImportRun> &run);
    void askAboutConflict(const std::shared_ptr<ImportRun> &run, const ImportedProfile &imported,
                          const QString &existing);
    void importOne(const std::shared_ptr<ImportRun> &run, const ImportedProfile &imported,
                   const QString &replacing);
    void finishImport(const ImportRun &run);
    // Shows a stored profile with its secrets; `keepNotice` leaves the notice (an import's
    // summary) as it is.
    void showStored(const QString &name, bool keepNotice = false);
    void refreshLists(const QString &current);
    void installSwitcher();
    void showFailure(const Profile &profile, const Credentials &credentials, const QString &text,
                     ProfileDialog::Notice notice = ProfileDialog::Notice::Error);

    DesktopApp *m_app;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    QPointer<ProfileDialog> m_dialog;
    ProfileSwitcher *m_switcher = nullptr;
    QPointer<LoginAttempt> m_attempt;
    QString m_connected;
    QString m_keychainProblem;
    int m_pendingWrites = 0;
    int m_showGeneration = 0; // of showStored's requests
};

} // namespace ims
