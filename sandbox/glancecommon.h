#pragma once

// Helpers for the Glance-compatible routes.
#include "api.h"

namespace sandbox {

// The image if the caller may see it, else writes Glance's 404 and returns nullptr.
Image *visibleImage(Api &api, Call &call, const QString &id,
                    const QString &notFound = QStringLiteral("No image found with ID %1"));
// New image defaults as POST /v2/images and the IMS create calls make them (the IMS __
// attributes on the IMS flavour only).
Image newImage(Api &api, const Call &call);
QJsonObject versionsJson(const QString &base);

// Checks one attribute value for create/patch: 0 when fine, else the HTTP status (400 schema,
// 403 forbidden, 413 too many tags) with *message set.
int checkAttribute(const QString &key, const QJsonValue &value, Flavor flavor, QString *message);
void setAttribute(Image &image, const QString &key, const QJsonValue &value);
bool isBaseAttribute(const QString &key);
// One JSON-patch operation applied to image; 0 or the HTTP status of the error. The IMS
// flavour also refuses the base attributes IMS keeps fixed (imsRefusesChange).
int applyPatchOp(Image &image, const QString &op, const QString &path, const QJsonValue &value,
                 bool hasValue, Flavor flavor, QString *message);

// Which PATCH an attribute change comes through: IMS allows more in /v2/cloudimages (§5.2)
// than in /v2/images (§6.5).
enum class ImsPatchApi { Native, CloudImages };
// Whether IMS refuses any change of `key` through `api`: Glance's read-only attributes and
// the base attributes IMS keeps fixed there.
bool imsRefusesChange(const QString &key, ImsPatchApi api);

extern const QStringList kReadOnlyAttributes;
extern const QStringList kDiskFormats; // the IMS flavour's schema: Glance's and zvhd, zvhd2
const QStringList &diskFormats(Flavor flavor);
extern const QStringList kContainerFormats;

} // namespace sandbox
