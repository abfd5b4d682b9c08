#pragma once

#include "apierror.h"
#include "result.h"
#include "session.h"
#include "throttlegate.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <type_traits>

class QIODevice;
class QNetworkReply;

namespace ims {

// One API call: method, URL, body, idempotency, timeout; it owns its QNetworkReply, attaches
// authentication through the Session, retries what may be retried and decodes the answer.
// Limits: an idle timeout (silence), a total deadline from start() (a server trickling a byte
// now and then cannot keep it alive; uploads have none while they move), a cap on the reply's
// size, and plain http:// only to loopback unless the profile allows it (Session).
// Subclasses (one per API call) only describe the call and decode its answer; each declares
// one `finished(const Result<T> &)` signal and emits it only through finish(), which lets it
// out exactly once: cancel() before or after start(), a second start(), a retry that runs out,
// the deadline, the Session deleted at any point (ApiError::sessionClosed()) all end in one
// `finished`. A request deletes nothing by itself: the caller owns it. Deleted before it
// finished, it emits nothing (its signals are gone with it).
class ApiRequest : public QObject {
    Q_OBJECT

public:
    ~ApiRequest() override;

    // Once: a second call does nothing.
    void start();
    // Stops the request; `finished` then carries ApiError::Kind::Cancelled (unless it already
    // finished). Before start() too: the request then ends at once, and start() does nothing.
    void cancel();
    // Whether `finished` was emitted.
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    QByteArray method() const { return m_method; }
    // Shares 429 pauses with the other requests holding the same gate: a Retry-After on any of
    // them delays every exchange of all of them (not the ones already on the wire).
    void setThrottleGate(std::shared_ptr<ThrottleGate> gate) { m_gate = std::move(gate); }
    QUrl url() const { return m_url; }
    // A JSON answer larger than this is refused without being read whole (SPEC replies are far
    // smaller: a listing page of 1 000 images is about 2 MiB).
    static constexpr qint64 kMaxReplyBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kReadChunkBytes = 8 * 1024 * 1024;

signals:
    // A retry is scheduled after `delayMs` because of `reason`.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    // Bytes sent (uploads) or received (downloads) of the current exchange.
    void transferProgress(qint64 done, qint64 total);

protected:
    ApiRequest(Session *session, QObject *parent);

    // Stands for the project id in paths and queries; replaced once authentication told it.
    static constexpr char kProjectId[] = "__project_id__";
    void setOperation(const QByteArray &method, Session::Service service, const QString &path,
                      const QUrlQuery &query = {});
    void setJsonBody(const QJsonDocument &body,
                     const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void setRawBody(const QByteArray &body, const QByteArray &contentType);
    // Streams the body from `device` (not owned; must outlive the request and be seekable).
    void setUploadDevice(QIODevice *device, qint64 size, const QByteArray &contentType);
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    // The call belongs to the IMS extension API; on a cloud without it the request fails at
    // start() with ApiError::Kind::Unsupported naming `operation`.
    void setRequiresImsExtension(const QString &operation) { m_extensionOperation = operation; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The total deadline; 0: the session's. Uploads have none until their body is sent.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // Requests to IAM for a token carry no credentials of the session.
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    // Signed, but sent without waiting for the session to be ready: the project lookup that
    // makes an AK/SK session ready.
    void setPartOfLogin() { m_partOfLogin = true; }
    void addHeader(const QByteArray &name, const QByteArray &value);
    Session *session() const { return m_session; }

    // Sends one more exchange to `url` with the same method and headers (the next page), with a
    // deadline of its own.
    void sendTo(const QUrl &url);
    // Ends the request with `error` (no retry), e.g. a listing whose pages go round in a loop.
    void failWith(const ApiError &error) { fail(error); }
    // Whether `status` is a success for this call (default 2xx).
    virtual bool acceptsStatus(int status) const { return status >= 200 && status < 300; }
    // The exchange succeeded: decode `body` and finish() (a listing may first ask for more).
    virtual void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) = 0;
    // The request failed (no more exchanges follow): finish() with `error`, or, for a listing
    // still decoding earlier pages, once they are out. Cancelled may follow another failure
    // whose `finished` is still pending; nothing follows a finish().
    virtual void onFailure(const ApiError &error) = 0;
    // Ends the request: emits `signal` (the subclass's `finished`) with `result`, unless the
    // request already finished, in which case nothing happens. The one way `finished` goes out:
    // the state is settled (timers stopped, a reply still in flight dropped) before the signal,
    // so a receiver that cancels, restarts or deletes the request from its slot is safe.
    template <typename Self, typename T>
    void finish(void (Self::*signal)(const Result<T> &),
                const std::type_identity_t<Result<T>> &result) {
        static_assert(std::is_base_of_v<ApiRequest, Self>);
        if (settleFinished())
            emit(static_cast<Self *>(this)->*signal)(result);
    }
    // No more exchanges will be sent (it failed, or finished); `finished` may still be pending.
    bool isStopped() const { return m_stopped; }

private:
    // finish()'s once-only part: false if `finished` went out already.
    bool settleFinished();
    void stopExchanges();
    void onSessionDestroyed();
    bool resolveUrl();
    void authenticateThenSend();
    void sendAttempt();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void retryOrFail(const ApiError &error, const QByteArray &retryAfter);
    void fail(const ApiError &error);
    void armTimeout();
    void armDeadline();
    int deadlineMs() const;
    void onDeadline();
    void refuseOversized(qint64 bytes);

    QPointer<Session> m_session;
    QByteArray m_payloadHash; // of the body, for AK/SK signing
    QByteArray m_method = QByteArrayLiteral("GET");
    QUrl m_url;
    Session::Service m_service = Session::Service::Image;
    QString m_path;
    QUrlQuery m_query;
    bool m_relative = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QByteArray m_contentType;
    QIODevice *m_device = nullptr;
    qint64 m_deviceSize = -1;
    bool m_idempotent = true;
    QString m_extensionOperation;
    bool m_authenticated = true;
    bool m_partOfLogin = false;
    bool m_credentialsAllowed = true; // false after a redirect to another origin
    int m_timeoutMs = 0;              // 0: the session's default
    int m_deadlineMs = 0;             // 0: the session's default

    std::shared_ptr<ThrottleGate> m_gate;
    QPointer<QNetworkReply> m_reply;
    QByteArrayList m_received; // the answer so far, read out of the reply as it arrives
    qint64 m_receivedBytes = 0;
    QTimer m_timeout;  // idle
    QTimer m_deadline; // total
    QElapsedTimer m_elapsed;
    QByteArray m_tokenUsed;
    QUrl m_redirectTarget;
    QString m_redirectRefused;
    int m_redirects = 0;
    int m_attempt = 0;
    qint64 m_delaysMs = 0;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_pastDeadline = false;
    qint64 m_oversized = -1; // the reply's size once it was found over kMaxReplyBytes
    bool m_cancelled = false;
    bool m_stopped = false;  // failed or finished: nothing more is sent
    bool m_finished = false; // `finished` was emitted
    bool m_replayedAfter401 = false;
};

} // namespace ims
