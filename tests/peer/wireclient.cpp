#include "wireclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace contract {

QByteArray WireReply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject WireReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

bool WireReply::isJsonObject() const {
    return QJsonDocument::fromJson(body).isObject();
}

QString WireReply::describe() const {
    if (status == 0)
        return QStringLiteral("no HTTP response: %1").arg(error);
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(600)));
}

WireClient::WireClient(QUrl authUrl, QUrl imageEndpoint)
    : m_authUrl(std::move(authUrl))
    , m_imageEndpoint(std::move(imageEndpoint)) {
    // The suite checks raw status codes: a 3xx must arrive as it was sent.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl WireClient::imageUrl(const QString &pathOrUrl) const {
    const QUrl given(pathOrUrl);
    if (given.isRelative())
        return QUrl(m_imageEndpoint.toString(QUrl::StripTrailingSlash) + pathOrUrl);
    return given;
}

WireReply WireClient::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                           const Headers &headers, const QByteArray &token) {
    QNetworkRequest request(imageUrl(pathOrUrl));
    request.setTransferTimeout(30000);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (!token.isEmpty())
        request.setRawHeader("X-Auth-Token", token);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    WireReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (out.status == 0)
        out.error = reply->errorString();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

WireReply WireClient::sendJson(const QByteArray &verb, const QString &path, const QJsonValue &body,
                               const QByteArray &token, const QByteArray &contentType) {
    const QByteArray raw = body.isArray()
                               ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send(verb, path, raw, {{"Content-Type", contentType}, {"Accept", "application/json"}},
                token);
}

QJsonObject WireClient::passwordAuth(const Identity &who) {
    const QJsonObject user{{"name", who.user},
                           {"password", who.password},
                           {"domain", QJsonObject{{"name", who.userDomain}}}};
    const QJsonObject project{{"name", who.project},
                              {"domain", QJsonObject{{"name", who.projectDomain}}}};
    return QJsonObject{
        {"auth", QJsonObject{{"identity", QJsonObject{{"methods", QJsonArray{"password"}},
                                                      {"password", QJsonObject{{"user", user}}}}},
                             {"scope", QJsonObject{{"project", project}}}}}};
}

Token WireClient::issueToken(const Identity &who) {
    Token token;
    const QString url = m_authUrl.toString(QUrl::StripTrailingSlash) + "/auth/tokens";
    token.reply = sendJson("POST", url, passwordAuth(who), {});
    token.value = token.reply.header("X-Subject-Token");
    token.body = token.reply.json();
    return token;
}

QStringList imageIds(const QJsonObject &listBody) {
    QStringList ids;
    const QJsonArray images = listBody.value("images").toArray();
    for (const QJsonValue &image : images)
        ids << image.toObject().value("id").toString();
    return ids;
}

} // namespace contract
