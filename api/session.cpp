#include "session.h"
#include "aksksigner.h"
#include "authrequests.h"
#include "codec.h"
#include "logging.h"
#include "send.h"
#include "transportpolicy.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

namespace ims {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    const int defA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defA) == b.port(defB);
}

} // namespace

Session::Session(Profile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_network(new QNetworkAccessManager(this))
    , m_clock(&SystemClock::instance())
    , m_random(systemRandom())
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    // "…/v3" as OpenStack writes OS_AUTH_URL: requests add the version themselves.
    QString identityPath = m_profile.identityUrl.path();
    while (identityPath.endsWith(QLatin1Char('/')))
        identityPath.chop(1);
    if (identityPath.endsWith(QLatin1String("/v3"))) {
        identityPath.chop(3);
        m_profile.identityUrl.setPath(identityPath);
    }
    registerSecret(m_credentials.password);
    registerSecret(m_credentials.secretKey);
    registerSecret(m_credentials.securityToken);
    m_imageEndpoint = m_profile.imageUrl;
    m_ecsEndpoint = m_profile.ecsUrl;
    m_imsExtension = m_profile.hasImsExtension();
    m_projectId = m_profile.projectId;
    // TLS verification stays on; a profile may add the CA of a private cloud.
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_profile.caBundle.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_profile.caBundle);
        if (cas.isEmpty())
            m_problem = QStringLiteral("the CA bundle %1 holds no readable certificate")
                            .arg(m_profile.caBundle);
        else
            m_ssl.addCaCertificates(cas);
    }
}

Session::~Session() = default;

std::unique_ptr<Session> Session::twin() {
    auto twin = std::make_unique<Session>(m_profile, m_credentials);
    twin->m_clock = m_clock;
    twin->m_retry = m_retry;
    twin->m_timeoutMs = m_timeoutMs;
    twin->m_deadlineMs = m_deadlineMs;
    twin->m_ssl = m_ssl;
    twin->m_problem = m_problem;
    twin->m_token = m_token;
    twin->m_renewAt = m_renewAt;
    twin->m_refusal = m_refusal;
    twin->m_projectId = m_projectId;
    twin->m_imageEndpoint = m_imageEndpoint;
    twin->m_ecsEndpoint = m_ecsEndpoint;
    twin->m_imsExtension = m_imsExtension;
    twin->m_jobProgressApi = m_jobProgressApi;
    emit twinned(twin.get());
    return twin;
}

void Session::schedule(int ms, QObject *context, std::function<void()> callback) const {
    if (m_scheduler) {
        QPointer<QObject> guard(context);
        m_scheduler(ms, [guard, callback = std::move(callback)] {
            if (guard)
                callback();
        });
        return;
    }
    QTimer::singleShot(ms, context, std::move(callback));
}

QString Session::projectId() const {
    if (m_token)
        return m_token->projectId;
    return m_projectId;
}

QUrl Session::endpoint(Service service) const {
    switch (service) {
    case Service::Identity:
        return m_profile.identityUrl;
    case Service::Image:
        return m_imageEndpoint;
    case Service::Ecs:
        return m_ecsEndpoint;
    }
    return {};
}

qint64 Session::renewAheadMs(qint64 lifetimeMs) {
    return std::clamp<qint64>(lifetimeMs / 10, 0, kMaxRenewAheadMs);
}

bool Session::isReady() const {
    if (m_refusal)
        return false;
    if (usesToken())
        return m_token && m_clock->now() < m_renewAt;
    return !m_projectId.isEmpty();
}

void Session::ensureReady(QObject *context, std::function<void(std::optional<ApiError>)> ready) {
    if (m_refusal) {
        // Refused credentials stay refused: no request may turn into another failed login.
        QTimer::singleShot(0, context,
                           [ready = std::move(ready), error = *m_refusal] { ready(error); });
        return;
    }
    if (isReady()) {
        // Asynchronously, so that callers never see their callback run inside their own call.
        QTimer::singleShot(0, context, [ready = std::move(ready)] { ready(std::nullopt); });
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(ready)});
    if (m_fetching)
        return;
    m_fetching = true;
    if (usesToken())
        fetchToken();
    else
        fetchProjectId();
}

void Session::fetchToken() {
    if (m_profile.identityUrl.isEmpty()) {
        settle(ApiError::network(QStringLiteral("the profile has no identity (IAM) URL")));
        return;
    }
    qCInfo(lcAuth).noquote() << "requesting a token for" << m_profile.userName << "at"
                             << m_profile.identityUrl.toString();
    send(new TokenRequest(this, m_profile, m_credentials.password), this,
         [this](const Result<Token> &result) {
             if (!result) {
                 qCWarning(lcAuth).noquote() << "login failed:" << describe(result.error());
                 const ApiError &error = result.error();
                 if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
                     refuseCredentials(error);
                 settle(error);
                 return;
             }
             acceptToken(result.value());
             loginSucceeded();
         });
}

