// IMS extension: list, update, quota, OS versions, job status and progress.
#include "glancecommon.h"
#include "imscommon.h"
#include "listing.h"
#include "osversions.h"

#include <QJsonArray>

namespace sandbox {

namespace {

void listCloudImages(Api &api, Call &call) {
    const ListResult result =
        listImages(api.store, {call.queryItems(), call.projectId, call.region, true});
    if (result.status != 200) {
        call.imsError(result.status, result.code, result.message);
        return;
    }
    // No first/next here (§5.1).
    call.json(200, QJsonObject(), QLatin1String("images"), pageJson(api.store, result.page));
}

// PATCH /v2/cloudimages/{id}: JSON-patch-like ops sent as application/json (§5.2). Values are
// strings in the SDK model; a JSON number (min_ram: 1024) is taken as its decimal string too:
// SPEC types `value` as a string only, accepting numbers is the sandbox's choice since clients
// vary (a test of a client's wire format must look at the request). A base attribute outside
// the updatable paths (protected, min_disk, tags, …) is IMG.0001: SPEC §10.3 has no better code.
bool applyImsOp(Call &call, Image &image, const QJsonObject &op) {
    const QString name = op.value(QStringLiteral("op")).toString();
    const QString path = op.value(QStringLiteral("path")).toString();
    const QJsonValue value = op.value(QStringLiteral("value"));
    const QString key = path.mid(1);
    static const QStringList ops = {QStringLiteral("add"), QStringLiteral("replace"),
                                    QStringLiteral("remove")};
    if (!ops.contains(name) || !path.startsWith(QLatin1Char('/')) || key.isEmpty() ||
        key.contains(QLatin1Char('/')) || imsRefusesChange(key, ImsPatchApi::CloudImages) ||
        key != key.toLower()) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return false;
    }
    if (name == QLatin1String("remove")) {
        if (key == QLatin1String("name")) {
            call.imsError(400, QStringLiteral("IMG.0013"),
                          QStringLiteral("The image name is not specified."));
            return false;
        }
        image.props.erase(key == QLatin1String("min_ram") ? QString() : key);
        if (key == QLatin1String("min_ram"))
            image.minRam = 0;
        return true;
    }
    // 'g' with 17 digits writes 1024 as "1024" and keeps 1024.5, which then fails as a size.
    const QString text =
        value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
    if (key == QLatin1String("name")) {
        if (!checkName(call, value))
            return false;
        image.name = text;
    } else if (key == QLatin1String("__description")) {
        if (!checkDescription(call, value))
            return false;
        image.props[key] = text;
    } else if (key == QLatin1String("min_ram") || key == QLatin1String("max_ram")) {
        bool ok = false;
        const int mb = text.toInt(&ok);
        if (!ok || mb < 0 || mb > 1024 * 1024) {
            call.imsError(400, QStringLiteral("IMG.0055"),
                          QStringLiteral("The memory or disk size is invalid."));
            return false;
        }
        if (key == QLatin1String("min_ram"))
            image.minRam = mb;
        else
            image.props[key] = QString::number(mb);
    } else if (key == QLatin1String("hw_firmware_type")) {
        if (text != QLatin1String("bios") && text != QLatin1String("uefi")) {
            call.imsError(400, QStringLiteral("IMG.0141"),
                          QStringLiteral("The value of hw_firmware_type is not uefi or bios."));
            return false;
        }
        image.props[key] = text;
    } else {
        if (!value.isString() && !value.isDouble() && !value.isBool()) {
            call.imsError(400, QStringLiteral("IMG.0001"),
                          QStringLiteral("The request message format is invalid."));
            return false;
        }
        image.props[key] = value.isBool()
                               ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : text;
    }
    return true;
}

void updateCloudImage(Api &api, Call &call) {
    Image *image = imsImage(api, call, call.params[0]);
    if (!image)
        return;
    if (image->owner != call.projectId) {
        call.imsError(400, QStringLiteral("IMG.0047"),
                      QStringLiteral("This operation can be performed only by the image owner."));
        return;
    }
    if (image->prop(QStringLiteral("virtual_env_type")) == QLatin1String("DataImage")) {
        call.imsError(400, QStringLiteral("IMG.0168"),
                      QStringLiteral("Data disk images cannot be updated."));
        return;
    }
    if (image->status != QLatin1String("active")) {
        call.imsError(400, QStringLiteral("IMG.0046"), QStringLiteral("The image is unavailable."));
        return;
    }
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    if (!body.isArray() || body.toArray().isEmpty()) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return;
    }
    Image copy = *image;
    for (const QJsonValue &op : body.toArray())
        if (!applyImsOp(call, copy, op.toObject()))
            return;
    copy.updatedAt = call.now;
    *image = copy;
    api.store.dirty = true;
    call.json(200, imageJson(*image));
}

void showJob(Api &api, Call &call, const QString &jobId) {
    const auto it = api.store.jobs.find(jobId);
    if (it == api.store.jobs.end() || it->second.projectId != call.projectId) {
        // Not documented (§5.14); the sandbox answers 404 with an IMS body.
        call.imsError(404, QStringLiteral("IMG.0031"),
                      QStringLiteral("The resource ID in the request is incorrect."));
        return;
    }
    call.json(200, api.store.jobJson(it->second, call.now));
}

} // namespace

void addImsRoutes(Api &api) {
    Router &r = api.router;
    r.add("GET", "/v2/cloudimages", Family::Ims, Auth::Required,
          [&api](Call &c) { listCloudImages(api, c); });
    r.add("PATCH", "/v2/cloudimages/{}", Family::Ims, Auth::Required,
          [&api](Call &c) { updateCloudImage(api, c); });
    r.add("GET", "/v1/cloudimages/quota", Family::Ims, Auth::Required, [&api](Call &c) {
        const Quota &q = api.store.quota(c.projectId);
        c.json(200, QJsonObject{{QStringLiteral("quotas"),
                                 QJsonObject{{QStringLiteral("resources"),
                                              QJsonArray{QJsonObject{
                                                  {QStringLiteral("type"), QStringLiteral("image")},
                                                  {QStringLiteral("used"),
                                                   api.store.privateImagesUsed(c.projectId)},
                                                  {QStringLiteral("quota"), q.images},
                                                  {QStringLiteral("min"), 1},
                                                  {QStringLiteral("max"), q.max}}}}}}});
    });
    r.add("GET", "/v1/cloudimages/os_version", Family::Ims, Auth::Required,
          [](Call &c) { c.json(200, osVersionsJson()); });
    r.add("GET", "/v1/{}/jobs/{}", Family::Ims, Auth::Required, [&api](Call &c) {
        if (checkPathProject(c, c.params[0]))
            showJob(api, c, c.params[1]);
    });
    r.add("GET", "/v1/cloudimages/job/{}", Family::Ims, Auth::Required,
          [&api](Call &c) { showJob(api, c, c.params[0]); });
}

} // namespace sandbox
