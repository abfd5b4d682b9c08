#include "uploadrecipe.h"

#include "imagerequests.h"

#include <QFileInfo>
#include <QJsonArray>

namespace ims::recipes {

namespace {
constexpr char kOp[] = "upload";
} // namespace

QJsonObject toJson(const Upload &upload) {
    return {{"op", kOp},
            {"file", upload.filePath},
            {"name", upload.name},
            {"description", upload.description},
            {"os_version", upload.osVersion},
            {"disk_format", upload.diskFormat},
            {"min_disk", upload.minDiskGb},
            {"min_ram", upload.minRamMb},
            {"max_ram", upload.maxRamMb},
            {"tags", QJsonArray::fromStringList(upload.tags)},
            {"file_size", upload.fileSize},
            {"file_modified", upload.fileModified.toString(Qt::ISODateWithMs)},
            {"image_id", upload.imageId}};
}

std::optional<Upload> uploadFromJson(const QJsonObject &json) {
    if (json.value(QLatin1String("op")).toString() != QLatin1String(kOp))
        return std::nullopt;
    bool damaged = false;
    // Absent (an older writer) reads as empty; present with the wrong type is damage.
    const auto field = [&](const char *key, bool (QJsonValue::*isType)() const) {
        const QJsonValue value = json.value(QLatin1String(key));
        damaged |= !value.isUndefined() && !value.isNull() && !(value.*isType)();
        return value;
    };
    Upload upload;
    upload.filePath = field("file", &QJsonValue::isString).toString();
    upload.name = field("name", &QJsonValue::isString).toString();
    upload.description = field("description", &QJsonValue::isString).toString();
    upload.osVersion = field("os_version", &QJsonValue::isString).toString();
    upload.diskFormat = field("disk_format", &QJsonValue::isString).toString();
    upload.minDiskGb = field("min_disk", &QJsonValue::isDouble).toInt();
    upload.minRamMb = field("min_ram", &QJsonValue::isDouble).toInt();
    upload.maxRamMb = field("max_ram", &QJsonValue::isDouble).toInt();
    for (const QJsonValue &tag : field("tags", &QJsonValue::isArray).toArray()) {
        damaged |= !tag.isString();
        upload.tags << tag.toString();
    }
    upload.fileSize = field("file_size", &QJsonValue::isDouble).toInteger();
    upload.fileModified = QDateTime::fromString(
        field("file_modified", &QJsonValue::isString).toString(), Qt::ISODateWithMs);
    upload.imageId = field("image_id", &QJsonValue::isString).toString();
    if (damaged || upload.filePath.isEmpty() || upload.name.isEmpty() ||
        upload.diskFormat.isEmpty())
        return std::nullopt;
    return upload;
}

QString describe(const Upload &upload) {
    return QStringLiteral("%1 → %2").arg(QFileInfo(upload.filePath).fileName(), upload.name);
}

ImageMetadata metadata(const Upload &upload) {
    ImageMetadata metadata;
    metadata.name = upload.name;
    metadata.description = upload.description;
    metadata.diskFormat = upload.diskFormat;
    metadata.osVersion = upload.osVersion;
    metadata.minDiskGb = upload.minDiskGb;
    metadata.minRamMb = upload.minRamMb;
    metadata.maxRamMb = upload.maxRamMb;
    metadata.tags = upload.tags;
    return metadata;
}

} // namespace ims::recipes