void Session::acceptToken(const Token &token) {
    registerSecret(token.value);
    m_token = token;
    // The token's life by the server's own clock, counted from when it arrived here: a client
    // clock hours off the server's neither renews at every request nor uses an expired token.
    const QDateTime received = m_clock->now();
    const qint64 lifetimeMs = token.issuedAt.isValid() ? token.issuedAt.msecsTo(token.expiresAt)
                                                       : received.msecsTo(token.expiresAt);
    m_renewAt = received.addMSecs(lifetimeMs - renewAheadMs(lifetimeMs));
    // OS_IMAGE_ENDPOINT / OS_ECS_ENDPOINT and profile URLs win over the catalog.
    if (m_profile.imageUrl.isEmpty()) {
        const QString url = codec::findEndpoint(
            token.catalog, {QStringLiteral("image"), QStringLiteral("ims")}, m_profile.region);
        m_imageEndpoint = QUrl(url);
    }
    if (m_profile.ecsUrl.isEmpty()) {
        const QString url =
            codec::findEndpoint(token.catalog, {QStringLiteral("ecs")}, m_profile.region);
        m_ecsEndpoint = QUrl(url);
        // ECS catalog entries may carry the API path ("…/v1/{project_id}"): keep the root.
        const QString path = m_ecsEndpoint.path();
        const qsizetype version = path.indexOf(QLatin1String("/v1"));
        if (version >= 0)
            m_ecsEndpoint.setPath(path.left(version));
    }
    qCInfo(lcAuth).noquote() << "token for project" << token.projectId << "valid until"
                             << token.expiresAt.toString(Qt::ISODate) << "(renewed after"
                             << received.msecsTo(m_renewAt) / 1000 << "s) image endpoint"
                             << m_imageEndpoint.toString();
}

void Session::loginSucceeded() {
    emit authenticated();
    if (std::exchange(m_restoring, false))
        emit loginRestored();
    settle(std::nullopt);
}

void Session::fetchProjectId() {
    if (m_profile.identityUrl.isEmpty()) {
        settle(
            ApiError::network(QStringLiteral("AK/SK signing needs the project id or an IAM URL")));
        return;
    }
    const QString name = m_profile.projectName.isEmpty() ? m_profile.region : m_profile.projectName;
    // The lookup itself is signed; it runs before the project id is known.
    m_projectId = QString();
    send(new ProjectLookupRequest(this, name), this, [this](const Result<QString> &result) {
        if (!result) {
            const ApiError &error = result.error();
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
                refuseCredentials(error);
            settle(error);
            return;
        }
        m_projectId = result.value();
        loginSucceeded();
    });
}

void Session::settle(std::optional<ApiError> error) {
    m_fetching = false;
    if (error)
        error->duringLogin = true;
    if (error)
        emit authenticationFailed(*error);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, ready] : waiting)
        if (context)
            ready(error);
}

void Session::invalidateToken(const QByteArray &rejectedToken) {
    if (m_token && m_token->value == rejectedToken)
        m_token.reset();
}

QString Session::transportProblem() const {
    for (const QUrl &url : {m_profile.identityUrl, m_profile.imageUrl, m_profile.ecsUrl}) {
        if (const QString why = transportProblem(url); !why.isEmpty())
            return why;
    }
    return {};
}

QString Session::transportProblem(const QUrl &url) const {
    return insecureTransportReason(url, m_profile.allowInsecureHttp);
}

void Session::refuseCredentials(const ApiError &error) {
    if (m_refusal)
        return;
    qCWarning(lcAuth).noquote()
        << QStringLiteral("the cloud refused the credentials of profile %1; no automatic login "
                          "until new credentials are given")
               .arg(m_profile.name);
    m_refusal = error;
    m_refusal->duringLogin = true;
    m_token.reset();
    m_restoring = false;
    emit loginRefused(error);
}

void Session::relogin(const Credentials &credentials) {
    registerSecret(credentials.password);
    registerSecret(credentials.secretKey);
    registerSecret(credentials.securityToken);
    m_credentials = credentials;
    m_restoring = m_restoring || m_refusal.has_value();
    m_refusal.reset();
    m_token.reset();
    if (m_profile.auth == AuthMode::AkSk && !m_profile.projectId.isEmpty()) {
        // AK/SK signs each request itself: nothing to fetch, the next request tells.
        if (std::exchange(m_restoring, false))
            emit loginRestored();
        return;
    }
    if (m_fetching)
        return; // the login under way reports to everyone waiting
    m_fetching = true;
    if (usesToken())
        fetchToken();
    else
        fetchProjectId();
}

bool Session::isTrustedOrigin(const QUrl &url) const {
    return sameOrigin(url, m_profile.identityUrl) || sameOrigin(url, m_imageEndpoint) ||
           sameOrigin(url, m_ecsEndpoint);
}

void Session::authorize(QNetworkRequest &request, const QByteArray &method,
                        const QByteArray &payloadHash) const {
    if (usesToken()) {
        if (m_token)
            request.setRawHeader("X-Auth-Token", m_token->value);
        return;
    }
    const QUrl url = request.url();
    HeaderList signedHeaders;
    const QByteArray contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!contentType.isEmpty())
        signedHeaders.append({QByteArrayLiteral("Content-Type"), contentType});
    signedHeaders.append({QByteArrayLiteral("Host"), aksk::hostHeader(url)});
    signedHeaders.append({QByteArrayLiteral("X-Sdk-Date"), aksk::sdkDate(m_clock->now())});
    if (!m_projectId.isEmpty())
        signedHeaders.append({QByteArrayLiteral("X-Project-Id"), m_projectId.toLatin1()});
    if (!m_credentials.securityToken.isEmpty())
        signedHeaders.append(
            {QByteArrayLiteral("X-Security-Token"), m_credentials.securityToken.toUtf8()});
    if (payloadHash == aksk::kUnsignedPayload)
        signedHeaders.append(
            {QByteArrayLiteral("X-Sdk-Content-Sha256"), QByteArray(aksk::kUnsignedPayload)});
    const AkSkSignature signature =
        aksk::sign(method, url, signedHeaders, payloadHash, m_profile.accessKey.toUtf8(),
                   m_credentials.secretKey.toUtf8());
    for (const auto &[name, value] : signedHeaders)
        if (name != "Host" && name != "Content-Type")
            request.setRawHeader(name, value);
    request.setRawHeader("Authorization", signature.authorization);
}

} // namespace ims
