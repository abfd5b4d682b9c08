#include "desktopapp.h"

#include "allregions.h"
#include "apptheme.h"
#include "detailspane.h"
#include "imagebrowser.h"
#include "imageoperations.h"
#include "imagetableview.h"
#include "jobfollowers.h"
#include "jobspanel.h"
#include "jobtracker.h"
#include "logging.h"
#include "mainwindow.h"
#include "networkproxy.h"
#include "session.h"
#include "settingsdialog.h"
#include "settingskeys.h"

#include <QAction>
#include <QColor>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace ims {

namespace {

ImageView imageViewOf(MainWindow::View view) {
    switch (view) {
    case MainWindow::View::Private:
        return ImageView::Private;
    case MainWindow::View::Public:
        return ImageView::Public;
    case MainWindow::View::SharedWithMe:
        return ImageView::Shared;
    case MainWindow::View::AllRegions: // the inventory's, not a browser's (AllRegionsController)
        break;
    }
    return ImageView::Private;
}

// Whether two profiles lead to the same account, so that a session may keep running with new
// credentials (the colour and such do not matter).
bool sameAccount(const Profile &a, const Profile &b) {
    return a.name == b.name && a.cloud == b.cloud && a.region == b.region &&
           a.identityUrl.adjusted(QUrl::StripTrailingSlash) ==
               b.identityUrl.adjusted(QUrl::StripTrailingSlash) &&
           a.imageUrl == b.imageUrl && a.ecsUrl == b.ecsUrl && a.auth == b.auth &&
           a.domainName == b.domainName && a.userName == b.userName &&
           a.projectName == b.projectName && a.projectId == b.projectId &&
           a.accessKey == b.accessKey && a.caBundle == b.caBundle;
}

} // namespace

