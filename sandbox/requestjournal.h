#pragma once

// The requests the sandbox received, with the time each arrived (the system's clock, not the
// injected one: it says when, for tests that check how a client spaces its requests) and the
// fault that answered it, for GET /_sandbox/requests. Bounded: the oldest are forgotten.
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

    void record(const QString &method, const QString &target, const QString &fault) {
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.push_back({at, method, target, fault});
        if (m_entries.size() > kKept)
            m_entries.pop_front();
    }
    void clear() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_entries.clear();
    }
    // [{"at": ms, "method", "target": "/path?query", "fault": "throttle" or ""}], oldest first.
    QJsonArray list() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        QJsonArray out;
        for (const Entry &e : m_entries)
            out.append(QJsonObject{{QStringLiteral("at"), double(e.at)},
                                   {QStringLiteral("method"), e.method},
                                   {QStringLiteral("target"), e.target},
                                   {QStringLiteral("fault"), e.fault}});
        return out;
    }

private:
    struct Entry {
        qint64 at;
        QString method;
        QString target;
        QString fault;
    };
    mutable std::mutex m_mutex;
    std::deque<Entry> m_entries;
};

} // namespace sandbox
