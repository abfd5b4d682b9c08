// IMS asynchronous actions: create (from ECS, file, volume, data disks), quick import, data-disk
// and full-ECS images, register, export, batch members, copy within and across regions.
#include "glancecommon.h"
#include "imscommon.h"
#include "obsimport.h"
#include "osversions.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

namespace {

bool checkUrl(Call &call, const QJsonValue &url) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.\\-]{0,62}:.+$"));
    if (!pattern.match(url.toString()).hasMatch()) {
        call.imsError(400, QStringLiteral("IMG.0017"),
                      QStringLiteral("The URL format is incorrect."));
        return false;
    }
    return true;
}

bool checkDisk(Call &call, const QJsonValue &value, int min, int max) {
    if (!value.isDouble() || value.toInt() < min || value.toInt() > max) {
        call.imsError(400, QStringLiteral("IMG.0055"),
                      QStringLiteral("The memory or disk size is invalid."));
        return false;
    }
    return true;
}

bool checkOs(Call &call, const QJsonValue &value, bool required) {
    if ((value.isUndefined() && !required) || findOsVersion(value.toString()))
        return true;
    call.imsError(400, QStringLiteral("IMG.0056"), QStringLiteral("Invalid OS version."));
    return false;
}

Server *ownServer(Api &api, Call &call, const QString &id) {
    Server *server = api.store.server(id);
    if (!server || server->projectId != call.projectId || server->region != call.region) {
        call.imsError(400, QStringLiteral("IMG.0005"), QStringLiteral("The ECS does not exist."));
        return nullptr;
    }
    return server;
}

// A new private image with the attributes common to every create call.
Image imageFor(Api &api, Call &call, const QJsonObject &body, const QString &name,
               const QStringList &tags) {
    Image image = newImage(api, call);
    image.name = name;
    image.visibility = QStringLiteral("private");
    image.containerFormat = QStringLiteral("bare");
    image.diskFormat = QStringLiteral("zvhd2");
    image.minDisk = body.value(QStringLiteral("min_disk")).toInt(40);
    image.minRam = body.value(QStringLiteral("min_ram")).toInt(0);
    image.size = 0;
    image.tags = tags;
    image.props[QStringLiteral("__image_size")] = QStringLiteral("10737418240");
    if (body.contains(QStringLiteral("description")))
        image.props[QStringLiteral("__description")] =
            body.value(QStringLiteral("description")).toString();
    if (body.contains(QStringLiteral("max_ram")))
        image.props[QStringLiteral("max_ram")] =
            QString::number(body.value(QStringLiteral("max_ram")).toInt());
    if (!body.value(QStringLiteral("cmk_id")).toString().isEmpty())
        image.props[QStringLiteral("__system__cmkid")] =
            body.value(QStringLiteral("cmk_id")).toString();
    const QString firmware = body.value(QStringLiteral("hw_firmware_type")).toString();
    const bool arm = body.value(QStringLiteral("architecture")).toString() == QLatin1String("arm");
    image.props[QStringLiteral("hw_firmware_type")] =
        arm || firmware == QLatin1String("uefi") ? QStringLiteral("uefi") : QStringLiteral("bios");
    if (arm)
        image.props[QStringLiteral("__support_arm")] = QStringLiteral("true");
    applyOsVersion(
        image,
        body.value(QStringLiteral("os_version")).toString(QStringLiteral("Other Linux(64 bit)")));
    return image;
}

void startCreate(Api &api, Call &call, const QString &type, std::vector<Image> images,
                 const std::vector<ImportOutcome> &files = {}) {
    if (!checkQuota(api, call, int(images.size())))
        return;
    Job &job = startJob(api, call, type, JobKind::CreateImage);
    job.imageName = images.front().name;
    job.images = std::move(images);
    for (const ImportOutcome &file : files)
        applyOutcome(job, file);
}

