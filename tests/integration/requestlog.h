#pragma once

// What a client sends, counted on its side: every reply of a session's QNetworkAccessManager,
// for tests that assert how many requests an event costs (one image read, no listing).
#include "session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringList>
#include <QThread>

// Every request the session sent, as "METHOD /path?query", in the order they were answered;
// its twins' too (the listings' worker sessions), told on the session's thread.
class RequestLog final {
public:
    explicit RequestLog(ims::Session *session) {
        // Read on the thread of the reply (a twin's is deleted there), appended on this one.
        const auto watch = [this](QNetworkAccessManager *network) {
            m_watches << QObject::connect(
                network, &QNetworkAccessManager::finished, network,
                [this](QNetworkReply *reply) { record(describe(reply)); }, Qt::DirectConnection);
        };
        watch(session->network());
        m_watches << QObject::connect(session, &ims::Session::twinned, &m_here,
                                      [watch](ims::Session *twin) { watch(twin->network()); });
    }
    // The session may outlive the log (a test that drops it before a profile switch).
    ~RequestLog() {
        // Not from inside a twin's `finished` (the tests end listings before they drop a log).
        for (const QMetaObject::Connection &watch : std::as_const(m_watches))
            QObject::disconnect(watch);
    }
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
    // Listings of the Private view started (their first pages: later pages carry a marker, and
    // the ranges of a partitioned listing a created_at filter: its one request without either
    // is its probe of the newest image), by either API.
    int privateListings() const {
        int n = 0;
        for (const QString &request : m_sent) {
            const bool listing = request.startsWith(QLatin1String("GET /v2/cloudimages?")) ||
                                 request.startsWith(QLatin1String("GET /v2/images?"));
            if (listing && !request.contains(QLatin1String("marker=")) &&
                !request.contains(QLatin1String("created_at=")) &&
                !request.contains(QLatin1String("member_status")))
                ++n;
        }
        return n;
    }
    int glanceListings() const {
        return int(m_sent.filter(QRegularExpression(QStringLiteral("^GET /v2/images\\?"))).size());
    }

private:
    static QString describe(QNetworkReply *reply) {
        const QUrl url = reply->url();
        return verbOf(reply) + QLatin1Char(' ') + url.path() +
               (url.hasQuery() ? QLatin1Char('?') + url.query() : QString());
    }
    void record(const QString &request) {
        if (QThread::currentThread() == m_here.thread())
            m_sent << request;
        else // dropped with m_here when the log is gone
            QMetaObject::invokeMethod(&m_here, [this, request] { m_sent << request; });
    }
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
    QObject m_here; // this thread's context of the appends
    QList<QMetaObject::Connection> m_watches;
};
