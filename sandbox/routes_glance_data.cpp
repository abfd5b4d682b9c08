// Image data (streamed upload and download), schemas and info documents.
#include "diskformat.h"
#include "glancecommon.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <memory>

namespace sandbox {

namespace {

constexpr qint64 kGiB = 1LL << 30;
// IMS: "The image to be uploaded must be smaller than 128 GB" (SPEC §6.7); larger files go
// through OBS.
constexpr qint64 kImsMaxUploadBytes = 128 * kGiB;

// IMS refuses an upload whose declared length is 128 GB or more before reading a byte of it
// (the sandbox's own --upload-cap reads up to the cap and answers 413, as Glance does).
bool refuseDeclaredLength(Api &api, Call &call) {
    bool ok = false;
    const qint64 declared = call.header("Content-Length").toLongLong(&ok);
    if (ok && api.flavor == Flavor::Ims && declared >= kImsMaxUploadBytes) {
        call.res.set_header("Connection", "close");
        call.imsError(400, QStringLiteral("IMG.0059"),
                      QStringLiteral("The size of the image file exceeds the maximum allowed."));
        return true;
    }
    return false;
}

// IMS reads what arrived before the image becomes active (SPEC §4.6: saving, then active or
// killed): the bytes must be what disk_format says, and the disk inside must fit min_disk.
bool imsKills(const Image &image, const DiskSniffer &bytes) {
    const qint64 virtualSize = bytes.virtualSize();
    return !bytes.matches(image.diskFormat) ||
           (image.minDisk > 0 && virtualSize > qint64(image.minDisk) * kGiB);
}

// PUT …/file (stage = false) and PUT …/stage (the first half of glance-direct import).
void upload(Api &api, Call &call, bool stage) {
    const QString target = stage ? QStringLiteral("uploading") : QStringLiteral("saving");
    const QString type = call.header("Content-Type").section(QLatin1Char(';'), 0, 0).trimmed();
    if (type != QLatin1String("application/octet-stream")) {
        call.glanceError(
            415,
            QStringLiteral("The request media type %1 is not supported by this server.").arg(type));
        return;
    }
    const QString id = call.params[0];
    {
        auto lock = api.store.lock();
        api.store.settle(call.now);
        Image *image = visibleImage(api, call, id);
        if (!image)
            return;
        if (image->owner != call.projectId) {
            call.glanceError(403, QStringLiteral("You do not own this image"));
            return;
        }
        if (image->status != QLatin1String("queued")) {
            call.glanceError(409,
                             QStringLiteral("Image status transition from %1 to %2 is not allowed")
                                 .arg(image->status, target));
            return;
        }
        if (image->diskFormat.isEmpty() || image->containerFormat.isEmpty()) {
            call.glanceError(
                400,
                QStringLiteral(
                    "Properties disk_format, container_format must be set prior to saving data."));
            return;
        }
        if (refuseDeclaredLength(api, call))
            return;
        image->status = target;
    }
    // Stream to disk in the reader's chunks: memory stays flat whatever the upload's size.
    const QString partPath = api.dataDir + QLatin1Char('/') + id + QStringLiteral(".part");
    QFile file(partPath);
    bool ioError = !file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    DiskSniffer sniffer;
    qint64 total = 0;
    bool tooLarge = false;
    bool broken = false;
    const auto receive = [&](const char *data, size_t length) {
        total += qint64(length);
        if (total > api.uploadCap) {
            tooLarge = true;
            return false;
        }
        sniffer.add(data, qint64(length));
        md5.addData(QByteArrayView(data, qsizetype(length)));
        sha512.addData(QByteArrayView(data, qsizetype(length)));
        ioError = ioError || file.write(data, qint64(length)) != qint64(length);
        return !ioError;
    };
    const auto cached = call.bodyIfRead();
    if (cached)
        receive(cached->data(), cached->size());
    else if (call.reader && !(*call.reader)(receive) && !tooLarge && !ioError)
        broken = true; // the client went away mid-upload: keep nothing
    else if (!call.reader)
        receive(call.req.body.data(), call.req.body.size());
    file.close();

    auto lock = api.store.lock();
    Image *image = api.store.image(id);
    if (!image || tooLarge || ioError || broken) {
        QFile::remove(partPath);
        if (image)
            image->status = QStringLiteral("queued");
        if (tooLarge) {
            call.res.set_header("Connection", "close");
            call.glanceError(
                413, QStringLiteral(
                         "The incoming image is too large: The provided image is too large."));
        } else if (broken) {
            call.glanceError(
                400, QStringLiteral("The upload was interrupted before the end of the data."));
        } else if (!image) {
            call.glanceError(404, QStringLiteral("No image found with ID %1").arg(id));
        } else {
            call.glanceError(
                500, QStringLiteral(
                         "Error in store configuration. Adding images to store is disabled."));
        }
        return;
    }
    if (stage) { // stays "uploading" until POST …/import
        QFile::remove(api.dataDir + QLatin1Char('/') + id + QStringLiteral(".staged"));
        QFile::rename(partPath, api.dataDir + QLatin1Char('/') + id + QStringLiteral(".staged"));
        image->updatedAt = api.store.now();
        api.store.dirty = true;
        call.noContent();
        return;
    }
    QFile::remove(api.dataDir + QLatin1Char('/') + id);
    QFile::rename(partPath, api.dataDir + QLatin1Char('/') + id);
    image->dataFile = id;
    image->size = total;
    image->checksum = QString::fromLatin1(md5.result().toHex());
    image->hashAlgo = QStringLiteral("sha512");
    image->hashValue = QString::fromLatin1(sha512.result().toHex());
    image->updatedAt = api.store.now();
    api.store.dirty = true;
    if (api.flavor == Flavor::Glance) { // upstream Glance is active as the PUT returns
        image->virtualSize = -1;
        image->status = QStringLiteral("active");
        image->activeAt = image->updatedAt;
        call.noContent();
        return;
    }
    image->virtualSize = sniffer.virtualSize();
    image->props[QStringLiteral("__image_size")] = QString::number(total);
    const bool killed = imsKills(*image, sniffer);
    if (killed) { // IMS keeps nothing of a killed image's data
        QFile::remove(api.dataDir + QLatin1Char('/') + id);
        image->dataFile.clear();
    }
    api.store.uploads.push_back({id, api.store.now() + api.store.uploadMillis, killed});
    api.store.settle(api.store.now()); // at once when the delay is 0
    call.noContent();
}

// POST …/import {"method": {"name": "glance-direct"}}: the staged data becomes the image's.
void importStaged(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0]);
    QJsonValue body;
    if (!image || !call.jsonBody(&body))
        return;
    if (image->owner != call.projectId) {
        call.glanceError(403, QStringLiteral("You do not own this image"));
        return;
    }
    const QString method = body.toObject()
                               .value(QStringLiteral("method"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString();
    if (method != QLatin1String("glance-direct")) {
        call.glanceError(
            400, QStringLiteral("Import method %1 is not valid for this cloud.").arg(method));
        return;
    }
    const QString staged = api.dataDir + QLatin1Char('/') + image->id + QStringLiteral(".staged");
    QFile file(staged);
    if (image->status != QLatin1String("uploading") || !file.open(QIODevice::ReadOnly)) {
        call.glanceError(409, QStringLiteral("Image %1 is not ready for import: its status is %2.")
                                  .arg(image->id, image->status));
        return;
    }
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha512(QCryptographicHash::Sha512);
    md5.addData(&file);
    file.seek(0);
    sha512.addData(&file);
    const qint64 size = file.size();
    file.close();
    QFile::remove(api.dataDir + QLatin1Char('/') + image->id);
    QFile::rename(staged, api.dataDir + QLatin1Char('/') + image->id);
    image->dataFile = image->id;
    image->size = size;
    image->checksum = QString::fromLatin1(md5.result().toHex());
    image->hashAlgo = QStringLiteral("sha512");
    image->hashValue = QString::fromLatin1(sha512.result().toHex());
    image->status = QStringLiteral("active");
    image->activeAt = image->updatedAt = call.now;
    if (api.flavor == Flavor::Ims)
        image->props[QStringLiteral("__image_size")] = QString::number(size);
    api.store.dirty = true;
    call.noContent(202);
}

void download(Api &api, Call &call) {
    QString path;
    qint64 size = 0;
    QString checksum;
    {
        auto lock = api.store.lock();
        const Image *image = visibleImage(api, call, call.params[0]);
        if (!image)
            return;
        if (image->dataFile.isEmpty()) {
            call.noContent(); // Glance: an image without data answers 204
            return;
        }
        path = api.dataDir + QLatin1Char('/') + image->dataFile;
        size = image->size;
        checksum = image->checksum;
    }
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        call.glanceError(404, QStringLiteral("Image %1 has no data.").arg(call.params[0]));
        return;
    }
    call.res.set_header("Content-MD5", checksum.toStdString()); // hex, as Glance sends it
    call.res.status = call.req.ranges.empty() ? 200 : 206;
    call.res.set_content_provider(
        size_t(size), "application/octet-stream",
        [file](size_t offset, size_t length, httplib::DataSink &sink) {
            if (!file->seek(qint64(offset)))
                return false;
            const QByteArray chunk = file->read(qint64(std::min<size_t>(length, 1 << 16)));
            return !chunk.isEmpty() && sink.write(chunk.constData(), size_t(chunk.size()));
        });
}

QJsonObject property(const char *type, const char *description) {
    return {{QStringLiteral("type"), QString::fromLatin1(type)},
            {QStringLiteral("description"), QString::fromLatin1(description)}};
}

QJsonObject imageSchema() {
    QJsonObject props;
    props.insert(
        QStringLiteral("id"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("description"), QStringLiteral("An identifier for the image")},
                    {QStringLiteral("pattern"),
                     QStringLiteral("^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-"
                                    "F]){4}-([0-9a-fA-F]){12}$")}});
    props.insert(QStringLiteral("name"),
                 QJsonObject{{QStringLiteral("type"),
                              QJsonArray{QStringLiteral("null"), QStringLiteral("string")}},
                             {QStringLiteral("maxLength"), 255}});
    props.insert(
        QStringLiteral("status"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("readOnly"), true},
                    {QStringLiteral("enum"),
                     QJsonArray{QStringLiteral("queued"), QStringLiteral("saving"),
                                QStringLiteral("active"), QStringLiteral("killed"),
                                QStringLiteral("deleted"), QStringLiteral("pending_delete")}}});
    props.insert(QStringLiteral("visibility"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                             {QStringLiteral("enum"),
                              QJsonArray{QStringLiteral("community"), QStringLiteral("public"),
                                         QStringLiteral("private"), QStringLiteral("shared")}}});
    props.insert(QStringLiteral("protected"),
                 property("boolean", "If true, image will not be deletable."));
    props.insert(
        QStringLiteral("os_hidden"),
        property("boolean", "If true, image will not appear in default image list response."));
    props.insert(QStringLiteral("owner"), property("string", "Owner of the image"));
    props.insert(QStringLiteral("checksum"), property("string", "md5 hash of image contents."));
    props.insert(QStringLiteral("size"), property("integer", "Size of image file in bytes"));
    props.insert(QStringLiteral("min_ram"),
                 property("integer", "Amount of ram (in MB) required to boot image."));
    props.insert(QStringLiteral("min_disk"),
                 property("integer", "Amount of disk space (in GB) required to boot image."));
    props.insert(
        QStringLiteral("container_format"),
        QJsonObject{
            {QStringLiteral("type"), QJsonArray{QStringLiteral("null"), QStringLiteral("string")}},
            {QStringLiteral("enum"), QJsonArray::fromStringList(kContainerFormats)}});
    props.insert(QStringLiteral("disk_format"),
                 QJsonObject{{QStringLiteral("type"),
                              QJsonArray{QStringLiteral("null"), QStringLiteral("string")}},
                             {QStringLiteral("enum"), QJsonArray::fromStringList(kDiskFormats)}});
    props.insert(QStringLiteral("tags"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                             {QStringLiteral("items"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                          {QStringLiteral("maxLength"), 255}}}});
    for (const char *key : {"created_at", "updated_at", "self", "file", "schema"})
        props.insert(QLatin1String(key), property("string", "read-only"));
    return {{QStringLiteral("name"), QStringLiteral("image")},
            {QStringLiteral("properties"), props},
            {QStringLiteral("additionalProperties"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                    {QStringLiteral("href"), QStringLiteral("{self}")}},
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("enclosure")},
                                    {QStringLiteral("href"), QStringLiteral("{file}")}},
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("describedby")},
                                    {QStringLiteral("href"), QStringLiteral("{schema}")}}}}};
}

