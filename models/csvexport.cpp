#include "csvexport.h"

#include "imagetablemodel.h"

#include <QIODevice>

namespace ims {

QString csvField(const QString &value) {
    QString field = value;
    if (!field.isEmpty() &&
        (field.front() == QLatin1Char('=') || field.front() == QLatin1Char('+') ||
         field.front() == QLatin1Char('@')))
        field.prepend(QLatin1Char('\''));
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes =
        std::any_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString writeImagesCsv(const QList<Image> &images, const QList<int> &columns, QIODevice &out) {
    const auto writeRow = [&](auto &&fieldOf) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields << csvField(fieldOf(column));
        return out.write((fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };
    bool ok = writeRow([](int column) { return ImageTableModel::columnTitle(column); });
    for (qsizetype i = 0; ok && i < images.size(); ++i)
        ok =
            writeRow([&](int column) { return ImageTableModel::exportText(images.at(i), column); });
    return ok ? QString() : out.errorString();
}

} // namespace ims
