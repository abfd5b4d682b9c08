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

// An image made from a file in OBS: §5.3 c, §5.4 (quick import) and §5.5 (data disk) take
// these; each request sends the fields its API documents and leaves the others out.
struct FileImageOptions final {
    QString name;
    QString imageUrl; // bucket:object
    int minDiskGb = 40;
    QString osVersion; // empty: not sent (§5.3 c: required for ISO and quick import)
    QString description;
    QString type;         // ECS (default), IsoImage, …; empty: not sent
    QList<ImageTag> tags; // sent as image_tags
    int minRamMb = 0;     // 0: not sent (§5.3 c only; §5.4 and §5.5 do not list them)
    int maxRamMb = 0;
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

// POST /v2/cloudimages/quickimport/action (SPEC §5.4): a large RAW (with bitmap) or ZVHD2
// file. `dataDisk` sends type DataImage (os_version is then not required).
class QuickImportRequest final : public JobRequest {
    Q_OBJECT
public:
    QuickImportRequest(Session *session, const FileImageOptions &options, bool dataDisk,
                       QObject *parent = nullptr);
};

// POST /v1/cloudimages/dataimages/action (SPEC §5.5): a data disk image from a file in OBS.
// min_disk is 40-2048 GB on this API.
class DataImageFromFileRequest final : public JobRequest {
    Q_OBJECT
public:
    DataImageFromFileRequest(Session *session, const FileImageOptions &options,
                             QObject *parent = nullptr);
};

// One image per data disk of an ECS (SPEC §5.3 b): each volume with the name of its image.
struct DataDiskImage final {
    QString volumeId;
    QString name;
    QString description;
    QList<ImageTag> tags; // sent as image_tags
};

// POST /v2/cloudimages/action with data_images and no instance_id (SPEC §5.3 b).
class CreateDataDiskImagesRequest final : public JobRequest {
    Q_OBJECT
public:
    CreateDataDiskImagesRequest(Session *session, const QList<DataDiskImage> &images,
                                QObject *parent = nullptr);
};

// A full-ECS image (SPEC §5.6), of a server or of a CBR backup: exactly one of the ids.
struct WholeImageOptions final {
    QString serverId; // instance_id
    QString backupId; // backup_id, sent with whole_image_type CBR
    QString name;
    QString description;
    QList<ImageTag> tags; // sent as image_tags
    int minRamMb = 0;     // 0: not sent
    int maxRamMb = 0;
};

// POST /v1/cloudimages/wholeimages/action (SPEC §5.6).
class CreateWholeImageRequest final : public JobRequest {
    Q_OBJECT
public:
    CreateWholeImageRequest(Session *session, const WholeImageOptions &options,
                            QObject *parent = nullptr);
};

// PUT /v1/cloudimages/{id}/upload (SPEC §5.7): fills a queued image from a file in OBS.
class RegisterImageFileRequest final : public JobRequest {
    Q_OBJECT
public:
    RegisterImageFileRequest(Session *session, const QString &imageId, const QString &imageUrl,
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
