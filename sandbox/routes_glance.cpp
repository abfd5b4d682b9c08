// Glance v2 image API: versions, list, create, show, patch, delete — answering like the real
// Glance 25.1 recorded in shared/peers/openstack.md.
#include "glancecommon.h"
#include "listing.h"
#include "osversions.h"

#include <QFile>
#include <QJsonArray>

namespace sandbox {

const QStringList kReadOnlyAttributes = {
    QStringLiteral("status"),      QStringLiteral("size"),         QStringLiteral("virtual_size"),
    QStringLiteral("checksum"),    QStringLiteral("os_hash_algo"), QStringLiteral("os_hash_value"),
    QStringLiteral("created_at"),  QStringLiteral("updated_at"),   QStringLiteral("self"),
    QStringLiteral("file"),        QStringLiteral("schema"),       QStringLiteral("direct_url"),
    QStringLiteral("locations"),   QStringLiteral("owner"),        QStringLiteral("id"),
    QStringLiteral("__imagetype"), QStringLiteral("active_at")};
const QStringList kDiskFormats = {
    QStringLiteral("ami"), QStringLiteral("ari"),   QStringLiteral("aki"),
    QStringLiteral("vhd"), QStringLiteral("vhdx"),  QStringLiteral("vmdk"),
    QStringLiteral("raw"), QStringLiteral("qcow2"), QStringLiteral("vdi"),
    QStringLiteral("iso"), QStringLiteral("ploop"), QStringLiteral("zvhd2"),
    QStringLiteral("zvhd")};
const QStringList kContainerFormats = {QStringLiteral("ami"),    QStringLiteral("ari"),
                                       QStringLiteral("aki"),    QStringLiteral("bare"),
                                       QStringLiteral("ovf"),    QStringLiteral("ova"),
                                       QStringLiteral("docker"), QStringLiteral("compressed")};

Image *visibleImage(Api &api, Call &call, const QString &id, const QString &notFound) {
    Image *image = api.store.image(id);
    if (!image || image->region != call.region || !Store::canSee(*image, call.projectId)) {
        call.glanceError(404, notFound.arg(id));
        return nullptr;
    }
    return image;
}

Image newImage(Api &api, const Call &call) {
    Image image;
    image.id = api.store.ids.uuid();
    image.owner = call.projectId;
    image.region = call.region;
    image.createdAt = image.updatedAt = call.now;
    image.props = {{QStringLiteral("__isregistered"), QStringLiteral("true")},
                   {QStringLiteral("__image_source_type"), QStringLiteral("uds")},
                   {QStringLiteral("__image_size"), QStringLiteral("0")},
                   {QStringLiteral("virtual_env_type"), QStringLiteral("FusionCompute")}};
    return image;
}

QJsonObject versionsJson(const QString &base) {
    QJsonArray versions;
    for (const auto &[id, status] :
         {std::pair{"v2.15", "CURRENT"}, std::pair{"v2.9", "SUPPORTED"},
          std::pair{"v2.7", "SUPPORTED"}, std::pair{"v2.6", "SUPPORTED"},
          std::pair{"v2.5", "SUPPORTED"}, std::pair{"v2.4", "SUPPORTED"},
          std::pair{"v2.3", "SUPPORTED"}, std::pair{"v2.2", "SUPPORTED"},
          std::pair{"v2.1", "SUPPORTED"}, std::pair{"v2.0", "SUPPORTED"}})
        versions.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                    {QStringLiteral("href"), base + QStringLiteral("/v2/")}}}}});
    return {{QStringLiteral("versions"), versions}};
}

