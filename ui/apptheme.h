#pragma once

#include "desktopcolourscheme.h"

#include <QObject>

namespace ims {

// The palette imsdesk paints with: the user's choice (settings::Theme: "system", "light",
// "dark") over the desktop's preference; "system" without one is light. Applies the Fusion style
// with AppPalette's palette to the whole application, and the custom colours with it
// (ThemeColours), at once and whenever the choice or the desktop's preference changes.
class AppTheme final : public QObject {
    Q_OBJECT

public:
    explicit AppTheme(DesktopColourScheme *desktop, QObject *parent = nullptr);

    void setChoice(const QString &choice);
    QString choice() const { return m_choice; }
    bool isDark() const { return m_dark; }

signals:
    void applied(bool dark);

private:
    void apply();

    DesktopColourScheme *m_desktop;
    QString m_choice = QStringLiteral("system");
    bool m_dark = false;
    bool m_applied = false;
};

} // namespace ims
