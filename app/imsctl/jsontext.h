#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QJsonValue>
#include <QStringView>

namespace imsctl::jsontext {

// JSON text straight into UTF-8 bytes, byte for byte what terminalSafeJson() makes of
// QJsonDocument::toJson() (its indented layout, keys in the object's order, numbers as it
// writes them), without the document, the QString of the whole text and the pass over it that
// the streamed listing would otherwise pay for every image: the listing's floor is this writing.
// A hand-rolled writer, because the layout must stay the one imsctl always printed (Qt writes
// an empty array as "[\n" + indentation + "]"; RapidJSON's PrettyWriter writes "[]", and its
// numbers differ).
//
// `value` as Qt writes it at nesting level `indent` (4 spaces a level): the caller has
// indented its first line, its inner lines are indented here, its last line is not ended.
// Integers (all 64 bits) and doubles stay apart as the parser stored them, through QCborValue.
void appendValue(QByteArray &out, const QCborValue &value, int indent);
void appendValue(QByteArray &out, const QJsonValue &value, int indent);
// `text` as a quoted JSON string: `"` and `\` escaped, C0 controls as Qt escapes them (\n, \t,
// \u001b …), and the characters a terminal would act on although the encoder leaves them (DEL,
// C1 controls, bidi overrides; ims::isTerminalControl) as \uXXXX too; the rest as UTF-8, a lone
// surrogate as \uXXXX (no valid UTF-8 holds one).
void appendString(QByteArray &out, QStringView text);

} // namespace imsctl::jsontext