// The image_url and min_disk of `body` as IMS checks them for `path`; false once refused.
bool checkFile(Api &api, Call &call, const QJsonObject &body, ImportPath path,
               ImportOutcome *outcome) {
    return checkImportFile(api, call,
                           {body.value(QStringLiteral("image_url")).toString(), path,
                            body.value(QStringLiteral("min_disk")).toInt()},
                           outcome);
}

// A data disk (volume_id) of one of the caller's servers, else IMG.0120.
bool checkDataVolume(Api &api, Call &call, const QString &volumeId) {
    for (const Server &server : api.store.servers)
        if (server.projectId == call.projectId && server.region == call.region)
            for (const Volume &volume : server.volumes)
                if (!volume.system && volume.id == volumeId)
                    return true;
    call.imsError(400, QStringLiteral("IMG.0120"),
                  QStringLiteral("The specified data disk ID is unavailable."));
    return false;
}

void createImage(Api &api, Call &call) {
    QJsonObject body;
    if (!bodyObject(call, &body))
        return;
    const QString name = body.value(QStringLiteral("name")).toString();
    QStringList tags;
    if (body.contains(QStringLiteral("instance_id"))) { // (a) system disk image from an ECS
        if (!commonChecks(call, body, true, &tags))
            return;
        Server *server = ownServer(api, call, body.value(QStringLiteral("instance_id")).toString());
        if (!server)
            return;
        if (!server->targetStatus.isEmpty()) {
            call.imsError(
                400, QStringLiteral("IMG.0010"),
                QStringLiteral(
                    "The ECS cannot be used to create an image because it has in-progress tasks."));
            return;
        }
        if (server->status != QLatin1String("SHUTOFF")) {
            call.imsError(
                400, QStringLiteral("IMG.0008"),
                QStringLiteral(
                    "The ECS cannot be used to create images because it is not in stopped state."));
            return;
        }
        QJsonObject withOs = body;
        withOs.insert(QStringLiteral("os_version"), server->osVersion);
        Image image = imageFor(api, call, withOs, name, tags);
        image.props[QStringLiteral("__originalimagename")] = server->imageId;
        image.props[QStringLiteral("__data_origin")] = QStringLiteral("instance,") + server->id;
        startCreate(api, call, QStringLiteral("imsCreateImageByInstance"), {image});
    } else if (body.contains(QStringLiteral("image_url"))) { // (c) from a file in OBS
        const bool iso = body.value(QStringLiteral("type")).toString() == QLatin1String("IsoImage");
        if (!commonChecks(call, body, true, &tags) ||
            !checkUrl(call, body.value(QStringLiteral("image_url"))) ||
            !checkDisk(call, body.value(QStringLiteral("min_disk")), 1, 1024))
            return;
        if (iso && !body.contains(QStringLiteral("os_version"))) {
            call.imsError(
                400, QStringLiteral("IMG.0166"),
                QStringLiteral(
                    "OS information must be contained in the ISO files used to create images."));
            return;
        }
        const bool quick = body.value(QStringLiteral("is_quick_import")).toBool();
        if (!checkOs(call, body.value(QStringLiteral("os_version")), quick))
            return;
        std::vector<ImportOutcome> files(1);
        if (!checkFile(api, call, body,
                       iso     ? ImportPath::Iso
                       : quick ? ImportPath::Quick
                               : ImportPath::Normal,
                       &files[0]))
            return;
        const QString url = body.value(QStringLiteral("image_url")).toString();
        Image image = imageFor(api, call, body, name, tags);
        describeFile(image, files[0]);
        image.props[QStringLiteral("__root_origin")] = QStringLiteral("file");
        image.props[QStringLiteral("__data_origin")] = QStringLiteral("file,") + url;
        if (iso) {
            image.props[QStringLiteral("virtual_env_type")] = QStringLiteral("IsoImage");
            image.diskFormat = QStringLiteral("iso");
        }
        std::vector<Image> images{image};
        for (const QJsonValue &v : body.value(QStringLiteral("data_images")).toArray()) {
            const QJsonObject d = v.toObject();
            if (!checkName(call, d.value(QStringLiteral("name"))) ||
                !checkUrl(call, d.value(QStringLiteral("image_url"))) ||
                !checkDisk(call, d.value(QStringLiteral("min_disk")), 1, 2048))
                return;
            files.emplace_back();
            if (!checkFile(api, call, d,
                           d.value(QStringLiteral("is_quick_import")).toBool() ? ImportPath::Quick
                                                                               : ImportPath::Normal,
                           &files.back()))
                return;
            Image data = imageFor(api, call, d, d.value(QStringLiteral("name")).toString(), {});
            data.props[QStringLiteral("virtual_env_type")] = QStringLiteral("DataImage");
            describeFile(data, files.back());
            images.push_back(data);
        }
        startCreate(api, call, QStringLiteral("imsImportImageJob"), images, files);
    } else if (body.contains(
                   QStringLiteral("volume_id"))) { // (d) system disk image from a data disk
        if (!commonChecks(call, body, true, &tags) ||
            !checkOs(call, body.value(QStringLiteral("os_version")), true))
            return;
        Image image = imageFor(api, call, body, name, tags);
        image.props[QStringLiteral("__data_origin")] =
            QStringLiteral("volume,") + body.value(QStringLiteral("volume_id")).toString();
        startCreate(api, call, QStringLiteral("imsVolumeCreateImageJob"), {image});
    } else if (body.contains(QStringLiteral("data_images"))) { // (b) data disk images of an ECS
        std::vector<Image> images;
        for (const QJsonValue &v : body.value(QStringLiteral("data_images")).toArray()) {
            const QJsonObject d = v.toObject();
            QStringList dataTags;
            if (!commonChecks(call, d, true, &dataTags))
                return;
            if (!checkDataVolume(api, call, d.value(QStringLiteral("volume_id")).toString()))
                return;
            Image data =
                imageFor(api, call, d, d.value(QStringLiteral("name")).toString(), dataTags);
            data.props[QStringLiteral("virtual_env_type")] = QStringLiteral("DataImage");
            images.push_back(data);
        }
        if (images.empty()) {
            call.imsError(400, QStringLiteral("IMG.0001"),
                          QStringLiteral("The request message format is invalid."));
            return;
        }
        startCreate(api, call, QStringLiteral("imsVolumesToSysDataImagesJob"), images);
    } else {
        if (!checkName(call, body.value(QStringLiteral("name"))))
            return;
        call.imsError(400, QStringLiteral("IMG.0012"),
                      QStringLiteral("The ECS ID is not specified."));
    }
}

