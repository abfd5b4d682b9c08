#pragma once

#include "apierror.h"
#include "session.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QIODevice;
class QNetworkReply;

namespace ims {

// One API call: method, URL, body, idempotency, timeout; it owns its QNetworkReply, attaches
// authentication through the Session, retries what may be retried and decodes the answer.
// Subclasses (one per API call) only describe the call; typed bases emit exactly one
// `finished(Result<T>)`. A request deletes nothing by itself: the caller owns it.
class ApiRequest : public QObject {
    Q_OBJECT

public:
    ~ApiRequest() override;

    void start();
    // Stops the request; `finished` then carries ApiError::Kind::Cancelled (unless it already
    // finished).
    void cancel();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

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
    // Requests to IAM for a token carry no credentials of the session.
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    void addHeader(const QByteArray &name, const QByteArray &value);
    Session *session() const { return m_session; }

    // Sends one more exchange to `url` with the same method and headers (the next page).
    void sendTo(const QUrl &url);
    // Whether `status` is a success for this call (default 2xx).
    virtual bool acceptsStatus(int status) const { return status >= 200 && status < 300; }
    virtual void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) = 0;
    virtual void onFailure(const ApiError &error) = 0;
    // Called by the typed bases right before they emit `finished`.
    void markFinished();

private:
    bool resolveUrl();
    void authenticateThenSend();
    void sendAttempt();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void retryOrFail(const ApiError &error, const QByteArray &retryAfter);
    void fail(const ApiError &error);
    void armTimeout();

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
    bool m_credentialsAllowed = true; // false after a redirect to another origin
    int m_timeoutMs = 0;              // 0: the session's default

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QByteArray m_tokenUsed;
    QUrl m_redirectTarget;
    QString m_redirectRefused;
    int m_redirects = 0;
    int m_attempt = 0;
    qint64 m_delaysMs = 0;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_replayedAfter401 = false;
};

} // namespace ims
