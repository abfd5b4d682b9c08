#include "recipes.h"

#include "operationrequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace ims::recipes {

namespace {

// What the jobs panel says of a job, in the window's language (imsctl has no translator: English).
QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("ims::recipes", text, nullptr, n);
}

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };

// Reads one recipe's fields and remembers whether any was damaged: a missing required field or a
// field of the wrong type. Retry must not send a request made of guesses (an empty image id, a
// share without projects), so a damaged recipe reads as none.
class Reader final {
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json) {}

    bool damaged() const { return m_damaged; }
    // Empty when absent (older writers left optional fields out).
    QString text(const char *key) {
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            m_damaged = true;
        return value.toString();
    }
    QString required(const char *key) {
        const QString value = text(key);
        if (value.isEmpty())
            m_damaged = true;
        return value;
    }
    QStringList list(const char *key, bool required = false) {
        const QJsonValue value = field(key);
        QStringList values;
        if (value.isUndefined() || value.isNull()) {
            m_damaged |= required;
            return values;
        }
        if (!value.isArray())
            m_damaged = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                m_damaged = true;
            values << item.toString();
        }
        m_damaged |= required && values.isEmpty();
        return values;
    }
    // 0 when absent; a required number must be above 0 (a min_disk the API needs).
    int number(const char *key, bool required = false) {
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull()) {
            m_damaged |= required;
            return 0;
        }
        if (!value.isDouble())
            m_damaged = true;
        m_damaged |= required && value.toInt() <= 0;
        return value.toInt();
    }
    // The data disks of a DataDiskImages recipe: at least one, each with its volume and name.
    QList<ImportOrder::DataDisk> disks(const char *key) {
        const QJsonValue value = field(key);
        QList<ImportOrder::DataDisk> disks;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            Reader disk(object);
            disks << ImportOrder::DataDisk{disk.required("volume_id"), disk.required("name")};
            m_damaged |= !item.isObject() || disk.damaged();
        }
        m_damaged |= !value.isArray() || disks.isEmpty();
        return disks;
    }
    bool flag(const char *key) {
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            m_damaged = true;
        return value.toBool();
    }

private:
    QJsonValue field(const char *key) const { return m_json.value(QLatin1String(key)); }

    const QJsonObject &m_json;
    bool m_damaged = false;
};

// The names in the file; never change them (jobs written by older versions must stay retryable).
constexpr std::pair<Members::Action, const char *> kActions[] = {
    {Members::Action::Add, "add"},
    {Members::Action::Remove, "remove"},
    {Members::Action::Accept, "accept"},
    {Members::Action::Reject, "reject"}};

