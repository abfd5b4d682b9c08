#pragma once

#include <QString>

namespace ims {

// Server text (an image's name or description, a job's fail reason) as a tooltip. Qt renders a
// tooltip as rich text when it looks like markup (Qt::mightBeRichText), so a description such as
// "<img src=…>" would be drawn, or load a resource. Such text is HTML-escaped inside an explicit
// rich-text paragraph that keeps line breaks, and then shows literally; other text is returned as
// it is.
QString plainToolTip(const QString &text);

} // namespace ims
