#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace imsctl {

enum class Format { Table, Json, Csv };

// A listing as rows of cells under headers, printed as an aligned table, CSV (RFC 4180) or, for
// JSON, as the API's own objects (`objects`, when given) or objects keyed by the headers.
struct Listing {
    QStringList headers;
    QList<QStringList> rows;
    QJsonArray objects;
};

void print(QTextStream &out, const Listing &listing, Format format);
QString csvField(const QString &value);
QString humanSize(qint64 bytes);

} // namespace imsctl
