#include "apppalette.h"

#include <QColor>

namespace ims {

namespace {

struct Roles {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, link, disabledText, toolTipBase, toolTipText, placeholder;
};

QPalette paletteOf(const Roles &roles) {
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const QColor &colour) {
        palette.setColor(QPalette::All, role, colour);
    };
    set(QPalette::Window, roles.window);
    set(QPalette::WindowText, roles.windowText);
    set(QPalette::Base, roles.base);
    set(QPalette::AlternateBase, roles.alternateBase);
    set(QPalette::Text, roles.text);
    set(QPalette::Button, roles.button);
    set(QPalette::ButtonText, roles.buttonText);
    set(QPalette::BrightText, Qt::white);
    set(QPalette::Highlight, roles.highlight);
    set(QPalette::HighlightedText, roles.highlightedText);
    set(QPalette::Link, roles.link);
    set(QPalette::LinkVisited, roles.link);
    set(QPalette::ToolTipBase, roles.toolTipBase);
    set(QPalette::ToolTipText, roles.toolTipText);
    set(QPalette::PlaceholderText, roles.placeholder);
    // The 3D shades Fusion draws frames and handles with, from the button colour.
    set(QPalette::Light, roles.button.lighter(150));
    set(QPalette::Midlight, roles.button.lighter(125));
    set(QPalette::Mid, roles.button.darker(130));
    set(QPalette::Dark, roles.button.darker(160));
    set(QPalette::Shadow, roles.button.darker(300));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, roles.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, roles.button.darker(120));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, roles.highlight);
    return palette;
}

} // namespace

QPalette AppPalette::lightPalette() {
    return paletteOf({QColor(0xef, 0xef, 0xef), QColor(0x1a, 0x1a, 0x1a), QColor(0xff, 0xff, 0xff),
                      QColor(0xf6, 0xf6, 0xf6), QColor(0x1a, 0x1a, 0x1a), QColor(0xef, 0xef, 0xef),
                      QColor(0x1a, 0x1a, 0x1a), QColor(0x25, 0x66, 0xa8), QColor(0xff, 0xff, 0xff),
                      QColor(0x0b, 0x57, 0xa4), QColor(0x6e, 0x6e, 0x6e), QColor(0xff, 0xff, 0xdc),
                      QColor(0x1a, 0x1a, 0x1a), QColor(0x6e, 0x6e, 0x6e)});
}

QPalette AppPalette::darkPalette() {
    return paletteOf({QColor(0x2b, 0x2b, 0x2e), QColor(0xe6, 0xe6, 0xe6), QColor(0x1e, 0x1e, 0x21),
                      QColor(0x26, 0x26, 0x2a), QColor(0xe6, 0xe6, 0xe6), QColor(0x35, 0x35, 0x39),
                      QColor(0xe6, 0xe6, 0xe6), QColor(0x2a, 0x6f, 0xb0), QColor(0xff, 0xff, 0xff),
                      QColor(0x8a, 0xb4, 0xf8), QColor(0x8a, 0x8a, 0x8a), QColor(0x3a, 0x3a, 0x3e),
                      QColor(0xe6, 0xe6, 0xe6), QColor(0x9a, 0x9a, 0x9a)});
}

} // namespace ims
