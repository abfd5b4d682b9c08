#pragma once

// Small helpers shared by the sandbox's files: ids, times, and the image's JSON forms.
#include "model.h"

#include <QJsonObject>
#include <QString>

#include <random>

namespace sandbox {

// Deterministic ids from a seed, so the same --seed gives the same data.
class IdSource final {
public:
    explicit IdSource(quint64 seed)
        : m_rng(seed) {}
    QString uuid();
    QString hex32();
    QString token(); // from the OS's entropy: tokens must not be guessable from the seed
    quint64 next() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

QString isoSeconds(qint64 ms); // 2024-11-06T06:21:09Z (image attributes)
QString isoMillis(qint64 ms);  // 2024-11-06T06:19:43.195Z (jobs)
QString isoMicros(qint64 ms);  // 2020-01-04T09:05:22.701000Z (IAM tokens)
// Parses "2018-10-28T10:00:00Z" or "2018-10-28 10:00:00"; -1 when it is neither.
qint64 parseTime(const QString &text);

// The image as clients see it: base fields always (null when unset), extra properties when set;
// as compact JSON text, and as an object (the same, parsed) for answers that add to it.
QByteArray imageJsonText(const Image &image);
QJsonObject imageJson(const Image &image);
QJsonObject memberJson(const QString &imageId, const QString &memberId, const Member &member);

// The image as the state file keeps it (everything, including members and the data file).
QJsonObject imageState(const Image &image);
Image imageFromState(const QJsonObject &object);

bool isUuid(const QString &text);

} // namespace sandbox
