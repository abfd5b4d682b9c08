#pragma once

#include "jobstore.h"
#include "orders.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace ims {

class JobRequest;
class Session;

// An asynchronous operation as data: enough to send the same request again (Retry, also after
// a restart and from another process, since the tracker persists it with the job) and to
// describe it to a person. Recipes hold ids, names and options; never a secret.
namespace recipes {

// POST /v1/cloudimages/{id}/copy (SPEC §5.11).
struct Copy final {
    QString imageId;
    QString imageName; // for people; the id when the caller does not know the name
    QString name;      // of the copy
    QString description;
    QString cmkId; // KMS key: an encrypted copy
    bool operator==(const Copy &) const = default;
};

// POST /v1/cloudimages/{id}/cross_region_copy (SPEC §5.12).
struct CrossRegionCopy final {
    QString imageId;
    QString imageName;
    QString name;
    QString description;
    QString region;
    QString projectName;
    QString agencyName;
    bool operator==(const CrossRegionCopy &) const = default;
};

// POST /v2/cloudimages/action with instance_id (SPEC §5.3 a).
struct CreateFromServer final {
    QString serverId;
    QString serverName;
    QString name;
    QString description;
    QStringList tags; // key=value
    int minRamMb = 0; // 0: not sent
    int maxRamMb = 0;
    bool operator==(const CreateFromServer &) const = default;
};

// POST /v1/cloudimages/{id}/file (SPEC §5.8).
struct Export final {
    QString imageId;
    QString imageName;
    QString bucketUrl; // bucket:object
    QString fileFormat;
    bool quick = false;
    bool operator==(const Export &) const = default;
};

// /v1/cloudimages/members (SPEC §5.10): one batch job for many images and projects.
struct Members final {
    enum class Action { Add, Remove, Accept, Reject };
    Action action = Action::Add;
    QStringList imageIds;
    QStringList projectIds; // Accept/Reject: the member's own project (may be empty: the token's)
    bool operator==(const Members &) const = default;
};

// An image from a file in OBS: POST /v2/cloudimages/action with image_url (SPEC §5.3 c), or
// by its flags quick import (§5.4) or a data disk image (§5.5; quick and data: §5.4 with type
// DataImage).
struct ImportFromObs final {
    QString obsUrl; // bucket:object
    QString name;
    QString description;
    QString osVersion; // empty: not sent
    int minDiskGb = 0; // as sent (min_disk is required by each API)
    int minRamMb = 0;  // 0: not sent
    int maxRamMb = 0;
    QStringList tags; // key=value
    bool dataDisk = false;
    bool quick = false;
    bool iso = false; // type IsoImage
    bool operator==(const ImportFromObs &) const = default;
};

// POST /v1/cloudimages/wholeimages/action (SPEC §5.6): a full-ECS image of a server or of a
// CBR backup (exactly one of the ids).
struct WholeImage final {
    QString serverId;
    QString serverName; // for people
    QString backupId;
    QString name;
    QString description;
    QStringList tags; // key=value
    int minRamMb = 0;
    int maxRamMb = 0;
    bool operator==(const WholeImage &) const = default;
};

// POST /v2/cloudimages/action with data_images (SPEC §5.3 b): one image per data disk of a
// server, in one job.
struct DataDiskImages final {
    QString serverId; // for people and the jobs panel: IMS is not told it
    QString serverName;
    QList<ImportOrder::DataDisk> disks; // each volume with the name of its image
    QString description;
    QStringList tags; // key=value, on every image
    bool operator==(const DataDiskImages &) const = default;
};

// PUT /v1/cloudimages/{id}/upload (SPEC §5.7): fills a queued image from a file in OBS.
struct Register final {
    QString imageId;
    QString imageName; // for people; the id when not known
    QString obsUrl;    // bucket:object
    bool operator==(const Register &) const = default;
};

using Recipe = std::variant<Copy, CrossRegionCopy, CreateFromServer, Export, Members, ImportFromObs,
                            WholeImage, DataDiskImages, Register>;

// The persisted form (in jobs.jsonl, shared with imsctl and older versions): {"op": …, …}.
QJsonObject toJson(const Recipe &recipe);
// nullopt for a recipe this version does not know (a newer imsdesk wrote it) or a damaged one:
// a required field (the image, server, target, projects to share with) missing or empty, or any
// field of the wrong type. Optional fields an older writer left out read as empty.
std::optional<Recipe> fromJson(const QJsonObject &json);

// A new request for `recipe` (not started).
JobRequest *request(Session *session, const Recipe &recipe, QObject *parent);
// "web → web-copy", "server db-01 → db-image", for the jobs panel.
QString describe(const Recipe &recipe);
// The image the operation creates, to look for when its outcome is not known: copies, imports
// and images from servers by their new name (a cross-region copy in its target region; data
// disk images by the first disk's, all being made by the one job); none for export and members,
// whose results are not images, nor for register, whose image exists before it runs (sending
// it again is harmless: IMS refuses to register an image that is no longer queued).
ExpectedResult expected(const Recipe &recipe);

} // namespace recipes
} // namespace ims
