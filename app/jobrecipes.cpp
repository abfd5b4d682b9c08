#include "jobrecipes.h"

#include "operationrequests.h"

#include <QJsonArray>

namespace ims::recipes {

namespace {

QString text(const QJsonObject &recipe, const char *key) {
    return recipe.value(QLatin1String(key)).toString();
}

QStringList list(const QJsonObject &recipe, const char *key) {
    QStringList values;
    for (const QJsonValue &value : recipe.value(QLatin1String(key)).toArray())
        values << value.toString();
    return values;
}

} // namespace

QJsonObject copy(const QString &imageId, const QString &imageName, const QString &name,
                 const QString &description, const QString &cmkId) {
    return {{"op", "copy"}, {"image_id", imageId},        {"image_name", imageName},
            {"name", name}, {"description", description}, {"cmk_id", cmkId}};
}

QJsonObject crossRegionCopy(const QString &imageId, const QString &imageName, const QString &name,
                            const QString &description, const QString &region,
                            const QString &projectName, const QString &agencyName) {
    return {{"op", "cross_region_copy"},   {"image_id", imageId},
            {"image_name", imageName},     {"name", name},
            {"description", description},  {"region", region},
            {"project_name", projectName}, {"agency_name", agencyName}};
}

QJsonObject createFromServer(const QString &serverId, const QString &serverName,
                             const QString &name, const QString &description,
                             const QStringList &tags, int minRamMb, int maxRamMb) {
    return {{"op", "create_from_server"}, {"server_id", serverId},
            {"server_name", serverName},  {"name", name},
            {"description", description}, {"tags", QJsonArray::fromStringList(tags)},
            {"min_ram", minRamMb},        {"max_ram", maxRamMb}};
}

QJsonObject exportImage(const QString &imageId, const QString &imageName, const QString &bucketUrl,
                        const QString &fileFormat, bool quick) {
    return {{"op", "export"},          {"image_id", imageId},       {"image_name", imageName},
            {"bucket_url", bucketUrl}, {"file_format", fileFormat}, {"quick", quick}};
}

QJsonObject members(const QString &action, const QStringList &imageIds,
                    const QStringList &projectIds) {
    return {{"op", "members"},
            {"action", action},
            {"images", QJsonArray::fromStringList(imageIds)},
            {"projects", QJsonArray::fromStringList(projectIds)}};
}

JobRequest *request(Session *session, const QJsonObject &r, QObject *parent) {
    const QString op = text(r, "op");
    if (op == QLatin1String("copy"))
        return new CopyImageRequest(session, text(r, "image_id"), text(r, "name"),
                                    text(r, "description"), text(r, "cmk_id"), parent);
    if (op == QLatin1String("cross_region_copy"))
        return new CrossRegionCopyRequest(session, text(r, "image_id"), text(r, "name"),
                                          text(r, "region"), text(r, "project_name"),
                                          text(r, "agency_name"), text(r, "description"), parent);
    if (op == QLatin1String("create_from_server")) {
        ServerImageOptions options;
        options.serverId = text(r, "server_id");
        options.name = text(r, "name");
        options.description = text(r, "description");
        for (const QString &tag : list(r, "tags")) {
            const qsizetype equals = tag.indexOf(QLatin1Char('='));
            options.tags << ImageTag{equals < 0 ? tag : tag.left(equals),
                                     equals < 0 ? QString() : tag.mid(equals + 1)};
        }
        options.minRamMb = r.value(QLatin1String("min_ram")).toInt();
        options.maxRamMb = r.value(QLatin1String("max_ram")).toInt();
        return new CreateImageFromServerRequest(session, options, parent);
    }
    if (op == QLatin1String("export"))
        return new ExportImageRequest(session, text(r, "image_id"), text(r, "bucket_url"),
                                      text(r, "file_format"),
                                      r.value(QLatin1String("quick")).toBool(), parent);
    if (op == QLatin1String("members")) {
        static const QHash<QString, BatchMembersRequest::Action> actions{
            {QStringLiteral("add"), BatchMembersRequest::Action::Add},
            {QStringLiteral("remove"), BatchMembersRequest::Action::Remove},
            {QStringLiteral("accept"), BatchMembersRequest::Action::Accept},
            {QStringLiteral("reject"), BatchMembersRequest::Action::Reject}};
        const auto action = actions.constFind(text(r, "action"));
        if (action == actions.constEnd())
            return nullptr;
        return new BatchMembersRequest(session, *action, list(r, "images"), list(r, "projects"),
                                       parent);
    }
    return nullptr;
}

QString describe(const QJsonObject &r) {
    const QString op = text(r, "op");
    if (op == QLatin1String("copy"))
        return QStringLiteral("%1 → %2").arg(text(r, "image_name"), text(r, "name"));
    if (op == QLatin1String("cross_region_copy"))
        return QStringLiteral("%1 → %2 in %3")
            .arg(text(r, "image_name"), text(r, "name"), text(r, "region"));
    if (op == QLatin1String("create_from_server"))
        return QStringLiteral("server %1 → %2").arg(text(r, "server_name"), text(r, "name"));
    if (op == QLatin1String("export"))
        return QStringLiteral("%1 → %2").arg(text(r, "image_name"), text(r, "bucket_url"));
    if (op == QLatin1String("members"))
        return QStringLiteral("%1: %2 image(s), %3 project(s)")
            .arg(text(r, "action"))
            .arg(list(r, "images").size())
            .arg(list(r, "projects").size());
    return op;
}

ExpectedResult expected(const QJsonObject &r) {
    const QString op = text(r, "op");
    if (op == QLatin1String("copy") || op == QLatin1String("create_from_server"))
        return {text(r, "name"), {}};
    if (op == QLatin1String("cross_region_copy"))
        return {text(r, "name"), text(r, "region")};
    return {};
}

} // namespace ims::recipes
