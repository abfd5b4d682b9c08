#pragma once

#include <QPalette>

namespace ims {

// imsdesk's two palettes, for the Fusion style: the same on every desktop, so that the colours
// of ThemeColours (chosen against these) keep their contrast.
class AppPalette final {
public:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace ims
