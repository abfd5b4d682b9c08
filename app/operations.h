#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;

namespace ims {

class ImageBrowser;
class ImageTableModel;
class JobTracker;
class MainWindow;
class ServerListModel;
class Session;
struct Image;

// The image operations behind the toolbar and context menu: create from a server, replicate
// (one click in the region, or through the dialog), delete, edit, share, accept/reject shares,
// export. Asynchronous ones become jobs the tracker follows; each job keeps its recipe so that
// Retry sends the same request again.
class OperationsController final : public QObject {
    Q_OBJECT

public:
    OperationsController(Session *session, JobTracker *tracker, ImageBrowser *browser,
                         ImageTableModel *images, MainWindow *window, QObject *parent = nullptr);
    ~OperationsController() override;

    // Sends the request a recipe describes and follows its job; a request whose answer was lost
    // becomes an "outcome unknown" job.
    void start(const QJsonObject &recipe);
    // Sends a job's recipe again. For a job whose outcome is not known (lost, outcome unknown),
    // first looks for the image it would create, and sends nothing when it exists.
    void retry(const QString &jobId);

    QAction *action(const QString &objectName) const;

signals:
    // Retry forgot `jobId`: the job it started (or the error) replaces it.
    void jobReplaced(const QString &jobId);

private:
    void buildActions();
    void updateActions();
    QList<Image> selection() const;
    QStringList otherRegions() const;
    void fail(const QString &context, const ApiError &error);

    void openCreateDialog();
    void replicateHere();
    void openReplicateDialog();
    void openDeleteDialog();
    void openEditDialog();
    void openShareDialog();
    void openExportDialog();
    void answerShares(const QString &status);
    void loadServers();
    void stopServer(const QString &serverId);

    QPointer<Session> m_session;
    QPointer<JobTracker> m_tracker;
    QPointer<ImageBrowser> m_browser;
    ImageTableModel *m_images;
    MainWindow *m_window;
    ServerListModel *m_servers;
    QList<QAction *> m_actions;
};

} // namespace ims
