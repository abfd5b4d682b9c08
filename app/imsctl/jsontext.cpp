#include "jsontext.h"

#include "textsafety.h"

#include <QCborArray>
#include <QCborMap>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace imsctl::jsontext {

namespace {

char hexDigit(uint nibble) {
    return "0123456789abcdef"[nibble & 0xf];
}

char *writeEscape(char *cursor, char16_t u) {
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit(u >> 12);
    *cursor++ = hexDigit(u >> 8);
    *cursor++ = hexDigit(u >> 4);
    *cursor++ = hexDigit(u);
    return cursor;
}

void appendIndent(QByteArray &out, int indent) {
    out.append(qsizetype(4) * indent, ' ');
}

void appendInteger(QByteArray &out, qint64 value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendMap(QByteArray &out, const QCborMap &map, int indent) {
    out.append("{\n");
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!std::exchange(first, false))
            out.append(",\n");
        appendIndent(out, indent + 1);
        appendString(out, it.key().toString()); // a JSON object's keys are strings
        out.append(": ");
        appendValue(out, it.value(), indent + 1);
    }
    if (!first)
        out.append('\n');
    appendIndent(out, indent);
    out.append('}');
}

void appendArray(QByteArray &out, const QCborArray &array, int indent) {
    out.append("[\n");
    bool first = true;
    for (const QCborValue &item : array) {
        if (!std::exchange(first, false))
            out.append(",\n");
        appendIndent(out, indent + 1);
        appendValue(out, item, indent + 1);
    }
    if (!first)
        out.append('\n');
    appendIndent(out, indent);
    out.append(']');
}

} // namespace

void appendString(QByteArray &out, QStringView text) {
    // Room for the worst case (every unit a 6-byte escape) written through a pointer, then cut:
    // no check a character.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\' && u != 0x7f) {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = 't';
                break;
            default: // the other C0 controls, and DEL
                cursor = writeEscape(cursor - 1, u);
            }
        } else if (u < 0x800) {
            if (ims::isTerminalControl(u)) { // C1
                cursor = writeEscape(cursor, u);
                continue;
            }
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                *cursor++ = char(0xf0 | (c >> 18));
                *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
                *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
                *cursor++ = char(0x80 | (c & 0x3f));
            } else {
                cursor = writeEscape(cursor, u); // no UTF-8 for it: as Qt's encoder does
            }
        } else if (ims::isTerminalControl(u)) { // bidi overrides and isolates
            cursor = writeEscape(cursor, u);
        } else {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void appendValue(QByteArray &out, const QCborValue &value, int indent) {
    switch (value.type()) {
    case QCborValue::True:
        out.append("true");
        break;
    case QCborValue::False:
        out.append("false");
        break;
    case QCborValue::Integer:
        appendInteger(out, value.toInteger());
        break;
    case QCborValue::Double:
        if (const double d = value.toDouble(); std::isfinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null"); // JSON has no infinity nor NaN
        break;
    case QCborValue::String:
        appendString(out, value.toString());
        break;
    case QCborValue::Array:
        appendArray(out, value.toArray(), indent);
        break;
    case QCborValue::Map:
        appendMap(out, value.toMap(), indent);
        break;
    default: // null, and what JSON cannot hold
        out.append("null");
    }
}

void appendValue(QByteArray &out, const QJsonValue &value, int indent) {
    appendValue(out, QCborValue::fromJsonValue(value), indent);
}

} // namespace imsctl::jsontext
