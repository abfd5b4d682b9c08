#pragma once

#include "cachedrows.h"
#include "connection.h"
#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "jobtracker.h"
#include "listingcache.h"
#include "operations.h"
#include "profile.h"
#include "session.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ims {

class MainWindow;

// The desktop application's composition: the models, the main window, and for the profile in
// use its Connection (session, job tracker, image browser, operations), wired together. Window
// state is restored on start and saved on quit.
class DesktopApp final : public QObject {
    Q_OBJECT

public:
    explicit DesktopApp(QObject *parent = nullptr);
    ~DesktopApp() override;

    MainWindow *window() const { return m_window.get(); }
    Connection *connection() const { return m_connection; }
    Session *session() const { return m_connection ? m_connection->session() : nullptr; }
    ImageBrowser *browser() const { return m_connection ? m_connection->browser() : nullptr; }
    JobTracker *tracker() const { return m_connection ? m_connection->tracker() : nullptr; }
    OperationsController *operations() const { return m_operations; }
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

signals:
    // The cloud refused the credentials of the connected profile; no automatic login follows.
    void loginRefused(const ims::Profile &profile, const ims::ApiError &error);

private:
    void restoreWindowState();
    void wireBrowser();
    void wireTracker();
    void showStoreError(const QString &message);
    void wireLogin();

    ImageTableModel m_images;
    JobListModel m_jobs;
    ListingCache m_cache;
    CachedRows m_cachedRows{&m_images, &m_cache}; // outlives connections: painted before login
    std::unique_ptr<MainWindow> m_window;
    QPointer<Connection> m_connection;
    QPointer<OperationsController> m_operations;
    Profile m_profile; // as given to connectTo()
};

} // namespace ims
