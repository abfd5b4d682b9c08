#include "operationrequests.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ims {

namespace {

QString encoded(const QString &segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value) {
    if (!value.isEmpty())
        o.insert(key, value);
}

// Tags as {key, value} objects: image_tags, which every create call takes (SPEC §4.5; never
// together with the "key.value" form `tags`).
void insertTags(QJsonObject &o, const QList<ImageTag> &tags) {
    if (tags.isEmpty())
        return;
    QJsonArray list;
    for (const ImageTag &tag : tags)
        list.append(
            QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
    o.insert(QStringLiteral("image_tags"), list);
}

void insertRam(QJsonObject &o, int minRamMb, int maxRamMb) {
    if (minRamMb > 0)
        o.insert(QStringLiteral("min_ram"), minRamMb);
    if (maxRamMb > 0)
        o.insert(QStringLiteral("max_ram"), maxRamMb);
}

// What every import from OBS sends: name, image_url, min_disk, description and image_tags.
QJsonObject fileImageBody(const FileImageOptions &options) {
    QJsonObject body{{QStringLiteral("name"), options.name},
                     {QStringLiteral("image_url"), options.imageUrl},
                     {QStringLiteral("min_disk"), options.minDiskGb}};
    insertIfSet(body, QStringLiteral("description"), options.description);
    insertTags(body, options.tags);
    return body;
}

} // namespace

CreateImageFromServerRequest::CreateImageFromServerRequest(Session *session,
                                                           const QString &serverId,
                                                           const QString &name,
                                                           const QString &description,
                                                           QObject *parent)
    : CreateImageFromServerRequest(
          session, ServerImageOptions{serverId, name, description, {}, 0, 0}, parent) {}

CreateImageFromServerRequest::CreateImageFromServerRequest(Session *session,
                                                           const ServerImageOptions &options,
                                                           QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), options.name},
                     {QStringLiteral("instance_id"), options.serverId}};
    insertIfSet(body, QStringLiteral("description"), options.description);
    insertTags(body, options.tags);
    insertRam(body, options.minRamMb, options.maxRamMb);
    setRequiresImsExtension(QStringLiteral("creating images from servers"));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/cloudimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

