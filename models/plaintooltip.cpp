#include "plaintooltip.h"

#include <QTextDocument> // Qt::mightBeRichText

namespace ims {

QString plainToolTip(const QString &text) {
    if (!Qt::mightBeRichText(text))
        return text; // Qt shows it as plain text already
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

} // namespace ims
