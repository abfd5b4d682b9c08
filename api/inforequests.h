#pragma once

#include "apirequest.h"
#include "result.h"
#include "types.h"

namespace ims {

// GET /v1/{project_id}/jobs/{id} (SPEC §5.14) or the progress API GET /v1/cloudimages/job/{id}
// (SPEC §5.15), which some clouds lack: a 404 there marks it missing in the session.
class JobStatusRequest final : public ApiRequest {
    Q_OBJECT
public:
    enum class Api { Status, Progress };
    JobStatusRequest(Session *session, const QString &jobId, Api api, QObject *parent = nullptr);
    Api api() const { return m_api; }
signals:
    void finished(const ims::Result<ims::Job> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;

private:
    Api m_api;
};

// GET /v1/cloudimages/quota (SPEC §5.13).
class QuotaRequest final : public ApiRequest {
    Q_OBJECT
public:
    explicit QuotaRequest(Session *session, QObject *parent = nullptr);
signals:
    void finished(const ims::Result<QList<ims::QuotaResource>> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
};

// GET /v1/cloudimages/os_version (SPEC §5.9).
class OsVersionsRequest final : public ApiRequest {
    Q_OBJECT
public:
    explicit OsVersionsRequest(Session *session, const QStringList &tags = {},
                               QObject *parent = nullptr);
signals:
    void finished(const ims::Result<QList<ims::OsVersion>> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
};

// GET /v1/{project_id}/cloudservers/detail on the ECS endpoint.
class ListServersRequest final : public ApiRequest {
    Q_OBJECT
public:
    explicit ListServersRequest(Session *session, QObject *parent = nullptr);
signals:
    void finished(const ims::Result<QList<ims::Server>> &result);

protected:
    void onSuccess(int, const QByteArray &body, QNetworkReply *) override;
    void onFailure(const ApiError &error) override;
};

} // namespace ims
