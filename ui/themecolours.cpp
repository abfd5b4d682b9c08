#include "themecolours.h"

#include <QApplication>
#include <QFrame>
#include <QVariant>
#include <QWidget>

#include <cmath>

namespace ims {

namespace {

const char *const kTextTone = "imsdeskTextTone";
const char *const kPanelTone = "imsdeskPanelTone";

QColor rgb(unsigned value) {
    return QColor::fromRgb(value);
}

// One row per tone, in Tone's order: {light, dark}.
struct ToneTable {
    unsigned light;
    unsigned dark;
};

constexpr ToneTable kText[] = {
    {0x000000, 0x000000}, // Neutral: the palette's own text, see text()
    {0x1b5e20, 0x81c784}, // Success
    {0x0d47a1, 0x90caf9}, // Busy
    {0x8a4500, 0xffb74d}, // Warning
    {0xb3261e, 0xff8a80}, // Error
    {0x5c5c5c, 0xa8a8a8}, // Gone
};
constexpr ToneTable kBadgeFill[] = {
    {0xe4e4ea, 0x3a3a44}, {0xd5eed8, 0x1d3d22}, {0xd9e7fa, 0x173454},
    {0xffe6b8, 0x4a3300}, {0xfad6d3, 0x5c1a16}, {0xe2e2e2, 0x3a3a3a},
};
constexpr ToneTable kBadgeText[] = {
    {0x2d2d33, 0xdcdce4}, {0x1b4d20, 0xa5d6a7}, {0x0d3c73, 0xbbdefb},
    {0x5e3200, 0xffd180}, {0x8c1d18, 0xffcdd2}, {0x3d3d3d, 0xcccccc},
};
constexpr ToneTable kPanelFill[] = {
    {0xe8f1fb, 0x13304a}, {0xedf7ed, 0x1b3a1e}, {0xe8f1fb, 0x13304a},
    {0xfff4e5, 0x3d2c0a}, {0xfdecea, 0x4a1c18}, {0xefefef, 0x333333},
};
constexpr ToneTable kPanelText[] = {
    {0x0d3c61, 0xcfe4fa}, {0x1e4620, 0xc8e6c9}, {0x0d3c61, 0xcfe4fa},
    {0x663c00, 0xffe0b2}, {0x5f1610, 0xffdad5}, {0x333333, 0xdddddd},
};
constexpr ToneTable kPanelBorder[] = {
    {0xb6d4f2, 0x2f5679}, {0xb7dfb9, 0x356b3a}, {0xb6d4f2, 0x2f5679},
    {0xffd8a8, 0x6e5216}, {0xf5c2c0, 0x7d3a33}, {0xcccccc, 0x555555},
};
constexpr unsigned kBusyRowLight = 0xe6effb;
constexpr unsigned kBusyRowDark = 0x1d2a3a;

double luminance(const QColor &colour) {
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

const char *toneName(Tone tone) {
    static const char *const names[] = {"neutral", "success", "busy", "warning", "error", "gone"};
    return names[int(tone)];
}

constexpr Tone kTones[] = {Tone::Neutral, Tone::Success, Tone::Busy,
                           Tone::Warning, Tone::Error,   Tone::Gone};

} // namespace

ThemeColours::ThemeColours(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128) {}

QColor ThemeColours::text(Tone tone) const {
    if (tone == Tone::Neutral)
        return m_palette.color(QPalette::WindowText);
    const ToneTable &row = kText[int(tone)];
    return rgb(m_dark ? row.dark : row.light);
}

ThemeColours::Pair ThemeColours::badge(Tone tone) const {
    const int i = int(tone);
    return {rgb(m_dark ? kBadgeText[i].dark : kBadgeText[i].light),
            rgb(m_dark ? kBadgeFill[i].dark : kBadgeFill[i].light)};
}

QColor ThemeColours::rowTint(Tone tone) const {
    if (tone != Tone::Busy)
        return {};
    return rgb(m_dark ? kBusyRowDark : kBusyRowLight);
}

ThemeColours::Pair ThemeColours::panel(Tone tone) const {
    const int i = int(tone);
    return {rgb(m_dark ? kPanelText[i].dark : kPanelText[i].light),
            rgb(m_dark ? kPanelFill[i].dark : kPanelFill[i].light)};
}

QColor ThemeColours::panelBorder(Tone tone) const {
    const int i = int(tone);
    return rgb(m_dark ? kPanelBorder[i].dark : kPanelBorder[i].light);
}

QList<ThemeColours::NamedPair> ThemeColours::pairs() const {
    QList<NamedPair> pairs;
    const QColor base = m_palette.color(QPalette::Base);
    const QColor alternate = m_palette.color(QPalette::AlternateBase);
    const QColor window = m_palette.color(QPalette::Window);
    const QColor tableText = m_palette.color(QPalette::Text);
    for (Tone tone : kTones) {
        const QString name = QLatin1String(toneName(tone));
        pairs.append({name + QStringLiteral(" text on window"), {text(tone), window}});
        pairs.append({name + QStringLiteral(" text on base"), {text(tone), base}});
        pairs.append({name + QStringLiteral(" text on alternate base"), {text(tone), alternate}});
        pairs.append({name + QStringLiteral(" badge"), badge(tone)});
        pairs.append({name + QStringLiteral(" panel"), panel(tone)});
        if (rowTint(tone).isValid())
            pairs.append({name + QStringLiteral(" row tint"), {tableText, rowTint(tone)}});
    }
    return pairs;
}

void ThemeColours::setTextTone(QWidget *widget, Tone tone) {
    widget->setProperty(kTextTone, int(tone));
    QPalette palette = widget->palette();
    const QColor colour = ThemeColours(QApplication::palette()).text(tone);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

void ThemeColours::setPanelTone(QWidget *widget, Tone tone) {
    widget->setProperty(kPanelTone, int(tone));
    const ThemeColours colours(QApplication::palette());
    const Pair pair = colours.panel(tone);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, pair.background);
    palette.setColor(QPalette::WindowText, pair.foreground);
    palette.setColor(QPalette::Text, pair.foreground);
    // A frame's line is drawn in these roles (Fusion's StyledPanel in Window's darker shade).
    palette.setColor(QPalette::Light, colours.panelBorder(tone));
    palette.setColor(QPalette::Dark, colours.panelBorder(tone));
    palette.setColor(QPalette::Mid, colours.panelBorder(tone));
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

void ThemeColours::applyToWidgets() {
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        const QVariant text = widget->property(kTextTone);
        const QVariant panel = widget->property(kPanelTone);
        if (panel.isValid())
            setPanelTone(widget, Tone(panel.toInt()));
        if (text.isValid())
            setTextTone(widget, Tone(text.toInt()));
    }
}

double ThemeColours::contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ims
