#pragma once

#include <QIcon>
#include <QStringList>

class QAction;
class QColor;

namespace ims {

// imsdesk's icons: the desktop's icon theme where it has the icon (a freedesktop name), else
// ours from resources/icons/set/ (compiled in). Ours are monochrome SVGs drawn in a placeholder
// colour and painted, each time a pixmap is asked for, in the palette's text colour of the
// moment: readable in the dark theme as in the light one, and after a live switch.
class Icons final {
public:
    // The icon called `name` (e.g. "view-refresh", "imsdesk-status-active").
    static QIcon icon(const QString &name);
    // Ours in a fixed colour, never the theme's: for a badge whose text has that colour.
    static QIcon tinted(const QString &name, const QColor &colour);
    // The icon of an action by its object name ("refresh", "delete"…); null when none.
    static QIcon forAction(const QString &actionName);
    static QString nameForAction(const QString &actionName);
    // The icon of an image status ("active", "pending_delete"…), of a share pending ("pending").
    static QString nameForStatus(const QString &status);
    // Every icon imsdesk ships.
    static QStringList shippedNames();
    // Sets the action's icon from forAction() unless it has one already.
    static void decorate(QAction *action);
};

} // namespace ims
