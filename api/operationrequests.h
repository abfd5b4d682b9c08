#pragma once

#include "typedrequests.h"

namespace ims {

// The asynchronous IMS calls (SPEC §5): each answers a job id for the JobTracker. None is
// idempotent, so none is retried after the request may have reached the server.

struct ServerImageOptions final {
    QString serverId;
    QString name;
    QString description;
    QList<ImageTag> tags; // sent as image_tags
    int minRamMb = 0;     // 0: not sent
    int maxRamMb = 0;
};

// POST /v2/cloudimages/action with instance_id (SPEC §5.3 a).
class CreateImageFromServerRequest final : public JobRequest {
    Q_OBJECT
public:
    CreateImageFromServerRequest(Session *session, const QString &serverId, const QString &name,
                                 const QString &description = {}, QObject *parent = nullptr);
    CreateImageFromServerRequest(Session *session, const ServerImageOptions &options,
                                 QObject *parent = nullptr);
};

struct FileImageOptions final {
    QString name;
    QString imageUrl; // bucket:object
    int minDiskGb = 40;
    QString osVersion;
    QString description;
    QString type; // ECS (default), IsoImage, …
    bool isConfig = false;
    bool isQuickImport = false;
};

// POST /v2/cloudimages/action with image_url (SPEC §5.3 c).
class CreateImageFromFileRequest final : public JobRequest {
    Q_OBJECT
public:
    CreateImageFromFileRequest(Session *session, const FileImageOptions &options,
                               QObject *parent = nullptr);
};

// POST /v1/cloudimages/{id}/copy (SPEC §5.11).
class CopyImageRequest final : public JobRequest {
    Q_OBJECT
public:
    CopyImageRequest(Session *session, const QString &imageId, const QString &name,
                     const QString &description = {}, const QString &cmkId = {},
                     QObject *parent = nullptr);
};

// POST /v1/cloudimages/{id}/cross_region_copy (SPEC §5.12; Huawei Cloud and G42).
class CrossRegionCopyRequest final : public JobRequest {
    Q_OBJECT
public:
    CrossRegionCopyRequest(Session *session, const QString &imageId, const QString &name,
                           const QString &region, const QString &projectName,
                           const QString &agencyName, const QString &description = {},
                           QObject *parent = nullptr);
};

// POST /v1/cloudimages/{id}/file (SPEC §5.8).
class ExportImageRequest final : public JobRequest {
    Q_OBJECT
public:
    ExportImageRequest(Session *session, const QString &imageId, const QString &bucketUrl,
                       const QString &fileFormat, bool quickExport, QObject *parent = nullptr);
};

// POST/DELETE/PUT /v1/cloudimages/members (SPEC §5.10).
class BatchMembersRequest final : public JobRequest {
    Q_OBJECT
public:
    enum class Action { Add, Remove, Accept, Reject };
    BatchMembersRequest(Session *session, Action action, const QStringList &imageIds,
                        const QStringList &projectIds, QObject *parent = nullptr);
};

// POST /v1/{project_id}/cloudservers/action {"os-stop": …} on the ECS endpoint.
class StopServersRequest final : public JobRequest {
    Q_OBJECT
public:
    StopServersRequest(Session *session, const QStringList &serverIds, QObject *parent = nullptr);
};

// Native sharing (SPEC §6.9), synchronous.
class AddMemberRequest final : public MemberRequest {
    Q_OBJECT
public:
    AddMemberRequest(Session *session, const QString &imageId, const QString &projectId,
                     QObject *parent = nullptr);
};

class UpdateMemberRequest final : public MemberRequest {
    Q_OBJECT
public:
    UpdateMemberRequest(Session *session, const QString &imageId, const QString &memberId,
                        const QString &status, QObject *parent = nullptr);
};

class RemoveMemberRequest final : public DoneRequest {
    Q_OBJECT
public:
    RemoveMemberRequest(Session *session, const QString &imageId, const QString &memberId,
                        QObject *parent = nullptr);
};

class ListMembersRequest final : public ApiRequest {
    Q_OBJECT
public:
    ListMembersRequest(Session *session, const QString &imageId, QObject *parent = nullptr);
signals:
    void finished(const ims::Result<QList<ims::Member>> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
};

} // namespace ims