namespace {

void listGlance(Api &api, Call &call) {
    ListRequest request{call.queryItems(), call.projectId, call.region, false};
    const ListResult result = listImages(api.store, request);
    if (result.status != 200) {
        call.glanceError(result.status, result.message);
        return;
    }
    QJsonArray images;
    for (const Image *image : result.page)
        images.append(imageJson(*image));
    // Links as Glance builds them: the query as a dict (last value wins), marker dropped for
    // `first` and appended for `next`, re-encoded like Python's urlencode.
    QList<QPair<QString, QString>> params;
    for (const auto &[key, value] : request.query) {
        if (key == QLatin1String("marker"))
            continue;
        auto it = std::find_if(params.begin(), params.end(),
                               [&](const auto &p) { return p.first == key; });
        if (it == params.end())
            params.append({key, value});
        else
            it->second = value;
    }
    QJsonObject body{{QStringLiteral("images"), images},
                     {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")},
                     {QStringLiteral("first"),
                      params.isEmpty() ? QStringLiteral("/v2/images")
                                       : QStringLiteral("/v2/images?") + formEncode(params)}};
    if (result.limit > 0 && int(result.page.size()) == result.limit) {
        params.append({QStringLiteral("marker"), result.page.back()->id});
        body.insert(QStringLiteral("next"), QStringLiteral("/v2/images?") + formEncode(params));
    }
    call.json(200, body);
}

// Validates one attribute value for create/patch. Returns an HTTP status (0 = fine) and message.
int checkAttribute(const QString &key, const QJsonValue &value, QString *message) {
    const auto schemaError = [&](const QString &what) {
        *message = QStringLiteral("Provided object does not match schema 'image': %1").arg(what);
        return 400;
    };
    if (key == QLatin1String("name"))
        return value.isNull() || (value.isString() && value.toString().size() <= 255)
                   ? 0
                   : schemaError(QStringLiteral("name must be a string of at most 255 characters"));
    if (key == QLatin1String("visibility")) {
        static const QStringList allowed = {QStringLiteral("public"), QStringLiteral("private"),
                                            QStringLiteral("shared"), QStringLiteral("community")};
        if (!allowed.contains(value.toString()))
            return schemaError(
                QStringLiteral("'%1' is not one of ['community', 'public', 'private', 'shared']")
                    .arg(value.toString()));
        if (value.toString() == QLatin1String("public")) {
            *message = QStringLiteral("You are not authorized to complete publicize_image action.");
            return 403;
        }
        return 0;
    }
    if (key == QLatin1String("protected") || key == QLatin1String("os_hidden"))
        return value.isBool() ? 0
                              : schemaError(QStringLiteral("%1 is not of type 'boolean'").arg(key));
    if (key == QLatin1String("min_disk") || key == QLatin1String("min_ram"))
        return value.isDouble() && value.toDouble() >= 0 &&
                       value.toDouble() == double(value.toInteger())
                   ? 0
                   : schemaError(QStringLiteral("%1 is not a non-negative integer").arg(key));
    if (key == QLatin1String("disk_format"))
        return value.isNull() || kDiskFormats.contains(value.toString())
                   ? 0
                   : schemaError(
                         QStringLiteral("'%1' is not one of [None, %2]")
                             .arg(value.toString(), kDiskFormats.join(QStringLiteral(", "))));
    if (key == QLatin1String("container_format"))
        return value.isNull() || kContainerFormats.contains(value.toString())
                   ? 0
                   : schemaError(
                         QStringLiteral("'%1' is not one of [None, %2]")
                             .arg(value.toString(), kContainerFormats.join(QStringLiteral(", "))));
    if (key == QLatin1String("tags")) {
        if (!value.isArray())
            return schemaError(QStringLiteral("tags is not of type 'array'"));
        for (const QJsonValue &tag : value.toArray())
            if (!tag.isString() || tag.toString().size() > 255)
                return schemaError(
                    QStringLiteral("tags must be strings of at most 255 characters"));
        if (value.toArray().size() > 128) {
            *message =
                QStringLiteral("The limit has been exceeded on the number of allowed image tags. "
                               "Attempted: %1, Maximum: 128")
                    .arg(value.toArray().size());
            return 413;
        }
        return 0;
    }
    return value.isString() ? 0
                            : schemaError(QStringLiteral("%1 is not of type 'string'").arg(key));
}

void setAttribute(Image &image, const QString &key, const QJsonValue &value) {
    if (key == QLatin1String("name"))
        image.name = value.toString();
    else if (key == QLatin1String("visibility"))
        image.visibility = value.toString();
    else if (key == QLatin1String("protected"))
        image.isProtected = value.toBool();
    else if (key == QLatin1String("os_hidden"))
        image.osHidden = value.toBool();
    else if (key == QLatin1String("min_disk"))
        image.minDisk = value.toInt();
    else if (key == QLatin1String("min_ram"))
        image.minRam = value.toInt();
    else if (key == QLatin1String("disk_format"))
        image.diskFormat = value.toString();
    else if (key == QLatin1String("container_format"))
        image.containerFormat = value.toString();
    else if (key == QLatin1String("tags")) {
        image.tags.clear();
        for (const QJsonValue &tag : value.toArray())
            if (!image.tags.contains(tag.toString()))
                image.tags.append(tag.toString());
    } else if (key == QLatin1String("__os_version") && findOsVersion(value.toString())) {
        applyOsVersion(image, value.toString());
    } else {
        image.props[key] = value.toString();
    }
}

bool isBaseAttribute(const QString &key) {
    static const QStringList base = {
        QStringLiteral("name"),        QStringLiteral("visibility"),
        QStringLiteral("protected"),   QStringLiteral("os_hidden"),
        QStringLiteral("min_disk"),    QStringLiteral("min_ram"),
        QStringLiteral("disk_format"), QStringLiteral("container_format"),
        QStringLiteral("tags")};
    return base.contains(key);
}

void createImage(Api &api, Call &call) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    if (!body.isObject()) {
        call.glanceError(
            400, QStringLiteral(
                     "Provided object does not match schema 'image': %1 is not of type 'object'")
                     .arg(QString::fromStdString(*call.body()).left(64)));
        return;
    }
    const QJsonObject object = body.toObject();
    Image image = newImage(api, call);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("id")) {
            if (!isUuid(it.value().toString())) {
                call.glanceError(400, QStringLiteral("Provided object does not match schema "
                                                     "'image': id does not match uuid pattern"));
                return;
            }
            if (api.store.image(it.value().toString())) {
                call.glanceError(409, QStringLiteral("Image with identifier %1 already exists!")
                                          .arg(it.value().toString()));
                return;
            }
            image.id = it.value().toString();
            continue;
        }
        if (kReadOnlyAttributes.contains(key)) {
            call.glanceError(403, QStringLiteral("Attribute '%1' is read-only.").arg(key));
            return;
        }
        QString message;
        if (const int status = checkAttribute(key, it.value(), &message)) {
            call.glanceError(status, message);
            return;
        }
        setAttribute(image, key, it.value());
    }
    if (image.visibility != QLatin1String("public") &&
        api.store.privateImagesUsed(call.projectId) >= api.store.quota(call.projectId).images) {
        call.imsError(
            400, QStringLiteral("IMG.0015"),
            QStringLiteral("The number of private images has reached the maximum allowed."));
        return;
    }
    const QString id = image.id;
    api.store.images[id] = image;
    api.store.dirty = true;
    call.res.set_header("Location",
                        (call.regionBase + QStringLiteral("/v2/images/") + id).toStdString());
    call.res.set_header("OpenStack-image-import-methods", "glance-direct");
    call.json(201, imageJson(api.store.images[id]));
}

