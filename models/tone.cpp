#include "tone.h"

#include <QString>

namespace ims {

Tone toneOfImageStatus(const QString &status) {
    if (status == QLatin1String("active"))
        return Tone::Success;
    if (status == QLatin1String("queued") || status == QLatin1String("saving") ||
        status == QLatin1String("pending_delete"))
        return Tone::Busy;
    if (status == QLatin1String("killed"))
        return Tone::Error;
    if (status == QLatin1String("deleted"))
        return Tone::Gone;
    return Tone::Neutral;
}

} // namespace ims
