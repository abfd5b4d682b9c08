#pragma once

#include <QDateTime>

#include <functional>
#include <utility>
#include <vector>

namespace ims {

// A pause shared by the requests of one piece of work (the chains of a partitioned listing):
// a 429 with Retry-After on any of them holds every one back until the cloud's wait is over,
// instead of the others going on hammering a gateway that throttles the whole account; and a
// receiver that falls behind pauses them all (pause/resume). Times
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

    // The work's receiver is behind (what was fetched waits to be handled): nobody sends until
    // resume(), so that a fast cloud cannot fill memory with pages nobody has taken yet. The
    // sends held meanwhile go out on resume(), in the order they were held.
    void pause() { m_paused = true; }
    bool isPaused() const { return m_paused; }
    void whenResumed(std::function<void()> send) { m_held.push_back(std::move(send)); }
    void resume() {
        m_paused = false;
        for (const auto &send : std::exchange(m_held, {}))
            send();
    }

private:
    QDateTime m_until;
    int m_holds = 0;
    bool m_paused = false;
    std::vector<std::function<void()>> m_held;
};

} // namespace ims
