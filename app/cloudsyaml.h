#pragma once

#include "profile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ims {

// One cloud of an OpenStack clouds.yaml, as an imsdesk profile and its secrets.
struct ImportedProfile final {
    Profile profile;
    Credentials credentials;
};

struct CloudsYaml final {
    QList<ImportedProfile> profiles;
    QStringList problems; // one line per cloud that could not be used, or the parse error
};

// Reads the `clouds:` map of OpenStack's clouds.yaml (openstacksdk's format: auth.auth_url,
// username, password, project_name/id, user_domain_name, region_name, cacert, and the
// OTC/Huawei AK/SK extension auth.ak/auth.sk). Never throws, whatever the text.
CloudsYaml parseCloudsYaml(const QByteArray &text);

// The standard places (~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml, and
// ./clouds.yaml as openstacksdk does) that exist on this machine, most specific first.
QStringList cloudsYamlLocations();

} // namespace ims
