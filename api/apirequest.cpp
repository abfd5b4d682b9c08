#include "apirequest.h"
#include "aksksigner.h"
#include "logging.h"
#include "sendoncebody.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ims {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// Network errors after which a second try can succeed; TLS and protocol errors cannot.
bool isTransient(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

// Errors that happen before a request leaves: it surely did not reach the server.
bool surelyNotSent(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiRequest::ApiRequest(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_payloadHash(aksk::sha256Hex({})) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
    if (session)
        connect(session, &QObject::destroyed, this, &ApiRequest::onSessionDestroyed);
}

ApiRequest::~ApiRequest() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::setOperation(const QByteArray &method, Session::Service service,
                              const QString &path, const QUrlQuery &query) {
    m_method = method;
    m_service = service;
    m_path = path;
    m_query = query;
    m_relative = true;
}

bool ApiRequest::resolveUrl() {
    if (m_relative) {
        // Endpoints may come from the catalog, known only once authentication is done.
        QUrl base = m_session->endpoint(m_service);
        QString basePath = base.path();
        while (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        base.setPath(basePath + m_path);
        if (!m_query.isEmpty())
            base.setQuery(m_query);
        m_url = base;
        m_relative = false;
    }
    if (m_url.isValid() && !m_url.host().isEmpty())
        return true;
    const QString service = m_service == Session::Service::Ecs     ? QStringLiteral("ECS")
                            : m_service == Session::Service::Image ? QStringLiteral("image")
                                                                   : QStringLiteral("identity");
    fail(ApiError::network(
        QStringLiteral("this cloud offers no %1 endpoint (needed for %2)").arg(service, m_path)));
    return false;
}

void ApiRequest::setJsonBody(const QJsonDocument &body, const QByteArray &contentType) {
    setRawBody(body.toJson(QJsonDocument::Compact), contentType);
}

void ApiRequest::setRawBody(const QByteArray &body, const QByteArray &contentType) {
    m_body = body;
    m_contentType = contentType;
    m_payloadHash = aksk::sha256Hex(body);
}

void ApiRequest::setUploadDevice(QIODevice *device, qint64 size, const QByteArray &contentType) {
    m_device = device;
    m_deviceSize = size;
    m_contentType = contentType;
    // Hashing gigabytes before sending is not an option; the gateway accepts this marker.
    m_payloadHash = aksk::kUnsignedPayload;
}

void ApiRequest::addHeader(const QByteArray &name, const QByteArray &value) {
    m_headers.append({name, value});
}

void ApiRequest::start() {
    if (m_started || m_stopped) // started before, or cancelled before it started
        return;
    m_started = true;
    m_elapsed.start();
    if (!m_session) {
        fail(ApiError::sessionClosed(false));
        return;
    }
    if (!m_extensionOperation.isEmpty() && !m_session->hasImsExtension()) {
        fail(ApiError::unsupported(m_extensionOperation));
        return;
    }
    if (!m_session->configurationProblem().isEmpty()) {
        fail(ApiError::network(m_session->configurationProblem()));
        return;
    }
    // Before the login: with an https identity URL and a plain-http image override, the
    // password would still go out first.
    if (const QString why = m_session->transportProblem(); !why.isEmpty()) {
        fail(ApiError::insecureTransport(why));
        return;
    }
    armDeadline();
    authenticateThenSend();
}

void ApiRequest::authenticateThenSend() {
    if (!m_authenticated || m_partOfLogin) {
        if (resolveUrl())
            sendAttempt();
        return;
    }
    if (!m_session) {
        fail(ApiError::sessionClosed(m_attempt > 0));
        return;
    }
    m_session->ensureReady(this, [this](std::optional<ApiError> error) {
        if (m_stopped)
            return;
        if (error)
            fail(*error);
        else if (resolveUrl())
            sendAttempt();
    });
}

void ApiRequest::sendTo(const QUrl &url) {
    m_url = url;
    m_relative = false;
    m_attempt = 0;
    m_redirects = 0;
    m_replayedAfter401 = false;
    m_credentialsAllowed = true;
    m_delaysMs = 0;
    armDeadline();
    authenticateThenSend();
}

void ApiRequest::cancel() {
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports the cancellation, from inside abort()
    if (m_finished)
        return;
    if (!m_stopped)
        fail(ApiError::cancelled()); // not started, waiting for the login or for a retry
    else
        onFailure(ApiError::cancelled()); // failed, but a listing still hands out its pages
}

bool ApiRequest::settleFinished() {
    if (m_finished)
        return false;
    m_finished = true;
    m_stopped = true;
    stopExchanges();
    return true;
}

void ApiRequest::stopExchanges() {
    m_timeout.stop();
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply) {
        // A listing that ends while its next page is on the way: that page is not wanted.
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequest::fail(const ApiError &error) {
    if (m_stopped)
        return;
    m_stopped = true;
    stopExchanges();
    qCDebug(lcApi).noquote() << m_method << redact(m_url.toString())
                             << "failed:" << redact(describe(error));
    onFailure(error);
}

void ApiRequest::onSessionDestroyed() {
    // Not started: start() tells it. Its reply dies with the Session's network manager, its
    // login wait with the Session: without this the request would wait for its deadline.
    if (!m_started || m_stopped)
        return;
    const bool mayHaveReached = m_reply || m_attempt > 0;
    stopExchanges();
    // Told from the event loop, not from inside the Session's destructor, where a handler that
    // touches the session (or the object deleting it) would find it half destroyed.
    QTimer::singleShot(0, this,
                       [this, mayHaveReached] { fail(ApiError::sessionClosed(mayHaveReached)); });
}

void ApiRequest::armTimeout() {
    const int ms = m_timeoutMs > 0 ? m_timeoutMs : (m_session ? m_session->timeoutMs() : 60'000);
    m_timeout.start(ms);
}

int ApiRequest::deadlineMs() const {
    return m_deadlineMs > 0 ? m_deadlineMs : (m_session ? m_session->deadlineMs() : 300'000);
}

void ApiRequest::armDeadline() {
    m_pastDeadline = false;
    if (m_device)
        m_deadline.stop(); // an upload that keeps moving is not cut; its idle timeout guards it
    else
        m_deadline.start(deadlineMs());
}

void ApiRequest::onDeadline() {
    if (m_stopped)
        return;
    m_pastDeadline = true;
    if (m_reply)
        m_reply->abort(); // onReplyFinished reports it
    else
        fail(ApiError::deadline(deadlineMs())); // waiting for a retry or for the login
}

void ApiRequest::refuseOversized(qint64 bytes) {
    if (!m_reply || m_oversized >= 0)
        return;
    m_oversized = bytes;
    m_received.clear();
    m_reply->abort();
}

void ApiRequest::sendAttempt() {
    if (m_stopped || m_cancelled)
        return;
    if (!m_session) { // deleted while a retry waited: onSessionDestroyed() tells it
        fail(ApiError::sessionClosed(m_attempt > 0));
        return;
    }
    // Every URL, not only the profile's: catalog endpoints, `next` links and redirect targets.
    if (const QString why = m_session->transportProblem(m_url); !why.isEmpty()) {
        fail(ApiError::insecureTransport(why));
        return;
    }
    if (m_gate) {
        if (const qint64 wait = m_gate->remainingMs(m_session->clock().now()); wait > 0) {
            // Another request of the same work was told to wait: so is this one.
            m_session->schedule(int(wait), this, [this] { sendAttempt(); });
            return;
        }
        if (m_gate->isPaused()) {
            m_gate->whenResumed([request = QPointer<ApiRequest>(this)] {
                if (request)
                    request->sendAttempt();
            });
            return;
        }
    }
    // The token may have gone since the session said it was ready: another request's 401 made
    // it renew, during a wait above or before this pass of the event loop. Sent without it,
    // the cloud answers 401 with no token to replay after; so it waits for the new one.
    if (m_authenticated && !m_partOfLogin && m_session->usesToken() && !m_session->isReady()) {
        authenticateThenSend();
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_oversized = -1;
    m_redirectTarget.clear();
    m_redirectRefused.clear();
    if (m_url.toString(QUrl::FullyEncoded).contains(QLatin1String(kProjectId))) {
        const QString project = m_session->projectId();
        if (project.isEmpty()) {
            fail(ApiError::network(QStringLiteral("the project id is not known")));
            return;
        }
        m_url = QUrl(m_url.toString(QUrl::FullyEncoded)
                         .replace(QLatin1String(kProjectId),
                                  QString::fromLatin1(QUrl::toPercentEncoding(project))),
                     QUrl::StrictMode);
    }

    if (m_body.contains(kProjectId)) {
        m_body.replace(kProjectId, m_session->projectId().toUtf8());
        m_payloadHash = aksk::sha256Hex(m_body);
    }

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setSslConfiguration(m_session->sslConfiguration());
    request.setRawHeader("Accept", "application/json");
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    if (m_device)
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_deviceSize);
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    m_tokenUsed.clear();
    if (m_authenticated && m_credentialsAllowed && m_session->isTrustedOrigin(m_url)) {
        m_session->authorize(request, m_method, m_payloadHash);
        m_tokenUsed = m_session->tokenValue();
    }

    QNetworkAccessManager *network = m_session->network();
    QNetworkReply *reply = nullptr;
    if (m_device) {
        if (!m_device->isOpen() || m_device->isSequential() || !m_device->seek(0)) {
            fail(ApiError::network(QStringLiteral("the file to upload cannot be read again")));
            return;
        }
        reply = network->sendCustomRequest(request, m_method, m_device);
    } else if (m_method == "GET" && m_body.isEmpty()) {
        reply = network->get(request);
    } else if (!m_idempotent && !m_body.isEmpty()) {
        // Qt would send it again by itself if the connection closed before the answer.
        auto *body = new SendOnceBody(m_body, nullptr);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        reply = network->sendCustomRequest(request, m_method, body);
        body->setParent(reply);
    } else {
        reply = network->sendCustomRequest(request, m_method, m_body);
    }
    m_reply = reply;
    m_received.clear();
    m_receivedBytes = 0;
    // Qt would otherwise buffer whatever arrives; drained into m_received as it comes, its
    // buffer stays bounded and the network thread waits rather than racing past the cap. 8 MiB:
    // a 1 MiB buffer halved the speed of listing 100 000 images (11 s instead of 5 s).
    reply->setReadBufferSize(kReadChunkBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_oversized >= 0)
            return;
        // Pieces, not one growing array: growing would copy, and at times hold twice the size.
        m_received.append(m_reply->readAll());
        m_receivedBytes += m_received.constLast().size();
        if (m_receivedBytes > kMaxReplyBytes) // not announced (chunked, or until close)
            refuseOversized(m_receivedBytes);
    });
    qCDebug(lcApi).noquote() << "attempt" << m_attempt << m_method << redact(m_url.toString());
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QNetworkReply::redirected, this, &ApiRequest::onRedirected);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        armTimeout(); // the timeout is for silence, not for the length of a big upload
        if (total > 0)
            emit transferProgress(done, total);
        // The body is out: now only the answer is awaited, and that has a deadline.
        if (m_device && total > 0 && done == total && !m_deadline.isActive())
            m_deadline.start(deadlineMs());
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxReplyBytes)
            refuseOversized(length.toLongLong()); // announced: refused before any of it is read
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        armTimeout();
        if (m_method == "GET" && !m_device)
            emit transferProgress(done, total);
    });
    armTimeout();
}