bool ownImageOr403(Call &call, const Image &image) {
    if (image.owner == call.projectId)
        return true;
    call.glanceError(403, QStringLiteral("You do not own this image"));
    return false;
}

// One JSON-patch operation applied to a copy; returns 0 or the HTTP status of the error.
int applyPatchOp(Image &image, const QString &op, const QString &path, const QJsonValue &value,
                 bool hasValue, QString *message) {
    static const QStringList ops = {QStringLiteral("add"), QStringLiteral("remove"),
                                    QStringLiteral("replace")};
    if (!ops.contains(op)) {
        *message =
            QStringLiteral(
                "Invalid operation: `%1`. It must be one of the following: add, remove, replace.")
                .arg(op);
        return 400;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (!path.startsWith(QLatin1Char('/')) || parts.size() != 2 || parts[1].isEmpty()) {
        *message = QStringLiteral("Invalid JSON pointer for this resource: '%1'").arg(path);
        return 400;
    }
    const QString key = QString(parts[1])
                            .replace(QStringLiteral("~1"), QStringLiteral("/"))
                            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    if (kReadOnlyAttributes.contains(key)) {
        *message = QStringLiteral("Attribute '%1' is read-only.").arg(key);
        return 403;
    }
    if ((key == QLatin1String("disk_format") || key == QLatin1String("container_format")) &&
        image.status != QLatin1String("queued")) {
        *message = QStringLiteral("Attribute %1 can be only replaced for a queued image.").arg(key);
        return 403;
    }
    if (op != QLatin1String("remove") && !hasValue) {
        *message = QStringLiteral("Operation objects must contain exactly one member named "
                                  "\"add\", \"remove\", or \"replace\".");
        return 400;
    }
    const bool base = isBaseAttribute(key);
    const bool exists = base || image.props.count(key) > 0;
    if (op == QLatin1String("remove")) {
        if (base) {
            *message = QStringLiteral("Properties %1 are reserved and cannot be removed.").arg(key);
            return 403;
        }
        if (!exists) {
            *message = QStringLiteral("There was a conflict when trying to complete your request.");
            return 409;
        }
        image.props.erase(key);
        return 0;
    }
    if (op == QLatin1String("replace") && !exists) {
        *message = QStringLiteral("There was a conflict when trying to complete your request.");
        return 409;
    }
    if (const int status = checkAttribute(key, value, message))
        return status;
    setAttribute(image, key, value);
    return 0;
}

void patchImage(Api &api, Call &call) {
    const QString type = call.header("Content-Type").section(QLatin1Char(';'), 0, 0).trimmed();
    const bool v21 = type == QLatin1String("application/openstack-images-v2.1-json-patch");
    const bool v20 = type == QLatin1String("application/openstack-images-v2.0-json-patch");
    if (!v21 && !v20) {
        call.glanceError(
            415,
            QStringLiteral("The request media type %1 is not supported by this server.").arg(type));
        return;
    }
    Image *image = visibleImage(api, call, call.params[0]);
    if (!image || !ownImageOr403(call, *image))
        return;
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    if (!body.isArray()) {
        call.glanceError(400,
                         QStringLiteral("Request body must be a JSON array of operation objects."));
        return;
    }
    Image copy = *image; // the whole patch is atomic
    for (const QJsonValue &item : body.toArray()) {
        const QJsonObject o = item.toObject();
        QString op, path;
        if (v21) {
            op = o.value(QStringLiteral("op")).toString();
            path = o.value(QStringLiteral("path")).toString();
        } else {
            for (const char *name : {"add", "remove", "replace"})
                if (o.contains(QLatin1String(name))) {
                    op = QString::fromLatin1(name);
                    path = o.value(op).toString();
                }
        }
        if (!item.isObject() || op.isEmpty()) {
            call.glanceError(400,
                             QStringLiteral("Operation objects must contain exactly one member "
                                            "named \"add\", \"remove\", or \"replace\"."));
            return;
        }
        QString message;
        if (const int status = applyPatchOp(copy, op, path, o.value(QStringLiteral("value")),
                                            o.contains(QStringLiteral("value")), &message)) {
            call.glanceError(status, message);
            return;
        }
    }
    if (copy.tags.size() > 128) {
        call.glanceError(413, QStringLiteral("The limit has been exceeded on the number of allowed "
                                             "image tags. Attempted: %1, Maximum: 128")
                                  .arg(copy.tags.size()));
        return;
    }
    copy.updatedAt = call.now;
    *image = copy;
    api.store.dirty = true;
    call.json(200, imageJson(*image));
}

void deleteImage(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0],
                                QStringLiteral("Failed to find image %1 to delete"));
    if (!image || !ownImageOr403(call, *image))
        return;
    if (image->isProtected) {
        call.glanceError(
            403, QStringLiteral("Image %1 is protected and cannot be deleted.").arg(image->id));
        return;
    }
    if (!image->dataFile.isEmpty())
        QFile::remove(api.dataDir + QLatin1Char('/') + image->dataFile);
    api.store.images.erase(image->id);
    api.store.dirty = true;
    call.noContent();
}

} // namespace

