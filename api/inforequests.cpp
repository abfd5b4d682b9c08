#include "inforequests.h"
#include "codec.h"

namespace ims {

JobStatusRequest::JobStatusRequest(Session *session, const QString &jobId, Api api, QObject *parent)
    : ApiRequest(session, parent)
    , m_api(api) {
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    if (api == Api::Progress)
        setOperation("GET", Session::Service::Image, QStringLiteral("/v1/cloudimages/job/") + id);
    else
        setOperation("GET", Session::Service::Image,
                     QStringLiteral("/v1/%1/jobs/%2").arg(QLatin1String(kProjectId), id));
    setRequiresImsExtension(QStringLiteral("asynchronous jobs"));
}

void JobStatusRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&JobStatusRequest::finished, codec::jobDocument(body));
}

void JobStatusRequest::onFailure(const ApiError &error) {
    finish(&JobStatusRequest::finished, error);
}

QuotaRequest::QuotaRequest(Session *session, QObject *parent)
    : ApiRequest(session, parent) {
    setOperation("GET", Session::Service::Image, QStringLiteral("/v1/cloudimages/quota"));
    setRequiresImsExtension(QStringLiteral("the image quota"));
}

void QuotaRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&QuotaRequest::finished, codec::quota(body));
}

void QuotaRequest::onFailure(const ApiError &error) {
    finish(&QuotaRequest::finished, error);
}

OsVersionsRequest::OsVersionsRequest(Session *session, const QStringList &tags, QObject *parent)
    : ApiRequest(session, parent) {
    QUrlQuery query;
    for (const QString &tag : tags)
        query.addQueryItem(QStringLiteral("tag"), tag);
    setOperation("GET", Session::Service::Image, QStringLiteral("/v1/cloudimages/os_version"),
                 query);
    setRequiresImsExtension(QStringLiteral("the list of OS versions"));
}

void OsVersionsRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&OsVersionsRequest::finished, codec::osVersions(body));
}

void OsVersionsRequest::onFailure(const ApiError &error) {
    finish(&OsVersionsRequest::finished, error);
}

ListServersRequest::ListServersRequest(Session *session, QObject *parent)
    : ApiRequest(session, parent) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    setOperation("GET", Session::Service::Ecs,
                 QStringLiteral("/v1/%1/cloudservers/detail").arg(QLatin1String(kProjectId)),
                 query);
}

void ListServersRequest::onSuccess(int, const QByteArray &body, QNetworkReply *) {
    finish(&ListServersRequest::finished, codec::servers(body));
}

void ListServersRequest::onFailure(const ApiError &error) {
    finish(&ListServersRequest::finished, error);
}

} // namespace ims
