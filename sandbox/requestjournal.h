#pragma once

// The requests the sandbox received, with the time each arrived (the system's clock, not the
// injected one: it says when, for tests that check how a client spaces its requests) and the
// fault that answered it, for GET /_sandbox/requests. Bounded: the oldest are forgotten. The
// project of the request's token says which of a client's logins sent it (two profiles of one
// client, or two users, reach the same sandbox).
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <deque>
#include <mutex>

namespace sandbox {

class RequestJournal final {
public:
    static constexpr size_t kKept = 100'000;

    void record(const QString &method, const QString &target, const QString &fault,
                const QString &project) {
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_back({at, method, target, fault, project});
        if (m_entries.size() > kKept)
            m_entries.pop_front();
    }
    void clear() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.clear();
    }
    // [{"at": ms, "method", "target": "/path?query", "fault": "throttle" or "", "project": the
    // token's project id or ""}], oldest first.
    QJsonArray list() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        QJsonArray out;
        for (const Entry &e : m_entries)
            out.append(QJsonObject{{QStringLiteral("at"), double(e.at)},
                                   {QStringLiteral("method"), e.method},
                                   {QStringLiteral("target"), e.target},
                                   {QStringLiteral("fault"), e.fault},
                                   {QStringLiteral("project"), e.project}});
        return out;
    }

private:
    struct Entry {
        qint64 at;
        QString method;
        QString target;
        QString fault;
        QString project;
    };
    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
};

} // namespace sandbox
