// imsctl profiles: list, add (the secret read from stdin into the keychain), remove, default.
#include "commands.h"

#include "profilestore.h"
#include "secretstore.h"

#include <QEventLoop>
#include <cstdio>

namespace imsctl {

using namespace ims;

namespace {

int list(Context &ctx, const Options &options) {
    Listing l;
    if (options.presets) {
        l.headers = {QStringLiteral("cloud"), QStringLiteral("region"),
                     QStringLiteral("identity_url"), QStringLiteral("image_url")};
        for (const RegionPreset &p : regionPresets())
            l.rows.append(
                {cloudKindKey(p.cloud), p.region, p.identityUrl.toString(), p.imageUrl.toString()});
    } else {
        ProfileStore store;
        const QString fallback = store.defaultProfile();
        l.headers = {QStringLiteral("name"), QStringLiteral("cloud"), QStringLiteral("region"),
                     QStringLiteral("auth"), QStringLiteral("user"),  QStringLiteral("default")};
        for (const QString &name : store.names()) {
            const auto p = store.load(name);
            if (!p)
                continue;
            const bool aksk = p->auth == AuthMode::AkSk;
            l.rows.append({p->name, cloudKindKey(p->cloud), p->region,
                           aksk ? QStringLiteral("aksk") : QStringLiteral("password"),
                           aksk ? p->accessKey : p->userName,
                           name == fallback ? QStringLiteral("yes") : QString()});
        }
    }
    print(ctx.out, l, ctx.format);
    return Ok;
}

// Keeps the secret out of argv and the shell history: one line on stdin.
QString readSecretLine() {
    QTextStream in(stdin);
    return in.readLine();
}

int add(Context &ctx, const QString &name, const Options &o) {
    const auto kind = cloudKindFromKey(o.cloud);
    if (!kind)
        return ctx.usage(QStringLiteral("--cloud takes huawei, otc, g42, openstack or sandbox"));
    Profile p;
    if (const auto preset = presetProfile(*kind, o.region))
        p = *preset;
    p.name = name;
    p.cloud = *kind;
    p.region = o.region;
    if (!o.identityUrl.isEmpty())
        p.identityUrl = QUrl(o.identityUrl);
    if (!o.imageUrl.isEmpty())
        p.imageUrl = QUrl(o.imageUrl);
    if (p.identityUrl.isEmpty() && p.imageUrl.isEmpty())
        return ctx.usage(
            QStringLiteral("no preset for this cloud and region: give --identity-url"));
    p.userName = o.user;
    p.domainName =
        o.domain.isEmpty() && *kind == CloudKind::OpenStack ? QStringLiteral("Default") : o.domain;
    if (!o.project.isEmpty()) {
        const bool isId =
            o.project.size() == 32 && std::all_of(o.project.begin(), o.project.end(), [](QChar c) {
                return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
            });
        (isId ? p.projectId : p.projectName) = o.project;
    }
    p.accessKey = o.accessKey;
    p.auth = o.accessKey.isEmpty() ? AuthMode::Password : AuthMode::AkSk;
    if (p.auth == AuthMode::Password && p.userName.isEmpty())
        return ctx.usage(QStringLiteral("profiles add needs --user (or --access-key)"));

    ctx.err << (p.auth == AuthMode::AkSk ? "secret key" : "password") << " (one line on stdin): ";
    ctx.err.flush();
    const QString secret = readSecretLine();
    if (secret.isEmpty())
        return ctx.usage(QStringLiteral("no secret given on stdin"));
    KeychainSecretStore secrets(QStringLiteral("imsdesk"));
    bool persisted = false;
    QObject::connect(&secrets, &SecretStore::unavailable, &secrets,
                     [&ctx](const QString &reason) { ctx.err << "\nimsctl: " << reason << '\n'; });
    QEventLoop loop;
    const QString key = SecretStore::keyFor(
        name, p.auth == AuthMode::AkSk ? QStringLiteral("secret_key") : QStringLiteral("password"));
    secrets.write(key, secret, [&](bool ok) {
        persisted = ok;
        loop.quit();
    });
    loop.exec();
    ctx.err << '\n';
    if (!persisted) {
        // An imsctl run ends with its memory: without the keychain the profile is useless.
        ctx.err << "imsctl: the profile was not saved because the keychain is unavailable\n";
        return Config;
    }
    ProfileStore store;
    store.save(p);
    if (store.defaultProfile().isEmpty())
        store.setDefaultProfile(name);
    ctx.out << name << '\n';
    return Ok;
}

} // namespace

int profiles(Context &ctx, const QStringList &args, const Options &options) {
    const QString action = args.value(1);
    if (action.isEmpty())
        return list(ctx, options);
    const QString name = args.value(2);
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("profiles %1 needs a profile name").arg(action));
    ProfileStore store;
    if (action == QLatin1String("add"))
        return add(ctx, name, options);
    if (!store.load(name)) {
        ctx.err << "imsctl: there is no profile named '" << name << "'\n";
        return Config;
    }
    if (action == QLatin1String("default")) {
        store.setDefaultProfile(name);
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const Profile p = *store.load(name);
        KeychainSecretStore secrets(QStringLiteral("imsdesk"));
        QEventLoop loop;
        int pending = 3;
        for (const char *kind : {"password", "secret_key", "security_token"})
            secrets.remove(SecretStore::keyFor(name, QLatin1String(kind)), [&](bool) {
                if (--pending == 0)
                    loop.quit();
            });
        loop.exec();
        store.remove(name);
        return Ok;
    }
    return ctx.usage(QStringLiteral("unknown profiles action '%1'").arg(action));
}

} // namespace imsctl
