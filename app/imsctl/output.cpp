#include "output.h"

#include "textsafety.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace imsctl {

QString humanSize(qint64 bytes) {
    if (bytes < 0)
        return QStringLiteral("-");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

TerminalSafeDevice::TerminalSafeDevice(std::FILE *stream)
    : m_stream(stream) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size) {
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    QString safe;
    safe.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t' || !ims::isTerminalControl(u))
            safe.append(c);
        else
            safe.append(ims::terminalText(QString(c)));
    }
    const QByteArray bytes = safe.toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

QString terminalSafeJson(const QString &json) {
    // The encoder escapes C0 controls inside strings, so a raw one is layout (line breaks,
    // indentation) and stays. Outside strings JSON is ASCII, so every DEL, C1 or bidi character
    // is inside a string, where \uXXXX means the same character: the values stay exact.
    QString safe;
    safe.reserve(json.size());
    for (QChar c : json) {
        if (c.unicode() >= 0x7f && ims::isTerminalControl(c.unicode()))
            safe += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
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
        out << terminalSafeJson(QString::fromUtf8(QJsonDocument(array).toJson()));
        break;
    }
    case Format::Csv: {
        QStringList header;
        for (const QString &h : listing.headers)
            header.append(ims::csvField(h));
        out << header.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList &row : listing.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells.append(ims::csvField(cell));
            out << cells.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        // Cells come from the server: control characters (an ESC would drive the terminal) are
        // shown as escapes before the widths are measured.
        QList<QStringList> rows;
        rows.reserve(listing.rows.size());
        for (const QStringList &row : listing.rows) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QString &cell : row)
                cells.append(ims::terminalText(cell));
            rows.append(cells);
        }
        QList<int> widths;
        for (const QString &h : listing.headers)
            widths.append(int(h.size()));
        for (const QStringList &row : rows)
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(std::min<qsizetype>(row.at(i).size(), 60)));
        const auto line = [&](const QStringList &cells) {
            QString text;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
                QString cell = cells.at(i);
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
        for (const QStringList &row : rows)
            line(row);
        break;
    }
    }
    out.flush();
}

} // namespace imsctl
