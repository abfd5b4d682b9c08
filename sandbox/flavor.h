#pragma once

// Which cloud the sandbox plays. IMS (the default) is what imsdesk targets: the Glance v2 subset
// with IMS's own rules plus the IMS extension API. Glance is a plain OpenStack cloud, for
// suites that hold a client to upstream Glance (tests/peer runs the same suite against a real
// Glance): native PATCH follows upstream, and the IMS extension routes do not exist.
#include <QString>

#include <optional>

namespace sandbox {

enum class Flavor { Ims, Glance };

inline std::optional<Flavor> flavorFromName(const QString &name) {
    if (name == QLatin1String("ims"))
        return Flavor::Ims;
    if (name == QLatin1String("glance"))
        return Flavor::Glance;
    return std::nullopt;
}

} // namespace sandbox
