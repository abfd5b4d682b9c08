#pragma once

#include <QDateTime>

#include <functional>

namespace ims {

// Wall-clock time, injected so that tests can simulate hours of job progress and token expiry
// without waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock &instance() {
        static SystemClock clock;
        return clock;
    }
};

class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

// A source of uniformly distributed numbers in [0, 1), injected for backoff jitter.
using RandomSource = std::function<double()>;
RandomSource systemRandom();

// Runs `callback` after `ms` milliseconds; injected so that tests can run delays instantly.
using Scheduler = std::function<void(int ms, std::function<void()> callback)>;

} // namespace ims
