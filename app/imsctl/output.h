#pragma once

#include <QIODevice>
#include <QJsonArray>
#include <QStringDecoder>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

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

// Prints a listing batch by batch as it arrives, keeping no row once it is printed: JSON as one
// array written element by element (the bytes print() writes for the whole listing: `[` first,
// the elements comma-separated, `]` at finish()), CSV with its header once, then rows.
// The table is streamed too: its column widths come from the first batch (a page of the listing,
// enough rows to size the columns), and a later cell wider than its column widens that column
// from its row on, so nothing is cut beyond the 60 characters the table always cuts at; only
// rows of different batches may then be out of line. print() is one batch, aligned as before.
// finish() closes what was opened (an empty listing too); call it also after a failure, so
// that the JSON printed so far stays one valid array.
class ListingPrinter final {
public:
    ListingPrinter(QTextStream &out, Format format, const QStringList &headers);
    // `batch.headers` are ignored: the printer's are used.
    void add(const Listing &batch);
    void finish();
    qsizetype printed() const { return m_printed; }
    bool started() const { return m_started; } // something (a header, `[`) was printed

private:
    void addJson(const Listing &batch);
    void addCsv(const Listing &batch);
    void addTable(const Listing &batch);
    void tableLine(const QStringList &cells);
    void writeUtf8(const QByteArray &text);
    void flush();

    QTextStream &m_out;
    Format m_format;
    QStringList m_headers;
    QList<int> m_widths; // the table's, once its first batch was seen
    qsizetype m_printed = 0;
    bool m_started = false;
    bool m_finished = false;
};
QString humanSize(qint64 bytes);
// stdout and stderr are one file (a terminal both write to, or `2>&1`).
bool stdoutIsStderr();

// `json` (as QJsonDocument writes it) with the characters the encoder leaves as they are but a
// terminal would act on (DEL, C1 controls, bidi overrides; see ims::terminalText) written as
// \uXXXX escapes: the same JSON values, safe to print.
QString terminalSafeJson(const QString &json);

// imsctl's stderr. Messages quote server text (error messages, job fail reasons, names) and no
// control character in it may reach the terminal: every write is passed through
// ims::terminalText, keeping only line breaks, tabs and carriage returns (progress lines).
class TerminalSafeDevice final : public QIODevice {
public:
    explicit TerminalSafeDevice(std::FILE *stream);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a sequence split across writes
};

} // namespace imsctl
