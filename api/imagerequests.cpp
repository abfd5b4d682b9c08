#include "imagerequests.h"

#include "backgroundpriority.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace ims {

namespace {

QString encoded(const QString &segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QJsonArray patchBody(const QList<PatchOperation> &operations, bool valuesAsStrings) {
    QJsonArray array;
    for (const PatchOperation &op : operations) {
        QJsonObject o{{QStringLiteral("op"), op.op}, {QStringLiteral("path"), op.path}};
        if (op.op != QLatin1String("remove") || valuesAsStrings) {
            QJsonValue value = op.value;
            if (valuesAsStrings && !value.isString())
                value = codec::toText(value);
            o.insert(QStringLiteral("value"), value);
        }
        array.append(o);
    }
    return array;
}

bool onlyReplaces(const QList<PatchOperation> &operations) {
    return std::all_of(operations.begin(), operations.end(),
                       [](const PatchOperation &op) { return op.op == QLatin1String("replace"); });
}

} // namespace

std::optional<ImageView> imageViewFromKey(const QString &key) {
    if (key == QLatin1String("private"))
        return ImageView::Private;
    if (key == QLatin1String("public"))
        return ImageView::Public;
    if (key == QLatin1String("shared"))
        return ImageView::Shared;
    if (key == QLatin1String("pending"))
        return ImageView::SharedPending;
    if (key == QLatin1String("all"))
        return ImageView::All;
    return std::nullopt;
}

void ImageListRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    // A page of 500 images with all attributes is a few hundred kB of JSON: decode it on the
    // thread pool so that the GUI thread stays responsive.
    auto *decoding = new Decoding(this);
    m_decoding.push_back(decoding);
    connect(decoding, &Decoding::resultReadyAt, this, [this, decoding](int index) {
        if (index == 0)
            cursorRead(decoding);
    });
    connect(decoding, &Decoding::finished, this, &ImageListRequest::deliverDecodedPages);
    decoding->setFuture(QtConcurrent::run(
        backgroundThreadPool(), [body, attributes = m_attributes](QPromise<Decoded> &promise) {
            runAsBackgroundThread();
            Result<ImagePage> page =
                codec::imagePage(body, attributes, [&promise](const PageCursor &cursor) {
                    promise.addResult(Decoded{cursor, {}, std::nullopt});
                });
            if (!page) {
                promise.addResult(Decoded{std::nullopt, {}, page.error()});
                return;
            }
            promise.addResult(Decoded{std::nullopt, std::move(page.value().images), std::nullopt});
        }));
}

void ImageListRequest::onFailure(const ApiError &error) {
    // The pages that arrived before a page failed are still handed over, in order; a
    // cancellation stops at once.
    if (m_decoding.empty() || error.kind == ApiError::Kind::Cancelled)
        deliver(error);
    else
        m_failure = error;
}

void ImageListRequest::cursorRead(Decoding *decoding) {
    const Decoded first = decoding->resultAt(0);
    if (isStopped() || !first.cursor)
        return; // failed or cancelled; or this page's error, delivered in order with the pages
    // An empty page ends both APIs; a short one does not (a gateway may cap `limit`).
    const QUrl next = first.cursor->count == 0 ? QUrl() : nextPage(*first.cursor);
    m_morePages = false;
    if (next.isEmpty())
        return;
    if (const auto refused = refusePage(next)) {
        failWith(*refused); // told after the pages before it
        return;
    }
    m_morePages = true;
    sendTo(next);
}

std::optional<ApiError> ImageListRequest::refusePage(const QUrl &next) {
    const QUrl current = url();
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    };
    if (next.scheme() != current.scheme() ||
        next.host().compare(current.host(), Qt::CaseInsensitive) != 0 ||
        port(next) != port(current))
        // Its rows would be another server's, merged into this cloud's listing.
        return ApiError::decode(
            QStringLiteral("the listing's next link leads to another "
                           "server (%1); the listing stopped there")
                .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                         .toString()));
    if (m_pagesSeen.isEmpty())
        m_pagesSeen.insert(qHash(current.toString(QUrl::FullyEncoded)));
    if (m_pagesRequested >= m_maxPages)
        return ApiError::decode(
            QStringLiteral("the listing has more than %1 pages; it stopped there").arg(m_maxPages));
    const size_t key = qHash(next.toString(QUrl::FullyEncoded));
    if (m_pagesSeen.contains(key))
        return ApiError::decode(QStringLiteral("the server sent a page it had sent before (a "
                                               "repeated marker or next link); the listing "
                                               "stopped instead of going round in a loop"));
    m_pagesSeen.insert(key);
    ++m_pagesRequested;
    return std::nullopt;
}

