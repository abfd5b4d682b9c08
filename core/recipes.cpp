#include "recipes.h"

#include "operationrequests.h"

#include <QJsonArray>

namespace ims::recipes {

namespace {

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };

QString text(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

QStringList list(const QJsonObject &json, const char *key) {
    QStringList values;
    for (const QJsonValue &value : json.value(QLatin1String(key)).toArray())
        values << value.toString();
    return values;
}

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
    for (const QString &tag : tags) {
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        result << ImageTag{equals < 0 ? tag : tag.left(equals),
                           equals < 0 ? QString() : tag.mid(equals + 1)};
    }
    return result;
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
        },
        recipe);
}

std::optional<Recipe> fromJson(const QJsonObject &json) {
    const QString op = text(json, "op");
    if (op == QLatin1String("copy"))
        return Copy{text(json, "image_id"), text(json, "image_name"), text(json, "name"),
                    text(json, "description"), text(json, "cmk_id")};
    if (op == QLatin1String("cross_region_copy"))
        return CrossRegionCopy{text(json, "image_id"),   text(json, "image_name"),
                               text(json, "name"),       text(json, "description"),
                               text(json, "region"),     text(json, "project_name"),
                               text(json, "agency_name")};
    if (op == QLatin1String("create_from_server"))
        return CreateFromServer{text(json, "server_id"),
                                text(json, "server_name"),
                                text(json, "name"),
                                text(json, "description"),
                                list(json, "tags"),
                                json.value(QLatin1String("min_ram")).toInt(),
                                json.value(QLatin1String("max_ram")).toInt()};
    if (op == QLatin1String("export"))
        return Export{text(json, "image_id"), text(json, "image_name"), text(json, "bucket_url"),
                      text(json, "file_format"), json.value(QLatin1String("quick")).toBool()};
    if (op == QLatin1String("members")) {
        const std::optional<Members::Action> action = actionFromName(text(json, "action"));
        if (!action)
            return std::nullopt;
        return Members{*action, list(json, "images"), list(json, "projects")};
    }
    return std::nullopt;
}

JobRequest *request(Session *session, const Recipe &recipe, QObject *parent) {
    return std::visit(Overloaded{
                          [&](const Copy &r) -> JobRequest * {
                              return new CopyImageRequest(session, r.imageId, r.name, r.description,
                                                          r.cmkId, parent);
                          },
                          [&](const CrossRegionCopy &r) -> JobRequest * {
                              return new CrossRegionCopyRequest(
                                  session, r.imageId, r.name, r.region, r.projectName, r.agencyName,
                                  r.description, parent);
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
                              return new ExportImageRequest(session, r.imageId, r.bucketUrl,
                                                            r.fileFormat, r.quick, parent);
                          },
                          [&](const Members &r) -> JobRequest * {
                              return new BatchMembersRequest(session, requestAction(r.action),
                                                             r.imageIds, r.projectIds, parent);
                          },
                      },
                      recipe);
}

QString describe(const Recipe &recipe) {
    return std::visit(
        Overloaded{
            [](const Copy &r) { return QStringLiteral("%1 → %2").arg(r.imageName, r.name); },
            [](const CrossRegionCopy &r) {
                return QStringLiteral("%1 → %2 in %3").arg(r.imageName, r.name, r.region);
            },
            [](const CreateFromServer &r) {
                return QStringLiteral("server %1 → %2").arg(r.serverName, r.name);
            },
            [](const Export &r) { return QStringLiteral("%1 → %2").arg(r.imageName, r.bucketUrl); },
            [](const Members &r) {
                return QStringLiteral("%1: %2 image(s), %3 project(s)")
                    .arg(actionName(r.action))
                    .arg(r.imageIds.size())
                    .arg(r.projectIds.size());
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
                          [](const auto &) { return ExpectedResult{}; },
                      },
                      recipe);
}

} // namespace ims::recipes
