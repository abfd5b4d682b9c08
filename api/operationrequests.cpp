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
    if (!options.tags.isEmpty()) {
        QJsonArray tags;
        for (const ImageTag &tag : options.tags)
            tags.append(QJsonObject{{QStringLiteral("key"), tag.key},
                                    {QStringLiteral("value"), tag.value}});
        body.insert(QStringLiteral("image_tags"), tags);
    }
    if (options.minRamMb > 0)
        body.insert(QStringLiteral("min_ram"), options.minRamMb);
    if (options.maxRamMb > 0)
        body.insert(QStringLiteral("max_ram"), options.maxRamMb);
    setRequiresImsExtension(QStringLiteral("creating images from servers"));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/cloudimages/action"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

CreateImageFromFileRequest::CreateImageFromFileRequest(Session *session,
                                                       const FileImageOptions &options,
                                                       QObject *parent)
    : JobRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), options.name},
                     {QStringLiteral("image_url"), options.imageUrl},
                     {QStringLiteral("min_disk"), options.minDiskGb}};
    insertIfSet(body, QStringLiteral("os_version"), options.osVersion);
    insertIfSet(body, QStringLiteral("description"), options.description);
    insertIfSet(body, QStringLiteral("type"), options.type);
    if (options.isConfig)
        body.insert(QStringLiteral("is_config"), true);
    if (options.isQuickImport)
        body.insert(QStringLiteral("is_quick_import"), true);
    setRequiresImsExtension(QStringLiteral("importing images from object storage"));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/cloudimages/action"));
    setJsonBody(QJsonDocument(body));
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
