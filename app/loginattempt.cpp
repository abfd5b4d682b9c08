#include "loginattempt.h"
#include "authrequests.h"
#include "inforequests.h"
#include "session.h"

namespace ims {

namespace {

// A login is interactive: a person waits for its answer, so it gives up much sooner than the
// transfers of a connected session.
constexpr int kLoginTimeoutMs = 20'000;
const RetryPolicy kLoginRetries{2, 300, 1'000, 1'500};

bool mentionsTls(const QString &message) {
    for (const char *word : {"SSL", "TLS", "certificate", "CA bundle", "handshake"})
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

QString hostOf(const Profile &profile) {
    const QUrl url = profile.identityUrl;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString project(const Profile &p) {
    if (!p.projectId.isEmpty())
        return p.projectId;
    return p.projectName.isEmpty() ? p.region : p.projectName;
}

QString serverDetail(const ApiError &error) {
    QStringList parts;
    if (error.httpStatus)
        parts << QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (!error.code.isEmpty() && error.code != QString::number(error.httpStatus))
        parts << error.code;
    if (!error.message.isEmpty())
        parts << error.message;
    if (!error.requestId.isEmpty())
        parts << QStringLiteral("request %1").arg(error.requestId);
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

LoginProblem classifyLoginError(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
        return mentionsTls(error.message) ? LoginProblem::Tls : LoginProblem::Unreachable;
    case ApiError::Kind::Timeout:
        return LoginProblem::Timeout;
    case ApiError::Kind::Decode:
        // ProjectLookupRequest: the signed lookup worked but found no such project.
        return error.message.contains(QLatin1String("no project")) ? LoginProblem::UnknownProject
                                                                   : LoginProblem::Other;
    case ApiError::Kind::Http:
        return error.httpStatus == 401 ? LoginProblem::WrongCredentials : LoginProblem::Other;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::Refused:
        break;
    }
    return LoginProblem::Other;
}

QString loginFailureText(LoginProblem problem, const ApiError &error, const Profile &p) {
    const bool aksk = p.auth == AuthMode::AkSk;
    switch (problem) {
    case LoginProblem::WrongCredentials:
        return (aksk ? QObject::tr("The cloud did not accept the access key %1 with this "
                                   "secret key for project %2. Check both keys (and that they "
                                   "are not expired) and the project ID.")
                           .arg(p.accessKey, project(p))
                     : QObject::tr("Wrong user name or password: %1 (domain %2) was not "
                                   "accepted. Check the password, the user and the domain.")
                           .arg(p.userName,
                                p.domainName.isEmpty() ? QStringLiteral("—") : p.domainName)) +
               serverDetail(error);
    case LoginProblem::UnknownProject:
        return QObject::tr("The credentials are right, but the project %1 does not exist or %2 "
                           "is not a member of it. Check the project name or ID.")
                   .arg(project(p), aksk ? p.accessKey : p.userName) +
               serverDetail(error);
    case LoginProblem::Unreachable:
        return QObject::tr("Cannot reach %1: %2. Check the identity URL, the network and any "
                           "proxy.")
            .arg(hostOf(p), error.message);
    case LoginProblem::Tls:
        return QObject::tr("The secure (TLS) connection to %1 failed: %2. If this cloud uses a "
                           "private certificate authority, choose its CA bundle.")
            .arg(hostOf(p), error.message);
    case LoginProblem::Timeout:
        return QObject::tr("%1 did not answer in time. Check the identity URL and the network.")
            .arg(hostOf(p));
    case LoginProblem::Other:
        break;
    }
    return QObject::tr("Login failed: %1").arg(describe(error));
}

LoginAttempt::LoginAttempt(const Profile &profile, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials) {}

LoginAttempt::~LoginAttempt() = default;

void LoginAttempt::start() {
    m_session = new Session(m_profile, m_credentials, this);
    m_session->setTimeoutMs(kLoginTimeoutMs);
    m_session->setRetryPolicy(kLoginRetries);
    if (!m_session->configurationProblem().isEmpty()) {
        fail(ApiError::network(m_session->configurationProblem()));
        return;
    }
    if (const QString why = m_session->transportProblem(); !why.isEmpty()) {
        fail(ApiError::insecureTransport(why));
        return;
    }
    if (m_profile.auth == AuthMode::AkSk && m_profile.projectId.isEmpty()) {
        // Session::fetchProjectId() signs its lookup through ensureReady(), which waits for that
        // same lookup: without a project id an AK/SK session never gets ready.
        emit failed(LoginProblem::Other,
                    tr("AK/SK signing needs the project ID: enter it (the console shows it under "
                       "My Credentials → Projects)."));
        return;
    }
    if (m_profile.auth == AuthMode::Password) {
        checkPassword();
        return;
    }
    m_session->ensureReady(this, [this](std::optional<ApiError> error) {
        if (error)
            fail(*error);
        else
            checkKeys();
    });
}

void LoginAttempt::checkPassword() {
    // Keystone and IAM answer 401 both for a wrong password and for a project the user cannot
    // scope to. An unscoped token request first tells the two apart without a second failed
    // login: a wrong password stops here, after one attempt (repeated ones lock the account).
    auto *check = new PasswordCheckRequest(m_session, m_profile, m_credentials.password, this);
    connect(
        check, &PasswordCheckRequest::finished, this, [this, check](const Result<Done> &result) {
            check->deleteLater();
            const bool accepted = result.ok();
            if (!accepted) {
                const ApiError &error = result.error();
                // Another answer (a cloud that issues no unscoped token) leaves it to the scoped
                // login.
                if (error.kind != ApiError::Kind::Http || error.httpStatus == 401) {
                    fail(error);
                    return;
                }
            }
            m_session->ensureReady(this, [this, accepted](std::optional<ApiError> error) {
                if (!error)
                    emit succeeded();
                else if (accepted && error->kind == ApiError::Kind::Http &&
                         error->httpStatus == 401)
                    emit failed(LoginProblem::UnknownProject,
                                loginFailureText(LoginProblem::UnknownProject, *error, m_profile));
                else
                    fail(*error);
            });
        });
    check->start();
}

void LoginAttempt::checkKeys() {
    // An AK/SK session is "ready" without asking the cloud; one small signed request (the image
    // quota) shows whether the keys, the project and the image endpoint work.
    auto *quota = new QuotaRequest(m_session, this);
    connect(quota, &QuotaRequest::finished, this,
            [this, quota](const Result<QList<QuotaResource>> &result) {
                quota->deleteLater();
                if (result)
                    emit succeeded();
                else
                    fail(result.error());
            });
    quota->start();
}

void LoginAttempt::fail(const ApiError &error) {
    if (error.isInsecureTransport()) { // nothing was sent: the profile's URL is the problem
        emit failed(LoginProblem::Other, describe(error));
        return;
    }
    const LoginProblem problem = classifyLoginError(error);
    emit failed(problem, loginFailureText(problem, error, m_profile));
}

} // namespace ims