void ImageListRequest::deliverDecodedPages() {
    while (!m_decoding.empty() && m_decoding.front()->isFinished()) {
        Decoding *decoding = m_decoding.front();
        m_decoding.pop_front();
        decoding->deleteLater();
        if (isFinished())
            continue; // cancelled, or this page's own error was told
        const Decoded last = decoding->resultAt(decoding->future().resultCount() - 1);
        if (last.error) {
            deliver(*last.error);
            continue;
        }
        ++m_pages;
        m_total += int(last.images.size());
        if (!last.images.isEmpty())
            emit page(last.images);
    }
    if (!m_decoding.empty() || isFinished()) // a receiver may have cancelled
        return;
    if (m_failure)
        deliver(*m_failure);
    else if (!m_morePages)
        deliver(m_total);
}

static void addViewFilters(QUrlQuery &q, ImageView view, const QString &projectId, bool ims) {
    switch (view) {
    case ImageView::Private:
        // The project's own images, those it shares included (SPEC §5.1 "Private (own)": IMS
        // gives shared ones __imagetype=shared, so that filter would hide them).
        q.addQueryItem(QStringLiteral("owner"), projectId);
        break;
    case ImageView::Public:
        if (ims)
            q.addQueryItem(QStringLiteral("__imagetype"), QStringLiteral("gold"));
        q.addQueryItem(QStringLiteral("visibility"), QStringLiteral("public"));
        break;
    case ImageView::Shared:
    case ImageView::SharedPending:
        q.addQueryItem(QStringLiteral("visibility"), QStringLiteral("shared"));
        q.addQueryItem(QStringLiteral("member_status"), view == ImageView::Shared
                                                            ? QStringLiteral("accepted")
                                                            : QStringLiteral("pending"));
        if (ims)
            q.addQueryItem(QStringLiteral("__imagetype"), QStringLiteral("shared"));
        break;
    case ImageView::All:
        break;
    }
}

static QUrlQuery listQuery(const ImageListQuery &query, const QString &projectId, bool ims,
                           int limit) {
    QUrlQuery q;
    addViewFilters(q, query.view, projectId, ims);
    for (const auto &[name, value] : query.filters)
        q.addQueryItem(name, value);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!query.sortKey.isEmpty())
        q.addQueryItem(QStringLiteral("sort_key"), query.sortKey);
    if (!query.sortDir.isEmpty())
        q.addQueryItem(QStringLiteral("sort_dir"), query.sortDir);
    return q;
}

ListCloudImagesRequest::ListCloudImagesRequest(Session *session, const ImageListQuery &query,
                                               QObject *parent)
    : ImageListRequest(session, parent)
    , m_limit(query.pageSize > 0 ? std::min(query.pageSize, 500) : 500) {
    setAttributes(query.attributes);
    m_query = listQuery(query, QLatin1String(kProjectId), true, m_limit);
    setOperation("GET", Session::Service::Image, QStringLiteral("/v2/cloudimages"), m_query);
    setRequiresImsExtension(QStringLiteral("the IMS image listing"));
}

QUrl ListCloudImagesRequest::nextPage(const PageCursor &cursor) {
    // No links here (SPEC §5.1): the page after the last image, until an empty page. A short
    // page is not the end: a gateway may give fewer rows than `limit` asked for.
    if (cursor.lastId.isEmpty())
        return {};
    QUrlQuery q = m_query;
    q.removeAllQueryItems(QStringLiteral("marker"));
    q.addQueryItem(QStringLiteral("marker"), cursor.lastId);
    QUrl next = url();
    next.setQuery(q);
    return next;
}

ListGlanceImagesRequest::ListGlanceImagesRequest(Session *session, const ImageListQuery &query,
                                                 QObject *parent)
    : ImageListRequest(session, parent) {
    const int limit = query.pageSize > 0 ? std::min(query.pageSize, 1000) : 200;
    setAttributes(query.attributes);
    setOperation("GET", Session::Service::Image, QStringLiteral("/v2/images"),
                 listQuery(query, QLatin1String(kProjectId), false, limit));
}