void ApiRequest::onRedirected(const QUrl &target) {
    if (!m_reply)
        return;
    const QUrl resolved = m_url.resolved(target);
    if (++m_redirects > 5) {
        m_redirectRefused = QStringLiteral("too many redirects");
        m_reply->abort();
    } else if (m_url.scheme() == QLatin1String("https") &&
               resolved.scheme() != QLatin1String("https")) {
        m_redirectRefused =
            QStringLiteral("refused a redirect from https to %1").arg(resolved.scheme());
        m_reply->abort();
    } else if (sameOrigin(m_url, resolved)) {
        emit m_reply->redirectAllowed();
    } else {
        // Qt would copy our headers, credentials included, to the new host: follow it ourselves.
        m_redirectTarget = resolved;
        m_reply->abort();
    }
}

void ApiRequest::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    if (m_stopped)
        return;

    if (m_cancelled) {
        fail(ApiError::cancelled());
        return;
    }
    if (!m_session) { // its network manager is gone with it: the reply would not be usable
        fail(ApiError::sessionClosed(true));
        return;
    }
    if (m_oversized >= 0) {
        fail(ApiError::tooLarge(m_oversized, kMaxReplyBytes));
        return;
    }
    if (m_pastDeadline) {
        fail(ApiError::deadline(deadlineMs()));
        return;
    }
    if (!m_redirectRefused.isEmpty()) {
        fail(ApiError::network(m_redirectRefused));
        return;
    }
    if (m_redirectTarget.isValid()) {
        if (m_method != "GET" && m_method != "HEAD") {
            fail(ApiError::network(
                QStringLiteral("refused to repeat %1 at another host (%2)")
                    .arg(QString::fromLatin1(m_method), m_redirectTarget.host())));
            return;
        }
        m_url = m_redirectTarget;
        m_credentialsAllowed = m_session->isTrustedOrigin(m_url);
        --m_attempt; // a redirect is not a retry
        sendAttempt();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        m_received.append(reply->readAll());
    const QByteArray body = m_received.size() == 1 ? m_received.constFirst() : m_received.join();
    m_received.clear();
    QByteArray requestId = reply->rawHeader("X-Request-Id");
    if (requestId.isEmpty())
        requestId = reply->rawHeader("X-Openstack-Request-Id");
    qCDebug(lcApi).noquote() << m_method << redact(m_url.toString()) << "→" << status << "in"
                             << m_elapsed.elapsed() << "ms";

    if (m_timedOut) {
        ApiError error = ApiError::timeout(m_timeoutMs > 0 ? m_timeoutMs : m_session->timeoutMs());
        error.outcomeUnknown = true;
        retryOrFail(error, {});
        return;
    }
    if (status == 0) {
        ApiError error = ApiError::network(
            reply->error() == QNetworkReply::ContentReSendError
                ? QStringLiteral("the connection closed after the request was sent; it was not "
                                 "sent again")
                : reply->errorString());
        error.retriable = isTransient(reply->error());
        error.outcomeUnknown = !surelyNotSent(reply->error());
        retryOrFail(error, {});
        return;
    }
    if (acceptsStatus(status)) {
        m_deadline.stop(); // the exchange is over; decoding it is no part of the wait
        onSuccess(status, body, reply);
        return;
    }
    if (status == 401 && m_authenticated && !m_replayedAfter401 && m_session->usesToken() &&
        !m_tokenUsed.isEmpty()) {
        // The token expired or was revoked early (SPEC §3.1): renew once and replay once.
        m_replayedAfter401 = true;
        qCInfo(lcAuth) << "token refused with 401; renewing it and replaying the request once";
        m_session->invalidateToken(m_tokenUsed);
        --m_attempt;
        authenticateThenSend();
        return;
    }
    const ApiError error = ApiError::fromHttp(status, body, requestId);
    if (status == 401 && m_authenticated && m_credentialsAllowed && !m_session->usesToken() &&
        m_session->isTrustedOrigin(m_url))
        m_session->refuseCredentials(error); // signed with AK/SK: the keys were refused
    retryOrFail(error, reply->rawHeader("Retry-After"));
}

