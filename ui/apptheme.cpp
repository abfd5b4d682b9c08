#include "apptheme.h"

#include "apppalette.h"
#include "themecolours.h"

#include <QApplication>
#include <QStyle>

namespace ims {

AppTheme::AppTheme(DesktopColourScheme *desktop, QObject *parent)
    : QObject(parent)
    , m_desktop(desktop) {
    connect(m_desktop, &DesktopColourScheme::changed, this, &AppTheme::apply);
}

void AppTheme::setChoice(const QString &choice) {
    m_choice = choice;
    apply();
}

void AppTheme::apply() {
    const bool dark = m_choice == QLatin1String("dark") ||
                      (m_choice != QLatin1String("light") &&
                       m_desktop->scheme() == DesktopColourScheme::Scheme::Dark);
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    // The palettes are made for Fusion: other styles draw with colours of their own.
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? AppPalette::darkPalette() : AppPalette::lightPalette());
    ThemeColours::applyToWidgets();
    emit applied(dark);
}

} // namespace ims
