#pragma once

#include <QList>
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

// Brings an image in (the import wizard, `imsctl images import/create/register`): one of the
// sources below, and what the image is. ImageOperations::importImage checks it against
// rules::checkImport before anything is sent. Fields a source does not use are ignored.
struct ImportOrder final {
    enum class Source {
        LocalFile,        // upload: POST /v2/images, then PUT /v2/images/{id}/file (§6.4, §6.7)
        ObsFile,          // POST /v2/cloudimages/action (§5.3 c), quickimport (§5.4), or
                          // dataimages (§5.5) when dataDisk
        ServerSystemDisk, // POST /v2/cloudimages/action with instance_id (§5.3 a)
        ServerWhole,      // POST /v1/cloudimages/wholeimages/action with instance_id (§5.6)
        ServerDataDisks,  // POST /v2/cloudimages/action with data_images (§5.3 b)
        Backup,           // POST /v1/cloudimages/wholeimages/action with backup_id (§5.6)
        QueuedImage,      // PUT /v1/cloudimages/{id}/upload from OBS (§5.7)
    };
    Source source = Source::LocalFile;
    QString filePath;   // LocalFile
    QString obsUrl;     // ObsFile, QueuedImage: bucket:object
    QString serverId;   // Server*
    QString serverName; // for people; the id when not known
    // ServerDataDisks: the volumes to make images of, each with the name of its image.
    struct DataDisk {
        QString volumeId;
        QString name;
        bool operator==(const DataDisk &) const = default;
    };
    QList<DataDisk> dataDisks;
    QString backupId; // Backup (a CBR backup: whole_image_type CBR)
    QString imageId;  // QueuedImage
    QString name;     // of the new image (QueuedImage: not used)
    QString description;
    QString osVersion;        // as GET /v1/cloudimages/os_version lists it; empty: not sent
    QString diskFormat;       // LocalFile: Glance's disk_format (qcow2, vmdk, vhd, vhdx, raw, iso)
    int minDiskGb = 0;        // 0: LocalFile/ObsFile take what the file needs
    int minRamMb = 0;         // 0: not sent
    int maxRamMb = 0;         // 0: no limit
    QStringList tags;         // key=value
    bool dataDisk = false;    // LocalFile, ObsFile: a data disk image, not a system disk
    bool quickImport = false; // ObsFile: §5.4 (large RAW/ZVHD2 files)
    bool iso = false;         // ObsFile: an ISO file (type IsoImage); LocalFile: disk_format iso
};

} // namespace ims