void addGlanceRoutes(Api &api) {
    Router &r = api.router;
    r.add("GET", "/", Family::Glance, Auth::None, [](Call &call) {
        call.json(300,
                  versionsJson(call.regionBase)); // Glance answers discovery with Multiple Choices
    });
    r.add("GET", "/versions", Family::Glance, Auth::None,
          [](Call &call) { call.json(200, versionsJson(call.regionBase)); });
    r.add("GET", "/healthcheck", Family::Glance, Auth::None, [](Call &call) {
        call.res.status = 200;
        call.res.set_content("OK", "text/plain");
    });
    r.add("GET", "/v2/images", Family::Glance, Auth::Required,
          [&api](Call &call) { listGlance(api, call); });
    r.add("POST", "/v2/images", Family::Glance, Auth::Required,
          [&api](Call &call) { createImage(api, call); });
    r.add("GET", "/v2/images/{}", Family::Glance, Auth::Required, [&api](Call &call) {
        if (const Image *image = visibleImage(api, call, call.params[0]))
            call.json(200, imageJson(*image));
    });
    r.add("PATCH", "/v2/images/{}", Family::Glance, Auth::Required,
          [&api](Call &call) { patchImage(api, call); });
    r.add("DELETE", "/v2/images/{}", Family::Glance, Auth::Required,
          [&api](Call &call) { deleteImage(api, call); });
}

} // namespace sandbox
