#include "profilestore.h"
#include "settingskeys.h"

#include <QCoreApplication>
#include <QSettings>

namespace ims {

namespace {

QString group(const QString &name) {
    // The name is the key, as in the keychain and the job file: profileNameProblem() keeps '/'
    // (QSettings' separator) out of new names, and a group read back from the file has none.
    return QStringLiteral("profiles/") + name;
}

QString authKey(AuthMode mode) {
    return mode == AuthMode::AkSk ? QStringLiteral("aksk") : QStringLiteral("password");
}

void migrate(QSettings &s) {
    const int version = settings::SchemaVersion.read(s);
    if (version == settings::kSchemaVersion)
        return;
    // Version 0 is an empty or pre-release file: nothing to convert yet.
    settings::SchemaVersion.write(s, settings::kSchemaVersion);
}

} // namespace

ProfileStore::ProfileStore()
    : m_file(QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("imsdesk"),
                       QStringLiteral("profiles"))
                 .fileName()) {}

ProfileStore::ProfileStore(const QString &iniFile)
    : m_file(iniFile) {}

QStringList ProfileStore::names() const {
    QSettings s(m_file, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("profiles"));
    return s.childGroups();
}

std::optional<Profile> ProfileStore::load(const QString &name) const {
    QSettings s(m_file, QSettings::IniFormat);
    if (!s.childGroups().contains(QStringLiteral("profiles")))
        return std::nullopt;
    s.beginGroup(group(name));
    if (s.childKeys().isEmpty())
        return std::nullopt;
    Profile p;
    p.name = name;
    p.cloud = cloudKindFromKey(settings::Cloud.read(s)).value_or(CloudKind::OpenTelekomCloud);
    p.region = settings::Region.read(s);
    p.identityUrl = QUrl(settings::IdentityUrl.read(s));
    p.imageUrl = QUrl(settings::ImageUrl.read(s));
    p.ecsUrl = QUrl(settings::EcsUrl.read(s));
    p.auth = settings::Auth.read(s) == QLatin1String("aksk") ? AuthMode::AkSk : AuthMode::Password;
    p.domainName = settings::DomainName.read(s);
    p.userName = settings::UserName.read(s);
    p.projectName = settings::ProjectName.read(s);
    p.projectId = settings::ProjectId.read(s);
    p.accessKey = settings::AccessKey.read(s);
    p.caBundle = settings::CaBundle.read(s);
    p.colour = settings::Colour.read(s);
    p.allowInsecureHttp = settings::AllowInsecureHttp.read(s);
    return p;
}

QString ProfileStore::existingName(const QString &name) const {
    for (const QString &stored : names())
        if (sameProfileName(stored, name))
            return stored;
    return {};
}

QString ProfileStore::nameProblem(const QString &name, const QString &replacing) const {
    if (QString problem = profileNameProblem(name); !problem.isEmpty())
        return problem;
    for (const QString &stored : names())
        if (stored != replacing && sameProfileName(stored, name))
            return QCoreApplication::translate(
                       "ims::Profile", "A profile named \"%1\" already exists (names are compared "
                                       "ignoring case).")
                .arg(stored);
    return {};
}

bool ProfileStore::rename(const QString &from, const Profile &to) {
    if (!profileNameProblem(to.name).isEmpty())
        return false;
    const bool wasDefault = defaultProfile() == from;
    remove(from);
    save(to);
    if (wasDefault)
        setDefaultProfile(to.name);
    return true;
}

bool ProfileStore::save(const Profile &p) {
    if (!profileNameProblem(p.name).isEmpty())
        return false;
    QSettings s(m_file, QSettings::IniFormat);
    migrate(s);
    s.remove(group(p.name));
    s.beginGroup(group(p.name));
    settings::Cloud.write(s, cloudKindKey(p.cloud));
    settings::Region.write(s, p.region);
    settings::IdentityUrl.write(s, p.identityUrl.toString());
    settings::ImageUrl.write(s, p.imageUrl.toString());
    settings::EcsUrl.write(s, p.ecsUrl.toString());
    settings::Auth.write(s, authKey(p.auth));
    settings::DomainName.write(s, p.domainName);
    settings::UserName.write(s, p.userName);
    settings::ProjectName.write(s, p.projectName);
    settings::ProjectId.write(s, p.projectId);
    settings::AccessKey.write(s, p.accessKey);
    settings::CaBundle.write(s, p.caBundle);
    settings::Colour.write(s, p.colour);
    if (p.allowInsecureHttp) // absent means off: files stay as they were for everyone else
        settings::AllowInsecureHttp.write(s, true);
    return true;
}

void ProfileStore::remove(const QString &name) {
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(group(name));
    if (settings::DefaultProfile.read(s) == name)
        s.remove(QLatin1String(settings::DefaultProfile.name));
}

QString ProfileStore::defaultProfile() const {
    QSettings s(m_file, QSettings::IniFormat);
    return settings::DefaultProfile.read(s);
}

void ProfileStore::setDefaultProfile(const QString &name) {
    QSettings s(m_file, QSettings::IniFormat);
    migrate(s);
    settings::DefaultProfile.write(s, name);
}

} // namespace ims