DesktopApp::DesktopApp(QObject *parent)
    : QObject(parent)
    , m_window(std::make_unique<MainWindow>(&m_images, &m_jobs))
    , m_theme(new AppTheme(new DesktopColourScheme(QDBusConnection::sessionBus(), this), this)) {
    m_theme->setChoice(settings::Theme.read(QSettings()));
    connect(this, &DesktopApp::themeChanged, m_theme, &AppTheme::setChoice);
    restoreWindowState();
    connect(m_window.get(), &MainWindow::logWindowRequested, this, &DesktopApp::showLogWindow);
    connect(m_window.get(), &MainWindow::copyDiagnosticsRequested, this,
            &DesktopApp::copyDiagnostics);
    applySettings();
    // The jobs panel's own switch and the dialog's are one setting, saved when either changes.
    connect(m_window->jobsPanel()->notifyAction(), &QAction::toggled, this, [](bool on) {
        QSettings settings;
        settings::NotifyLongJobs.write(settings, on);
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    // View > Theme and the settings dialog choose the same setting: one signal says so.
    connect(m_window.get(), &MainWindow::themeChosen, this, &DesktopApp::themeChanged);
    m_window->installEventFilter(this);
    // Before a connection exists (its login is pending) the painted rows say they are stale.
    connect(&m_cachedRows, &CachedRows::firstRowsShown, m_window.get(), [this] {
        if (!m_connection)
            m_window->setLoaded(QDateTime::currentDateTimeUtc(), true);
    });
}

void DesktopApp::showCached(const Profile &profile) {
    if (m_connection)
        return; // the connection's browser shows its own rows
    m_cachedRows.show(
        ImageBrowser::cacheKey(profile.name, profile.region, imageViewOf(m_window->currentView())));
}

DesktopApp::~DesktopApp() {
    saveWindowState();
    // Before the home connection (an older child) and the rows and window (members) it uses.
    delete m_allRegions;
}

void DesktopApp::restoreWindowState() {
    const QSettings settings;
    m_window->restoreGeometry(settings::WindowGeometry.read(settings));
    m_window->restoreState(settings::WindowState.read(settings));
    m_window->imageTable()->restoreHeaderState(settings::ImageHeaderState.read(settings));
}

void DesktopApp::applySettings() {
    const QSettings settings;
    JobsPanel *jobs = m_window->jobsPanel();
    jobs->notifyAction()->setChecked(settings::NotifyLongJobs.read(settings));
    jobs->setNotifyAfterSeconds(settings::NotifyAfterSeconds.read(settings));
    applyLogLevel(m_logLevelOverride.isEmpty() ? settings::LogLevel.read(settings)
                                               : m_logLevelOverride);
    applyListingSettings();
}

void DesktopApp::applyListingSettings() {
    if (!browser())
        return;
    const QSettings settings;
    browser()->setRefreshIntervals(settings::RefreshIntervalSeconds.read(settings),
                                   settings::FullRefreshMinutes.read(settings));
    browser()->setListingConcurrency(settings::ListingConcurrency.read(settings));
}

void DesktopApp::overrideLogLevel(const QString &level) {
    m_logLevelOverride = level;
    applySettings();
}

void DesktopApp::loadProxy(std::function<void()> then) {
    const QSettings settings;
    if (!m_secrets) { // no keychain to read a password from
        applyProxy(ProxySettings::read(settings));
        then();
        return;
    }
    ims::loadProxy(settings, *m_secrets,
                   [then = std::move(then)](const ProxySettings &) { then(); });
}

SettingsDialog *DesktopApp::openSettings() {
    if (m_settingsDialog && m_settingsDialog->isVisible()) { // not one closing (deleted later)
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto *dialog = new SettingsDialog(m_secrets, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &DesktopApp::applySettings);
    connect(dialog, &SettingsDialog::proxyChanged, this,
            [](const ProxySettings &proxy) { applyProxy(proxy); });
    connect(dialog, &SettingsDialog::themeChanged, this, &DesktopApp::themeChanged);
    connect(dialog, &SettingsDialog::passwordStored, this, [this](bool persisted) {
        if (!persisted)
            QMessageBox::warning(m_window.get(), tr("Proxy password"),
                                 tr("The keychain cannot be reached: the proxy's password is used "
                                    "until imsdesk quits. Enter it again in Settings after the "
                                    "next start."));
    });
    m_settingsDialog = dialog;
    dialog->show();
    return dialog;
}

bool DesktopApp::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window.get() && event->type() == QEvent::Close && !mayQuit()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool DesktopApp::mayQuit() {
    if (!m_connection || !settings::ConfirmQuitWithRunningJobs.read(QSettings()))
        return true;
    const QList<TrackedJob> running = tracker()->runningStartedHere();
    if (running.isEmpty())
        return true;
    const bool uploads = std::any_of(running.cbegin(), running.cend(), [](const TrackedJob &job) {
        return job.type == QLatin1String(JobTracker::kUploadType);
    });
    QMessageBox box(QMessageBox::Question, tr("Quit imsdesk?"),
                    tr("%n job(s) started here are still running.", nullptr, int(running.size())),
                    QMessageBox::NoButton, m_window.get());
    box.setObjectName(QStringLiteral("confirmQuit"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        uploads ? tr("Uploads stop when imsdesk quits and must be restarted from the jobs panel. "
                     "The cloud's own jobs go on and are followed again at the next start.")
                : tr("They go on in the cloud and are followed again at the next start."));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("&Keep running"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == quit;
}

void DesktopApp::saveWindowState() const {
    QSettings settings;
    settings::WindowGeometry.write(settings, m_window->saveGeometry());
    settings::WindowState.write(settings, m_window->saveState());
    settings::ImageHeaderState.write(settings, m_window->imageTable()->saveHeaderState());
}

void DesktopApp::connectTo(const Profile &profile, const Credentials &credentials) {
    if (session() && session()->isLoginRefused() && sameAccount(profile, m_profile)) {
        m_profile = profile;
        m_window->setProfile(profile.name, profile.region, QColor(profile.colour));
        session()->relogin(credentials);
        browser()->refresh();
        return;
    }
    m_profile = profile;
    // One reset: the old connection's requests, jobs and listings end with it, and so does the
    // Retry of an error it showed.
    m_window->clearError();
    delete m_allRegions; // its region connections go before the home one they lean on
    delete m_operations;
    delete m_connection;
    m_connection = new Connection(profile, credentials, this);
    m_connection->browse(&m_images, &m_cache)->setCachedRows(&m_cachedRows);
    m_operations = new OperationsController(session(), m_connection->operations(), browser(),
                                            &m_images, m_window.get(), this);
    m_window->setProfile(profile.name, profile.region, QColor(profile.colour));
    m_window->setInsecureTransport(profile.allowInsecureHttp);
    wireBrowser();
    wireTracker();
    wireLogin();
    applyListingSettings();
    delete m_allRegions;
    m_allRegions = new AllRegionsController(m_connection, credentials, &m_images, m_window.get(),
                                            m_operations, this);
    connect(m_allRegions, &AllRegionsController::jobUpdated, &m_jobs, &JobListModel::upsert);
    connect(m_allRegions, &AllRegionsController::jobRemoved, &m_jobs, &JobListModel::remove);
    connect(m_allRegions, &AllRegionsController::jobEnded, this, &DesktopApp::announceEnd);
    connect(m_window->jobsPanel(), &JobsPanel::finishedCleared, m_allRegions,
            &AllRegionsController::forgetJobs);
    m_operations->setJobOwner([this](const QString &jobId) { return jobOwner(jobId); });
    if (m_savedProfiles)
        m_allRegions->offerProfiles(m_savedProfiles, m_profileSecrets);
    if (m_window->currentView() == MainWindow::View::AllRegions) {
        browser()->suspend();
        m_allRegions->show();
    } else {
        browser()->setView(imageViewOf(m_window->currentView()));
    }
    tracker()->resume();
    m_jobs.setFollowState(profile.name, profile.region, {});
    if (m_followers)
        m_followers->setCurrent(profile); // the profile left behind is followed by its own
}

std::optional<OperationsController::JobOwner> DesktopApp::jobOwner(const QString &jobId) const {
    const TrackedJob *job = m_jobs.job(jobId);
    if (!job || !tracker() || tracker()->job(jobId))
        return std::nullopt; // the window's own (or unknown: its Retry says so)
    OperationsController::JobOwner owner{job->profile, nullptr};
    const auto follows = [&jobId](Connection *connection) {
        return connection && connection->tracker()->job(jobId) ? connection : nullptr;
    };
    if (m_allRegions) // a region of this profile, listed in the All regions view
        owner.connection =
            follows(m_allRegions->inventory()->connectionForJobProfile(job->profile));
    if (!owner.connection && m_followers) // another saved profile, followed by its own connection
        owner.connection = follows(m_followers->connection(job->profile));
    return owner;
}

void DesktopApp::followJobsOfAllProfiles(ProfileStore *profiles, SecretStore *secrets) {
    delete m_followers;
    m_followers = new JobFollowers(profiles, secrets, JobStore(), this);
    connect(m_followers, &JobFollowers::jobUpdated, &m_jobs, &JobListModel::upsert);
    connect(m_followers, &JobFollowers::jobRemoved, &m_jobs, &JobListModel::remove);
    connect(m_followers, &JobFollowers::jobEnded, this, &DesktopApp::announceEnd);
    connect(m_followers, &JobFollowers::followStateChanged, &m_jobs, &JobListModel::setFollowState);
    connect(m_window->jobsPanel(), &JobsPanel::finishedCleared, m_followers, &JobFollowers::forget);
    if (m_connection)
        m_followers->setCurrent(m_profile);
    else
        m_followers->rescan();
}

void DesktopApp::offerSavedProfiles(ProfileStore *profiles, SecretStore *secrets) {
    m_savedProfiles = profiles;
    m_profileSecrets = secrets;
    if (m_allRegions)
        m_allRegions->offerProfiles(profiles, secrets);
}

void DesktopApp::wireBrowser() {
    MainWindow *w = m_window.get();
    ImageBrowser *b = browser();
    connect(w, &MainWindow::viewChanged, b, [b](MainWindow::View view) {
        if (view == MainWindow::View::AllRegions)
            b->suspend(); // AllRegionsController fills the rows
        else
            b->setView(imageViewOf(view));
    });
    connect(w, &MainWindow::refreshRequested, b, &ImageBrowser::refresh);
    connect(w, &MainWindow::currentImageChanged, b, &ImageBrowser::loadMembers);
    connect(b, &ImageBrowser::membersLoaded, w->detailsPane(), &DetailsPane::showMembers);
    connect(w, &MainWindow::currentImageChanged, b, &ImageBrowser::loadAttributes);
    connect(b, &ImageBrowser::attributesLoaded, w->detailsPane(), &DetailsPane::showAttributes);
    DetailsPane *pane = w->detailsPane();
    const auto rereadShown = [b, pane] { // a refresh (or Retry) also renews the details
        if (!pane->imageId().isEmpty())
            b->loadAttributes(pane->imageId());
    };
    connect(w, &MainWindow::refreshRequested, b, rereadShown);
    connect(b, &ImageBrowser::attributesFailed, pane,
            [pane](const QString &imageId, const ApiError &error) {
                pane->showAttributesError(imageId, describe(error));
            });
    connect(b, &ImageBrowser::loading, w, [w](int loaded) { w->setLoading(loaded, 0); });
    connect(b, &ImageBrowser::loaded, w, &MainWindow::setLoaded);
    // The listing's failure: its Retry lists again (and renews the details, like Refresh).
    connect(b, &ImageBrowser::failed, w,
            [w, b = QPointer<ImageBrowser>(b), rereadShown](const QString &context,
                                                            const ApiError &error) {
                w->showError(context, error, [b, rereadShown] {
                    if (!b)
                        return; // its connection ended
                    b->refresh();
                    rereadShown();
                });
            });
    connect(b, &ImageBrowser::quotaChanged, w, &MainWindow::setQuota);
    connect(b, &ImageBrowser::pendingSharesChanged, w, &MainWindow::setPendingShares);
    connect(b, &ImageBrowser::onlineChanged, w,
            [w, session = QPointer<Session>(session())](bool online) {
                if (session && session->isLoginRefused())
                    w->setConnection(
                        MainWindow::Connection::LoginFailed); // until the next good login
                else
                    w->setConnection(online ? MainWindow::Connection::Online
                                            : MainWindow::Connection::Reconnecting);
            });
}

void DesktopApp::wireLogin() {
    MainWindow *w = m_window.get();
    connect(session(), &Session::loginRefused, this, [this, w](const ApiError &error) {
        w->setConnection(MainWindow::Connection::LoginFailed);
        emit loginRefused(m_profile, error);
    });
    connect(session(), &Session::loginRestored, w,
            [w] { w->setConnection(MainWindow::Connection::Online); });
}

void DesktopApp::wireTracker() {
    JobTracker *t = tracker();
    for (const TrackedJob &job : t->jobs())
        m_jobs.upsert(job);
    connect(t, &JobTracker::jobUpdated, this,
            [this](const TrackedJob &job) { m_jobs.upsert(job); });
    connect(t, &JobTracker::jobFinished, this, [this](const TrackedJob &job) {
        m_jobs.upsert(job);
        announceEnd(job);
        // What a job changed in the rows is the Connection's (ImageBrowser::showJobResult).
    });
    connect(m_window->jobsPanel(), &JobsPanel::retryRequested, m_operations.data(),
            &OperationsController::retry);
    connect(m_window->jobsPanel(), &JobsPanel::cancelRequested, m_operations.data(),
            &OperationsController::cancelUpload);
    // The retried job's new row replaces it.
    connect(m_connection->operations(), &ImageOperations::jobReplaced, this,
            [this](const QString &jobId) { m_jobs.remove(jobId); });
    connect(m_window->jobsPanel(), &JobsPanel::showImageRequested, m_window.get(),
            &MainWindow::selectImage);
    connect(m_window->jobsPanel(), &JobsPanel::finishedCleared, t, [t](const QStringList &ids) {
        for (const QString &id : ids)
            t->forget(id); // written as removals: another process's copy does not bring them back
    });
    // The job file is shared: jobs imsctl or another window starts show up here and are followed;
    // jobs cleared there go here too.
    connect(t, &JobTracker::jobRemoved, this,
            [this](const QString &jobId) { m_jobs.remove(jobId); });
    connect(t, &JobTracker::storeFailed, this, &DesktopApp::showStoreError);
    t->watchStore();
}

void DesktopApp::announceEnd(const TrackedJob &job) {
    // Whoever followed it (the window, another region's connection, another profile's).
    const qint64 ran =
        job.startedAt.isValid() ? job.startedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    m_window->jobsPanel()->jobEnded(job, ran);
}

void DesktopApp::showStoreError(const QString &message) {
    // Not modal: jobs go on being followed; only their record on disk waits.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Jobs are not saved"),
                                tr("The list of jobs cannot be saved, so jobs started now are not "
                                   "resumed after a restart.\n\n%1")
                                    .arg(message),
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("jobStoreError"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // the window stays usable
    box->show();
}

} // namespace ims