void quickImport(Api &api, Call &call) {
    QJsonObject body;
    QStringList tags;
    if (!bodyObject(call, &body) || !commonChecks(call, body, true, &tags) ||
        !checkUrl(call, body.value(QStringLiteral("image_url"))) ||
        !checkDisk(call, body.value(QStringLiteral("min_disk")), 1, 1024))
        return;
    const bool data = body.value(QStringLiteral("type")).toString() == QLatin1String("DataImage");
    ImportOutcome file;
    if (!checkOs(call, body.value(QStringLiteral("os_version")), !data) ||
        !checkFile(api, call, body, ImportPath::Quick, &file))
        return;
    Image image = imageFor(api, call, body, body.value(QStringLiteral("name")).toString(), tags);
    image.props[QStringLiteral("__root_origin")] = QStringLiteral("file");
    image.props[QStringLiteral("__lazyloading")] = QStringLiteral("true");
    describeFile(image, file);
    if (data)
        image.props[QStringLiteral("virtual_env_type")] = QStringLiteral("DataImage");
    startCreate(api, call,
                data ? QStringLiteral("imsImportDataImageJob")
                     : QStringLiteral("imsImportImageJob"),
                {image}, {file});
}

void dataImage(Api &api, Call &call) {
    QJsonObject body;
    QStringList tags;
    if (!bodyObject(call, &body) || !commonChecks(call, body, true, &tags) ||
        !checkUrl(call, body.value(QStringLiteral("image_url"))) ||
        !checkDisk(call, body.value(QStringLiteral("min_disk")), 40, 2048))
        return;
    const QString os = body.value(QStringLiteral("os_type")).toString(QStringLiteral("Linux"));
    if (os != QLatin1String("Linux") && os != QLatin1String("Windows")) {
        call.imsError(400, QStringLiteral("IMG.0122"), QStringLiteral("The OS type is invalid."));
        return;
    }
    ImportOutcome file;
    if (!checkFile(api, call, body, ImportPath::Normal, &file))
        return;
    Image image = imageFor(api, call, body, body.value(QStringLiteral("name")).toString(), tags);
    image.props[QStringLiteral("virtual_env_type")] = QStringLiteral("DataImage");
    image.props[QStringLiteral("__os_type")] = os;
    describeFile(image, file);
    startCreate(api, call, QStringLiteral("imsImportDataImageJob"), {image}, {file});
}

