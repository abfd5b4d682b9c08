#pragma once
// Measures the longest gap between ticks of a 1 ms timer on the thread that runs it: how long
// that thread's event loop (the GUI thread's, in the window benchmarks) was busy at once.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class BlockMeter final : public QObject {
public:
    BlockMeter() {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstEnd = now;
            }
            m_last = now;
        });
    }
    void start() {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return double(m_worst) / 1e6; }
    double worstEndMs() const { return double(m_worstEnd) / 1e6; } // when it ended, since start()

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_worstEnd = 0;
};
