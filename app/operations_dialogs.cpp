// OperationsController: the operations that change images directly (delete, edit, share,
// answering shares) and the create-from-server dialog with its server list.
#include "operations.h"

#include "createimagedialog.h"
#include "deletedialog.h"
#include "detailspane.h"
#include "editdialog.h"
#include "imagebrowser.h"
#include "imagerequests.h"
#include "imagetablemodel.h"
#include "inforequests.h"
#include "jobrecipes.h"
#include "mainwindow.h"
#include "operationrequests.h"
#include "serverlistmodel.h"
#include "session.h"
#include "sharedialog.h"

#include <QJsonArray>
#include <QTimer>

namespace ims {

namespace {
constexpr int kStopPollMs = 2000;   // how often the create dialog looks at a server it stops
constexpr int kStopPollLimit = 150; // and for how long (5 minutes)

PatchOperation replace(const QString &path, const QJsonValue &value) {
    return {QStringLiteral("replace"), path, value};
}
} // namespace

void OperationsController::openDeleteDialog() {
    const QList<Image> images = selection();
    if (images.isEmpty())
        return;
    auto *dialog = new DeleteDialog(images, m_window);
    // Members decide what deleting affects; only shared images can have any.
    for (const Image &image : images) {
        if (image.visibility != QLatin1String("shared") &&
            image.imageType != QLatin1String("private"))
            continue;
        auto *members = new ListMembersRequest(m_session, image.id, dialog);
        connect(members, &ListMembersRequest::finished, dialog,
                [dialog, members, id = image.id](const Result<QList<Member>> &result) {
                    members->deleteLater();
                    if (result && !result.value().isEmpty())
                        dialog->setMemberCount(id, int(result.value().size()));
                });
        members->start();
    }
    connect(
        dialog, &DeleteDialog::submitted, this, [this, dialog](const QList<DeletionOrder> &orders) {
            for (const DeletionOrder &order : orders) {
                QPointer<DeleteDialog> shown(dialog);
                const auto report = [this, shown, id = order.imageId](const ApiError *error) {
                    // An image that is already gone counts as deleted.
                    const bool gone = !error || error->httpStatus == 404;
                    if (gone)
                        m_images->remove(id);
                    if (shown)
                        shown->setOutcome(id, gone ? QString() : describe(*error));
                };
                const auto remove = [this, report, id = order.imageId] {
                    auto *request = new DeleteImageRequest(m_session, id, this);
                    connect(request, &DeleteImageRequest::finished, this,
                            [request, report](const Result<Done> &result) {
                                request->deleteLater();
                                report(result ? nullptr : &result.error());
                            });
                    request->start();
                };
                if (!order.unprotectFirst) {
                    remove();
                    continue;
                }
                auto *unprotect = new UpdateGlanceImageRequest(
                    m_session, order.imageId, {replace(QStringLiteral("/protected"), false)}, this);
                connect(unprotect, &ImageRequest::finished, this,
                        [unprotect, report, remove](const Result<Image> &result) {
                            unprotect->deleteLater();
                            if (result)
                                remove();
                            else
                                report(&result.error());
                        });
                unprotect->start();
            }
        });
    dialog->show();
}

void OperationsController::openEditDialog() {
    const QList<Image> images = selection();
    if (images.size() != 1)
        return;
    auto *dialog = new EditDialog(images.first(), m_window);
    connect(
        dialog, &EditDialog::submitted, this,
        [this, image = images.first()](const ImageChanges &changes) {
            // One Glance PATCH carries every change, atomically (IMS and plain OpenStack alike).
            QList<PatchOperation> operations;
            if (changes.name)
                operations << replace(QStringLiteral("/name"), *changes.name);
            if (changes.description)
                operations << PatchOperation{
                    QStringLiteral("add"), QStringLiteral("/__description"), *changes.description};
            if (changes.minDiskGb)
                operations << replace(QStringLiteral("/min_disk"), *changes.minDiskGb);
            if (changes.minRamMb)
                operations << replace(QStringLiteral("/min_ram"), *changes.minRamMb);
            if (changes.isProtected)
                operations << replace(QStringLiteral("/protected"), *changes.isProtected);
            if (!changes.addedTags.isEmpty() || !changes.removedTags.isEmpty()) {
                QStringList tags = image.tags;
                for (const QString &tag : changes.removedTags)
                    tags.removeAll(tag);
                tags << changes.addedTags;
                operations << replace(QStringLiteral("/tags"), QJsonArray::fromStringList(tags));
            }
            auto *request = new UpdateGlanceImageRequest(m_session, image.id, operations, this);
            connect(request, &ImageRequest::finished, this,
                    [this, request, name = image.name](const Result<Image> &result) {
                        request->deleteLater();
                        if (result)
                            m_images->upsert({result.value()});
                        else
                            fail(tr("Saving %1").arg(name), result.error());
                    });
            request->start();
        });
    dialog->show();
}

void OperationsController::openShareDialog() {
    const QList<Image> images = selection();
    if (images.isEmpty())
        return;
    auto *dialog = new ShareDialog(images, m_session->projectId(), m_window);
    if (images.size() == 1) {
        auto *members = new ListMembersRequest(m_session, images.first().id, dialog);
        connect(members, &ListMembersRequest::finished, dialog,
                [dialog, members](const Result<QList<Member>> &result) {
                    members->deleteLater();
                    QList<QPair<QString, QString>> list;
                    for (const Member &member : result ? result.value() : QList<Member>{})
                        list << qMakePair(member.memberId, member.status);
                    dialog->setMembers(list);
                });
        members->start();
    }
    connect(dialog, &ShareDialog::submitted, this, [this](const ShareOrder &order) {
        if (m_session->hasImsExtension()) { // one batch job each way (SPEC §5.10)
            if (!order.addProjects.isEmpty())
                start(recipes::members(QStringLiteral("add"), order.imageIds, order.addProjects));
            if (!order.removeProjects.isEmpty())
                start(recipes::members(QStringLiteral("remove"), order.imageIds,
                                       order.removeProjects));
            return;
        }
        // Plain Glance: one synchronous call per image and project.
        for (const QString &imageId : order.imageIds) {
            for (const QString &project : order.addProjects) {
                auto *request = new AddMemberRequest(m_session, imageId, project, this);
                connect(request, &MemberRequest::finished, this,
                        [this, request](const Result<Member> &result) {
                            request->deleteLater();
                            if (!result)
                                fail(tr("Sharing"), result.error());
                        });
                request->start();
            }
            for (const QString &project : order.removeProjects) {
                auto *request = new RemoveMemberRequest(m_session, imageId, project, this);
                connect(request, &DoneRequest::finished, this,
                        [this, request](const Result<Done> &result) {
                            request->deleteLater();
                            if (!result)
                                fail(tr("Stopping a share"), result.error());
                        });
                request->start();
            }
        }
    });
    dialog->show();
}

void OperationsController::answerShares(const QString &status) {
    QStringList ids;
    for (const Image &image : selection())
        ids << image.id;
    if (ids.isEmpty())
        return;
    if (m_session->hasImsExtension()) {
        start(recipes::members(status == QLatin1String("accepted") ? QStringLiteral("accept")
                                                                   : QStringLiteral("reject"),
                               ids, {m_session->projectId()}));
        return;
    }
    for (const QString &id : ids) {
        auto *request =
            new UpdateMemberRequest(m_session, id, m_session->projectId(), status, this);
        connect(request, &MemberRequest::finished, this,
                [this, request](const Result<Member> &result) {
                    request->deleteLater();
                    if (result)
                        m_browser->refresh();
                    else
                        fail(tr("Answering a share"), result.error());
                });
        request->start();
    }
}

void OperationsController::openCreateDialog() {
    auto *dialog = new CreateImageDialog(m_servers, m_window);
    connect(m_browser, &ImageBrowser::quotaChanged, dialog, &CreateImageDialog::setQuota);
    connect(dialog, &CreateImageDialog::stopRequested, this, &OperationsController::stopServer);
    connect(dialog, &CreateImageDialog::submitted, this, [this](const CreateImageOrder &order) {
        const Server *server = m_servers->server(order.serverId);
        start(recipes::createFromServer(order.serverId, server ? server->name : order.serverId,
                                        order.name, order.description, order.tags, order.minRamMb,
                                        order.maxRamMb));
    });
    loadServers();
    m_browser->refresh(); // brings the current quota to the dialog
    dialog->show();
}

void OperationsController::loadServers() {
    auto *request = new ListServersRequest(m_session, this);
    connect(request, &ListServersRequest::finished, this,
            [this, request](const Result<QList<Server>> &result) {
                request->deleteLater();
                if (result)
                    m_servers->setServers(result.value());
                else
                    fail(tr("Loading servers"), result.error());
            });
    request->start();
}

void OperationsController::stopServer(const QString &serverId) {
    auto *request = new StopServersRequest(m_session, {serverId}, this);
    connect(request, &JobRequest::finished, this,
            [this, request, serverId](const Result<JobAccepted> &result) {
                request->deleteLater();
                if (!result) {
                    fail(tr("Stopping the server"), result.error());
                    return;
                }
                // ECS jobs live in ECS's own job API; watching the server's status is enough here.
                auto polls = std::make_shared<int>(0);
                auto *timer = new QTimer(this);
                timer->setInterval(kStopPollMs);
                connect(timer, &QTimer::timeout, this, [this, timer, polls, serverId] {
                    const Server *server = m_servers->server(serverId);
                    if ((server && server->isStopped()) || ++*polls > kStopPollLimit) {
                        timer->deleteLater();
                        return;
                    }
                    loadServers();
                });
                timer->start();
            });
    request->start();
}

} // namespace ims