CreateImageFromFileRequest::CreateImageFromFileRequest(Session *session,
                                                       const FileImageOptions &options,
                                                       QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body = fileImageBody(options);
    insertIfSet(body, QStringLiteral("os_version"), options.osVersion);
    insertIfSet(body, QStringLiteral("type"), options.type);
    insertRam(body, options.minRamMb, options.maxRamMb);
    if (options.isConfig)
        body.insert(QStringLiteral("is_config"), true);
    if (options.isQuickImport)
        body.insert(QStringLiteral("is_quick_import"), true);
    setRequiresImsExtension(QStringLiteral("importing images from object storage"));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/cloudimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

QuickImportRequest::QuickImportRequest(Session *session, const FileImageOptions &options,
                                       bool dataDisk, QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body = fileImageBody(options);
    insertIfSet(body, QStringLiteral("os_version"), options.osVersion);
    // §5.4 lists type ECS (default), BMS and DataImage; "Y for data". min_ram/max_ram are not
    // in its table, so they are not sent.
    if (dataDisk)
        body.insert(QStringLiteral("type"), QStringLiteral("DataImage"));
    else
        insertIfSet(body, QStringLiteral("type"), options.type);
    setRequiresImsExtension(QStringLiteral("quick import from object storage"));
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v2/cloudimages/quickimport/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

DataImageFromFileRequest::DataImageFromFileRequest(Session *session,
                                                   const FileImageOptions &options, QObject *parent)
    : JobRequest(session, parent) {
    // §5.5 takes neither os_version nor type; os_type (Linux by default) is left to IMS.
    const QJsonObject body = fileImageBody(options);
    setRequiresImsExtension(QStringLiteral("data disk images from object storage"));
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/dataimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

CreateDataDiskImagesRequest::CreateDataDiskImagesRequest(Session *session,
                                                         const QList<DataDiskImage> &images,
                                                         QObject *parent)
    : JobRequest(session, parent) {
    QJsonArray list;
    for (const DataDiskImage &image : images) {
        QJsonObject entry{{QStringLiteral("name"), image.name},
                          {QStringLiteral("volume_id"), image.volumeId}};
        insertIfSet(entry, QStringLiteral("description"), image.description);
        insertTags(entry, image.tags);
        list.append(entry);
    }
    // No instance_id (it would make this a system disk image, §5.3 a). The SPEC is unsure
    // whether a top-level name is required here (§12 #2: optional on OTC, required by the SDK
    // model; IMS ignores it for data_images): it is sent, as the first image's name, so that
    // either reading accepts the request.
    QJsonObject body{{QStringLiteral("data_images"), list}};
    if (!images.isEmpty())
        body.insert(QStringLiteral("name"), images.first().name);
    setRequiresImsExtension(QStringLiteral("data disk images of servers"));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/cloudimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

CreateWholeImageRequest::CreateWholeImageRequest(Session *session, const WholeImageOptions &options,
                                                 QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), options.name}};
    if (!options.backupId.isEmpty()) {
        body.insert(QStringLiteral("backup_id"), options.backupId);
        // imsdesk offers CBR backups only; without whole_image_type IMS takes a CSBS one.
        body.insert(QStringLiteral("whole_image_type"), QStringLiteral("CBR"));
    } else {
        // vault_id is "Y for the CBR ECS path" (§5.6); the SPEC does not say how a client
        // knows the vault, and IMS picks the server's own one without it [UNCONFIRMED]: not
        // sent.
        body.insert(QStringLiteral("instance_id"), options.serverId);
    }
    insertIfSet(body, QStringLiteral("description"), options.description);
    insertTags(body, options.tags);
    insertRam(body, options.minRamMb, options.maxRamMb);
    setRequiresImsExtension(QStringLiteral("full-ECS images"));
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/wholeimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

RegisterImageFileRequest::RegisterImageFileRequest(Session *session, const QString &imageId,
                                                   const QString &imageUrl, QObject *parent)
    : JobRequest(session, parent) {
    setRequiresImsExtension(QStringLiteral("registering image files from object storage"));
    setOperation("PUT", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/%1/upload").arg(encoded(imageId)));
    setJsonBody(QJsonDocument(QJsonObject{{QStringLiteral("image_url"), imageUrl}}));
    setIdempotent(false);
}

CopyImageRequest::CopyImageRequest(Session *session, const QString &imageId, const QString &name,
                                   const QString &description, const QString &cmkId,
                                   QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), name}};
    insertIfSet(body, QStringLiteral("description"), description);
    insertIfSet(body, QStringLiteral("cmk_id"), cmkId);
    setRequiresImsExtension(QStringLiteral("copying images"));
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/%1/copy").arg(encoded(imageId)));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

CrossRegionCopyRequest::CrossRegionCopyRequest(Session *session, const QString &imageId,
                                               const QString &name, const QString &region,
                                               const QString &projectName,
                                               const QString &agencyName,
                                               const QString &description, QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("region"), region},
                     {QStringLiteral("project_name"), projectName.isEmpty() ? region : projectName},
                     {QStringLiteral("agency_name"), agencyName}};
    insertIfSet(body, QStringLiteral("description"), description);
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/%1/cross_region_copy").arg(encoded(imageId)));
    setRequiresImsExtension(QStringLiteral("copying images to other regions"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

ExportImageRequest::ExportImageRequest(Session *session, const QString &imageId,
                                       const QString &bucketUrl, const QString &fileFormat,
                                       bool quickExport, QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("bucket_url"), bucketUrl}};
    // A quick export writes ZVHD2 and must not name a format (SPEC §5.8).
    if (quickExport)
        body.insert(QStringLiteral("is_quick_export"), true);
    else
        body.insert(QStringLiteral("file_format"), fileFormat);
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v1/cloudimages/%1/file").arg(encoded(imageId)));
    setRequiresImsExtension(QStringLiteral("exporting images"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

BatchMembersRequest::BatchMembersRequest(Session *session, Action action,
                                         const QStringList &imageIds, const QStringList &projectIds,
                                         QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("images"), QJsonArray::fromStringList(imageIds)}};
    QByteArray method;
    switch (action) {
    case Action::Add:
    case Action::Remove:
        body.insert(QStringLiteral("projects"), QJsonArray::fromStringList(projectIds));
        method = action == Action::Add ? "POST" : "DELETE";
        break;
    case Action::Accept:
    case Action::Reject:
        body.insert(QStringLiteral("project_id"), QLatin1String(kProjectId));
        body.insert(QStringLiteral("status"), action == Action::Accept
                                                  ? QStringLiteral("accepted")
                                                  : QStringLiteral("rejected"));
        method = "PUT";
        break;
    }
    setOperation(method, Session::Service::Image, QStringLiteral("/v1/cloudimages/members"));
    setRequiresImsExtension(QStringLiteral("sharing images in batches"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

StopServersRequest::StopServersRequest(Session *session, const QStringList &serverIds,
                                       QObject *parent)
    : JobRequest(session, parent) {
    QJsonArray servers;
    for (const QString &id : serverIds)
        servers.append(QJsonObject{{QStringLiteral("id"), id}});
    const QJsonObject body{
        {QStringLiteral("os-stop"), QJsonObject{{QStringLiteral("type"), QStringLiteral("SOFT")},
                                                {QStringLiteral("servers"), servers}}}};
    setOperation("POST", Session::Service::Ecs,
                 QStringLiteral("/v1/%1/cloudservers/action").arg(QLatin1String(kProjectId)));
    setJsonBody(QJsonDocument(body));
    setIdempotent(true); // stopping a stopped server changes nothing
}

AddMemberRequest::AddMemberRequest(Session *session, const QString &imageId,
                                   const QString &projectId, QObject *parent)
    : MemberRequest(session, parent) {
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v2/images/%1/members").arg(encoded(imageId)));
    setJsonBody(QJsonDocument(QJsonObject{{QStringLiteral("member"), projectId}}));
    setIdempotent(false);
}

UpdateMemberRequest::UpdateMemberRequest(Session *session, const QString &imageId,
                                         const QString &memberId, const QString &status,
                                         QObject *parent)
    : MemberRequest(session, parent) {
    setOperation(
        "PUT", Session::Service::Image,
        QStringLiteral("/v2/images/%1/members/%2").arg(encoded(imageId), encoded(memberId)));
    setJsonBody(QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}));
}

RemoveMemberRequest::RemoveMemberRequest(Session *session, const QString &imageId,
                                         const QString &memberId, QObject *parent)
    : DoneRequest(session, parent) {
    setOperation(
        "DELETE", Session::Service::Image,
        QStringLiteral("/v2/images/%1/members/%2").arg(encoded(imageId), encoded(memberId)));
}

ListMembersRequest::ListMembersRequest(Session *session, const QString &imageId, QObject *parent)
    : ApiRequest(session, parent) {
    setOperation("GET", Session::Service::Image,
                 QStringLiteral("/v2/images/%1/members").arg(encoded(imageId)));
}

void ListMembersRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&ListMembersRequest::finished, codec::memberList(body));
}

void ListMembersRequest::onFailure(const ApiError &error) {
    finish(&ListMembersRequest::finished, error);
}

} // namespace ims
