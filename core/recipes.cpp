#include "recipes.h"

#include "operationrequests.h"

#include <QJsonArray>

namespace ims::recipes {

namespace {

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
    int number(const char *key) {
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        if (!value.isDouble())
            m_damaged = true;
        return value.toInt();
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
    }
    if (!recipe || r.damaged())
        return std::nullopt;
    return recipe;
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
