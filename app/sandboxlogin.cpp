#include "sandboxlogin.h"

#include "sandboxserver.h"

#include <QProcessEnvironment>

namespace ims {

std::optional<Profile> sandboxProfile(const sandbox::SandboxServer &server,
                                      Credentials *credentials, QString *why, bool member) {
    QProcessEnvironment env;
    for (const auto &[name, value] : server.environment())
        env.insert(name, value);
    return sandboxProfile(env, credentials, why, member);
}

std::optional<Profile> sandboxProfile(QProcessEnvironment env, Credentials *credentials,
                                      QString *why, bool member) {
    if (member) { // the sharing partner logs in with its own user and project
        for (const char *name : {"USERNAME", "PASSWORD", "PROJECT_NAME", "PROJECT_ID"}) {
            const QString key = QStringLiteral("OS_MEMBER_") + QLatin1String(name);
            env.insert(QStringLiteral("OS_") + QLatin1String(name), env.value(key));
        }
        env.remove(QStringLiteral("OS_ACCESS_KEY"));
        env.remove(QStringLiteral("OS_SECRET_KEY"));
    }
    auto profile = profileFromEnvironment(env, credentials, why);
    if (profile) {
        profile->name = member ? QStringLiteral("Sandbox partner") : QStringLiteral("Sandbox");
        profile->cloud = CloudKind::Sandbox;
    }
    return profile;
}

} // namespace ims
