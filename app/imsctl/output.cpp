#include "output.h"

#include "jsontext.h"
#include "textsafety.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace imsctl {

QString humanSize(qint64 bytes) {
    if (bytes < 0)
        return QStringLiteral("-");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool stdoutIsStderr() {
    struct stat out {};
    struct stat err {};
    return ::fstat(STDOUT_FILENO, &out) == 0 && ::fstat(STDERR_FILENO, &err) == 0 &&
           out.st_dev == err.st_dev && out.st_ino == err.st_ino;
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
    ListingPrinter printer(out, format, listing.headers);
    printer.add(listing);
    printer.finish();
}

namespace {

constexpr int kMaxCellWidth = 60; // a table cell is cut there, with an ellipsis

} // namespace

ListingPrinter::ListingPrinter(QTextStream &out, Format format, const QStringList &headers)
    : m_out(out)
    , m_format(format)
    , m_headers(headers) {}

void ListingPrinter::add(const Listing &batch) {
    switch (m_format) {
    case Format::Json:
        addJson(batch);
        break;
    case Format::Csv:
        addCsv(batch);
        break;
    case Format::Table:
        addTable(batch);
        break;
    }
    m_started = true;
    flush();
}

void ListingPrinter::finish() {
    if (std::exchange(m_finished, true))
        return;
    if (!m_started)
        add(Listing{}); // the header of an empty table or CSV, the `[` of an empty array
    if (m_format == Format::Json)
        m_out << (m_printed > 0 ? "\n]\n" : "]\n");
    flush();
}

void ListingPrinter::flush() {
    m_out.flush();
    // What writeUtf8() wrote past the stream is not flushed by it (its own buffer was empty).
    if (auto *file = qobject_cast<QFileDevice *>(m_out.device()))
        file->flush();
}

void ListingPrinter::addJson(const Listing &batch) {
    // Each element as the whole listing's QJsonDocument would write it, indented one level:
    // "[\n" + elements joined by ",\n" + "\n]\n", written straight as UTF-8.
    QByteArray text;
    if (!m_started)
        text.append("[\n");
    const auto element = [&](const QJsonValue &value) {
        if (m_printed++ > 0)
            text.append(",\n");
        text.append("    ");
        jsontext::appendValue(text, value, 1);
    };
    if (!batch.objects.isEmpty()) {
        text.reserve(text.size() + batch.objects.size() * 1024);
        for (const QJsonValue &object : batch.objects)
            element(object);
    } else {
        for (const QStringList &row : batch.rows) {
            QJsonObject o;
            for (int i = 0; i < m_headers.size() && i < row.size(); ++i)
                o.insert(m_headers.at(i), row.at(i));
            element(o);
        }
    }
    writeUtf8(text);
}

void ListingPrinter::writeUtf8(const QByteArray &text) {
    // Past the stream's encoder when it writes to a device (stdout): the bytes are UTF-8 already.
    // What the stream holds goes first, so that the order stays.
    QIODevice *device = m_out.device();
    if (!device) {
        m_out << QString::fromUtf8(text);
        return;
    }
    m_out.flush();
    device->write(text);
}

void ListingPrinter::addCsv(const Listing &batch) {
    const auto line = [this](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields.append(ims::csvField(cell));
        m_out << fields.join(QLatin1Char(',')) << "\r\n";
    };
    if (!m_started)
        line(m_headers);
    for (const QStringList &row : batch.rows)
        line(row);
    m_printed += batch.rows.size();
}

void ListingPrinter::addTable(const Listing &batch) {
    // Cells come from the server: control characters (an ESC would drive the terminal) are
    // shown as escapes before the widths are measured.
    QList<QStringList> rows;
    rows.reserve(batch.rows.size());
    for (const QStringList &row : batch.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells.append(ims::terminalText(cell));
        rows.append(cells);
    }
    const auto widen = [this](const QStringList &cells) {
        for (int i = 0; i < cells.size() && i < m_widths.size(); ++i)
            m_widths[i] =
                std::max(m_widths[i], int(std::min<qsizetype>(cells.at(i).size(), kMaxCellWidth)));
    };
    if (!m_started) {
        for (const QString &h : m_headers)
            m_widths.append(int(h.size()));
        for (const QStringList &row : rows)
            widen(row);
        QStringList upper;
        for (const QString &h : m_headers)
            upper.append(h.toUpper());
        tableLine(upper);
    }
    for (const QStringList &row : rows) {
        widen(row);
        tableLine(row);
    }
    m_printed += rows.size();
}

void ListingPrinter::tableLine(const QStringList &cells) {
    QString text;
    for (int i = 0; i < cells.size() && i < m_widths.size(); ++i) {
        QString cell = cells.at(i);
        if (cell.size() > kMaxCellWidth)
            cell = cell.left(kMaxCellWidth - 1) + QChar(0x2026);
        text += i + 1 < cells.size() ? cell.leftJustified(m_widths.at(i) + 2) : cell;
    }
    m_out << text << '\n';
}

} // namespace imsctl
