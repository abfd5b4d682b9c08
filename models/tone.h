#pragma once

#include <Qt>

class QString;

namespace ims {

struct Image;

// What a state means to the user, without saying how it looks: models answer ToneRole with it
// and ui/ (ThemeColours) maps it to colours of the palette in use, light or dark.
enum class Tone {
    Neutral, // nothing to say
    Success, // done, usable (active, a job's SUCCESS)
    Busy,    // changing by itself (queued, saving, pending_delete)
    Warning, // needs a look (reconnecting, a share pending, a running server)
    Error,   // failed (killed, a job's FAIL)
    Gone,    // no longer there (deleted)
};

// The role every model answers with a Tone (as int); the same number in each model, so that
// one delegate serves them all.
constexpr int ToneRole = Qt::UserRole + 64;

// An image status's tone ("active" → Success, "killed" → Error…); unknown statuses are Neutral.
Tone toneOfImageStatus(const QString &status);

} // namespace ims
