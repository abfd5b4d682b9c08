#pragma once

#include "tone.h"

#include <QColor>
#include <QGuiApplication>
#include <QList>
#include <QPalette>

class QWidget;

namespace ims {

// Every colour of imsdesk's own, in one place, derived from a palette: a light palette gets
// dark text on pale backgrounds, a dark one light text on deep backgrounds. Each pair is chosen
// for a contrast of at least 4.5:1 (tst_contrast checks every one in both palettes).
class ThemeColours final {
public:
    struct Pair {
        QColor foreground;
        QColor background;
    };
    // A named pair, for the contrast test and for whoever wants to list them.
    struct NamedPair {
        QString name;
        Pair pair;
    };

    explicit ThemeColours(const QPalette &palette = QGuiApplication::palette());

    bool isDark() const { return m_dark; }
    // Text in a tone on the palette's Base (tables) and Window (labels, status bar).
    QColor text(Tone tone) const;
    // A status badge: its fill and its text (and icon).
    Pair badge(Tone tone) const;
    // The background of a row in a transitional state (Busy); invalid for other tones.
    QColor rowTint(Tone tone) const;
    // A panel that tells something: the error banner (Error), the profile dialog's notices.
    Pair panel(Tone tone) const;
    // The frame around a panel.
    QColor panelBorder(Tone tone) const;
    // Every foreground/background pair above, with the palette's backgrounds they are shown on.
    QList<NamedPair> pairs() const;

    // Paints `widget`'s text in `tone`, now and after every applyToWidgets() (a theme switch).
    static void setTextTone(QWidget *widget, Tone tone);
    // Paints `widget` as a panel in `tone` (fill, text, frame), now and after applyToWidgets().
    static void setPanelTone(QWidget *widget, Tone tone);
    // Re-applies the tones above to every widget that has one, from the application palette.
    static void applyToWidgets();

    // WCAG 2 contrast ratio between two colours (1 … 21).
    static double contrast(const QColor &a, const QColor &b);

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace ims