QString actionName(Members::Action action) {
    for (const auto &[value, name] : kActions) {
        if (value == action)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Members::Action> actionFromName(const QString &text) {
    for (const auto &[value, name] : kActions) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

BatchMembersRequest::Action requestAction(Members::Action action) {
    switch (action) {
    case Members::Action::Add:
        return BatchMembersRequest::Action::Add;
    case Members::Action::Remove:
        return BatchMembersRequest::Action::Remove;
    case Members::Action::Accept:
        return BatchMembersRequest::Action::Accept;
    case Members::Action::Reject:
        return BatchMembersRequest::Action::Reject;
    }
    return BatchMembersRequest::Action::Add;
}

QList<ImageTag> imageTags(const QStringList &tags) {
    QList<ImageTag> result;
    for (const QString &tag : tags)
        result << ImageTag::parse(tag);
    return result;
}

// "ubuntu.qcow2 in imsdesk-images" for "imsdesk-images:ubuntu.qcow2".
QString obsFile(const QString &url) {
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return url;
    return tr("%1 in %2").arg(url.mid(colon + 1), url.left(colon));
}

// A whole sentence per action, as word order differs between languages ("add" and the other
// action names are the job file's words, not the user's).
QString describeMembers(const Members &r) {
    const QString images = tr("%n image(s)", int(r.imageIds.size()));
    const QString projects = tr("%n project(s)", int(r.projectIds.size()));
    switch (r.action) {
    case Members::Action::Add:
        return tr("Share %1 with %2").arg(images, projects);
    case Members::Action::Remove:
        return tr("Stop sharing %1 with %2").arg(images, projects);
    case Members::Action::Accept:
        return tr("Accept %1 shared with this project").arg(images);
    case Members::Action::Reject:
        return tr("Reject %1 shared with this project").arg(images);
    }
    return {};
}

QString describeImport(const ImportFromObs &r) {
    QStringList kinds;
    if (r.iso)
        kinds << QStringLiteral("ISO");
    if (r.dataDisk)
        kinds << tr("data disk");
    if (r.quick)
        kinds << tr("quick import");
    if (kinds.isEmpty())
        return QStringLiteral("%1 → %2").arg(obsFile(r.obsUrl), r.name);
    // "a.qcow2 → web (ISO, quick import)": the list's separators are the user's language's
    return tr("%1 → %2 (%3)").arg(obsFile(r.obsUrl), r.name, QLocale().createSeparatedList(kinds));
}

JobRequest *importRequest(Session *session, const ImportFromObs &r, QObject *parent) {
    FileImageOptions options;
    options.name = r.name;
    options.imageUrl = r.obsUrl;
    options.minDiskGb = r.minDiskGb;
    options.osVersion = r.osVersion;
    options.description = r.description;
    if (r.iso)
        options.type = QStringLiteral("IsoImage");
    options.tags = imageTags(r.tags);
    options.minRamMb = r.minRamMb;
    options.maxRamMb = r.maxRamMb;
    if (r.quick)
        return new QuickImportRequest(session, options, r.dataDisk, parent);
    if (r.dataDisk)
        return new DataImageFromFileRequest(session, options, parent);
    return new CreateImageFromFileRequest(session, options, parent);
}

QJsonArray disksJson(const QList<ImportOrder::DataDisk> &disks) {
    QJsonArray list;
    for (const ImportOrder::DataDisk &disk : disks)
        list.append(QJsonObject{{"volume_id", disk.volumeId}, {"name", disk.name}});
    return list;
}

} // namespace

QJsonObject toJson(const Recipe &recipe) {
    return std::visit(
        Overloaded{
            [](const Copy &r) -> QJsonObject {
                return {
                    {"op", "copy"},   {"image_id", r.imageId},        {"image_name", r.imageName},
                    {"name", r.name}, {"description", r.description}, {"cmk_id", r.cmkId}};
            },
            [](const CrossRegionCopy &r) -> QJsonObject {
                return {{"op", "cross_region_copy"},     {"image_id", r.imageId},
                        {"image_name", r.imageName},     {"name", r.name},
                        {"description", r.description},  {"region", r.region},
                        {"project_name", r.projectName}, {"agency_name", r.agencyName}};
            },
            [](const CreateFromServer &r) -> QJsonObject {
                return {
                    {"op", "create_from_server"},   {"server_id", r.serverId},
                    {"server_name", r.serverName},  {"name", r.name},
                    {"description", r.description}, {"tags", QJsonArray::fromStringList(r.tags)},
                    {"min_ram", r.minRamMb},        {"max_ram", r.maxRamMb}};
            },
            [](const Export &r) -> QJsonObject {
                return {{"op", "export"},
                        {"image_id", r.imageId},
                        {"image_name", r.imageName},
                        {"bucket_url", r.bucketUrl},
                        {"file_format", r.fileFormat},
                        {"quick", r.quick}};
            },
            [](const Members &r) -> QJsonObject {
                return {{"op", "members"},
                        {"action", actionName(r.action)},
                        {"images", QJsonArray::fromStringList(r.imageIds)},
                        {"projects", QJsonArray::fromStringList(r.projectIds)}};
            },
            [](const ImportFromObs &r) -> QJsonObject {
                return {{"op", "import_from_obs"},
                        {"obs_url", r.obsUrl},
                        {"name", r.name},
                        {"description", r.description},
                        {"os_version", r.osVersion},
                        {"min_disk", r.minDiskGb},
                        {"min_ram", r.minRamMb},
                        {"max_ram", r.maxRamMb},
                        {"tags", QJsonArray::fromStringList(r.tags)},
                        {"data_disk", r.dataDisk},
                        {"quick", r.quick},
                        {"iso", r.iso}};
            },
            [](const WholeImage &r) -> QJsonObject {
                return {{"op", "whole_image"},
                        {"server_id", r.serverId},
                        {"server_name", r.serverName},
                        {"backup_id", r.backupId},
                        {"name", r.name},
                        {"description", r.description},
                        {"tags", QJsonArray::fromStringList(r.tags)},
                        {"min_ram", r.minRamMb},
                        {"max_ram", r.maxRamMb}};
            },
            [](const DataDiskImages &r) -> QJsonObject {
                return {
                    {"op", "data_disk_images"},     {"server_id", r.serverId},
                    {"server_name", r.serverName},  {"disks", disksJson(r.disks)},
                    {"description", r.description}, {"tags", QJsonArray::fromStringList(r.tags)}};
            },
            [](const Register &r) -> QJsonObject {
                return {{"op", "register"},
                        {"image_id", r.imageId},
                        {"image_name", r.imageName},
                        {"obs_url", r.obsUrl}};
            },
        },
        recipe);
}

std::optional<Recipe> fromJson(const QJsonObject &json) {
    Reader r(json);
    const QString op = r.text("op");
    std::optional<Recipe> recipe;
    if (op == QLatin1String("copy")) {
        recipe = Copy{r.required("image_id"), r.text("image_name"), r.required("name"),
                      r.text("description"), r.text("cmk_id")};
    } else if (op == QLatin1String("cross_region_copy")) {
        recipe =
            CrossRegionCopy{r.required("image_id"), r.text("image_name"), r.required("name"),
                            r.text("description"),  r.required("region"), r.text("project_name"),
                            r.text("agency_name")};
    } else if (op == QLatin1String("create_from_server")) {
        recipe =
            CreateFromServer{r.required("server_id"), r.text("server_name"), r.required("name"),
                             r.text("description"),   r.list("tags"),        r.number("min_ram"),
                             r.number("max_ram")};
    } else if (op == QLatin1String("export")) {
        recipe = Export{r.required("image_id"), r.text("image_name"), r.required("bucket_url"),
                        r.text("file_format"), r.flag("quick")};
    } else if (op == QLatin1String("members")) {
        const std::optional<Members::Action> action = actionFromName(r.text("action"));
        if (!action)
            return std::nullopt;
        // Accept and reject answer for the caller's own project; sharing names the projects.
        const bool namesProjects =
            *action == Members::Action::Add || *action == Members::Action::Remove;
        recipe = Members{*action, r.list("images", true), r.list("projects", namesProjects)};
    } else if (op == QLatin1String("import_from_obs")) {
        recipe = ImportFromObs{r.required("obs_url"),
                               r.required("name"),
                               r.text("description"),
                               r.text("os_version"),
                               r.number("min_disk", true),
                               r.number("min_ram"),
                               r.number("max_ram"),
                               r.list("tags"),
                               r.flag("data_disk"),
                               r.flag("quick"),
                               r.flag("iso")};
    } else if (op == QLatin1String("whole_image")) {
        WholeImage whole{r.text("server_id"), r.text("server_name"), r.text("backup_id"),
                         r.required("name"),  r.text("description"), r.list("tags"),
                         r.number("min_ram"), r.number("max_ram")};
        // Of a server or of a backup: with neither (or both) the request would be a guess.
        if (whole.serverId.isEmpty() == whole.backupId.isEmpty())
            return std::nullopt;
        recipe = whole;
    } else if (op == QLatin1String("data_disk_images")) {
        recipe = DataDiskImages{r.text("server_id"), r.text("server_name"), r.disks("disks"),
                                r.text("description"), r.list("tags")};
    } else if (op == QLatin1String("register")) {
        recipe = Register{r.required("image_id"), r.text("image_name"), r.required("obs_url")};
    }
    if (!recipe || r.damaged())
        return std::nullopt;
    return recipe;
}

JobRequest *request(Session *session, const Recipe &recipe, QObject *parent) {
    return std::visit(
        Overloaded{
            [&](const Copy &r) -> JobRequest * {
                return new CopyImageRequest(session, r.imageId, r.name, r.description, r.cmkId,
                                            parent);
            },
            [&](const CrossRegionCopy &r) -> JobRequest * {
                return new CrossRegionCopyRequest(session, r.imageId, r.name, r.region,
                                                  r.projectName, r.agencyName, r.description,
                                                  parent);
            },
            [&](const CreateFromServer &r) -> JobRequest * {
                ServerImageOptions options;
                options.serverId = r.serverId;
                options.name = r.name;
                options.description = r.description;
                options.tags = imageTags(r.tags);
                options.minRamMb = r.minRamMb;
                options.maxRamMb = r.maxRamMb;
                return new CreateImageFromServerRequest(session, options, parent);
            },
            [&](const Export &r) -> JobRequest * {
                return new ExportImageRequest(session, r.imageId, r.bucketUrl, r.fileFormat,
                                              r.quick, parent);
            },
            [&](const Members &r) -> JobRequest * {
                return new BatchMembersRequest(session, requestAction(r.action), r.imageIds,
                                               r.projectIds, parent);
            },
            [&](const ImportFromObs &r) -> JobRequest * {
                return importRequest(session, r, parent);
            },
            [&](const WholeImage &r) -> JobRequest * {
                return new CreateWholeImageRequest(
                    session,
                    ServerImageOptions{r.serverId, r.name, r.description, imageTags(r.tags),
                                       r.minRamMb, r.maxRamMb},
                    r.backupId, parent);
            },
            [&](const DataDiskImages &r) -> JobRequest * {
                QList<DataDiskImage> images;
                for (const ImportOrder::DataDisk &disk : r.disks)
                    images << DataDiskImage{disk.volumeId, disk.name, r.description,
                                            imageTags(r.tags)};
                return new CreateDataDiskImagesRequest(session, images, parent);
            },
            [&](const Register &r) -> JobRequest * {
                return new RegisterImageFileRequest(session, r.imageId, r.obsUrl, parent);
            },
        },
        recipe);
}

QString describe(const Recipe &recipe) {
    return std::visit(
        Overloaded{
            [](const Copy &r) { return QStringLiteral("%1 → %2").arg(r.imageName, r.name); },
            [](const CrossRegionCopy &r) {
                return tr("%1 → %2 in %3").arg(r.imageName, r.name, r.region);
            },
            [](const CreateFromServer &r) {
                return tr("server %1 → %2").arg(r.serverName, r.name);
            },
            [](const Export &r) { return QStringLiteral("%1 → %2").arg(r.imageName, r.bucketUrl); },
            [](const Members &r) { return describeMembers(r); },
            [](const ImportFromObs &r) { return describeImport(r); },
            [](const WholeImage &r) {
                return r.backupId.isEmpty() ? tr("server %1 (whole) → %2").arg(r.serverName, r.name)
                                            : tr("backup %1 → %2").arg(r.backupId, r.name);
            },
            [](const DataDiskImages &r) {
                QStringList names;
                for (const ImportOrder::DataDisk &disk : r.disks)
                    names << disk.name;
                return tr("server %1 (data disks) → %2")
                    .arg(r.serverName, QLocale().createSeparatedList(names));
            },
            [](const Register &r) {
                return QStringLiteral("%1 → %2").arg(obsFile(r.obsUrl), r.imageName);
            },
        },
        recipe);
}

ExpectedResult expected(const Recipe &recipe) {
    return std::visit(Overloaded{
                          [](const Copy &r) {
                              return ExpectedResult{r.name, {}};
                          },
                          [](const CreateFromServer &r) {
                              return ExpectedResult{r.name, {}};
                          },
                          [](const CrossRegionCopy &r) {
                              return ExpectedResult{r.name, r.region};
                          },
                          [](const ImportFromObs &r) {
                              return ExpectedResult{r.name, {}};
                          },
                          [](const WholeImage &r) {
                              return ExpectedResult{r.name, {}};
                          },
                          // One job makes them all: the first one there means it ran.
                          [](const DataDiskImages &r) {
                              return ExpectedResult{r.disks.value(0).name, {}};
                          },
                          [](const auto &) { return ExpectedResult{}; },
                      },
                      recipe);
}

} // namespace ims::recipes
