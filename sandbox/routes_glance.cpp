// Glance v2 image API: versions, list, create, show, patch, delete — answering like the real
// Glance 25.1 recorded in shared/peers/openstack.md.
#include "glancecommon.h"
#include "imscommon.h"
#include "listing.h"
#include "osversions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

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
    if (api.flavor == Flavor::Glance)
        return image;
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

// "v1", "v2.8": a first path segment that names an API version.
bool isVersionSegment(const QString &segment) {
    static const QRegularExpression version(QStringLiteral("^v[0-9]+(\\.[0-9]+)?$"));
    return version.match(segment).hasMatch();
}

void listGlance(Api &api, Call &call) {
    ListRequest request{call.queryItems(), call.projectId, call.region, false};
    const ListResult result = listImages(api.store, request);
    if (result.status != 200) {
        call.glanceError(result.status, result.message);
        return;
    }
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
    QJsonObject body{{QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")},
                     {QStringLiteral("first"),
                      params.isEmpty() ? QStringLiteral("/v2/images")
                                       : QStringLiteral("/v2/images?") + formEncode(params)}};
    if (result.limit > 0 && int(result.page.size()) == result.limit) {
        params.append({QStringLiteral("marker"), result.page.back()->id});
        body.insert(QStringLiteral("next"), QStringLiteral("/v2/images?") + formEncode(params));
    }
    call.json(200, body, QLatin1String("images"), pageJson(api.store, result.page));
}

// What IMS refuses on POST /v2/images (SPEC §6.4) in its own format, before Glance's schema:
// the name's length, disk formats, min_disk up to 1024 (0 stays "not
// set", as clients send Glance's default).
bool imsCreateChecks(Call &call, const QJsonObject &object) {
    // §6.4 lists zvhd2, vhd, zvhd, raw, qcow2; §6.7 takes VMDK and VHDX files and §4.1 names
    // `iso` for ISO images, so the sandbox takes those too (README "Native upload").
    static const QStringList formats = {QStringLiteral("zvhd2"), QStringLiteral("vhd"),
                                        QStringLiteral("zvhd"),  QStringLiteral("raw"),
                                        QStringLiteral("qcow2"), QStringLiteral("vmdk"),
                                        QStringLiteral("vhdx"),  QStringLiteral("iso")};
    // §6.4 gives the native name only a length (1–255), not §4.1's characters: the extension
    // APIs check those. So a name of any characters can reach the lists, as clients must expect.
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString() || name.toString().isEmpty()) {
            call.imsError(400, QStringLiteral("IMG.0013"),
                          QStringLiteral("The image name is not specified."));
            return false;
        }
        if (name.toString().size() > 255) {
            call.imsError(400, QStringLiteral("IMG.0002"),
                          QStringLiteral("The image name contains more than 255 characters."));
            return false;
        }
    }
    const QJsonValue format = object.value(QStringLiteral("disk_format"));
    if (format.isString() && !formats.contains(format.toString())) {
        call.imsError(400, QStringLiteral("IMG.0072"),
                      QStringLiteral("The specified image format is not supported."));
        return false;
    }
    const QJsonValue minDisk = object.value(QStringLiteral("min_disk"));
    if (minDisk.isDouble() && minDisk.toInteger() > 1024) {
        call.imsError(400, QStringLiteral("IMG.0055"),
                      QStringLiteral("The memory or disk size is invalid."));
        return false;
    }
    return true;
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
    if (api.flavor == Flavor::Ims && !imsCreateChecks(call, object))
        return;
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
        if (const int status = checkAttribute(key, it.value(), api.flavor, &message)) {
            call.glanceError(status, message);
            return;
        }
        setAttribute(image, key, it.value());
    }
    const int used = api.store.privateImagesUsed(call.projectId);
    const int quota = api.store.quota(call.projectId).images;
    if (api.flavor == Flavor::Glance && used >= quota) { // Glance's unified limits (keystone)
        call.glanceError(413, QStringLiteral("Resource image_count_total is over limit of %1 due "
                                             "to current usage %2 and delta 1")
                                  .arg(quota)
                                  .arg(used));
        return;
    }
    if (api.flavor == Flavor::Ims && !checkQuota(api, call, 1))
        return;
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
        if (const int status =
                applyPatchOp(copy, op, path, o.value(QStringLiteral("value")),
                             o.contains(QStringLiteral("value")), api.flavor, &message)) {
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

// IMS reads an optional body on DELETE (SPEC §6.6): {"delete_backup": true} also deletes a
// full-ECS image's backup. Only a JSON true counts; anything else (no body, "true" as a
// string, broken JSON) keeps the backup, as the documented default, rather than failing the
// delete: upstream Glance ignores DELETE bodies, and a client that gets it wrong must notice
// by the backup still being there, not by a refusal the real cloud may not give.
bool wantsBackupDeleted(Call &call) {
    const std::optional<std::string> body = call.body();
    if (!body || body->empty())
        return false;
    return QJsonDocument::fromJson(QByteArray::fromStdString(*body))
               .object()
               .value(QStringLiteral("delete_backup")) == QJsonValue(true);
}

// Why IMS refuses to delete a visible image (SPEC §6.6: 400 with an IMS code), or nullptr.
const char *imsDeleteRefusal(const Call &call, const Image &image, const char **message) {
    if (image.visibility == QLatin1String("public")) {
        *message = "The public image cannot be deleted.";
        return "IMG.0094";
    }
    if (image.owner != call.projectId) {
        *message = "The image can only be deleted by the owner.";
        return "IMG.0092";
    }
    if (image.isProtected) {
        *message = "The image in the request is protected.";
        return "IMG.0028";
    }
    if (image.status == QLatin1String("saving")) {
        *message = "The image being created cannot be deleted.";
        return "IMG.0090";
    }
    return nullptr;
}

void deleteImage(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0],
                                QStringLiteral("Failed to find image %1 to delete"));
    if (!image)
        return;
    if (api.flavor == Flavor::Ims) {
        const char *message = nullptr;
        if (const char *code = imsDeleteRefusal(call, *image, &message)) {
            call.imsError(400, QString::fromLatin1(code), QString::fromLatin1(message));
            return;
        }
    }
    if (!ownImageOr403(call, *image))
        return;
    if (image->isProtected) {
        call.glanceError(
            403, QStringLiteral("Image %1 is protected and cannot be deleted.").arg(image->id));
        return;
    }
    if (api.flavor == Flavor::Ims && wantsBackupDeleted(call) &&
        image->prop(QStringLiteral("__whole_image")) == QLatin1String("true") &&
        !image->prop(QStringLiteral("__backup_id")).isEmpty())
        api.store.deletedBackups.push_back(
            {image->prop(QStringLiteral("__backup_id")), image->id, call.projectId, call.now});
    if (!image->dataFile.isEmpty())
        QFile::remove(api.dataDir + QLatin1Char('/') + image->dataFile);
    api.store.images.erase(image->id);
    api.store.dirty = true;
    call.noContent();
}

} // namespace

