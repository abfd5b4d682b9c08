#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ims {

struct ImageMetadata;

namespace recipes {

// A local file uploaded through the native API: POST /v2/images (SPEC §6.4), then PUT
// /v2/images/{id}/file (§6.7). Not a recipes::Recipe: Retry does not send one request again but
// runs the transfer again (ImageUpload), so its jobs have their own type
// (JobTracker::kUploadType). Persisted with the job as {"op": "upload", …}; never a secret.
struct Upload final {
    QString filePath;
    QString name;
    QString description;
    QString osVersion;  // empty: not sent
    QString diskFormat; // Glance's disk_format
    int minDiskGb = 0;
    int minRamMb = 0;
    int maxRamMb = 0;
    QStringList tags; // key=value
    // The file as it was when the upload began: Retry refuses a file that changed since.
    qint64 fileSize = 0;
    QDateTime fileModified;
    QString imageId; // the queued image, once created
    bool operator==(const Upload &) const = default;
};

QJsonObject toJson(const Upload &upload);
// nullopt for another op, or a damaged recipe: the file, the name or the disk format missing, a
// field of the wrong type.
std::optional<Upload> uploadFromJson(const QJsonObject &json);
// "ubuntu.qcow2 → web-base", for the jobs panel.
QString describe(const Upload &upload);
// What POST /v2/images creates for it.
ImageMetadata metadata(const Upload &upload);

} // namespace recipes
} // namespace ims
