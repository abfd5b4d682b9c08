#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ims::settings {

// One typed settings key with its default: every key and every default is in this file.
template <typename T> struct Key final {
    const char *name;
    T fallback;

    T read(const QSettings &s) const {
        const QVariant v = s.value(QLatin1String(name));
        if (!v.isValid() || !v.canConvert<T>())
            return fallback;
        return v.value<T>();
    }
    void write(QSettings &s, const T &value) const { s.setValue(QLatin1String(name), value); }
};

// Bumped when the layout changes; older files are migrated on load.
inline constexpr int kSchemaVersion = 1;
inline const Key<int> SchemaVersion{"schema_version", 0};
inline const Key<QString> DefaultProfile{"default_profile", QString()};

// The desktop's own state (group "ui").
inline const Key<QByteArray> WindowGeometry{"ui/window_geometry", QByteArray()};
inline const Key<QByteArray> WindowState{"ui/window_state", QByteArray()};
inline const Key<QByteArray> ImageHeaderState{"ui/image_header_state", QByteArray()};
inline const Key<bool> NotifyLongJobs{"ui/notify_long_jobs", true};
// The saved profiles that join the All regions inventory besides the window's own (whichever
// that is): chosen in the region bar's Profiles menu.
inline const Key<QStringList> InventoryProfiles{"ui/inventory_profiles", QStringList()};

// The settings dialog's; each is read where it applies, and applied again when it changes.
// A job that ran longer than this is announced when it ends (NotifyLongJobs).
inline const Key<int> NotifyAfterSeconds{"ui/notify_after_seconds", 30};
// "system", "light" or "dark".
inline const Key<QString> Theme{"ui/theme", QStringLiteral("system")};
// "system" (the first of the desktop's languages imsdesk speaks), "en", "de" or "zh_CN": the
// window's language and locale, read once at start (Translations).
inline const Key<QString> Language{"ui/language", QStringLiteral("system")};
// Ask before deleting images / before quitting while uploads or jobs started here still run.
inline const Key<bool> ConfirmDelete{"ui/confirm_delete", true};
inline const Key<bool> ConfirmQuitWithRunningJobs{"ui/confirm_quit_running", true};
// The periodic refresh reads only what changed this often; a full listing (deletions show up
// there) runs every FullRefreshMinutes, and on F5.
inline const Key<int> RefreshIntervalSeconds{"listing/refresh_interval_seconds", 60};
inline const Key<int> FullRefreshMinutes{"listing/full_refresh_minutes", 15};
// Page chains a partitioned listing runs at once.
inline const Key<int> ListingConcurrency{"listing/concurrency", 8};
// "system", "none" or "manual" (host, port, user; the password is in the keychain).
inline const Key<QString> ProxyMode{"network/proxy_mode", QStringLiteral("system")};
inline const Key<QString> ProxyHost{"network/proxy_host", QString()};
inline const Key<int> ProxyPort{"network/proxy_port", 3128};
inline const Key<QString> ProxyUser{"network/proxy_user", QString()};
// "warning", "info" or "debug": what imsdesk's own log keeps (--debug overrides it).
inline const Key<QString> LogLevel{"log/level", QStringLiteral("info")};

// Inside the group "profiles/<name>".
inline const Key<QString> Cloud{"cloud", QStringLiteral("otc")};
inline const Key<QString> Region{"region", QString()};
inline const Key<QString> IdentityUrl{"identity_url", QString()};
inline const Key<QString> ImageUrl{"image_url", QString()};
inline const Key<QString> EcsUrl{"ecs_url", QString()};
inline const Key<QString> Auth{"auth", QStringLiteral("password")};
inline const Key<QString> DomainName{"domain_name", QString()};
inline const Key<QString> UserName{"user_name", QString()};
inline const Key<QString> ProjectName{"project_name", QString()};
inline const Key<QString> ProjectId{"project_id", QString()};
inline const Key<QString> AccessKey{"access_key", QString()};
inline const Key<QString> CaBundle{"ca_bundle", QString()};
inline const Key<QString> Colour{"colour", QString()};
inline const Key<bool> AllowInsecureHttp{"allow_insecure_http", false};
// The regions the All regions inventory covers, comma-separated; absent: every project of the
// account (GET /v3/auth/projects).
inline const Key<QString> InventoryRegions{"inventory_regions", QString()};

} // namespace ims::settings
