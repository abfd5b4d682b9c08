#include "cloudsyaml.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace ims {

namespace {

QString text(const YAML::Node &map, const char *key) {
    if (!map.IsMap())
        return {};
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.Scalar()).trimmed();
}

// The first non-empty of several spellings openstacksdk accepts for one field.
QString firstOf(const YAML::Node &map, std::initializer_list<const char *> keys) {
    for (const char *key : keys) {
        const QString value = text(map, key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

CloudKind kindOf(const QUrl &identity, const QString &vendorProfile) {
    const QString host = identity.host().toLower();
    if (vendorProfile == QLatin1String("otc") || host.endsWith(QLatin1String("t-systems.com")))
        return CloudKind::OpenTelekomCloud;
    if (host.contains(QLatin1String("huaweicloud")))
        return CloudKind::HuaweiCloud;
    if (host.endsWith(QLatin1String("g42cloud.com")))
        return CloudKind::G42;
    return CloudKind::OpenStack;
}

QString regionOf(const YAML::Node &cloud) {
    const QString region = text(cloud, "region_name");
    if (!region.isEmpty())
        return region;
    // `regions:` is a list of names or of {name: …} maps; the first one is the default.
    const YAML::Node regions = cloud["regions"];
    if (regions && regions.IsSequence() && regions.size() > 0) {
        const YAML::Node first = regions[0];
        return first.IsScalar() ? QString::fromStdString(first.Scalar()) : text(first, "name");
    }
    return {};
}

std::optional<ImportedProfile> importCloud(const QString &name, const YAML::Node &cloud,
                                           QString *why) {
    if (!cloud.IsMap()) {
        *why = QStringLiteral("not a map");
        return std::nullopt;
    }
    const YAML::Node auth = cloud["auth"];
    if (const QString problem = profileNameProblem(name); !problem.isEmpty()) {
        *why = problem;
        return std::nullopt;
    }
    ImportedProfile imported;
    Profile &p = imported.profile;
    p.name = name;
    QString authUrl = text(auth, "auth_url");
    authUrl.remove(QRegularExpression(QStringLiteral("/v3/?$")));
    p.identityUrl = QUrl(authUrl);
    p.region = regionOf(cloud);
    p.cloud = kindOf(p.identityUrl, text(cloud, "profile"));
    p.userName = text(auth, "username");
    p.domainName = firstOf(auth, {"user_domain_name", "domain_name", "project_domain_name"});
    p.projectName = firstOf(auth, {"project_name", "tenant_name"});
    p.projectId = firstOf(auth, {"project_id", "tenant_id"});
    p.caBundle = text(cloud, "cacert");
    p.imageUrl = QUrl(firstOf(cloud, {"image_endpoint_override", "image_endpoint"}));
    if (const auto preset = presetProfile(p.cloud, p.region); preset && p.imageUrl.isEmpty())
        p.imageUrl = preset->imageUrl;

    Credentials &c = imported.credentials;
    c.password = text(auth, "password");
    p.accessKey = firstOf(auth, {"ak", "access_key"});
    c.secretKey = firstOf(auth, {"sk", "secret_key"});
    c.securityToken = firstOf(auth, {"security_token"});
    registerSecret(c.password);
    registerSecret(c.secretKey);
    registerSecret(c.securityToken);
    const QString authType = text(cloud, "auth_type");
    p.auth = (authType == QLatin1String("aksk") || (c.password.isEmpty() && !p.accessKey.isEmpty()))
                 ? AuthMode::AkSk
                 : AuthMode::Password;
    // AK/SK signing exists on the IMS clouds only; an unknown local host is the sandbox.
    const QString host = p.identityUrl.host();
    if (p.auth == AuthMode::AkSk && p.cloud == CloudKind::OpenStack &&
        (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")))
        p.cloud = CloudKind::Sandbox;
    // A password in a URL would end up in the settings file: refused, without repeating it.
    for (const auto &[url, what] : {std::pair(p.identityUrl, "auth.auth_url"),
                                    std::pair(p.imageUrl, "image_endpoint_override")}) {
        if (const QString problem = userInfoProblem(url, QLatin1String(what)); !problem.isEmpty()) {
            *why = problem;
            return std::nullopt;
        }
    }
    if (p.identityUrl.isEmpty() || !p.identityUrl.isValid() || p.identityUrl.host().isEmpty()) {
        *why = QStringLiteral("no usable auth.auth_url");
        return std::nullopt;
    }
    if (p.auth == AuthMode::Password && p.userName.isEmpty()) {
        *why = QStringLiteral("no auth.username");
        return std::nullopt;
    }
    if (p.domainName.isEmpty() && p.auth == AuthMode::Password)
        p.domainName = QStringLiteral("Default");
    return imported;
}

} // namespace

CloudsYaml parseCloudsYaml(const QByteArray &data) {
    CloudsYaml result;
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        const YAML::Node clouds = root.IsMap() ? root["clouds"] : YAML::Node();
        if (!clouds || !clouds.IsMap()) {
            result.problems.append(QStringLiteral("the file has no \"clouds:\" section"));
            return result;
        }
        for (const auto &entry : clouds) {
            const QString name = entry.first.IsScalar()
                                     ? QString::fromStdString(entry.first.Scalar()).trimmed()
                                     : QString();
            QString why;
            if (name.isEmpty())
                why = QStringLiteral("a cloud without a name");
            else if (auto imported = importCloud(name, entry.second, &why))
                result.profiles.append(*imported);
            if (!why.isEmpty())
                result.problems.append(QStringLiteral("%1: %2").arg(name, why));
        }
    } catch (const YAML::Exception &e) {
        // The message names the line and column; it never contains the file's values.
        result.problems.append(
            QStringLiteral("not valid YAML (%1)")
                .arg(QString::fromStdString(
                    e.mark.is_null() ? e.msg
                                     : e.msg + " at line " + std::to_string(e.mark.line + 1))));
    }
    return result;
}

QStringList cloudsYamlLocations() {
    const QString file = QStringLiteral("clouds.yaml");
    const QStringList candidates = {
        QDir::current().filePath(file),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
            QStringLiteral("/openstack/") + file,
        QStringLiteral("/etc/openstack/") + file};
    QStringList found;
    for (const QString &path : candidates)
        if (QFileInfo(path).isFile() && !found.contains(path))
            found.append(path);
    return found;
}

} // namespace ims
