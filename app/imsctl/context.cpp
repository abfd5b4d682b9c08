#include "context.h"

#include "networkproxy.h"
#include "profilestore.h"
#include "secretstore.h"
#include "textsafety.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <algorithm>
#include <cstdio>

namespace imsctl {

using namespace ims;

int exitFor(const ApiError &error) {
    // IAM would not log in with this profile (refused, forbidden, an unreadable token): the
    // profile is the problem. Its 5xx and network errors are the cloud's, as for any call.
    if (error.duringLogin && (error.kind == ApiError::Kind::Decode ||
                              (error.kind == ApiError::Kind::Http && error.httpStatus < 500)))
        return Config;
    switch (error.kind) {
    case ApiError::Kind::Network:
        // Refused before anything was sent: the profile is at fault, not the network.
        return error.isInsecureTransport() ? Config : Unreachable;
    case ApiError::Kind::Timeout:
        return Unreachable;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Refused:
        return Failed;
    case ApiError::Kind::Unsupported:
        return Unavailable;
    case ApiError::Kind::Http:
        return error.httpStatus == 401 ? Config : Failed;
    }
    return Failed;
}

// One for the process: every Context's err writes through it.
static QIODevice *safeStderr() {
    static TerminalSafeDevice device(stderr);
    return &device;
}

Context::Context()
    : out(stdout)
    , err(safeStderr()) {}

// Error texts quote the server and the command line: shown with their control characters
// (line breaks too) escaped, one message per line.
int Context::fail(const ApiError &error) {
    return fail(QString(), error);
}

int Context::fail(const QString &subject, const ApiError &error) {
    if (session && session->isLoginRefused())
        return refused();
    err << "imsctl: ";
    if (!subject.isEmpty())
        err << terminalText(subject) << ": ";
    err << terminalText(describe(error)) << '\n';
    err.flush();
    return exitFor(error);
}

int Context::fail(const ApiError &error, int code) {
    const int said = fail(error);
    return said == Config ? Config : code;
}

int Context::refused() {
    if (!std::exchange(m_refusalSaid, true)) {
        const Profile &p = session->profile();
        const bool aksk = p.auth == AuthMode::AkSk;
        err << "imsctl: login failed: " << terminalText(describe(*session->loginRefusal())) << '\n'
            << "imsctl: " << (aksk ? "the access key " + p.accessKey : "the user " + p.userName)
            << " was refused by " << p.identityUrl.host() << "; no further login is tried. "
            << (aksk ? "Check the secret key" : "Check the password")
            << (m_fromEnvironment
                    ? QString::fromLatin1(aksk ? " (OS_SECRET_KEY)" : " (OS_PASSWORD)")
                    : QStringLiteral(" of profile '%1' (imsdesk)").arg(p.name))
            << " and run again.\n";
        err.flush();
    }
    return Config;
}

ImageOperations *Context::operations() {
    ImageOperations *operations = connection->operations();
    operations->setFollowsJobs(false);
    return operations;
}

int Context::loginStatus() {
    return session && session->isLoginRefused() ? refused() : Ok;
}

void Context::quitOnRefusedLogin(QEventLoop &loop, int &code) {
    QObject::connect(session, &Session::loginRefused, &loop, [this, &loop, &code] {
        code = refused();
        loop.quit();
    });
}

int Context::usage(const QString &message) {
    err << "imsctl: " << terminalText(message) << "\nTry 'imsctl --help'.\n";
    err.flush();
    return Usage;
}

std::optional<QString> readSecret(SecretStore &store, const QString &key) {
    std::optional<QString> value;
    QEventLoop loop;
    store.read(key, [&](std::optional<QString> secret) {
        value = std::move(secret);
        loop.quit();
    });
    loop.exec();
    return value;
}

void Context::applySavedProxy() {
    // imsdesk's settings file (imsctl's own QSettings would be imsctl.conf), as the window has it.
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("imsdesk"), QStringLiteral("imsdesk"));
    ProxySettings proxy = ProxySettings::read(settings);
    if (proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        KeychainSecretStore secrets(QStringLiteral("imsdesk"));
        QObject::connect(&secrets, &SecretStore::unavailable, &secrets,
                         [this](const QString &reason) { err << "imsctl: " << reason << '\n'; });
        proxy.password = readSecret(secrets, ProxySettings::passwordKey()).value_or(QString());
    }
    applyProxy(proxy);
}

int Context::connect(const QString &profileName) {
    applySavedProxy();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ProfileStore store;
    QString name = profileName;
    const bool envDescribesCloud = env.contains(QStringLiteral("OS_AUTH_URL")) ||
                                   env.contains(QStringLiteral("OS_ACCESS_KEY"));
    if (name.isEmpty() && !envDescribesCloud)
        name = store.defaultProfile();

    Profile profile;
    Credentials credentials;
    if (name.isEmpty()) {
        QString why;
        const auto fromEnv = profileFromEnvironment(env, &credentials, &why);
        if (!fromEnv) {
            err << "imsctl: no profile: " << why << " or pass --profile NAME\n";
            err.flush();
            return Config;
        }
        profile = *fromEnv;
        m_fromEnvironment = true;
    } else {
        const auto stored = store.load(name);
        if (!stored) {
            err << "imsctl: there is no profile named '" << name << "' (see 'imsctl profiles')\n";
            err.flush();
            return Config;
        }
        profile = *stored;
        KeychainSecretStore secrets(QStringLiteral("imsdesk"));
        QObject::connect(&secrets, &SecretStore::unavailable, &secrets,
                         [this](const QString &reason) { err << "imsctl: " << reason << '\n'; });
        const bool aksk = profile.auth == AuthMode::AkSk;
        const QString kind = aksk ? QStringLiteral("secret_key") : QStringLiteral("password");
        const auto secret = readSecret(secrets, SecretStore::keyFor(profile.name, kind));
        if (!secret) {
            err << "imsctl: the keychain holds no " << kind << " for profile '" << name
                << "'; save it in imsdesk\n";
            err.flush();
            return Config;
        }
        (aksk ? credentials.secretKey : credentials.password) = *secret;
        if (aksk)
            credentials.securityToken =
                readSecret(secrets,
                           SecretStore::keyFor(profile.name, QStringLiteral("security_token")))
                    .value_or(QString());
    }
    connection = std::make_unique<Connection>(profile, credentials);
    this->credentials = credentials;
    session = connection->session();
    applyTimeouts(*session);
    // Said before anything is sent, and the process ends there: no password goes out in clear.
    if (const QString why = session->transportProblem(); !why.isEmpty())
        return fail(ApiError::insecureTransport(why));
    if (profile.allowInsecureHttp) {
        err << "imsctl: warning: profile '" << profile.name
            << "' allows plain HTTP; passwords and tokens to remote hosts travel unencrypted\n";
        err.flush();
    }
    return Ok;
}

void Context::applyTimeouts(Session &session) const {
    if (timeoutSeconds > 0) {
        session.setDeadlineMs(timeoutSeconds * 1000);
        session.setTimeoutMs(std::min(session.timeoutMs(), timeoutSeconds * 1000));
    }
}

} // namespace imsctl