void wholeImage(Api &api, Call &call) {
    QJsonObject body;
    QStringList tags;
    if (!bodyObject(call, &body) || !commonChecks(call, body, true, &tags))
        return;
    QJsonObject withOs = body;
    QString type;
    if (body.contains(QStringLiteral("instance_id"))) {
        Server *server = ownServer(api, call, body.value(QStringLiteral("instance_id")).toString());
        if (!server)
            return;
        withOs.insert(QStringLiteral("os_version"), server->osVersion);
        type = QStringLiteral("imsCreateWholeImageByInstanceJob");
    } else if (!body.value(QStringLiteral("backup_id")).toString().isEmpty()) {
        const Backup *backup = api.store.backup(body.value(QStringLiteral("backup_id")).toString());
        if (!backup || backup->projectId != call.projectId || backup->region != call.region) {
            call.imsError(400, QStringLiteral("IMG.0020"),
                          QStringLiteral("The backup does not exist."));
            return;
        }
        if (api.store.backupUsed(backup->id)) {
            call.imsError(
                400, QStringLiteral("IMG.0029"),
                QStringLiteral(
                    "The backup in the request has already been used to create an image."));
            return;
        }
        if (const Server *server = api.store.server(backup->serverId))
            withOs.insert(QStringLiteral("os_version"), server->osVersion);
        type = QStringLiteral("imsCreateWholeImageByBackupJob");
    } else {
        call.imsError(400, QStringLiteral("IMG.0019"),
                      QStringLiteral("The backup ID is not specified."));
        return;
    }
    Image image = imageFor(api, call, withOs, body.value(QStringLiteral("name")).toString(), tags);
    image.props[QStringLiteral("__whole_image")] = QStringLiteral("true");
    if (body.contains(QStringLiteral("backup_id")))
        image.props[QStringLiteral("__backup_id")] =
            body.value(QStringLiteral("backup_id")).toString();
    startCreate(api, call, type, {image});
}

void registerFile(Api &api, Call &call) {
    Image *image = imsImage(api, call, call.params[0]);
    QJsonObject body;
    if (!image || !bodyObject(call, &body) ||
        !checkUrl(call, body.value(QStringLiteral("image_url"))))
        return;
    if (image->owner != call.projectId) {
        call.imsError(400, QStringLiteral("IMG.0047"),
                      QStringLiteral("This operation can be performed only by the image owner."));
        return;
    }
    if (image->status != QLatin1String("queued")) {
        call.imsError(400, QStringLiteral("IMG.0046"), QStringLiteral("The image is unavailable."));
        return;
    }
    ImportOutcome file;
    if (!checkImportFile(
            api, call,
            {body.value(QStringLiteral("image_url")).toString(),
             image->diskFormat == QLatin1String("iso") ? ImportPath::Iso : ImportPath::Normal,
             image->minDisk},
            &file))
        return;
    Job &job = startJob(api, call, QStringLiteral("imsNativeImportImageJob"), JobKind::Register);
    Image filled = *image;
    filled.size = 0;
    filled.props[QStringLiteral("__image_size")] = QStringLiteral("10737418240");
    filled.props[QStringLiteral("__root_origin")] = QStringLiteral("file");
    describeFile(filled, file);
    job.imageName = filled.name;
    job.images = {filled};
    applyOutcome(job, file);
}