QJsonObject memberSchema() {
    QJsonObject props;
    props.insert(QStringLiteral("member_id"),
                 property("string", "An identifier for the image member (tenantId)"));
    props.insert(QStringLiteral("image_id"), property("string", "An identifier for the image"));
    props.insert(QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                             {QStringLiteral("enum"),
                              QJsonArray{QStringLiteral("pending"), QStringLiteral("accepted"),
                                         QStringLiteral("rejected")}}});
    for (const char *key : {"created_at", "updated_at", "schema"})
        props.insert(QLatin1String(key), property("string", "read-only"));
    return {{QStringLiteral("name"), QStringLiteral("member")},
            {QStringLiteral("properties"), props}};
}

QJsonObject listSchema(const char *name, const QJsonObject &item) {
    return {{QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("properties"),
             QJsonObject{{QString::fromLatin1(name),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("items"), item}}},
                         {QStringLiteral("schema"), property("string", "")},
                         {QStringLiteral("first"), property("string", "")},
                         {QStringLiteral("next"), property("string", "")}}},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("first")},
                                    {QStringLiteral("href"), QStringLiteral("{first}")}},
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                    {QStringLiteral("href"), QStringLiteral("{next}")}},
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("describedby")},
                                    {QStringLiteral("href"), QStringLiteral("{schema}")}}}}};
}

} // namespace