QUrl ListGlanceImagesRequest::nextPage(const PageCursor &cursor) {
    // An exactly full last page still has a `next`; the page after it is empty and ends it.
    if (cursor.next.isEmpty())
        return {};
    const QUrl link(cursor.next);
    if (link.isRelative() && cursor.next.startsWith(QLatin1Char('/'))) {
        // Relative to the endpoint root, which may itself have a path (…/image).
        QUrl next = session()->endpoint(Session::Service::Image);
        QString base = next.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const QString path = link.path();
        next.setPath(path.startsWith(base) ? path : base + path);
        next.setQuery(link.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return next;
    }
    return url().resolved(link);
}

ShowImageRequest::ShowImageRequest(Session *session, const QString &imageId, QObject *parent)
    : ImageRequest(session, parent) {
    setOperation("GET", Session::Service::Image, QStringLiteral("/v2/images/") + encoded(imageId));
}

UpdateCloudImageRequest::UpdateCloudImageRequest(Session *session, const QString &imageId,
                                                 const QList<PatchOperation> &operations,
                                                 QObject *parent)
    : ImageRequest(session, parent) {
    setOperation("PATCH", Session::Service::Image,
                 QStringLiteral("/v2/cloudimages/") + encoded(imageId));
    setJsonBody(QJsonDocument(patchBody(operations, true)));
    setRequiresImsExtension(QStringLiteral("editing IMS image attributes"));
    setIdempotent(onlyReplaces(operations));
}

UpdateGlanceImageRequest::UpdateGlanceImageRequest(Session *session, const QString &imageId,
                                                   const QList<PatchOperation> &operations,
                                                   QObject *parent)
    : ImageRequest(session, parent) {
    setOperation("PATCH", Session::Service::Image,
                 QStringLiteral("/v2/images/") + encoded(imageId));
    setJsonBody(QJsonDocument(patchBody(operations, false)),
                QByteArrayLiteral("application/openstack-images-v2.1-json-patch"));
    setIdempotent(onlyReplaces(operations));
}

CreateImageMetadataRequest::CreateImageMetadataRequest(Session *session,
                                                       const ImageMetadata &metadata,
                                                       QObject *parent)
    : ImageRequest(session, parent) {
    QJsonObject body{{QStringLiteral("name"), metadata.name},
                     {QStringLiteral("disk_format"), metadata.diskFormat},
                     {QStringLiteral("container_format"), metadata.containerFormat},
                     {QStringLiteral("min_disk"), metadata.minDiskGb},
                     {QStringLiteral("min_ram"), metadata.minRamMb},
                     {QStringLiteral("protected"), metadata.isProtected}};
    if (!metadata.osVersion.isEmpty() && session->hasImsExtension())
        body.insert(QStringLiteral("__os_version"), metadata.osVersion);
    if (!metadata.tags.isEmpty())
        body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(metadata.tags));
    // Extra properties are strings in both APIs (SPEC §6.5), as the edit dialogs send them.
    if (!metadata.description.isEmpty())
        body.insert(QStringLiteral("__description"), metadata.description);
    if (metadata.maxRamMb > 0)
        body.insert(QStringLiteral("max_ram"), QString::number(metadata.maxRamMb));
    setOperation("POST", Session::Service::Image, QStringLiteral("/v2/images"));
    setJsonBody(QJsonDocument(body));
    setIdempotent(false);
}

DeleteImageRequest::DeleteImageRequest(Session *session, const QString &imageId, QObject *parent)
    : DeleteImageRequest(session, imageId, Backup::Keep, parent) {}

DeleteImageRequest::DeleteImageRequest(Session *session, const QString &imageId, Backup backup,
                                       QObject *parent)
    : DoneRequest(session, parent) {
    setOperation("DELETE", Session::Service::Image,
                 QStringLiteral("/v2/images/") + encoded(imageId));
    if (backup == Backup::Delete)
        setJsonBody(QJsonDocument(QJsonObject{{QStringLiteral("delete_backup"), true}}));
}

void DeleteImageRequest::onSuccess(int status, const QByteArray &body, QNetworkReply *reply) {
    if (status == 404) {
        const ApiError error = ApiError::fromHttp(status, body, {});
        if (error.code.startsWith(QLatin1String("APIG"))) { // APIG.0101, OTC's APIGW.0101
            onFailure(error);
            return;
        }
    }
    DoneRequest::onSuccess(status, body, reply);
}

