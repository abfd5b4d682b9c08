#include "profile.h"

#include <QCoreApplication>

namespace ims {

namespace {

QUrl url(const QString &text) {
    return QUrl(text);
}

QList<RegionPreset> buildPresets() {
    QList<RegionPreset> list;
    const QStringList huawei = {
        QStringLiteral("af-south-1"),       QStringLiteral("af-north-1"),
        QStringLiteral("ap-southeast-1"),   QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"),   QStringLiteral("ap-southeast-4"),
        QStringLiteral("ae-ad-1"),          QStringLiteral("cn-north-1"),
        QStringLiteral("cn-north-2"),       QStringLiteral("cn-north-4"),
        QStringLiteral("cn-north-9"),       QStringLiteral("cn-east-2"),
        QStringLiteral("cn-east-3"),        QStringLiteral("cn-east-4"),
        QStringLiteral("cn-east-5"),        QStringLiteral("cn-south-1"),
        QStringLiteral("cn-south-2"),       QStringLiteral("cn-south-4"),
        QStringLiteral("cn-southwest-2"),   QStringLiteral("eu-west-0"),
        QStringLiteral("eu-west-101"),      QStringLiteral("la-north-2"),
        QStringLiteral("la-south-2"),       QStringLiteral("me-east-1"),
        QStringLiteral("my-kualalumpur-1"), QStringLiteral("na-mexico-1"),
        QStringLiteral("ru-moscow-1"),      QStringLiteral("sa-brazil-1"),
        QStringLiteral("tr-west-1")};
    for (const QString &region : huawei) {
        // The Europe site's IAM moved to .eu in newer SDKs (SPEC §1.1); the host stays editable.
        const QString iam = region == QLatin1String("eu-west-101")
                                ? QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu")
                                : QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(region);
        list.append({CloudKind::HuaweiCloud, region, url(iam),
                     url(QStringLiteral("https://ims.%1.myhuaweicloud.com").arg(region))});
    }
    for (const QString &region : {QStringLiteral("eu-de"), QStringLiteral("eu-nl")})
        list.append({CloudKind::OpenTelekomCloud, region,
                     url(QStringLiteral("https://iam.%1.otc.t-systems.com").arg(region)),
                     url(QStringLiteral("https://ims.%1.otc.t-systems.com").arg(region))});
    list.append({CloudKind::OpenTelekomCloud, QStringLiteral("eu-ch2"),
                 url(QStringLiteral("https://iam-pub.eu-ch2.sc.otc.t-systems.com")),
                 url(QStringLiteral("https://ims.eu-ch2.sc.otc.t-systems.com"))});
    list.append({CloudKind::G42, QStringLiteral("ae-ad-1"),
                 url(QStringLiteral("https://iam.ae-ad-1.g42cloud.com")),
                 url(QStringLiteral("https://ims.ae-ad-1.g42cloud.com"))});
    return list;
}

CloudKind guessCloudKind(const QUrl &identity, const QUrl &image, bool accessKey) {
    const QString hosts = identity.host() + QLatin1Char(' ') + image.host();
    if (hosts.contains(QLatin1String("otc.t-systems.com")))
        return CloudKind::OpenTelekomCloud;
    if (hosts.contains(QLatin1String("myhuaweicloud.")))
        return CloudKind::HuaweiCloud;
    if (hosts.contains(QLatin1String("g42cloud.com")))
        return CloudKind::G42;
    const bool loopback = identity.host() == QLatin1String("127.0.0.1") ||
                          identity.host() == QLatin1String("localhost") ||
                          image.host() == QLatin1String("127.0.0.1");
    // An explicit IMS endpoint or an access key only make sense with the IMS API.
    if (!image.isEmpty() || accessKey)
        return loopback ? CloudKind::Sandbox : CloudKind::HuaweiCloud;
    return CloudKind::OpenStack;
}

QUrl withoutVersion(QUrl identity) {
    QString path = identity.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v3")))
        path.chop(3);
    identity.setPath(path);
    return identity;
}

} // namespace

QString profileNameProblem(const QString &name) {
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ims::Profile", "A profile needs a name.");
    if (name.size() > kMaxProfileNameLength)
        return QCoreApplication::translate("ims::Profile",
                                           "A profile name has at most %1 characters.")
            .arg(kMaxProfileNameLength);
    if (name.front().isSpace() || name.back().isSpace())
        return QCoreApplication::translate("ims::Profile",
                                           "A profile name cannot start or end with a space.");
    static const QString punctuation = QStringLiteral(" -_.()@+");
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || punctuation.contains(c))
            continue;
        const QString shown =
            c.isPrint() ? QStringLiteral("\"%1\"").arg(c)
                        : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return QCoreApplication::translate(
                   "ims::Profile",
                   "A profile name may hold letters, digits, spaces and - _ . ( ) @ + "
                   "only, not %1.")
            .arg(shown);
    }
    if (isReservedProfileName(name))
        return QCoreApplication::translate(
                   "ims::Profile", "\"%1\" is the name of the profile from the OS_* environment; "
                                   "choose another name.")
            .arg(name);
    return {};
}

