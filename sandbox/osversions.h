#pragma once

// The OS table of GET /v1/cloudimages/os_version; __os_version drives __platform, __os_type and
// __os_bit as on the service (SPEC §4.4).
#include "model.h"

#include <QJsonArray>

namespace sandbox {

struct OsVersion {
    const char *platform;
    const char *version;
    int bit;
    const char *type;
};

const std::vector<OsVersion> &osVersions();
const OsVersion *findOsVersion(const QString &version);
QJsonArray osVersionsJson();
// Sets __os_version and what follows from it; false if the version is unknown.
bool applyOsVersion(Image &image, const QString &version);

} // namespace sandbox
