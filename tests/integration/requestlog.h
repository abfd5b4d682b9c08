#pragma once

// What a client sends, counted on its side: every reply of a session's QNetworkAccessManager,
// for tests that assert how many requests an event costs (one image read, no listing).
#include "session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringList>

// Every request the session sent, as "METHOD /path?query", in the order they were answered.
class RequestLog final {
public:
    explicit RequestLog(ims::Session *session) {
        m_watch = QObject::connect(
            session->network(), &QNetworkAccessManager::finished, session->network(),
            [this](QNetworkReply *reply) {
                const QUrl url = reply->url();
                m_sent << verbOf(reply) + QLatin1Char(' ') + url.path() +
                              (url.hasQuery() ? QLatin1Char('?') + url.query() : QString());
            });
    }
    // The session may outlive the log (a test that drops it before a profile switch).
    ~RequestLog() { QObject::disconnect(m_watch); }
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;
    void clear() { m_sent.clear(); }
    const QStringList &sent() const { return m_sent; }
    int count(const QString &methodAndPath) const {
        int n = 0;
        for (const QString &request : m_sent) {
            if (request == methodAndPath || request.startsWith(methodAndPath + QLatin1Char('?')))
                ++n;
        }
        return n;
    }
    // Listings of the Private view started (their first pages: later pages carry a marker), by
    // either API.
    int privateListings() const {
        int n = 0;
        for (const QString &request : m_sent) {
            const bool listing = request.startsWith(QLatin1String("GET /v2/cloudimages?")) ||
                                 request.startsWith(QLatin1String("GET /v2/images?"));
            if (listing && !request.contains(QLatin1String("marker=")) &&
                !request.contains(QLatin1String("member_status")))
                ++n;
        }
        return n;
    }
    int glanceListings() const {
        return int(m_sent.filter(QRegularExpression(QStringLiteral("^GET /v2/images\\?"))).size());
    }

private:
    static QString verbOf(QNetworkReply *reply) {
        switch (reply->operation()) {
        case QNetworkAccessManager::GetOperation:
            return QStringLiteral("GET");
        case QNetworkAccessManager::PostOperation:
            return QStringLiteral("POST");
        case QNetworkAccessManager::PutOperation:
            return QStringLiteral("PUT");
        case QNetworkAccessManager::DeleteOperation:
            return QStringLiteral("DELETE");
        case QNetworkAccessManager::HeadOperation:
            return QStringLiteral("HEAD");
        default:
            return QString::fromLatin1(
                reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
        }
    }
    QStringList m_sent;
    QMetaObject::Connection m_watch;
};
