#pragma once

#include "jobstore.h"

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

using Recipe = std::variant<Copy, CrossRegionCopy, CreateFromServer, Export, Members>;

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
// The image the operation creates, to look for when its outcome is not known: copies and images
// from servers by their new name (a cross-region copy in its target region); none for export and
// members, whose results are not images.
ExpectedResult expected(const Recipe &recipe);

} // namespace recipes
} // namespace ims
