#include "http.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace sandbox {

QString requestId() {
    return QStringLiteral("req-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char *reasonPhrase(int status) {
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Requested Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QString formEncode(const QList<QPair<QString, QString>> &items) {
    QStringList parts;
    for (const auto &[key, value] : items) {
        const auto encode = [](const QString &text) {
            QString out = QString::fromLatin1(QUrl::toPercentEncoding(text, " "));
            return out.replace(QLatin1Char(' '), QLatin1Char('+'));
        };
        parts.append(encode(key) + QLatin1Char('=') + encode(value));
    }
    return parts.join(QLatin1Char('&'));
}

QString Call::header(const char *name) const {
    return QString::fromStdString(req.get_header_value(name));
}

QString Call::query(const char *name) const {
    return QString::fromStdString(req.get_param_value(name));
}

bool Call::hasQuery(const char *name) const {
    return req.has_param(name);
}

QList<QPair<QString, QString>> Call::queryItems() const {
    // cpp-httplib keeps parameters in a multimap sorted by name; restore the order they were
    // sent in from the raw target, which Glance echoes in its links.
    QList<QPair<QString, QString>> items;
    const QString target = QString::fromStdString(req.target);
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    if (q < 0)
        return items;
    for (const QString &part : target.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        QString key = eq < 0 ? part : part.left(eq);
        QString value = eq < 0 ? QString() : part.mid(eq + 1);
        key.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        items.append(
            {QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
    }
    return items;
}

std::optional<std::string> Call::body() {
    if (m_bodyRead)
        return m_body;
    m_bodyRead = true;
    if (!reader) {
        m_body = req.body;
        return m_body;
    }
    std::string data;
    bool tooLarge = false;
    (*reader)([&](const char *bytes, size_t length) {
        if (data.size() + length > bodyCap) {
            tooLarge = true;
            return false;
        }
        data.append(bytes, length);
        return true;
    });
    if (tooLarge) {
        res.set_header("Connection", "close");
        familyError(413, QStringLiteral("The request body is too large."));
        return std::nullopt;
    }
    m_body = std::move(data);
    return m_body;
}

bool Call::jsonBody(QJsonValue *value) {
    const std::optional<std::string> data = body();
    if (!data)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(*data), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        switch (family) {
        case Family::Glance:
            glanceError(400, QStringLiteral("Malformed JSON in request body."));
            break;
        case Family::Iam:
            iamError(400, QStringLiteral("Malformed JSON in request body."));
            break;
        default:
            if (data->empty())
                imsError(400, QStringLiteral("IMG.0007"),
                         QStringLiteral("The request body is empty."));
            else
                imsError(400, QStringLiteral("IMG.0001"),
                         QStringLiteral("The request message format is invalid."));
        }
        return false;
    }
    *value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

// The clouds send "application/json;charset=UTF-8". It also keeps cpp-httplib from compressing:
// it compresses only a bare "application/json", and picks brotli at its highest quality when
// the client accepts "br" (Qt 6.4 does), which cost 0.5 s per 500-image page on loopback.
static constexpr char kJsonType[] = "application/json;charset=UTF-8";

void Call::json(int status, const QJsonObject &object) {
    res.status = status;
    res.set_content(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString(), kJsonType);
}

void Call::json(int status, const QJsonArray &array) {
    res.status = status;
    res.set_content(QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString(), kJsonType);
}

void Call::json(int status, const QJsonObject &object, QLatin1String key, const QByteArray &json) {
    const QByteArray rest = QJsonDocument(object).toJson(QJsonDocument::Compact); // "{…}"
    QByteArray body;
    body.reserve(json.size() + rest.size() + key.size() + 8);
    body += "{\"" + QByteArray(key.data(), key.size()) + "\":" + json;
    if (object.isEmpty()) {
        body += '}';
    } else {
        body += ',';
        body += QByteArrayView(rest).sliced(1);
    }
    res.status = status;
    res.set_content(body.constData(), size_t(body.size()), kJsonType);
}

void Call::noContent(int status) {
    res.status = status;
    res.body.clear();
}

void Call::glanceError(int status, const QString &message) {
    // Glance (webob) answers HTML unless the client asks for JSON; both keep the HTML leftovers.
    res.status = status;
    const QString title =
        QString::number(status) + QLatin1Char(' ') + QLatin1String(reasonPhrase(status));
    if (header("Accept").contains(QLatin1String("application/json"))) {
        json(
            status,
            QJsonObject{{QStringLiteral("message"), message + QStringLiteral("<br /><br />\n\n\n")},
                        {QStringLiteral("code"), title},
                        {QStringLiteral("title"), QString::fromLatin1(reasonPhrase(status))}});
        return;
    }
    const QString html =
        QStringLiteral("<html>\n <head>\n  <title>%1</title>\n </head>\n <body>\n  "
                       "<h1>%1</h1>\n  %2<br /><br />\n\n\n\n </body>\n</html>")
            .arg(title, message.toHtmlEscaped());
    res.set_content(html.toStdString(), "text/html; charset=UTF-8");
}

void Call::imsError(int status, const QString &code, const QString &message) {
    json(status,
         QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message}}}});
}

void Call::apigError(int status, const QString &code, const QString &message) {
    json(status, QJsonObject{{QStringLiteral("error_code"), code},
                             {QStringLiteral("error_msg"), message},
                             {QStringLiteral("request_id"),
                              QString::fromStdString(res.get_header_value("X-Request-Id"))}});
}

void Call::iamError(int status, const QString &message) {
    if (status == 401) // Keystone names itself on every 401
        res.set_header("WWW-Authenticate",
                       QStringLiteral("Keystone uri=\"%1/v3\"").arg(serverBase).toStdString());
    json(status, QJsonObject{{QStringLiteral("error"),
                              QJsonObject{{QStringLiteral("code"), status},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("title"),
                                           QString::fromLatin1(reasonPhrase(status))}}}});
}

void Call::familyError(int status, const QString &message) {
    switch (family) {
    case Family::Glance:
        glanceError(status, message);
        break;
    case Family::Iam:
        iamError(status, message);
        break;
    case Family::Admin:
        json(status, QJsonObject{{QStringLiteral("error"), message}});
        break;
    default: {
        const char *code = status == 401   ? "APIG.0301"
                           : status == 404 ? "APIG.0101"
                           : status == 429 ? "APIG.0308"
                                           : "APIG.0201";
        apigError(status, QString::fromLatin1(code), message);
    }
    }
}

} // namespace sandbox