void answerUnroutedAsGlance(Api &api, Call &call, bool expireToken) {
    // Glance's pipeline negotiates the version before it authenticates and routes: a path under
    // a version it does not serve (/v1/cloudimages/quota) gets the version list, a path under
    // /v2 that no route takes (/v2/cloudimages) gets 401 without a token and 404 with one.
    const QString first = call.path.section(QLatin1Char('/'), 1, 1);
    if (first != QLatin1String("v2") && isVersionSegment(first)) {
        call.json(300, versionsJson(call.regionBase));
        return;
    }
    if (first == QLatin1String("v2") && !api.authenticate(call, expireToken))
        return;
    call.glanceError(404, QStringLiteral("The resource could not be found."));
}

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
    // Glance has no version document under /v2: /v2 redirects to /v2/, which is 404.
    r.add("GET", "/v2", Family::Glance, Auth::Required, [](Call &call) {
        if (call.path.endsWith(QLatin1Char('/'))) {
            call.glanceError(404, QStringLiteral("The resource could not be found."));
            return;
        }
        call.res.set_redirect((call.regionBase + QStringLiteral("/v2/")).toStdString(), 302);
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
    // Like Glance: an unknown version prefix (/v1, /v2.8) answers 300 with the version list.
    // Registered last, so that /v2, /v3 and /versions keep their own routes.
    r.add("GET", "/{}", Family::Glance, Auth::None, [](Call &call) {
        if (isVersionSegment(call.params[0]))
            call.json(300, versionsJson(call.regionBase));
        else
            call.glanceError(404, QStringLiteral("The resource could not be found."));
    });
}

} // namespace sandbox