void ApiRequest::retryOrFail(const ApiError &error, const QByteArray &retryAfter) {
    const RetryPolicy &policy = m_session->retryPolicy();
    // A 500 is often one bad backend behind a balancer: worth a second try for a call that
    // may run twice (reads, deletes, a login); never for one that starts something, which may
    // have been done before it failed (those are not idempotent, below).
    const bool retriable =
        error.retriable || (error.kind == ApiError::Kind::Http && error.httpStatus == 500);
    // A POST that creates something must not run twice because its answer got lost. A 429 is
    // the exception: the gateway throttles before the service sees the request (SPEC §3.5,
    // APIG.0308), so sending it again cannot do it twice.
    const bool mayRepeat =
        m_idempotent || (error.kind == ApiError::Kind::Http && error.httpStatus == 429);
    if (!retriable || !mayRepeat || m_attempt >= policy.maxAttempts) {
        fail(error);
        return;
    }
    const auto after = parseRetryAfter(retryAfter, m_session->clock().now());
    const qint64 delay = backoffDelayMs(policy, m_attempt - 1, m_session->random(), after);
    if (m_delaysMs + delay > policy.maxTotalDelayMs) {
        fail(error);
        return;
    }
    m_delaysMs += delay;
    if (m_gate && error.kind == ApiError::Kind::Http && error.httpStatus == 429)
        m_gate->holdFor(m_session->clock().now(), delay);
    const QString reason = describe(error);
    qCInfo(lcApi).noquote() << "retrying" << m_method << redact(m_url.toString()) << "in" << delay
                            << "ms:" << redact(reason);
    emit retrying(m_attempt + 1, delay, reason);
    if (m_stopped || !m_session)
        return; // a receiver of `retrying` cancelled, or deleted the Session
    // cancel(), the deadline or the Session's end during the wait end the request then and
    // there; the timer, bound to this request, then finds it stopped.
    m_session->schedule(int(delay), this, [this] { sendAttempt(); });
}

} // namespace ims
