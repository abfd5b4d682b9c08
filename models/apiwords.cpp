#include "apiwords.h"

namespace ims {

QString ApiWords::visibilityLabel(const QString &visibility) {
    if (visibility == QLatin1String("private"))
        return tr("Private");
    if (visibility == QLatin1String("public"))
        return tr("Public");
    if (visibility == QLatin1String("shared"))
        return tr("Shared");
    if (visibility == QLatin1String("community"))
        return tr("Community");
    return visibility;
}

QString ApiWords::imageTypeLabel(const QString &imageType) {
    if (imageType == QLatin1String("gold"))
        return tr("Public image");
    if (imageType == QLatin1String("private"))
        return tr("Private image");
    if (imageType == QLatin1String("shared"))
        return tr("Shared image");
    if (imageType == QLatin1String("market"))
        return tr("Marketplace image");
    return imageType;
}

QString ApiWords::memberStatusLabel(const QString &status) {
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString ApiWords::serverStatusLabel(const QString &status) {
    // ECS sends them upper-case; compared so, since that is what the API documents.
    if (status == QLatin1String("ACTIVE"))
        return tr("Running");
    if (status == QLatin1String("SHUTOFF"))
        return tr("Stopped");
    if (status == QLatin1String("BUILD"))
        return tr("Creating");
    if (status == QLatin1String("ERROR"))
        return tr("Faulty");
    if (status == QLatin1String("REBOOT"))
        return tr("Restarting");
    if (status == QLatin1String("HARD_REBOOT"))
        return tr("Forcibly restarting");
    if (status == QLatin1String("REBUILD"))
        return tr("Rebuilding");
    if (status == QLatin1String("MIGRATING"))
        return tr("Migrating");
    if (status == QLatin1String("RESIZE"))
        return tr("Resizing");
    if (status == QLatin1String("VERIFY_RESIZE"))
        return tr("Verifying resize");
    if (status == QLatin1String("DELETED"))
        return tr("Deleted");
    if (status == QLatin1String("SHELVED") || status == QLatin1String("SHELVED_OFFLOADED"))
        return tr("Shelved");
    if (status == QLatin1String("UNKNOWN"))
        return tr("Unknown");
    return status;
}

QString ApiWords::jobStepLabel(const QString &step) {
    if (step == QLatin1String("CreateSnapshot"))
        return tr("Creating a snapshot");
    if (step == QLatin1String("ExportImage"))
        return tr("Exporting the image");
    if (step == QLatin1String("UploadImage"))
        return tr("Uploading the image");
    if (step == QLatin1String("RegisterImage"))
        return tr("Registering the image");
    return step; // a step this version does not know, or a sentence the app wrote itself
}

} // namespace ims
