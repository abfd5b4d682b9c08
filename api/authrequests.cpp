#include "authrequests.h"
#include "codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

namespace ims {

QJsonObject passwordLoginBody(const Profile &profile, const QString &password, bool scoped) {
    const QJsonObject user{
        {QStringLiteral("name"), profile.userName},
        {QStringLiteral("password"), password},
        {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), profile.domainName}}}};
    QJsonObject auth{
        {QStringLiteral("identity"),
         QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}}};
    if (scoped) {
        QJsonObject project;
        if (!profile.projectId.isEmpty()) {
            project.insert(QStringLiteral("id"), profile.projectId);
        } else {
            project.insert(QStringLiteral("name"), profile.projectName);
            // Keystone looks a project name up within a domain; IAM ignores the extra member.
            project.insert(QStringLiteral("domain"),
                           QJsonObject{{QStringLiteral("name"), profile.domainName}});
        }
        auth.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}});
    }
    return {{QStringLiteral("auth"), auth}};
}

TokenRequest::TokenRequest(Session *session, const Profile &profile, const QString &password,
                           QObject *parent)
    : ApiRequest(session, parent) {
    setOperation("POST", Session::Service::Identity, QStringLiteral("/v3/auth/tokens"));
    setJsonBody(QJsonDocument(passwordLoginBody(profile, password)));
    setAuthenticated(false);
    // Issuing a token twice is harmless (SPEC §3.1: a new token does not revoke older ones).
    setIdempotent(true);
}

PasswordCheckRequest::PasswordCheckRequest(Session *session, const Profile &profile,
                                           const QString &password, QObject *parent)
    : DoneRequest(session, parent) {
    setOperation("POST", Session::Service::Identity, QStringLiteral("/v3/auth/tokens"));
    setJsonBody(QJsonDocument(passwordLoginBody(profile, password, false)));
    setAuthenticated(false);
    setIdempotent(true);
}

void TokenRequest::onSuccess(int, const QByteArray &body, QNetworkReply *reply) {
    finish(&TokenRequest::finished, codec::token(body, reply->rawHeader("X-Subject-Token")));
}

void TokenRequest::onFailure(const ApiError &error) {
    finish(&TokenRequest::finished, error);
}

ProjectLookupRequest::ProjectLookupRequest(Session *session, const QString &projectName,
                                           QObject *parent)
    : ApiRequest(session, parent) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), projectName);
    setOperation("GET", Session::Service::Identity, QStringLiteral("/v3/projects"), query);
    setPartOfLogin();
}

void ProjectLookupRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    const QJsonArray projects =
        QJsonDocument::fromJson(body).object().value(QLatin1String("projects")).toArray();
    const QString id = codec::toText(projects.first().toObject().value(QLatin1String("id")));
    if (id.isEmpty())
        finish(&ProjectLookupRequest::finished,
               ApiError::decode(QStringLiteral("no project of that name")));
    else
        finish(&ProjectLookupRequest::finished, id);
}

void ProjectLookupRequest::onFailure(const ApiError &error) {
    finish(&ProjectLookupRequest::finished, error);
}

ProjectListRequest::ProjectListRequest(Session *session, QObject *parent)
    : ApiRequest(session, parent) {
    setOperation("GET", Session::Service::Identity, QStringLiteral("/v3/auth/projects"));
}

void ProjectListRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue projects = document.object().value(QLatin1String("projects"));
    if (!document.isObject() || !projects.isArray()) {
        finish(&ProjectListRequest::finished,
               ApiError::decode(QStringLiteral("the project list has no \"projects\" array")));
        return;
    }
    QList<ProjectInfo> list;
    for (const QJsonValue &value : projects.toArray()) {
        const QJsonObject o = value.toObject();
        ProjectInfo p;
        p.id = codec::toText(o.value(QLatin1String("id")));
        p.name = codec::toText(o.value(QLatin1String("name")));
        p.domainId = codec::toText(o.value(QLatin1String("domain_id")));
        p.parentId = codec::toText(o.value(QLatin1String("parent_id")));
        const QJsonValue enabled = o.value(QLatin1String("enabled"));
        p.enabled = enabled.isUndefined() || enabled.isNull() || codec::toBool(enabled);
        if (!p.id.isEmpty())
            list.append(p);
    }
    finish(&ProjectListRequest::finished, list);
}

void ProjectListRequest::onFailure(const ApiError &error) {
    finish(&ProjectListRequest::finished, error);
}

} // namespace ims