void addGlanceDataRoutes(Api &api) {
    Router &r = api.router;
    r.add(
        "PUT", "/v2/images/{}/file", Family::Glance, Auth::Required,
        [&api](Call &c) { upload(api, c, false); }, Locking::Handler);
    r.add(
        "PUT", "/v2/images/{}/stage", Family::Glance, Auth::Required,
        [&api](Call &c) { upload(api, c, true); }, Locking::Handler);
    r.add("POST", "/v2/images/{}/import", Family::Glance, Auth::Required,
          [&api](Call &c) { importStaged(api, c); });
    r.add(
        "GET", "/v2/images/{}/file", Family::Glance, Auth::Required,
        [&api](Call &c) { download(api, c); }, Locking::Handler);
    r.add("GET", "/v2/schemas/image", Family::Glance, Auth::Required,
          [](Call &c) { c.json(200, imageSchema()); });
    r.add("GET", "/v2/schemas/images", Family::Glance, Auth::Required,
          [](Call &c) { c.json(200, listSchema("images", imageSchema())); });
    r.add("GET", "/v2/schemas/member", Family::Glance, Auth::Required,
          [](Call &c) { c.json(200, memberSchema()); });
    r.add("GET", "/v2/schemas/members", Family::Glance, Auth::Required,
          [](Call &c) { c.json(200, listSchema("members", memberSchema())); });
    r.add("GET", "/v2/info/import", Family::Glance, Auth::Required, [](Call &c) {
        c.json(200, QJsonObject{{QStringLiteral("import-methods"),
                                 QJsonObject{{QStringLiteral("description"),
                                              QStringLiteral("Import methods available.")},
                                             {QStringLiteral("type"), QStringLiteral("array")},
                                             {QStringLiteral("value"),
                                              QJsonArray{QStringLiteral("glance-direct")}}}}});
    });
    r.add("GET", "/v2/info/usage", Family::Glance, Auth::Required, [](Call &c) {
        c.json(200, QJsonObject{{QStringLiteral("usage"), QJsonObject()}});
    });
}

} // namespace sandbox
