#pragma once

#include "apirequest.h"
#include "result.h"
#include "typedrequests.h"
#include "types.h"

#include <QJsonObject>

namespace ims {

// The body of a password login (POST /v3/auth/tokens): scoped to the profile's project, or
// unscoped (which tells a wrong password from a project the user cannot scope to).
QJsonObject passwordLoginBody(const Profile &profile, const QString &password, bool scoped = true);

// POST {iam}/v3/auth/tokens with a password, scoped to the profile's project (SPEC §3.1).
class TokenRequest final : public ApiRequest {
    Q_OBJECT

public:
    TokenRequest(Session *session, const Profile &profile, const QString &password,
                 QObject *parent = nullptr);

signals:
    void finished(const ims::Result<ims::Token> &result);

protected:
    void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) override;
    void onFailure(const ApiError &error) override;
};

// POST {iam}/v3/auth/tokens with the password and no scope: whether IAM accepts the user and
// password at all (the unscoped token is dropped). The login dialog sends it before the scoped
// login, so that a wrong password costs one failed login and a 401 after it means the project.
class PasswordCheckRequest final : public DoneRequest {
    Q_OBJECT

public:
    PasswordCheckRequest(Session *session, const Profile &profile, const QString &password,
                         QObject *parent = nullptr);
};

// GET {iam}/v3/projects?name=… signed with AK/SK: the project id (SPEC §3.2).
class ProjectLookupRequest final : public ApiRequest {
    Q_OBJECT

public:
    ProjectLookupRequest(Session *session, const QString &projectName, QObject *parent = nullptr);

signals:
    void finished(const ims::Result<QString> &result);

protected:
    void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) override;
    void onFailure(const ApiError &error) override;
};

// GET {iam}/v3/auth/projects: every project the session's user may scope to, in the order IAM
// lists them (the All regions inventory discovers its regions from it). Disabled projects are
// kept (with `enabled` false); the caller decides. Entries without an id are dropped.
class ProjectListRequest final : public ApiRequest {
    Q_OBJECT

public:
    explicit ProjectListRequest(Session *session, QObject *parent = nullptr);

signals:
    void finished(const ims::Result<QList<ims::ProjectInfo>> &result);

protected:
    void onSuccess(int status, const QByteArray &body, QNetworkReply *reply) override;
    void onFailure(const ApiError &error) override;
};

} // namespace ims
