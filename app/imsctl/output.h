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
QString humanSize(qint64 bytes);

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
