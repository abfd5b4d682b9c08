#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ims {

namespace {

QString jsonScalar(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// Glance and webob put HTML fragments in their messages ("…<br /><br />\n\n").
QString plainText(QString text) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.replace(tags, QStringLiteral(" "));
    text.replace(space, QStringLiteral(" "));
    return text.trimmed();
}

// webob's HTML error page: <title>404 Not Found</title> … <h1>404 Not Found</h1> message …
void readHtmlPage(const QString &html, ApiError &error) {
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression h1(QStringLiteral("</h1>(.*)</body>"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(html); m.hasMatch())
        error.code = m.captured(1).trimmed();
    if (const auto m = h1.match(html); m.hasMatch())
        error.message = plainText(m.captured(1));
    if (error.message.isEmpty())
        error.message = plainText(html);
}

void readJson(const QJsonObject &root, ApiError &error) {
    const QJsonValue nested = root.value(QLatin1String("error"));
    if (nested.isObject()) { // IMS (code is a string) and Keystone (code is a number)
        const QJsonObject e = nested.toObject();
        error.code = jsonScalar(e.value(QLatin1String("code")));
        error.message = jsonScalar(e.value(QLatin1String("message")));
        if (error.message.isEmpty())
            error.message = jsonScalar(e.value(QLatin1String("title")));
    } else { // API gateway and most Huawei services; Glance JSON uses code/message at the top
        error.code = jsonScalar(root.value(QLatin1String("error_code")));
        error.message = jsonScalar(root.value(QLatin1String("error_msg")));
        if (error.code.isEmpty())
            error.code = jsonScalar(root.value(QLatin1String("code")));
        if (error.message.isEmpty())
            error.message = jsonScalar(root.value(QLatin1String("message")));
        if (error.message.isEmpty() && nested.isString())
            error.message = nested.toString();
    }
    error.message = plainText(error.message);
    if (error.requestId.isEmpty())
        error.requestId = jsonScalar(root.value(QLatin1String("request_id")));
}

} // namespace

bool isRetriableStatus(int httpStatus) {
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &requestId) {
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestId);
    error.retriable = isRetriableStatus(httpStatus);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        readJson(doc.object(), error);
    } else {
        const QString text = QString::fromUtf8(body.left(64 * 1024));
        if (text.contains(QLatin1String("<html"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("<title>"), Qt::CaseInsensitive))
            readHtmlPage(text, error);
        else
            error.message = plainText(text);
    }
    if (error.code.isEmpty())
        error.code = QString::number(httpStatus);
    return error;
}

ApiError ApiError::network(const QString &message) {
    ApiError error;
    error.kind = Kind::Network;
    error.message = message;
    error.retriable = true;
    return error;
}

ApiError ApiError::timeout(int milliseconds) {
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = QStringLiteral("No answer within %1 s").arg(milliseconds / 1000.0);
    error.retriable = true;
    return error;
}

ApiError ApiError::deadline(int milliseconds) {
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = QStringLiteral("the answer was not complete within the deadline of %1 s")
                        .arg(milliseconds / 1000.0);
    // A server this slow stays slow: waiting the deadline again would double the user's wait.
    error.retriable = false;
    return error;
}

ApiError ApiError::tooLarge(qint64 bytes, qint64 limit) {
    ApiError error;
    error.kind = Kind::Decode;
    error.message = QStringLiteral("the reply is larger than %1 MiB (%2 bytes); it was not read")
                        .arg(limit / (1024 * 1024))
                        .arg(bytes);
    return error;
}

ApiError ApiError::insecureTransport(const QString &reason) {
    ApiError error;
    error.kind = Kind::Network;
    error.code = QLatin1String(kInsecureTransportCode);
    error.message = reason;
    error.retriable = false;
    return error;
}

ApiError ApiError::sessionClosed(bool outcomeUnknown) {
    ApiError error;
    error.kind = Kind::Network;
    error.code = QLatin1String(kSessionClosedCode);
    error.message = QStringLiteral("the connection to the cloud was closed (profile switched)");
    error.outcomeUnknown = outcomeUnknown;
    return error; // not retriable: there is no session left to send it with
}

