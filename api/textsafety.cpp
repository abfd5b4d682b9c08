#include "textsafety.h"

#include <algorithm>

namespace ims {

QString csvField(const QString &value) {
    QString field = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes =
        std::any_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

bool isTerminalControl(char16_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString terminalText(const QString &text) {
    const auto first = std::find_if(text.cbegin(), text.cend(),
                                    [](QChar c) { return isTerminalControl(c.unicode()); });
    if (first == text.cend())
        return text; // the common case: nothing to escape, nothing copied
    QString safe;
    safe.reserve(text.size() + 16);
    safe.append(QStringView(text.cbegin(), first));
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!isTerminalControl(c)) {
            safe.append(*it);
        } else if (c == u'\t') {
            safe.append(QLatin1String("\\t"));
        } else if (c == u'\n') {
            safe.append(QLatin1String("\\n"));
        } else if (c == u'\r') {
            safe.append(QLatin1String("\\r"));
        } else if (c <= 0x7f) {
            safe.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        } else {
            safe.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return safe;
}

} // namespace ims