bool sameProfileName(const QString &a, const QString &b) {
    return a.toCaseFolded() == b.toCaseFolded();
}

bool isReservedProfileName(const QString &name) {
    return sameProfileName(name, QLatin1String(kEnvironmentProfileName));
}

QString userInfoProblem(const QUrl &url, const QString &what) {
    if (url.userName().isEmpty() && url.password().isEmpty())
        return {};
    return QStringLiteral("%1 must not contain a user name or password (user:password@host): "
                          "enter the credentials in their own fields.")
        .arg(what);
}

QString cloudKindKey(CloudKind kind) {
    switch (kind) {
    case CloudKind::HuaweiCloud:
        return QStringLiteral("huawei");
    case CloudKind::OpenTelekomCloud:
        return QStringLiteral("otc");
    case CloudKind::G42:
        return QStringLiteral("g42");
    case CloudKind::OpenStack:
        return QStringLiteral("openstack");
    case CloudKind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

std::optional<CloudKind> cloudKindFromKey(const QString &key) {
    for (CloudKind kind : {CloudKind::HuaweiCloud, CloudKind::OpenTelekomCloud, CloudKind::G42,
                           CloudKind::OpenStack, CloudKind::Sandbox})
        if (cloudKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString cloudKindLabel(CloudKind kind) {
    switch (kind) {
    case CloudKind::HuaweiCloud:
        return QStringLiteral("Huawei Cloud");
    case CloudKind::OpenTelekomCloud:
        return QStringLiteral("Open Telekom Cloud");
    case CloudKind::G42:
        return QStringLiteral("G42 Cloud");
    case CloudKind::OpenStack:
        return QStringLiteral("OpenStack");
    case CloudKind::Sandbox:
        return QStringLiteral("Sandbox");
    }
    return {};
}

const QList<RegionPreset> &regionPresets() {
    static const QList<RegionPreset> presets = buildPresets();
    return presets;
}

QList<RegionPreset> regionPresets(CloudKind cloud) {
    QList<RegionPreset> list;
    for (const RegionPreset &p : regionPresets())
        if (p.cloud == cloud)
            list.append(p);
    return list;
}

std::optional<Profile> presetProfile(CloudKind cloud, const QString &region) {
    for (const RegionPreset &p : regionPresets()) {
        if (p.cloud != cloud || p.region != region)
            continue;
        Profile profile;
        profile.name = QStringLiteral("%1 %2").arg(cloudKindLabel(cloud), region);
        profile.cloud = cloud;
        profile.region = region;
        profile.identityUrl = p.identityUrl;
        profile.imageUrl = p.imageUrl;
        // The default project of a region is named after it (SPEC §3.1).
        profile.projectName = region;
        return profile;
    }
    return std::nullopt;
}

std::optional<Profile> profileFromEnvironment(const QProcessEnvironment &env,
                                              Credentials *credentials, QString *why) {
    const auto value = [&env](const char *name) {
        return env.value(QLatin1String(name)).trimmed();
    };
    Profile p;
    p.name = QLatin1String(kEnvironmentProfileName);
    p.region = value("OS_REGION_NAME");
    p.identityUrl = withoutVersion(QUrl(value("OS_AUTH_URL")));
    p.imageUrl = QUrl(value("OS_IMAGE_ENDPOINT"));
    p.ecsUrl = QUrl(value("OS_ECS_ENDPOINT"));
    for (const auto &[url, variable] :
         {std::pair(p.identityUrl, "OS_AUTH_URL"), std::pair(p.imageUrl, "OS_IMAGE_ENDPOINT"),
          std::pair(p.ecsUrl, "OS_ECS_ENDPOINT")}) {
        if (const QString problem = userInfoProblem(url, QLatin1String(variable));
            !problem.isEmpty()) {
            *why = problem;
            return std::nullopt;
        }
    }
    p.userName = value("OS_USERNAME");
    p.domainName = value("OS_USER_DOMAIN_NAME");
    if (p.domainName.isEmpty())
        p.domainName = value("OS_DOMAIN_NAME");
    p.projectName = value("OS_PROJECT_NAME");
    if (p.projectName.isEmpty())
        p.projectName = value("OS_TENANT_NAME");
    p.projectId = value("OS_PROJECT_ID");
    p.caBundle = value("OS_CACERT");
    p.accessKey = value("OS_ACCESS_KEY");
    p.allowInsecureHttp = value("IMSDESK_ALLOW_INSECURE_HTTP") == QLatin1String("1");
    // IMSDESK_CLOUD names the cloud kind; without it, the host names tell.
    const auto kind = cloudKindFromKey(value("IMSDESK_CLOUD"));
    p.cloud = kind ? *kind : guessCloudKind(p.identityUrl, p.imageUrl, !p.accessKey.isEmpty());

    Credentials c;
    c.password = env.value(QStringLiteral("OS_PASSWORD"));
    c.secretKey = env.value(QStringLiteral("OS_SECRET_KEY"));
    c.securityToken = env.value(QStringLiteral("OS_SECURITY_TOKEN"));
    if (c.password.isEmpty() && !p.accessKey.isEmpty()) {
        p.auth = AuthMode::AkSk;
        if (c.secretKey.isEmpty()) {
            *why = QCoreApplication::translate("ims::Profile",
                                               "OS_ACCESS_KEY is set but OS_SECRET_KEY is not");
            return std::nullopt;
        }
        // AK/SK has no catalog: the endpoint must be given.
        if (p.imageUrl.isEmpty()) {
            *why = QCoreApplication::translate(
                "ims::Profile", "AK/SK signing needs OS_IMAGE_ENDPOINT (there is no catalog)");
            return std::nullopt;
        }
        if (p.projectId.isEmpty() && p.identityUrl.isEmpty()) {
            *why = QCoreApplication::translate("ims::Profile",
                                               "AK/SK signing needs OS_PROJECT_ID or OS_AUTH_URL");
            return std::nullopt;
        }
    } else {
        p.auth = AuthMode::Password;
        if (p.identityUrl.isEmpty() || p.userName.isEmpty() || c.password.isEmpty()) {
            *why = QStringLiteral("set OS_AUTH_URL, OS_USERNAME and OS_PASSWORD "
                                  "(or OS_ACCESS_KEY and OS_SECRET_KEY)");
            return std::nullopt;
        }
        if (p.projectName.isEmpty() && p.projectId.isEmpty()) {
            *why = QStringLiteral("set OS_PROJECT_NAME or OS_PROJECT_ID");
            return std::nullopt;
        }
    }
    if (p.domainName.isEmpty())
        p.domainName = p.userName.isEmpty() ? QString() : QStringLiteral("Default");
    *credentials = c;
    return p;
}

} // namespace ims
