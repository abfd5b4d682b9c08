#include "uploadprogress.h"

#include "output.h"

namespace imsctl {

UploadProgress::UploadProgress(qint64 totalBytes)
    : m_total(totalBytes) {}

void UploadProgress::record(qint64 sentBytes, qint64 elapsedMs) {
    m_samples.append({elapsedMs, sentBytes});
    // Keep one sample older than the window, so that the window is always spanned.
    while (m_samples.size() > 2 && m_samples.at(1).first <= elapsedMs - kWindowMs)
        m_samples.removeFirst();
}

double UploadProgress::bytesPerSecond() const {
    if (m_samples.size() < 2)
        return -1;
    const auto &[firstMs, firstBytes] = m_samples.first();
    const auto &[lastMs, lastBytes] = m_samples.last();
    if (lastMs <= firstMs)
        return -1;
    return double(lastBytes - firstBytes) * 1000.0 / double(lastMs - firstMs);
}

qint64 UploadProgress::secondsLeft() const {
    const double rate = bytesPerSecond();
    if (rate <= 0 || m_total < 0 || m_samples.isEmpty())
        return -1;
    const qint64 left = std::max<qint64>(0, m_total - m_samples.last().second);
    return qint64(double(left) / rate + 0.5);
}

QString durationText(qint64 seconds) {
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1 s").arg(seconds);
}

QString UploadProgress::line() const {
    const qint64 sent = m_samples.isEmpty() ? 0 : m_samples.last().second;
    QString text = humanSize(sent);
    if (m_total >= 0) {
        text += QStringLiteral(" of %1").arg(humanSize(m_total));
        if (m_total > 0)
            text += QStringLiteral(" (%1%)").arg(qMin<qint64>(100, sent * 100 / m_total));
    }
    const double rate = bytesPerSecond();
    if (rate >= 0)
        text += QStringLiteral(", %1/s").arg(humanSize(qint64(rate)));
    if (const qint64 left = secondsLeft(); left >= 0 && sent < m_total)
        text += QStringLiteral(", %1 left").arg(durationText(left));
    return text;
}

} // namespace imsctl
