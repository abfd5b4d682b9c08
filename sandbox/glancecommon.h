#pragma once

// Helpers for the Glance-compatible routes.
#include "api.h"

namespace sandbox {

// The image if the caller may see it, else writes Glance's 404 and returns nullptr.
Image *visibleImage(Api &api, Call &call, const QString &id,
                    const QString &notFound = QStringLiteral("No image found with ID %1"));
// New image defaults as POST /v2/images and the IMS create calls make them.
Image newImage(Api &api, const Call &call);
QJsonObject versionsJson(const QString &base);

extern const QStringList kReadOnlyAttributes;
extern const QStringList kDiskFormats;
extern const QStringList kContainerFormats;

} // namespace sandbox
