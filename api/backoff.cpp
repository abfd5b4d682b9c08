#include "backoff.h"
#include "clock.h"

#include <QLocale>

#include <algorithm>
#include <random>

namespace ims {

RandomSource systemRandom() {
    return [] {
        thread_local std::mt19937_64 engine{std::random_device{}()};
        return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
    };
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // RFC 9110 IMF-fixdate, and the obsolete RFC 850 and asctime forms. The day name is dropped
    // before parsing: Qt rejects a name that does not match the date, and RFC 850's two-digit
    // year parses as 19yy, where any day name is wrong.
    QString text = QString::fromLatin1(trimmed);
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    else if (text.size() > 4 && text.at(3) == QLatin1Char(' '))
        text = text.mid(4).trimmed(); // asctime: "Sun Nov 22 12:00:10 2026"
    text.replace(QLatin1String("  "), QLatin1String(" "));
    static const char *const formats[] = {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'",
                                          "MMM d HH:mm:ss yyyy"};
    for (const char *format : formats) {
        QDateTime when = QLocale::c().toDateTime(text, QLatin1String(format));
        if (!when.isValid())
            continue;
        when.setTimeSpec(Qt::UTC);
        if (when.date().year() < 1970)
            when = when.addYears(100);
        return std::max<qint64>(0, now.msecsTo(when));
    }
    return std::nullopt;
}

qint64 backoffDelayMs(const RetryPolicy &policy, int retry, double random01,
                      std::optional<qint64> retryAfterMs) {
    const int shift = std::clamp(retry, 0, 30);
    const qint64 ceiling = std::min<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << shift);
    const double r = std::clamp(random01, 0.0, 1.0);
    qint64 delay = qint64(r * double(ceiling));
    if (retryAfterMs)
        delay = std::max(delay, *retryAfterMs);
    return delay;
}

} // namespace ims
