// IMS replication: POST /v1/cloudimages/{id}/copy (within the region; cmk_id makes an encrypted
// copy, none an unencrypted one) and …/cross_region_copy (SPEC §5.12).
#include "imscommon.h"

namespace sandbox {

void copyImage(Api &api, Call &call, bool crossRegion) {
    Image *image = imsImage(api, call, call.params[0]);
    QJsonObject body;
    QStringList ignored;
    if (!image || !bodyObject(call, &body) || !commonChecks(call, body, true, &ignored))
        return;
    const auto refuse = [&call](const char *code, const QString &message) {
        call.imsError(400, QString::fromLatin1(code), message);
    };
    const bool own = image->owner == call.projectId;
    const auto member = image->members.find(call.projectId);
    if (!own && image->visibility != QLatin1String("public")) {
        if (member == image->members.end() || member->second.status != QLatin1String("accepted"))
            return refuse(
                "IMG.0196",
                QStringLiteral(
                    "The image cannot be replicated because it is not accepted by the recipient."));
        if (image->encrypted())
            return refuse(
                "IMG.0197",
                QStringLiteral(
                    "Failed to replicate the shared image because it is encrypted using KMS."));
    }
    if (image->prop(QStringLiteral("__whole_image")) == QLatin1String("true"))
        return refuse("IMG.0130",
                      QStringLiteral("The full-ECS image cannot be exported or replicated."));
    if (image->prop(QStringLiteral("virtual_env_type")) == QLatin1String("IsoImage"))
        return refuse("IMG.0167",
                      QStringLiteral("This operation cannot be performed for ISO images."));
    if (image->status != QLatin1String("active"))
        return refuse("IMG.0046", QStringLiteral("The image is unavailable."));

    Image copy = *image;
    copy.id = api.store.ids.uuid();
    copy.name = body.value(QStringLiteral("name")).toString();
    copy.owner = call.projectId;
    copy.visibility = QStringLiteral("private");
    copy.isProtected = false;
    copy.members.clear();
    copy.dataFile.clear();
    copy.props[QStringLiteral("__originalimagename")] = image->id;
    if (body.contains(QStringLiteral("description")))
        copy.props[QStringLiteral("__description")] =
            body.value(QStringLiteral("description")).toString();
    QString type = QStringLiteral("imsCopyImageInRegionJob");
    Call target = call; // quota is counted in the destination project
    if (crossRegion) {
        // §5.12: region and project of the destination, an agency, no encryption, ≤ 128 GB,
        // at most 5 at once per tenant. The SPEC gives no codes for these; IMG.0001/0060 are used.
        const QString region = body.value(QStringLiteral("region")).toString();
        const Project *project =
            api.store.projectByName(body.value(QStringLiteral("project_name")).toString());
        const User *user = api.store.user(call.userId);
        if (!api.store.hasRegion(region) || region == call.region)
            return refuse("IMG.0001", QStringLiteral("The destination region is invalid."));
        if (!project || project->region != region || !user ||
            !user->projectIds.contains(project->id))
            return refuse("IMG.0067", QStringLiteral("The project ID is incorrect."));
        if (body.value(QStringLiteral("agency_name")).toString().isEmpty())
            return refuse("IMG.0001", QStringLiteral("The agency name is not specified."));
        if (image->encrypted())
            return refuse("IMG.0001",
                          QStringLiteral("Encrypted images cannot be replicated across regions."));
        if (image->prop(QStringLiteral("__image_size")).toLongLong() > 128LL * 1024 * 1024 * 1024)
            return refuse("IMG.0001",
                          QStringLiteral(
                              "Only images smaller than 128 GB can be replicated across regions."));
        int running = 0;
        for (const QString &id : api.store.openJobs) {
            const Job &j = api.store.jobs.at(id);
            running += j.projectId == call.projectId &&
                       j.type == QLatin1String("imsCrossRegionCopyImageJob") &&
                       api.store.phase(j, call.now) != JobPhase::Success &&
                       api.store.phase(j, call.now) != JobPhase::Fail;
        }
        if (running >= 5)
            return refuse("IMG.0060",
                          QStringLiteral("The number of tasks exceeds the flow control limit."));
        copy.region = region;
        copy.owner = project->id;
        target.projectId = project->id;
        copy.props.erase(QStringLiteral("__system__cmkid"));
        type = QStringLiteral("imsCrossRegionCopyImageJob");
    } else if (!body.value(QStringLiteral("cmk_id")).toString().isEmpty()) {
        copy.props[QStringLiteral("__system__cmkid")] =
            body.value(QStringLiteral("cmk_id")).toString();
    } else {
        copy.props.erase(QStringLiteral("__system__cmkid")); // no key: an unencrypted copy
    }
    if (!checkQuota(api, target, 1))
        return;
    Job &job = startJob(api, call, type, JobKind::CreateImage);
    job.imageName = copy.name;
    job.images = {copy};
}

} // namespace sandbox