UploadImageFileRequest::UploadImageFileRequest(Session *session, const QString &imageId,
                                               const QString &filePath, QObject *parent)
    : DoneRequest(session, parent)
    , m_file(filePath) {
    setOperation("PUT", Session::Service::Image,
                 QStringLiteral("/v2/images/%1/file").arg(encoded(imageId)));
    // Opened now so that an unreadable file fails at start() with a clear message.
    if (m_file.open(QIODevice::ReadOnly))
        setUploadDevice(&m_file, m_file.size(), QByteArrayLiteral("application/octet-stream"));
    setTimeoutMs(120'000);
    setIdempotent(false);
}

void UploadImageFileRequest::onFailure(const ApiError &error) {
    if (!m_file.isOpen() && error.kind != ApiError::Kind::Cancelled) {
        DoneRequest::onFailure(ApiError::network(
            QStringLiteral("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString())));
        return;
    }
    DoneRequest::onFailure(error);
}

NativeTagRequest::NativeTagRequest(Session *session, const QString &imageId, const QString &tag,
                                   Action action, QObject *parent)
    : DoneRequest(session, parent) {
    setOperation(action == Action::Add ? "PUT" : "DELETE", Session::Service::Image,
                 QStringLiteral("/v2/images/%1/tags/%2").arg(encoded(imageId), encoded(tag)));
}

SetImageTagRequest::SetImageTagRequest(Session *session, const QString &imageId,
                                       const ImageTag &tag, QObject *parent)
    : DoneRequest(session, parent) {
    setOperation(
        "POST", Session::Service::Image,
        QStringLiteral("/v2/%1/images/%2/tags").arg(QLatin1String(kProjectId), encoded(imageId)));
    setJsonBody(QJsonDocument(
        QJsonObject{{QStringLiteral("tag"), QJsonObject{{QStringLiteral("key"), tag.key},
                                                        {QStringLiteral("value"), tag.value}}}}));
    setIdempotent(true); // SPEC §5.16: add or overwrite
    setRequiresImsExtension(QStringLiteral("key/value image tags"));
}

BatchImageTagsRequest::BatchImageTagsRequest(Session *session, const QString &imageId,
                                             Action action, const QList<ImageTag> &tags,
                                             QObject *parent)
    : DoneRequest(session, parent) {
    setOperation("POST", Session::Service::Image,
                 QStringLiteral("/v2/%1/images/%2/tags/action")
                     .arg(QLatin1String(kProjectId), encoded(imageId)));
    QJsonArray list;
    for (const ImageTag &tag : tags)
        list.append(
            QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
    setJsonBody(QJsonDocument(
        QJsonObject{{QStringLiteral("action"), action == Action::Create ? QStringLiteral("create")
                                                                        : QStringLiteral("delete")},
                    {QStringLiteral("tags"), list}}));
    setIdempotent(true); // creating overwrites; deleting a missing key succeeds (SPEC §5.16)
    setRequiresImsExtension(QStringLiteral("key/value image tags"));
}

DeleteImageTagRequest::DeleteImageTagRequest(Session *session, const QString &imageId,
                                             const QString &key, QObject *parent)
    : DoneRequest(session, parent) {
    setOperation("DELETE", Session::Service::Image,
                 QStringLiteral("/v2/%1/images/%2/tags/%3")
                     .arg(QLatin1String(kProjectId), encoded(imageId), encoded(key)));
    setIdempotent(false); // a repeated delete answers 404
    setRequiresImsExtension(QStringLiteral("key/value image tags"));
}

ListImageTagsRequest::ListImageTagsRequest(Session *session, const QString &imageId,
                                           QObject *parent)
    : ApiRequest(session, parent) {
    setOperation(
        "GET", Session::Service::Image,
        QStringLiteral("/v2/%1/images/%2/tags").arg(QLatin1String(kProjectId), encoded(imageId)));
    setRequiresImsExtension(QStringLiteral("key/value image tags"));
}

void ListImageTagsRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&ListImageTagsRequest::finished, codec::imageTags(body));
}

void ListImageTagsRequest::onFailure(const ApiError &error) {
    finish(&ListImageTagsRequest::finished, error);
}

} // namespace ims
