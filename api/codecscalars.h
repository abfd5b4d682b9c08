#pragma once

// The readers behind codec::toText, toInt, toBool and toDateTime, on a value's parts instead of a
// QJsonValue: the listing decoder that does not parse with Qt (imagecodec.cpp) reads the same
// values to the same results through them.
#include <QDateTime>
#include <QString>

namespace ims::codec::scalar {

bool boolFromText(const QString &text, bool fallback);
qint64 intFromNumber(double number, qint64 fallback);
qint64 intFromText(const QString &text, qint64 fallback);
QString numberText(double number);
QString boolText(bool value);
QDateTime dateTimeFromText(const QString &text);

} // namespace ims::codec::scalar
