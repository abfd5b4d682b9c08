#pragma once

#include "apierror.h"
#include "backoff.h"
#include "clock.h"
#include "profile.h"
#include "types.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ims {

class ApiRequest;

// One connection to one cloud region: the profile, its secrets, one QNetworkAccessManager, the
// token cache and the endpoints. Every request of the profile goes through it, so that
// authentication is attached in exactly one place (authorize()).
class Session final : public QObject {
    Q_OBJECT

public:
    enum class Service { Identity, Image, Ecs };

    Session(Profile profile, Credentials credentials, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    // A Session for another thread (moveToThread() it there before its first request): the
    // same profile and credentials, this one's current token, endpoints, project id, what it
    // learnt about the cloud, timeouts and retry policy, and a network manager of its own
    // (QNetworkAccessManager is bound to one thread; the application-wide proxy applies to it
    // too). It renews its own token on expiry or a 401, so nothing is shared between threads
    // afterwards: a twin never writes to this Session. The clock is shared (SystemClock is
    // thread-safe), not an injected scheduler (it may post to this thread's objects).
    // twinned() tells observers of this session's traffic (a request log) about the twin.
    std::unique_ptr<Session> twin();
    QNetworkAccessManager *network() const { return m_network; }

    // Injection points for tests; the defaults are the system clock, a real random source and
    // QTimer::singleShot.
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock; }
    double random() const { return m_random(); }
    void setRandomSource(RandomSource random) { m_random = std::move(random); }
    void schedule(int ms, QObject *context, std::function<void()> callback) const;
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Idle timeout: how long a request may stay silent.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Total deadline of one request (each page of a listing is one), however steadily the server
    // trickles; uploads have none, they are governed by their progress.
    int deadlineMs() const { return m_deadlineMs; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // A token is renewed ahead of its expiry by the smaller of 5 minutes (SPEC §11.1) and a
    // tenth of its lifetime: a 120 s token is used for 108 s, not renewed at every request.
    static constexpr qint64 kMaxRenewAheadMs = 5 * 60 * 1000;
    static qint64 renewAheadMs(qint64 lifetimeMs);
    // When the current token is renewed, on this session's clock (invalid without a token). The
    // lifetime is the token's own expires_at − issued_at counted from the local time it arrived,
    // so that a client clock hours off the server's still renews on time.
    QDateTime renewAt() const { return m_renewAt; }

    QString projectId() const;
    QUrl endpoint(Service service) const;
    // Whether the cloud answers the IMS extension APIs; learnt from the profile and from a 404.
    bool hasImsExtension() const { return m_imsExtension; }
    void markImsExtensionMissing() { m_imsExtension = false; }
    // Whether the job progress API (SPEC §5.15) exists; false once it answered 404.
    bool hasJobProgressApi() const { return m_jobProgressApi; }
    void markJobProgressApiMissing() { m_jobProgressApi = false; }

    // Calls `ready` (in `context`'s thread, never synchronously re-entrant with the caller's
    // state) once requests can be authorised: a valid token, or AK/SK with a known project id.
    void ensureReady(QObject *context, std::function<void(std::optional<ApiError>)> ready);
    bool isReady() const;
    // The token used by a request was refused with 401: forget it so that the next
    // ensureReady() fetches a new one.
    void invalidateToken(const QByteArray &rejectedToken);

    // IAM refused the credentials themselves (401: wrong password, AK/SK, a disabled user).
    // Logging in again with them cannot succeed and, on a real cloud, locks the account: from
    // then on ensureReady() fails at once with this error and IAM is not contacted again until
    // relogin(). Other IAM errors (403, 429, 5xx, network) are transient and change nothing.
    bool isLoginRefused() const { return m_refusal.has_value(); }
    std::optional<ApiError> loginRefusal() const { return m_refusal; }
    // A signed (AK/SK) request was answered 401: the keys are refused like a wrong password.
    void refuseCredentials(const ApiError &error);
    // New credentials from the user (the only way out of a refusal): forgets the refusal and the
    // token and logs in at once; loginRestored() follows a good login.
    void relogin(const Credentials &credentials);
    bool usesToken() const { return m_profile.auth == AuthMode::Password; }
    QByteArray tokenValue() const { return m_token ? m_token->value : QByteArray(); }
    std::optional<Token> token() const { return m_token; }

    // Adds the credentials for one attempt: X-Auth-Token, or the AK/SK signature headers
    // (X-Sdk-Date, X-Project-Id, X-Security-Token, Authorization) computed over `payloadHash`.
    void authorize(QNetworkRequest &request, const QByteArray &method,
                   const QByteArray &payloadHash) const;
    // Credentials only ever go to the origins (scheme, host, port) of the session's endpoints.
    bool isTrustedOrigin(const QUrl &url) const;
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    // The CA bundle named by the profile could not be read.
    QString configurationProblem() const { return m_problem; }
    // Why the profile's own URLs (identity, image, ECS) must not be used, or empty: plain http://
    // to a remote host without the profile's opt-in. Checked before anything is sent.
    QString transportProblem() const;
    // The same rule for any one URL (catalog endpoints, `next` links, redirects).
    QString transportProblem(const QUrl &url) const;

signals:
    // A twin was made, still on this thread: connect to its network manager now.
    void twinned(ims::Session *twin);
    void authenticated();
    void authenticationFailed(const ims::ApiError &error);
    // The session entered the refused state (see isLoginRefused()).
    void loginRefused(const ims::ApiError &error);
    // The first good login after relogin() ended a refusal: paused work may go on.
    void loginRestored();

private:
    void fetchToken();
    void fetchProjectId();
    void settle(std::optional<ApiError> error);
    void acceptToken(const Token &token);
    void loginSucceeded();

    Profile m_profile;
    Credentials m_credentials;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    RandomSource m_random;
    Scheduler m_scheduler;
    RetryPolicy m_retry;
    int m_timeoutMs = 60'000;
    int m_deadlineMs = 300'000;
    QSslConfiguration m_ssl;
    QString m_problem;
    std::optional<Token> m_token;
    QDateTime m_renewAt;
    std::optional<ApiError> m_refusal;
    bool m_restoring = false; // relogin() after a refusal: loginRestored() at the next success
    QString m_projectId;      // AK/SK: looked up once
    QUrl m_imageEndpoint;
    QUrl m_ecsEndpoint;
    bool m_imsExtension = true;
    bool m_jobProgressApi = true;
    bool m_fetching = false;
    QList<QPair<QPointer<QObject>, std::function<void(std::optional<ApiError>)>>> m_waiting;
};

} // namespace ims
