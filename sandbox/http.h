#pragma once

// One request as the route handlers see it, and the error formats of the services the sandbox
// imitates: Keystone/IAM, Glance (webob HTML, JSON on Accept: application/json), IMS (IMG.xxxx)
// and the API gateway in front of IMS/ECS (APIG.xxxx).
#include <httplib.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

enum class Family { Iam, Glance, Ims, Ecs, Admin };

struct Call {
    Call(const httplib::Request &request, httplib::Response &response,
         const httplib::ContentReader *bodyReader)
        : req(request)
        , res(response)
        , reader(bodyReader) {}

    const httplib::Request &req;
    httplib::Response &res;
    const httplib::ContentReader *reader = nullptr;
    Family family = Family::Ims;
    QString path;       // without the region prefix
    QString region;     // the region whose endpoint was called
    QString regionBase; // absolute URL of that endpoint, e.g. http://127.0.0.1:1234/region/eu-nl
    QString serverBase; // http://127.0.0.1:port
    QStringList params; // {} segments of the matched route
    qint64 now = 0;
    QString userId;
    QString projectId;
    QString token; // as presented, for the token-expiry fault; never logged
    size_t bodyCap = 16 * 1024 * 1024;
    QString jobFailCode; // set by the job-fail fault: jobs made by this call fail
    QString jobFailReason;

    QString header(const char *name) const;
    QString query(const char *name) const;
    bool hasQuery(const char *name) const;
    QList<QPair<QString, QString>> queryItems() const;

    // The request body (read through the ContentReader when there is one). nullopt after an
    // answer was written (413 when over bodyCap).
    std::optional<std::string> body();
    // Parses the body as JSON; on failure writes the family's 400 and returns false.
    bool jsonBody(QJsonValue *value);
    // The body if something (the AK/SK check) already read it, else nullopt.
    std::optional<std::string> bodyIfRead() const { return m_bodyRead ? m_body : std::nullopt; }

    void json(int status, const QJsonObject &object);
    void json(int status, const QJsonArray &array);
    // `object` with one more member whose value is already serialised JSON (listing pages).
    void json(int status, const QJsonObject &object, QLatin1String key, const QByteArray &json);
    void noContent(int status = 204);

    void glanceError(int status, const QString &message);
    void imsError(int status, const QString &code, const QString &message);
    void apigError(int status, const QString &code, const QString &message);
    void iamError(int status, const QString &message);
    // The family's own format for the common cases (unknown route, wrong method, no auth).
    void familyError(int status, const QString &message);

private:
    std::optional<std::string> m_body;
    bool m_bodyRead = false;
};

QString requestId();
const char *reasonPhrase(int status);
// Python's urllib.parse.urlencode (quote_plus), which Glance uses for its first/next links.
QString formEncode(const QList<QPair<QString, QString>> &items);

} // namespace sandbox
