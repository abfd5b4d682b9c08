#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace imsctl {

// The progress line of `imsctl images import FILE --wait`: bytes sent of the file's size, the
// throughput over the last few seconds (not since the start, so that a stall shows at once) and
// the time left at that pace. Pure: fed the bytes sent and the time, so that it is unit-tested.
class UploadProgress final {
public:
    static constexpr qint64 kWindowMs = 5000; // the throughput is measured over this

    explicit UploadProgress(qint64 totalBytes);
    // Records that `sentBytes` were sent `elapsedMs` after the start.
    void record(qint64 sentBytes, qint64 elapsedMs);
    // Bytes per second over the window; -1 until two records span some time.
    double bytesPerSecond() const;
    // Seconds left at that pace; -1 when not known.
    qint64 secondsLeft() const;
    // "1.2 GB of 2.0 GB (60%), 85.3 MB/s, 9 s left"
    QString line() const;

private:
    qint64 m_total;
    QList<std::pair<qint64, qint64>> m_samples; // (elapsed ms, bytes sent), within the window
};

// "2 h 05 min", "3 min 20 s", "9 s"
QString durationText(qint64 seconds);

} // namespace imsctl
