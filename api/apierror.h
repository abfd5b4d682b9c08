#pragma once

#include <QByteArray>
#include <QString>

namespace ims {

// An error from the network or from a server, as a value. The server's own code, message and
// request id stay visible so that an administrator can quote them to the cloud's support.
struct ApiError final {
    enum class Kind {
        Http,        // the server answered with a non-success status
        Network,     // no usable answer: refused, reset, DNS, TLS
        Timeout,     // our own per-request timeout fired
        Cancelled,   // the user cancelled
        Decode,      // a success status whose body we could not read
        Unsupported, // this cloud does not offer the operation (IMS-only on plain OpenStack)
        Refused,     // not sent: the cloud's rules forbid it (message: why, for a person)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;      // "IMG.0015", "APIG.0301", "401", "404 Not Found" …
    QString message;   // the server's message, HTML stripped
    QString requestId; // X-Request-Id / X-Openstack-Request-Id, or the body's request_id
    bool retriable = false;
    // The request may have reached the server but its answer was lost (no answer in time, the
    // connection closed after sending, an unreadable success): a POST that starts a job may
    // have started it. False when it surely never left (refused, no such host, TLS failed).
    bool outcomeUnknown = false;
    // The error came from logging in (IAM token or project lookup) before the call was sent,
    // not from the call itself: a job poll that fails so has learnt nothing about its job.
    bool duringLogin = false;

    // Decodes any error body format of SPEC §10.1: IMS {"error":{"code","message"}}, gateway/IAM
    // {"error_code","error_msg"}, Keystone {"error":{"code":401,…}}, Glance JSON and HTML pages.
    static ApiError fromHttp(int httpStatus, const QByteArray &body,
                             const QByteArray &requestId = {});
    static ApiError network(const QString &message);
    static ApiError timeout(int milliseconds);
    // The request's total deadline passed while the server was still (slowly) answering.
    static ApiError deadline(int milliseconds);
    // The reply is larger than a JSON answer may be; `bytes` announced or read so far.
    static ApiError tooLarge(qint64 bytes, qint64 limit);
    // Refused before anything was sent: plain http:// to a remote host (`reason` says which).
    static ApiError insecureTransport(const QString &reason);
    static constexpr char kInsecureTransportCode[] = "insecure_transport";
    bool isInsecureTransport() const {
        return kind == Kind::Network && code == QLatin1String(kInsecureTransportCode);
    }
    // The request's Session was deleted before it finished: the profile was switched or closed.
    // `outcomeUnknown`: an attempt may have reached the server before.
    static ApiError sessionClosed(bool outcomeUnknown);
    static constexpr char kSessionClosedCode[] = "session_closed";
    bool isSessionClosed() const {
        return kind == Kind::Network && code == QLatin1String(kSessionClosedCode);
    }
    static ApiError cancelled();
    static ApiError decode(const QString &what);
    static ApiError unsupported(const QString &operation);
    // Checked before sending (core/operationrules): `reason` is a sentence for a person.
    static ApiError refused(const QString &reason);
};

// Whether a status is worth retrying for an idempotent request.
bool isRetriableStatus(int httpStatus);

// One sentence for a person: what happened and, where it helps, what to do.
QString describe(const ApiError &error);

} // namespace ims
