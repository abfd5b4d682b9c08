#pragma once

#include <QDateTime>

namespace ims {

// A pause shared by the requests of one piece of work (the chains of a partitioned listing):
// a 429 with Retry-After on any of them holds every one back until the cloud's wait is over,
// instead of the others going on hammering a gateway that throttles the whole account. Times
// are on the session's clock. Used from the thread of the requests that share it (not locked).
class ThrottleGate final {
public:
    // Nobody sends before `now + ms` (a later hold extends it, an earlier one does not shorten it).
    void holdFor(const QDateTime &now, qint64 ms) {
        const QDateTime until = now.addMSecs(ms);
        if (!m_until.isValid() || until > m_until)
            m_until = until;
        ++m_holds;
    }
    // How long a request must still wait, 0 when it may go.
    qint64 remainingMs(const QDateTime &now) const {
        return m_until.isValid() ? std::max<qint64>(0, now.msecsTo(m_until)) : 0;
    }
    int holds() const { return m_holds; }

private:
    QDateTime m_until;
    int m_holds = 0;
};

} // namespace ims
