#pragma once

#include "allregions.h"
#include "cachedrows.h"
#include "connection.h"
#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "jobtracker.h"
#include "listingcache.h"
#include "logwindow.h"
#include "operations.h"
#include "profile.h"
#include "session.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ims {

class AppTheme;
class JobFollowers;
class MainWindow;
class ProfileStore;
class SecretStore;
class SettingsDialog;

// The desktop application's composition: the models, the main window, and for the profile in
// use its Connection (session, job tracker, image browser, operations), wired together. Window
// state is restored on start and saved on quit.
class DesktopApp final : public QObject {
    Q_OBJECT

public:
    explicit DesktopApp(QObject *parent = nullptr);
    ~DesktopApp() override;

    MainWindow *window() const { return m_window.get(); }
    // The palette in use: settings::Theme over the desktop's preference, applied live.
    AppTheme *theme() const { return m_theme; }
    Connection *connection() const { return m_connection; }
    Session *session() const { return m_connection ? m_connection->session() : nullptr; }
    ImageBrowser *browser() const { return m_connection ? m_connection->browser() : nullptr; }
    JobTracker *tracker() const { return m_connection ? m_connection->tracker() : nullptr; }
    OperationsController *operations() const { return m_operations; }
    AllRegionsController *allRegions() const { return m_allRegions; }
    ImageTableModel *images() { return &m_images; }
    JobListModel *jobs() { return &m_jobs; }

    // Connects to a profile (dropping the previous connection) and loads its images. The same
    // profile again while its login is refused keeps the connection and logs in with the new
    // credentials: paused jobs resume, nothing is rebuilt.
    void connectTo(const Profile &profile, const Credentials &credentials);
    // Paints the cached rows of the profile's current view at once (stale), before its login
    // answers: connectTo() with the same profile keeps them and lists on top of them.
    void showCached(const Profile &profile);
    void saveWindowState() const;

    // The log window (View > Log), made on first request; null until then.
    LogWindow *logWindow() const { return m_logWindow; }
    void showLogWindow();
    // The "Copy diagnostics" text (versions, system, profile, jobs, last log lines; no secrets),
    // and Help > Copy diagnostics: it on the clipboard, said in the status bar.
    QString diagnostics() const;
    void copyDiagnostics();
    // Where the settings dialog keeps the proxy's password (the keychain); without one the
    // password lives for this run only.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The jobs panel lists the jobs of every saved profile, not only the connected one's: each
    // other profile with unfinished jobs is followed by a Connection of its own, made from its
    // keychain secrets (JobFollowers). Without this call only the connected profile's are.
    void followJobsOfAllProfiles(ProfileStore *profiles, SecretStore *secrets);
    JobFollowers *jobFollowers() const { return m_followers; }
    // The All regions view's Profiles menu offers the saved profiles; a chosen one joins its
    // inventory logged in with its keychain secrets. Without this call only the connected
    // profile's regions are listed there.
    void offerSavedProfiles(ProfileStore *profiles, SecretStore *secrets);
    // Applies the saved proxy, its password read from the secret store first, then calls
    // `then`: before the first connection, so that its first request goes through the proxy.
    void loadProxy(std::function<void()> then);
    // Applies what the settings file holds to the window and the connection (the notifications,
    // the listing's intervals and concurrency, the log level); the confirmations are read where
    // they apply. Runs at start, after each connectTo() and after the settings dialog's Apply.
    void applySettings();
    // --debug: this level wins over the settings' (empty: the settings' again).
    void overrideLogLevel(const QString &level);
    // Opens the settings dialog (or raises the one open); MainWindow::settingsRequested does.
    SettingsDialog *openSettings();
    // Whether quitting may go on: true unless jobs started here still run, the settings ask
    // before quitting then (ConfirmQuitWithRunningJobs), and the user chose to keep running.
    // Closing the window asks through it; a Quit action that does not close the window should
    // call it too. A signal (SIGTERM, logout) does not ask.
    bool mayQuit();

protected:
    // Asks before the window closes while jobs started here run (settings::ConfirmQuit…).
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The cloud refused the credentials of the connected profile; no automatic login follows.
    void loginRefused(const ims::Profile &profile, const ims::ApiError &error);
    // The theme was chosen (View > Theme, or the settings dialog): "system", "light" or "dark"
    // (settings::Theme).
    void themeChanged(const QString &theme);

private:
    void restoreWindowState();
    void wireBrowser();
    void wireTracker();
    void showStoreError(const QString &message);
    // A followed job ended: the jobs panel notifies when it ran long.
    void announceEnd(const TrackedJob &job);
    void wireLogin();
    void applyListingSettings();
    // Whose a job of the jobs panel is, for its Retry (OperationsController::setJobOwner).
    std::optional<OperationsController::JobOwner> jobOwner(const QString &jobId) const;

    ImageTableModel m_images;
    JobListModel m_jobs;
    ListingCache m_cache;
    CachedRows m_cachedRows{&m_images, &m_cache}; // outlives connections: painted before login
    std::unique_ptr<MainWindow> m_window;
    QPointer<Connection> m_connection;
    QPointer<OperationsController> m_operations;
    QPointer<AllRegionsController> m_allRegions;
    Profile m_profile; // as given to connectTo()
    QPointer<LogWindow> m_logWindow;
    SecretStore *m_secrets = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QString m_logLevelOverride;
    AppTheme *m_theme;
    JobFollowers *m_followers = nullptr;
    ProfileStore *m_savedProfiles = nullptr; // offerSavedProfiles()
    SecretStore *m_profileSecrets = nullptr;
};

} // namespace ims
