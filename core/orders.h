#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ims {

// What the user asked for, as the dialogs (and imsctl's command line) emit it: plain values that
// ImageOperations turns into requests. They name images by id; nothing here is a secret.

// An image from an ECS server's system disk (SPEC §5.3 a).
struct CreateImageOrder final {
    QString serverId;
    QString serverName; // for people; the id when not known
    QString name;
    QString description;
    QStringList tags; // key=value
    int minRamMb = 0;
    int maxRamMb = 0;
};

struct DeletionOrder final {
    QString imageId;
    // Plain Glance only: IMS does not let users change `protected` (SPEC §6.5).
    bool unprotectFirst = false;
    // Full-ECS images: their CBR/CSBS backup goes too (SPEC §6.6).
    bool deleteBackup = false;
};

// What the user changed, and only that: unchanged fields are not sent.
struct ImageChanges final {
    QString imageId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<int> minDiskGb;
    std::optional<int> minRamMb;
    std::optional<int> maxRamMb; // 0: no limit
    std::optional<bool> isProtected;
    QStringList addedTags;   // key=value (or a plain key); a key already there gets the new value
    QStringList removedTags; // as the image lists them (key=value or a plain key)
    bool isEmpty() const {
        return !name && !description && !minDiskGb && !minRamMb && !maxRamMb && !isProtected &&
               addedTags.isEmpty() && removedTags.isEmpty();
    }
};

// POST /v1/cloudimages/{id}/file (SPEC §5.8).
struct ExportOrder final {
    QString imageId;
    QString imageName;
    QString bucketUrl;  // bucket:object
    QString fileFormat; // empty for a quick export (ZVHD2)
    bool quickExport = false;
};

// One replication: one image to one target (its own region when `region` is empty). Each
// becomes one job.
struct ReplicationOrder final {
    QString imageId;
    QString imageName; // for people; the id when not known
    QString name;
    QString description;
    QString cmkId;
    QString region; // empty: within the image's region
    QString projectName;
    QString agencyName;
};

// Shares images with projects and stops sharing them.
struct ShareOrder final {
    QStringList imageIds;
    QStringList addProjects;
    QStringList removeProjects;
};

} // namespace ims
