// OperationsController: the operations that change images directly (delete, edit, share,
// answering shares) and the create-from-server dialog with its server list.
#include "operations.h"

#include "createimagedialog.h"
#include "deletedialog.h"
#include "editdialog.h"
#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "mainwindow.h"
#include "serverlistmodel.h"
#include "session.h"
#include "settingskeys.h"
#include "sharedialog.h"

#include <QSettings>

#include <memory>

namespace ims {

namespace {

// Only shared images can have members, who lose access with them.
bool mayHaveMembers(const Image &image) {
    return image.visibility == QLatin1String("shared") ||
           image.imageType == QLatin1String("private");
}

// Glance answers 403 "Only shared images have members" for an image that is not shared, and
// 404 for one already gone (its deletion then counts as done). Anything else (no answer, 5xx)
// leaves the count unknown.
bool meansNoMembers(const ApiError &error) {
    return error.kind == ApiError::Kind::Http &&
           (error.httpStatus == 403 || error.httpStatus == 404);
}

// Deleting it takes nothing but the image itself: no project loses access, nothing refuses,
// nothing to unprotect, no backup to decide on.
bool affectsOnlyItself(const rules::DeletionCheck &check) {
    return check.blockers.isEmpty() && check.warnings.isEmpty() && !check.needsUnprotect &&
           !check.offersBackupDeletion;
}

} // namespace

void OperationsController::openDeleteDialog() {
    const QList<Image> images = selection();
    if (images.isEmpty())
        return;
    if (settings::ConfirmDelete.read(QSettings()))
        showDeleteDialog(images, {});
    else
        deleteWithoutAsking(images);
}

void OperationsController::showDeleteDialog(const QList<Image> &images,
                                            const QHash<QString, int> &knownMembers) {
    auto *dialog = new DeleteDialog(images, m_operations->api(), m_window);
    for (const Image &image : images) {
        if (const QString servers = m_serverImpact ? m_serverImpact(image.id) : QString();
            !servers.isEmpty())
            dialog->setServerImpact(image.id, servers);
    }
    // Members decide what deleting affects.
    for (const Image &image : images) {
        if (!mayHaveMembers(image))
            continue;
        if (knownMembers.contains(image.id)) {
            dialog->setMemberCount(image.id, knownMembers.value(image.id));
            continue;
        }
        QPointer<DeleteDialog> shown(dialog);
        operationsFor(image)->members(image.id,
                                      [shown, id = image.id](const Result<QList<Member>> &result) {
                                          if (shown && result && !result.value().isEmpty())
                                              shown->setMemberCount(id, int(result.value().size()));
                                      });
    }
    connect(
        dialog, &DeleteDialog::submitted, this,
        [this, dialog, images](const QList<DeletionOrder> &orders) {
            QPointer<DeleteDialog> shown(dialog);
            for (const DeletionOrder &order : orders) {
                const auto image =
                    std::find_if(images.cbegin(), images.cend(), [&order](const Image &candidate) {
                        return candidate.id == order.imageId;
                    });
                ImageOperations *operations =
                    image == images.cend() ? m_operations.data() : operationsFor(*image);
                operations->remove(order, [shown, id = order.imageId](const Result<Done> &result) {
                    if (shown)
                        shown->setOutcome(id, result ? QString() : describe(result.error()));
                });
            }
        });
    dialog->show();
}

void OperationsController::deleteWithoutAsking(const QList<Image> &images) {
    // The same impact check as the dialog's, members counted first: images whose deletion
    // affects more than themselves (or whose members could not be counted) still go through
    // the dialog, so that a protected image is only unprotected by its explicit choice.
    struct Count {
        QHash<QString, int> members;
        int pending = 0;
        bool unknown = false;
    };
    const auto count = std::make_shared<Count>();
    const QPointer<OperationsController> self(this);
    const auto decide = [self, images, count] {
        if (!self || !self->m_operations)
            return; // gone with its connection
        const rules::Api api = self->m_operations->api();
        // An image servers were created from is not deleted unseen either: they could not be
        // rebuilt from it.
        const bool plain =
            !count->unknown && std::all_of(images.cbegin(), images.cend(), [&](const Image &image) {
                return affectsOnlyItself(
                           rules::deletionCheck(image, count->members.value(image.id), api)) &&
                       (!self->m_serverImpact || self->m_serverImpact(image.id).isEmpty());
            });
        if (!plain) {
            self->showDeleteDialog(images, count->members);
            return;
        }
        for (const Image &image : images) {
            self->attempt<Done>(tr("Deleting %1").arg(image.name),
                                [operations = QPointer(self->operationsFor(image)),
                                 order = DeletionOrder{image.id}](Callback<Done> done) {
                                    if (operations)
                                        operations->remove(order, std::move(done));
                                });
        }
    };
    for (const Image &image : images)
        count->pending += mayHaveMembers(image) ? 1 : 0;
    if (count->pending == 0) {
        decide();
        return;
    }
    for (const Image &image : images) {
        if (!mayHaveMembers(image))
            continue;
        operationsFor(image)->members(
            image.id, [count, decide, id = image.id](const Result<QList<Member>> &result) {
                if (result)
                    count->members.insert(id, int(result.value().size()));
                else if (!meansNoMembers(result.error()))
                    count->unknown = true;
                if (--count->pending == 0)
                    decide();
            });
    }
}

void OperationsController::openEditDialog() {
    const QList<Image> images = selection();
    if (images.size() != 1)
        return;
    // What this cloud lets the user change: the dialog disables the rest and says why.
    auto *dialog = new EditDialog(images.first(),
                                  rules::editRules(images.first(), m_operations->api()), m_window);
    connect(dialog, &EditDialog::submitted, this,
            [this, image = images.first()](const ImageChanges &changes) {
                attempt<Image>(tr("Saving %1").arg(image.name),
                               [image, changes,
                                operations = QPointer(operationsFor(image))](Callback<Image> done) {
                                   if (operations)
                                       operations->update(image, changes, std::move(done));
                               });
            });
    dialog->show();
}

void OperationsController::openShareDialog() {
    const QList<Image> images = selection();
    if (images.isEmpty())
        return;
    auto *dialog = new ShareDialog(images, m_session->projectId(), m_window);
    if (images.size() == 1) {
        QPointer<ShareDialog> shown(dialog);
        operationsFor(images.first())
            ->members(images.first().id, [shown](const Result<QList<Member>> &result) {
                if (!shown)
                    return;
                QList<QPair<QString, QString>> list;
                for (const Member &member : result ? result.value() : QList<Member>{})
                    list << qMakePair(member.memberId, member.status);
                shown->setMembers(list);
            });
    }
    connect(dialog, &ShareDialog::submitted, this,
            [this, first = images.first()](const ShareOrder &order) {
                attempt<QStringList>(tr("Sharing"),
                                     [order, operations = QPointer(operationsFor(first))](
                                         Callback<QStringList> done) {
                                         if (operations)
                                             operations->share(order, std::move(done));
                                     });
            });
    dialog->show();
}

void OperationsController::answerShares(const QString &status) {
    QStringList ids;
    for (const Image &image : selection())
        ids << image.id;
    if (ids.isEmpty())
        return;
    const bool accept = status == QLatin1String("accepted");
    attempt<QStringList>(
        tr("Answering a share"),
        [this, ids, accept](Callback<QStringList> done) {
            m_operations->answerShares(ids, accept, std::move(done));
        },
        [this, ids, accept](const QStringList &jobs) {
            // Answered at once (Glance): the rows change now. IMS answers with a members job,
            // whose end the window applies the same way (DesktopApp::showJobResult).
            if (jobs.isEmpty() && m_browser)
                m_browser->sharesAnswered(ids, accept);
        });
}

void OperationsController::openCreateDialog() {
    auto *dialog = new CreateImageDialog(m_servers, m_window);
    connect(m_browser, &ImageBrowser::quotaChanged, dialog, &CreateImageDialog::setQuota);
    connect(dialog, &CreateImageDialog::stopRequested, this, &OperationsController::stopServer);
    connect(dialog, &CreateImageDialog::submitted, this, [this](CreateImageOrder order) {
        const Server *server = m_servers->server(order.serverId);
        order.serverName = server ? server->name : order.serverId;
        attempt<StartedJob>(tr("Creating %1").arg(order.name),
                            [this, order](Callback<StartedJob> done) {
                                m_operations->createFromServer(order, std::move(done));
                            });
    });
    loadServers();
    m_browser->loadQuota(); // the dialog shows it: one read, not a listing
    dialog->show();
}

void OperationsController::loadServers() {
    attempt<QList<Server>>(tr("Loading servers"), [this](Callback<QList<Server>> done) {
        m_operations->servers(std::move(done));
    });
}

void OperationsController::stopServer(const QString &serverId) {
    attempt<QList<Server>>(tr("Stopping the server"),
                           [this, serverId](Callback<QList<Server>> done) {
                               m_operations->stopServers({serverId}, std::move(done));
                           });
}

} // namespace ims
