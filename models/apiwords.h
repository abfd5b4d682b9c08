#pragma once

#include <QCoreApplication>
#include <QString>

namespace ims {

// The cloud's API words (visibility, image type, share status, server status, job step) as words
// of the user's language. Each returns a value it does not know as the cloud sent it, so a newer
// API still shows something; the raw value stays the model's for sorting, search and CSV.
class ApiWords final {
    Q_DECLARE_TR_FUNCTIONS(ims::ApiWords)

public:
    // "private", "public", "shared", "community"
    static QString visibilityLabel(const QString &visibility);
    // "gold", "private", "shared", "market" (__imagetype)
    static QString imageTypeLabel(const QString &imageType);
    // A share member's status: "pending", "accepted", "rejected"
    static QString memberStatusLabel(const QString &status);
    // An ECS server's status: "ACTIVE", "SHUTOFF", "BUILD", "ERROR", "REBOOT"…
    static QString serverStatusLabel(const QString &status);
    // A job's current_task: "CreateSnapshot", "ExportImage", "UploadImage", "RegisterImage"
    static QString jobStepLabel(const QString &step);
};

} // namespace ims
