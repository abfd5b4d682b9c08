#pragma once

#include <QString>

// Server text made safe for where it is written: a spreadsheet (CSV) or a terminal. Shared by the
// GUI's CSV export (models/csvexport) and imsctl, so both defuse the same way.
namespace ims {

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A value starting
// with = + - @ TAB or CR, which a spreadsheet would run as a formula (OWASP "CSV injection"), is
// prefixed with an apostrophe, so it reads as text.
QString csvField(const QString &value);

// `text` with every character a terminal would act on replaced by a visible escape: C0 controls
// and DEL as \xNN (\t \n \r as themselves escaped: "\t", "\n", "\r"), C1 controls (U+0080-009F,
// the 8-bit CSI among them) and the bidirectional overrides and isolates (U+202A-202E,
// U+2066-2069, which can reorder what a line appears to say) as \uNNNN. Text that needs no
// escape is returned as it is (shared, not copied).
QString terminalText(const QString &text);

// Whether terminalText() would change `c` (one UTF-16 unit; none of these is a surrogate).
bool isTerminalControl(char16_t c);

} // namespace ims
