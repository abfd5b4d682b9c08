#pragma once

#include "typedrequests.h"

#include <QFile>

namespace ims {

// Which images a listing shows; mapped to IMS filters or to Glance visibility/member status.
enum class ImageView { Private, Public, Shared, SharedPending, All };
std::optional<ImageView> imageViewFromKey(const QString &key);

struct ImageListQuery final {
    ImageView view = ImageView::Private;
    QList<QPair<QString, QString>> filters; // extra exact-match filters: name, status, __platform…
    int pageSize = 0;                       // 0: the API's sensible default
    QString sortKey;
    QString sortDir;
    // Drop for a listing kept in memory at scale (the desktop); imsctl prints every attribute.
    codec::Attributes attributes = codec::Attributes::Keep;
};

// GET /v2/cloudimages (SPEC §5.1): marker paging until a short page.
class ListCloudImagesRequest final : public ImageListRequest {
    Q_OBJECT
public:
    ListCloudImagesRequest(Session *session, const ImageListQuery &query,
                           QObject *parent = nullptr);

protected:
    QUrl nextPage(const PageCursor &cursor) override;

private:
    QUrlQuery m_query;
    int m_limit;
};

// GET /v2/images (SPEC §6.2): follows `next` until it is absent.
class ListGlanceImagesRequest final : public ImageListRequest {
    Q_OBJECT
public:
    ListGlanceImagesRequest(Session *session, const ImageListQuery &query,
                            QObject *parent = nullptr);

protected:
    QUrl nextPage(const PageCursor &cursor) override;
};

// GET /v2/images/{id}
class ShowImageRequest final : public ImageRequest {
    Q_OBJECT
public:
    ShowImageRequest(Session *session, const QString &imageId, QObject *parent = nullptr);
};

struct PatchOperation final {
    QString op; // add, replace, remove
    QString path;
    QJsonValue value;
};

// PATCH /v2/cloudimages/{id} (SPEC §5.2): values are strings, body is application/json.
class UpdateCloudImageRequest final : public ImageRequest {
    Q_OBJECT
public:
    UpdateCloudImageRequest(Session *session, const QString &imageId,
                            const QList<PatchOperation> &operations, QObject *parent = nullptr);
};

// PATCH /v2/images/{id} (SPEC §6.5): the openstack-images-v2.1-json-patch dialect.
class UpdateGlanceImageRequest final : public ImageRequest {
    Q_OBJECT
public:
    UpdateGlanceImageRequest(Session *session, const QString &imageId,
                             const QList<PatchOperation> &operations, QObject *parent = nullptr);
};

struct ImageMetadata final {
    QString name;
    QString description; // __description; empty: not sent
    QString diskFormat = QStringLiteral("qcow2");
    QString containerFormat = QStringLiteral("bare");
    QString osVersion; // IMS only
    int minDiskGb = 0;
    int minRamMb = 0;
    int maxRamMb = 0; // max_ram; 0: not sent
    QStringList tags;
    bool isProtected = false;
};

// POST /v2/images (SPEC §6.4): a queued image to upload into.
class CreateImageMetadataRequest final : public ImageRequest {
    Q_OBJECT
public:
    CreateImageMetadataRequest(Session *session, const ImageMetadata &metadata,
                               QObject *parent = nullptr);

protected:
    bool acceptsStatus(int status) const override { return status == 201 || status == 200; }
};

// DELETE /v2/images/{id}: an image the image API says is not there counts as deleted: the answer
// to an earlier try may have been lost (Qt itself sends an idempotent request again when its
// connection closes, unseen by attempts()). A gateway's 404 (APIG.0101, the API is not there)
// is an error. Backup::Delete also deletes the CSBS/CBR backup of a full-ECS image (SPEC §6.6:
// the body {"delete_backup": true}); without it no body is sent, as every cloud expects.
class DeleteImageRequest final : public DoneRequest {
    Q_OBJECT
public:
    enum class Backup { Keep, Delete };
    DeleteImageRequest(Session *session, const QString &imageId, QObject *parent = nullptr);
    DeleteImageRequest(Session *session, const QString &imageId, Backup backup,
                       QObject *parent = nullptr);

protected:
    bool acceptsStatus(int status) const override {
        return (status >= 200 && status < 300) || status == 404;
    }
    void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) override;
};

// PUT /v2/images/{id}/file (SPEC §6.7), streamed from disk: memory stays flat whatever the size.
// Not sent again by itself after a 500 or a dropped connection: the cloud may have taken part of
// the body (and left the image killed or half-written); the caller decides what comes next.
class UploadImageFileRequest final : public DoneRequest {
    Q_OBJECT
public:
    UploadImageFileRequest(Session *session, const QString &imageId, const QString &filePath,
                           QObject *parent = nullptr);
    qint64 size() const { return m_file.size(); }

protected:
    void onFailure(const ApiError &error) override;

private:
    QFile m_file;
};

// PUT / DELETE /v2/images/{id}/tags/{tag} (SPEC §6.8).
class NativeTagRequest final : public DoneRequest {
    Q_OBJECT
public:
    enum class Action { Add, Remove };
    NativeTagRequest(Session *session, const QString &imageId, const QString &tag, Action action,
                     QObject *parent = nullptr);
};

// POST /v2/{project_id}/images/{id}/tags (SPEC §5.16): adds or overwrites key=value.
class SetImageTagRequest final : public DoneRequest {
    Q_OBJECT
public:
    SetImageTagRequest(Session *session, const QString &imageId, const ImageTag &tag,
                       QObject *parent = nullptr);
};

// POST /v2/{project_id}/images/{id}/tags/action (SPEC §5.16): creates (adds or overwrites) or
// deletes several key/value tags at once; deleting keys that are not there succeeds, so both
// may be sent again.
class BatchImageTagsRequest final : public DoneRequest {
    Q_OBJECT
public:
    enum class Action { Create, Delete };
    BatchImageTagsRequest(Session *session, const QString &imageId, Action action,
                          const QList<ImageTag> &tags, QObject *parent = nullptr);
};

// DELETE /v2/{project_id}/images/{id}/tags/{key}
class DeleteImageTagRequest final : public DoneRequest {
    Q_OBJECT
public:
    DeleteImageTagRequest(Session *session, const QString &imageId, const QString &key,
                          QObject *parent = nullptr);
};

// GET /v2/{project_id}/images/{id}/tags
class ListImageTagsRequest final : public ApiRequest {
    Q_OBJECT
public:
    ListImageTagsRequest(Session *session, const QString &imageId, QObject *parent = nullptr);
signals:
    void finished(const ims::Result<QList<ims::ImageTag>> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
};

} // namespace ims
