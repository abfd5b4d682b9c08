#pragma once

// A deliberately thin, synchronous HTTP client for the contract suite. It does not use api/: the
// suite checks what goes over the wire (status codes, headers, body shapes), so nothing may be
// interpreted, retried, redirected or decoded on the way.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace contract {

struct WireReply final {
    int status = 0; // 0: no HTTP response at all (see error)
    QString error;  // transport error text, empty when a response arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QJsonObject json() const;                        // {} when the body is not a JSON object
    bool isJsonObject() const;
    QString describe() const; // "403 …body…" for failure messages (never contains tokens)
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Identity of one Keystone user, as the OS_* environment names it.
struct Identity final {
    QString user;
    QString password;
    QString project;
    QString projectId;
    QString userDomain;
    QString projectDomain;
};

struct Token final {
    QByteArray value; // X-Subject-Token
    QJsonObject body; // {"token": {...}}
    WireReply reply;
};

class WireClient final {
public:
    WireClient(QUrl authUrl, QUrl imageEndpoint);

    // An absolute URL, or a path that is resolved against the image endpoint (Glance's links
    // are relative: "/v2/images?marker=…").
    WireReply send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
                   const Headers &headers = {}, const QByteArray &token = {});
    WireReply sendJson(const QByteArray &verb, const QString &path, const QJsonValue &body,
                       const QByteArray &token, const QByteArray &contentType = "application/json");

    // POST {auth}/auth/tokens with a password and a project scope by name.
    Token issueToken(const Identity &who);
    static QJsonObject passwordAuth(const Identity &who);
    QUrl authUrl() const { return m_authUrl; }
    QUrl imageUrl(const QString &pathOrUrl) const;

private:
    QNetworkAccessManager m_nam;
    QUrl m_authUrl;
    QUrl m_imageEndpoint;
};

// The ids of the images in a list response, in order.
QStringList imageIds(const QJsonObject &listBody);

} // namespace contract
