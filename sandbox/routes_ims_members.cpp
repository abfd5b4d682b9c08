// IMS batch sharing: POST/DELETE/PUT /v1/cloudimages/members (asynchronous, §5.10). The change
// is applied when the job is accepted (unless the job is made to fail) and the job reports
// per-image results.
#include "imscommon.h"

#include <QJsonArray>

namespace sandbox {

namespace {

bool stringList(Call &call, const QJsonValue &value, QStringList *out) {
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !v.toString().isEmpty())
            out->append(v.toString());
    if (!value.isArray() || out->isEmpty() || out->size() != value.toArray().size()) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return false;
    }
    return true;
}

void changeMembers(Api &api, Call &call, bool add) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QJsonObject o = body.toObject();
    QStringList imageIds, projectIds;
    if (!stringList(call, o.value(QStringLiteral("images")), &imageIds) ||
        !stringList(call, o.value(QStringLiteral("projects")), &projectIds))
        return;
    std::vector<Image *> images;
    for (const QString &id : imageIds) {
        Image *image = imsImage(api, call, id);
        if (!image)
            return;
        const auto refuse = [&call](const char *code, const char *message) {
            call.imsError(400, QString::fromLatin1(code), QString::fromLatin1(message));
        };
        if (image->visibility == QLatin1String("public"))
            return refuse("IMG.0089", "The public image cannot be shared.");
        if (image->owner != call.projectId)
            return refuse("IMG.0106", "The image owner is another tenant.");
        if (add && image->encrypted())
            return refuse("IMG.0098", "The encrypted image cannot be shared.");
        if (add && image->prop(QStringLiteral("__whole_image")) == QLatin1String("true") &&
            image->prop(QStringLiteral("__backup_id")).isEmpty())
            return refuse("IMG.0135", "The full-ECS image cannot be shared.");
        if (add && image->members.size() + size_t(projectIds.size()) > 256)
            return refuse("IMG.0088",
                          "The number of shared images has reached the maximum allowed.");
        images.push_back(image);
    }
    for (const QString &project : projectIds) {
        const Project *p = api.store.project(project);
        if (project == call.projectId) {
            call.imsError(400, QStringLiteral("IMG.0076"),
                          QStringLiteral("You cannot share an image with yourself."));
            return;
        }
        if (!p) {
            call.imsError(400, QStringLiteral("IMG.0067"),
                          QStringLiteral("The project ID is incorrect."));
            return;
        }
        if (p->region != call.region) {
            call.imsError(
                400, QStringLiteral("IMG.0177"),
                QStringLiteral("The source and target tenants reside in different regions."));
            return;
        }
    }
    QJsonArray results;
    // A job that will fail (job-fail fault) changes nothing: its results say it failed.
    const bool applies = call.jobFailCode.isEmpty();
    for (Image *image : images) {
        for (const QString &project : projectIds) {
            if (applies && add) {
                image->visibility =
                    QStringLiteral("shared"); // members need a shared image (Glance rule)
                if (!image->members.count(project))
                    image->members[project] = Member{QStringLiteral("pending"), call.now, call.now};
            } else if (applies) {
                image->members.erase(project);
            }
            results.append(QJsonObject{{QStringLiteral("image_id"), image->id},
                                       {QStringLiteral("project_id"), project},
                                       {QStringLiteral("status"), QStringLiteral("success")}});
        }
    }
    Job &job = startJob(api, call,
                        add ? QStringLiteral("imsAddImageMembersJob")
                            : QStringLiteral("imsDelImageMembersJob"),
                        JobKind::Members);
    job.extraEntities.insert(QStringLiteral("results"), results);
}

void answerMembers(Api &api, Call &call) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QJsonObject o = body.toObject();
    QStringList imageIds;
    if (!stringList(call, o.value(QStringLiteral("images")), &imageIds))
        return;
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("accepted") && status != QLatin1String("rejected")) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return;
    }
    if (!checkPathProject(call, o.value(QStringLiteral("project_id")).toString()))
        return;
    std::vector<Member *> members;
    for (const QString &id : imageIds) {
        Image *image = imsImage(api, call, id);
        if (!image)
            return;
        const auto it = image->members.find(call.projectId);
        if (it == image->members.end()) {
            call.imsError(400, QStringLiteral("IMG.0027"),
                          QStringLiteral("The image ID in the request does not exist."));
            return;
        }
        members.push_back(&it->second);
    }
    QJsonArray results;
    for (qsizetype i = 0; i < imageIds.size(); ++i) {
        if (call.jobFailCode.isEmpty()) { // a job that will fail changes nothing
            members[size_t(i)]->status = status;
            members[size_t(i)]->updatedAt = call.now;
        }
        results.append(QJsonObject{{QStringLiteral("image_id"), imageIds[i]},
                                   {QStringLiteral("project_id"), call.projectId},
                                   {QStringLiteral("status"), QStringLiteral("success")}});
    }
    Job &job = startJob(api, call, QStringLiteral("imsUpdateImageMembersJob"), JobKind::Members);
    job.extraEntities.insert(QStringLiteral("results"), results);
}

} // namespace

void addImsMemberRoutes(Api &api) {
    Router &r = api.router;
    r.add("POST", "/v1/cloudimages/members", Family::Ims, Auth::Required,
          [&api](Call &c) { changeMembers(api, c, true); });
    r.add("DELETE", "/v1/cloudimages/members", Family::Ims, Auth::Required,
          [&api](Call &c) { changeMembers(api, c, false); });
    r.add("PUT", "/v1/cloudimages/members", Family::Ims, Auth::Required,
          [&api](Call &c) { answerMembers(api, c); });
}

} // namespace sandbox
