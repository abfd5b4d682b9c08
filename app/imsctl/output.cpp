#include "output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace imsctl {

QString csvField(const QString &value) {
    // Quote when needed; a leading = + - @ would be a formula in a spreadsheet.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString humanSize(qint64 bytes) {
    if (bytes < 0)
        return QStringLiteral("-");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void print(QTextStream &out, const Listing &listing, Format format) {
    switch (format) {
    case Format::Json: {
        QJsonArray array = listing.objects;
        if (array.isEmpty()) {
            for (const QStringList &row : listing.rows) {
                QJsonObject o;
                for (int i = 0; i < listing.headers.size() && i < row.size(); ++i)
                    o.insert(listing.headers.at(i), row.at(i));
                array.append(o);
            }
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const QString &h : listing.headers)
            header.append(csvField(h));
        out << header.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList &row : listing.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells.append(csvField(cell));
            out << cells.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<int> widths;
        for (const QString &h : listing.headers)
            widths.append(int(h.size()));
        for (const QStringList &row : listing.rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(std::min<qsizetype>(row.at(i).size(), 60)));
        const auto line = [&](const QStringList &cells) {
            QString text;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                QString cell = cells.at(i);
                cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
                if (cell.size() > 60)
                    cell = cell.left(59) + QChar(0x2026);
                text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
            }
            out << text << '\n';
        };
        QStringList upper;
        for (const QString &h : listing.headers)
            upper.append(h.toUpper());
        line(upper);
        for (const QStringList &row : listing.rows)
            line(row);
        break;
    }
    }
    out.flush();
}

} // namespace imsctl