void exportImage(Api &api, Call &call) {
    Image *image = imsImage(api, call, call.params[0]);
    QJsonObject body;
    if (!image || !bodyObject(call, &body) ||
        !checkUrl(call, body.value(QStringLiteral("bucket_url"))))
        return;
    const bool quick = body.value(QStringLiteral("is_quick_export")).toBool();
    static const QStringList formats = {QStringLiteral("qcow2"), QStringLiteral("vhd"),
                                        QStringLiteral("zvhd"), QStringLiteral("vmdk")};
    const auto refuse = [&call](const char *code, const char *message) {
        call.imsError(400, QString::fromLatin1(code), QString::fromLatin1(message));
    };
    if (image->visibility == QLatin1String("public"))
        return refuse("IMG.0077", "The public image cannot be exported.");
    if (image->owner != call.projectId)
        return refuse("IMG.0047", "This operation can be performed only by the image owner.");
    if (image->prop(QStringLiteral("__whole_image")) == QLatin1String("true"))
        return refuse("IMG.0128", "The full-ECS image cannot be exported.");
    if (image->prop(QStringLiteral("virtual_env_type")) == QLatin1String("IsoImage"))
        return refuse("IMG.0167", "This operation cannot be performed for ISO images.");
    if (image->status != QLatin1String("active"))
        return refuse("IMG.0046", "The image is unavailable.");
    if (!quick && !formats.contains(body.value(QStringLiteral("file_format")).toString()))
        return refuse("IMG.0072", "The specified image format is not supported.");
    Job &job = startJob(api, call, QStringLiteral("imsNativeExportImageJob"), JobKind::Export);
    job.imageName = image->name;
    job.extraEntities.insert(QStringLiteral("image_id"), image->id);
    applyOutcome(job, requestedFailure(body.value(QStringLiteral("bucket_url")).toString()));
}

} // namespace

void addImsMemberRoutes(Api &api);
void copyImage(Api &api, Call &call, bool crossRegion);

void addImsActionRoutes(Api &api) {
    Router &r = api.router;
    r.add("POST", "/v2/cloudimages/action", Family::Ims, Auth::Required,
          [&api](Call &c) { createImage(api, c); });
    r.add("POST", "/v2/cloudimages/quickimport/action", Family::Ims, Auth::Required,
          [&api](Call &c) { quickImport(api, c); });
    r.add("POST", "/v1/cloudimages/dataimages/action", Family::Ims, Auth::Required,
          [&api](Call &c) { dataImage(api, c); });
    r.add("POST", "/v1/cloudimages/wholeimages/action", Family::Ims, Auth::Required,
          [&api](Call &c) { wholeImage(api, c); });
    r.add("PUT", "/v1/cloudimages/{}/upload", Family::Ims, Auth::Required,
          [&api](Call &c) { registerFile(api, c); });
    r.add("POST", "/v1/cloudimages/{}/file", Family::Ims, Auth::Required,
          [&api](Call &c) { exportImage(api, c); });
    r.add("POST", "/v1/cloudimages/{}/copy", Family::Ims, Auth::Required,
          [&api](Call &c) { copyImage(api, c, false); });
    r.add("POST", "/v1/cloudimages/{}/cross_region_copy", Family::Ims, Auth::Required,
          [&api](Call &c) { copyImage(api, c, true); });
    addImsMemberRoutes(api);
}

} // namespace sandbox
