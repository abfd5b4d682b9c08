#pragma once
// Measures the longest gap between ticks of a 1 ms timer on the thread that runs it: how long
// that thread's event loop (the GUI thread's, in the window benchmarks) was busy at once.
//
// Also how much of each gap the thread spent running (its CPU time): on a machine with more
// runnable threads than cores (the sandbox's, the listing's, other programs'), a 5 ms repaint
// can take 100 ms of wall time waiting for a core. The longest gap is what the user feels; the
// most CPU in one gap is the part the program's own work decides.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>

class BlockMeter final : public QObject {
public:
    BlockMeter() {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstEnd = now;
                m_worstCpu = cpu - m_lastCpu;
            }
            m_worstBusy = std::max(m_worstBusy, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start() {
        m_worst = 0;
        m_worstCpu = 0;
        m_worstBusy = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return double(m_worst) / 1e6; }
    double worstEndMs() const { return double(m_worstEnd) / 1e6; } // when it ended, since start()
    double worstCpuMs() const { return double(m_worstCpu) / 1e6; } // the thread ran in that gap
    // The most CPU time the thread spent between two ticks: its longest piece of work.
    double busiestCpuMs() const { return double(m_worstBusy) / 1e6; }

private:
    static qint64 threadCpuNs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_worst = 0;
    qint64 m_worstEnd = 0;
    qint64 m_worstCpu = 0;
    qint64 m_worstBusy = 0;
};
