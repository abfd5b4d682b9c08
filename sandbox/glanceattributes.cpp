// Glance image attributes: which are read-only, how values are checked (the schema), and how
// one JSON-patch operation applies.
#include "glancecommon.h"
#include "osversions.h"

#include <QJsonArray>

namespace sandbox {

const QStringList kReadOnlyAttributes = {
    QStringLiteral("status"),      QStringLiteral("size"),         QStringLiteral("virtual_size"),
    QStringLiteral("checksum"),    QStringLiteral("os_hash_algo"), QStringLiteral("os_hash_value"),
    QStringLiteral("created_at"),  QStringLiteral("updated_at"),   QStringLiteral("self"),
    QStringLiteral("file"),        QStringLiteral("schema"),       QStringLiteral("direct_url"),
    QStringLiteral("locations"),   QStringLiteral("owner"),        QStringLiteral("id"),
    QStringLiteral("__imagetype"), QStringLiteral("active_at")};
// Base attributes (SPEC §4.1 and Glance's image schema) that upstream Glance lets the owner
// change but IMS does not: natively only the name, __description and extension attributes
// change (§6.5). PATCH /v2/cloudimages takes a few of them back (kCloudImagesBaseUpdatable).
const QStringList kImsFixedBaseAttributes = {QStringLiteral("visibility"),
                                             QStringLiteral("protected"),
                                             QStringLiteral("os_hidden"),
                                             QStringLiteral("min_disk"),
                                             QStringLiteral("min_ram"),
                                             QStringLiteral("max_ram"),
                                             QStringLiteral("disk_format"),
                                             QStringLiteral("container_format"),
                                             QStringLiteral("tags"),
                                             QStringLiteral("virtual_env_type"),
                                             QStringLiteral("enterprise_project_id"),
                                             QStringLiteral("_sys_enterprise_project_id"),
                                             QStringLiteral("__isregistered"),
                                             QStringLiteral("deleted"),
                                             QStringLiteral("deleted_at")};
// The base attributes among §5.2's updatable paths.
const QStringList kCloudImagesBaseUpdatable = {QStringLiteral("min_ram"), QStringLiteral("max_ram"),
                                               QStringLiteral("enterprise_project_id")};

bool imsRefusesChange(const QString &key, ImsPatchApi api) {
    if (kReadOnlyAttributes.contains(key))
        return true;
    if (!kImsFixedBaseAttributes.contains(key))
        return false;
    return api == ImsPatchApi::Native || !kCloudImagesBaseUpdatable.contains(key);
}

const QStringList kDiskFormats = {
    QStringLiteral("ami"), QStringLiteral("ari"),   QStringLiteral("aki"),
    QStringLiteral("vhd"), QStringLiteral("vhdx"),  QStringLiteral("vmdk"),
    QStringLiteral("raw"), QStringLiteral("qcow2"), QStringLiteral("vdi"),
    QStringLiteral("iso"), QStringLiteral("ploop"), QStringLiteral("zvhd2"),
    QStringLiteral("zvhd")};
// Upstream Glance's default disk_formats ([image_format] disk_formats): no Huawei zvhd/zvhd2.
const QStringList kUpstreamDiskFormats = {
    QStringLiteral("ami"),  QStringLiteral("ari"),  QStringLiteral("aki"),  QStringLiteral("vhd"),
    QStringLiteral("vhdx"), QStringLiteral("vmdk"), QStringLiteral("raw"),  QStringLiteral("qcow2"),
    QStringLiteral("vdi"),  QStringLiteral("iso"),  QStringLiteral("ploop")};

const QStringList &diskFormats(Flavor flavor) {
    return flavor == Flavor::Glance ? kUpstreamDiskFormats : kDiskFormats;
}

const QStringList kContainerFormats = {QStringLiteral("ami"),    QStringLiteral("ari"),
                                       QStringLiteral("aki"),    QStringLiteral("bare"),
                                       QStringLiteral("ovf"),    QStringLiteral("ova"),
                                       QStringLiteral("docker"), QStringLiteral("compressed")};

// Validates one attribute value for create/patch. Returns an HTTP status (0 = fine) and message.
int checkAttribute(const QString &key, const QJsonValue &value, Flavor flavor, QString *message) {
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
        return value.isNull() || diskFormats(flavor).contains(value.toString())
                   ? 0
                   : schemaError(QStringLiteral("'%1' is not one of [None, %2]")
                                     .arg(value.toString(),
                                          diskFormats(flavor).join(QStringLiteral(", "))));
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

// One JSON-patch operation applied to a copy; returns 0 or the HTTP status of the error.
int applyPatchOp(Image &image, const QString &op, const QString &path, const QJsonValue &value,
                 bool hasValue, Flavor flavor, QString *message) {
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
    // IMS refuses a base attribute the way Glance refuses its read-only ones (SPEC §6.5: 403
    // "read-only base attribute"), for remove too: the attribute cannot change at all.
    if (kReadOnlyAttributes.contains(key) ||
        (flavor == Flavor::Ims && imsRefusesChange(key, ImsPatchApi::Native))) {
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
    if (const int status = checkAttribute(key, value, flavor, message))
        return status;
    setAttribute(image, key, value);
    return 0;
}

} // namespace sandbox
