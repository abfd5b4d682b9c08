#pragma once

#include "apierror.h"
#include "imageoperations.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;

namespace ims {

class Connection;
class ImageBrowser;
class ImageOperations;
class ImageTableModel;
class MainWindow;
class ReplicateDialog;
class ServerListModel;
class Session;
struct Image;

// Joins the toolbar and context menu's image actions to core/'s ImageOperations: opens the
// dialog (import, create from a server, replicate, delete, edit, share, export; one-click replicate
// here; accept/reject shares) and hands its order over; shows what failed in the window's
// banner. The operations themselves, their rules and their jobs live in core/.
class OperationsController final : public QObject {
    Q_OBJECT

public:
    OperationsController(Session *session, ImageOperations *operations, ImageBrowser *browser,
                         ImageTableModel *images, MainWindow *window, QObject *parent = nullptr);
    ~OperationsController() override;

    // The jobs panel's Retry (and Restart of an interrupted upload).
    void retry(const QString &jobId);
    // The jobs panel's Cancel of an upload: stops it and deletes its queued image.
    void cancelUpload(const QString &jobId);

    QAction *action(const QString &objectName) const;

    // The All regions view: the connection a row of another region lives in (null: this
    // controller's own), so that every operation on it goes to its region.
    void setRowConnection(std::function<Connection *(const Image &image)> resolve) {
        m_rowConnection = std::move(resolve);
    }
    // The delete dialog's servers line for an image ("3 servers in eu-de were created from it").
    void setServerImpact(std::function<QString(const QString &imageId)> impact) {
        m_serverImpact = std::move(impact);
    }
    // Whose job the jobs panel's Retry is about, when this controller's tracker does not follow
    // it: `profile` is the job's (a saved profile, or one of its regions), `connection` the one
    // that follows it (a JobFollowers' or the All regions view's), null when none does here.
    struct JobOwner {
        QString profile;
        Connection *connection = nullptr;
    };
    // nullopt: the job is this controller's own (or unknown: its tracker says so).
    void setJobOwner(std::function<std::optional<JobOwner>(const QString &jobId)> owner) {
        m_jobOwner = std::move(owner);
    }
    // "Replicate to the regions that lack it": the replicate dialog for `source`, exactly
    // `regions` checked.
    void replicateTo(const Image &source, const QStringList &regions);

private:
    void buildActions();
    void updateActions();
    QList<Image> selection() const;
    QStringList otherRegions() const;
    // What a row's operations go through: its region's connection, or this controller's own.
    ImageOperations *operationsFor(const Image &image) const;
    // The region an image lives in (its row's, or the session's).
    QString regionOf(const Image &image) const;
    ReplicateDialog *showReplicateDialog(const QList<Image> &images);
    // Shows a failure in the window's banner; `retry` (if any) is what its Retry does.
    void fail(const QString &context, const ApiError &error, std::function<void()> retry = {});
    // Makes one ImageOperations call (`call` passes its callback on) and shows a failure under
    // `context`, with a Retry that makes the same call again: the call holds its order by
    // value, so Retry repeats what failed and nothing else. Refused failures get no Retry (the
    // banner's rule). `succeeded` runs with the result on success.
    template <typename T>
    void attempt(const QString &context, std::function<void(Callback<T>)> call,
                 std::function<void(const T &)> succeeded = {}) {
        call([self = QPointer(this), context, call, succeeded](const Result<T> &result) {
            if (!self)
                return;
            if (result) {
                if (succeeded)
                    succeeded(result.value());
                return;
            }
            self->fail(context, result.error(), [self, context, call, succeeded] {
                if (self) // gone with its connection: nothing to repeat into
                    self->template attempt<T>(context, call, succeeded);
            });
        });
    }

    void openCreateDialog();
    void openImportWizard();
    // The wizard on a local file (dropped on the window): the file chosen, its headers read.
    void importFile(const QString &path);
    void replicateHere();
    void openReplicateDialog();
    // Opens the delete dialog, or with settings::ConfirmDelete off deletes without it what
    // affects nothing but the images themselves.
    void openDeleteDialog();
    // `knownMembers`: counted already (image id → members); the others are counted meanwhile.
    void showDeleteDialog(const QList<Image> &images, const QHash<QString, int> &knownMembers);
    void deleteWithoutAsking(const QList<Image> &images);
    void openEditDialog();
    void openShareDialog();
    void openExportDialog();
    void answerShares(const QString &status);
    void loadServers();
    void stopServer(const QString &serverId);

    QPointer<Session> m_session;
    QPointer<ImageOperations> m_operations;
    QPointer<ImageBrowser> m_browser;
    ImageTableModel *m_images;
    MainWindow *m_window;
    ServerListModel *m_servers;
    QList<QAction *> m_actions;
    std::function<Connection *(const Image &)> m_rowConnection;
    std::function<QString(const QString &)> m_serverImpact;
    std::function<std::optional<JobOwner>(const QString &)> m_jobOwner;
};

} // namespace ims
