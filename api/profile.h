#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ims {

enum class CloudKind { HuaweiCloud, OpenTelekomCloud, G42, OpenStack, Sandbox };
enum class AuthMode { Password, AkSk };

QString cloudKindKey(CloudKind kind); // "huawei", "otc", "g42", "openstack", "sandbox"
std::optional<CloudKind> cloudKindFromKey(const QString &key);
QString cloudKindLabel(CloudKind kind);

// The non-secret part of a connection to one cloud region. Secrets (password, secret key,
// security token) live in the SecretStore, keyed by the profile name.
struct Profile final {
    QString name;
    CloudKind cloud = CloudKind::OpenTelekomCloud;
    QString region;
    QUrl identityUrl; // Keystone/IAM, without "/v3"
    QUrl imageUrl;    // empty: from the catalog
    QUrl ecsUrl;      // empty: from the catalog
    AuthMode auth = AuthMode::Password;
    QString domainName;
    QString userName;
    QString projectName;
    QString projectId;
    QString accessKey;
    QString caBundle; // a PEM file of extra trusted CAs, for private clouds
    QString colour; // "#rrggbb" shown beside the profile name (production in red…); may be empty
    // Plain http:// to a host other than loopback is refused unless this is set (the window then
    // warns); passwords and tokens would travel in clear.
    bool allowInsecureHttp = false;
    // The regions this profile brings to the All regions inventory; empty: every project of the
    // account that IAM lists (GET /v3/auth/projects). The profile's own region need not be in it.
    QStringList inventoryRegions;

    // The IMS extension APIs (/v1|v2/cloudimages, jobs) exist; a plain OpenStack has only Glance.
    bool hasImsExtension() const { return cloud != CloudKind::OpenStack; }
    // Cross-region replication exists on Huawei Cloud and G42 only (SPEC §9).
    bool hasCrossRegionCopy() const {
        return cloud == CloudKind::HuaweiCloud || cloud == CloudKind::G42 ||
               cloud == CloudKind::Sandbox;
    }
};

// The secrets that go with a profile; never written to settings or logs.
struct Credentials final {
    QString password;
    QString secretKey;
    QString securityToken; // temporary AK/SK
};

struct RegionPreset final {
    CloudKind cloud;
    QString region;
    QUrl identityUrl;
    QUrl imageUrl;
};

// SPEC §1.2: every region with an IMS endpoint.
const QList<RegionPreset> &regionPresets();
QList<RegionPreset> regionPresets(CloudKind cloud);
// A profile pre-filled from a preset; nullopt for an unknown cloud/region pair.
std::optional<Profile> presetProfile(CloudKind cloud, const QString &region);

// The name of the profile an OS_* environment describes, in imsdesk and imsctl alike: jobs are
// kept per profile name, so both list and follow the same jobs.
inline constexpr char kEnvironmentProfileName[] = "environment";

// The one rule for a profile's name, whatever enters it (the dialog, imsctl, clouds.yaml): not
// empty, at most kMaxProfileNameLength characters, no space at either end, and only letters,
// digits, spaces and "-_.()@+". The name is also the profile's key in the settings file, the
// keychain ("<name>/password") and the job file: with no '/' or '%' in it, two names never map
// to one key. Returns why `name` is refused, for the user; empty when it is acceptable.
// Uniqueness (case-insensitive) is ProfileStore::nameProblem's part.
inline constexpr int kMaxProfileNameLength = 64;
QString profileNameProblem(const QString &name);
// Names compared the way uniqueness is decided: "Prod" and "prod" are one name.
bool sameProfileName(const QString &a, const QString &b);
// The name the OS_* environment profile goes by; no stored profile may take it (case-
// insensitively), or the two would share jobs.
bool isReservedProfileName(const QString &name);

// A URL the user entered must not carry credentials (https://user:password@host): they would be
// stored in the settings file and sent where no password belongs. Returns the refusal, naming
// `what` (e.g. "The identity URL") but never the URL itself, which holds the password; empty when
// the URL has no user info.
QString userInfoProblem(const QUrl &url, const QString &what);

// OpenStack's environment conventions (OS_AUTH_URL, OS_USERNAME, …). Returns nullopt with
// `why` set when the environment does not describe a usable connection. The profile is named
// kEnvironmentProfileName.
std::optional<Profile> profileFromEnvironment(const QProcessEnvironment &env,
                                              Credentials *credentials, QString *why);

} // namespace ims