ApiError ApiError::cancelled() {
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = QStringLiteral("Cancelled");
    return error;
}

ApiError ApiError::decode(const QString &what) {
    ApiError error;
    error.kind = Kind::Decode;
    error.message = what;
    return error;
}

ApiError ApiError::unsupported(const QString &operation) {
    ApiError error;
    error.kind = Kind::Unsupported;
    error.message = operation;
    return error;
}

ApiError ApiError::refused(const QString &reason) {
    ApiError error;
    error.kind = Kind::Refused;
    error.message = reason;
    return error;
}

// The sentences a user reads (the dialogs, the error banner, the jobs panel): translated, while
// the server's code and message stay as the cloud wrote them.
QString describe(const ApiError &error) {
    QString sentence;
    switch (error.kind) {
    case ApiError::Kind::Network:
        if (error.isInsecureTransport())
            return QCoreApplication::translate("ims::ApiError", "Refused to connect: %1.")
                .arg(error.message);
        if (error.isSessionClosed())
            return QCoreApplication::translate(
                "ims::ApiError", "The request was stopped: the connection to the cloud was "
                                 "closed (profile switched or closed).");
        sentence =
            QCoreApplication::translate("ims::ApiError", "The cloud could not be reached (%1).")
                .arg(error.message);
        break;
    case ApiError::Kind::Timeout:
        sentence =
            QCoreApplication::translate("ims::ApiError", "The cloud did not answer in time (%1).")
                .arg(error.message);
        break;
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ims::ApiError", "The request was cancelled.");
    case ApiError::Kind::Refused:
        return error.message;
    case ApiError::Kind::Unsupported:
        return QCoreApplication::translate(
                   "ims::ApiError",
                   "This cloud does not offer %1: it is part of the IMS extension API, "
                   "which a plain OpenStack cloud lacks.")
            .arg(error.message);
    case ApiError::Kind::Decode:
        sentence = QCoreApplication::translate("ims::ApiError",
                                               "The cloud sent an answer imsdesk cannot read (%1).")
                       .arg(error.message);
        break;
    case ApiError::Kind::Http: {
        QString what;
        if (error.code == QLatin1String("IMG.0015"))
            what = QCoreApplication::translate(
                "ims::ApiError",
                "The image quota is used up: delete images or ask for a higher quota.");
        else if (error.httpStatus == 401)
            what = QCoreApplication::translate("ims::ApiError",
                                               "The cloud did not accept the credentials.");
        else if (error.httpStatus == 403)
            what = QCoreApplication::translate("ims::ApiError", "The cloud refused the operation.");
        else if (error.httpStatus == 404)
            what = QCoreApplication::translate("ims::ApiError",
                                               "The cloud does not know this resource.");
        else if (error.httpStatus == 409)
            what = QCoreApplication::translate(
                "ims::ApiError", "The operation conflicts with the resource's current state.");
        else if (error.httpStatus == 413)
            what = QCoreApplication::translate("ims::ApiError",
                                               "The request is too large for the cloud.");
        else if (error.httpStatus == 429)
            what = QCoreApplication::translate(
                "ims::ApiError", "The cloud is throttling requests; try again shortly.");
        else if (error.httpStatus >= 500)
            what =
                QCoreApplication::translate("ims::ApiError", "The cloud had a problem (HTTP %1).")
                    .arg(error.httpStatus);
        else
            what = QCoreApplication::translate("ims::ApiError",
                                               "The cloud rejected the request (HTTP %1).")
                       .arg(error.httpStatus);
        sentence = what;
        if (!error.message.isEmpty())
            sentence += QStringLiteral(" %1: %2").arg(error.code, error.message);
        break;
    }
    }
    if (!error.requestId.isEmpty())
        sentence +=
            QCoreApplication::translate("ims::ApiError", " (request %1)").arg(error.requestId);
    return sentence;
}

} // namespace ims
