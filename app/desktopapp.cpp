#include "desktopapp.h"

#include "detailspane.h"
#include "imagebrowser.h"
#include "imageoperations.h"
#include "imagetableview.h"
#include "jobspanel.h"
#include "jobtracker.h"
#include "mainwindow.h"
#include "session.h"
#include "settingskeys.h"

#include <QAction>
#include <QColor>
#include <QMessageBox>
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
    , m_window(std::make_unique<MainWindow>(&m_images, &m_jobs)) {
    restoreWindowState();
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
}

void DesktopApp::restoreWindowState() {
    const QSettings settings;
    m_window->restoreGeometry(settings::WindowGeometry.read(settings));
    m_window->restoreState(settings::WindowState.read(settings));
    m_window->imageTable()->restoreHeaderState(settings::ImageHeaderState.read(settings));
    m_window->jobsPanel()->notifyAction()->setChecked(settings::NotifyLongJobs.read(settings));
}

void DesktopApp::saveWindowState() const {
    QSettings settings;
    settings::WindowGeometry.write(settings, m_window->saveGeometry());
    settings::WindowState.write(settings, m_window->saveState());
    settings::ImageHeaderState.write(settings, m_window->imageTable()->saveHeaderState());
    settings::NotifyLongJobs.write(settings, m_window->jobsPanel()->notifyAction()->isChecked());
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
    browser()->setView(imageViewOf(m_window->currentView()));
    tracker()->resume();
}

void DesktopApp::wireBrowser() {
    MainWindow *w = m_window.get();
    ImageBrowser *b = browser();
    connect(w, &MainWindow::viewChanged, b,
            [b](MainWindow::View view) { b->setView(imageViewOf(view)); });
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
        const qint64 ran =
            job.startedAt.isValid() ? job.startedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        m_window->jobsPanel()->jobEnded(job, ran);
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
