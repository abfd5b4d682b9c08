#pragma once

// The longest gap between ticks of a 1 ms timer: how long the GUI thread was busy at a stretch.
// (bench_desktop has the same meter inline; it can include this one.)
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class BlockMeter final : public QObject {
public:
    BlockMeter() {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
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

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};
