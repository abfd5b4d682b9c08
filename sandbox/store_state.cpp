// The state file: everything but the identities, which come back from the seed. Tokens are kept
// as SHA-256 digests only, so the file holds no secret.
#include "store.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject jobState(const Job &job) {
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("type"), job.type},
                  {QStringLiteral("project_id"), job.projectId},
                  {QStringLiteral("kind"), int(job.kind)},
                  {QStringLiteral("begin_ms"), job.beginAt},
                  {QStringLiteral("duration_ms"), job.duration},
                  {QStringLiteral("fails"), job.fails},
                  {QStringLiteral("error_code"), job.errorCode},
                  {QStringLiteral("fail_reason"), job.failReason},
                  {QStringLiteral("image_name"), job.imageName},
                  {QStringLiteral("image_inserted"), job.imageInserted},
                  {QStringLiteral("settled"), job.settled},
                  {QStringLiteral("server_ids"), QJsonArray::fromStringList(job.serverIds)},
                  {QStringLiteral("server_target"), job.serverTarget},
                  {QStringLiteral("entities"), job.extraEntities}};
    QJsonArray images;
    for (const Image &image : job.images)
        images.append(imageState(image));
    o.insert(QStringLiteral("images"), images);
    return o;
}

Job jobFromState(const QJsonObject &o) {
    Job job;
    job.id = o.value(QStringLiteral("id")).toString();
    job.type = o.value(QStringLiteral("type")).toString();
    job.projectId = o.value(QStringLiteral("project_id")).toString();
    job.kind = JobKind(std::clamp(o.value(QStringLiteral("kind")).toInt(), 0, 4));
    job.beginAt = o.value(QStringLiteral("begin_ms")).toInteger();
    job.duration = o.value(QStringLiteral("duration_ms")).toInteger();
    job.fails = o.value(QStringLiteral("fails")).toBool();
    job.errorCode = o.value(QStringLiteral("error_code")).toString();
    job.failReason = o.value(QStringLiteral("fail_reason")).toString();
    job.imageName = o.value(QStringLiteral("image_name")).toString();
    job.imageInserted = o.value(QStringLiteral("image_inserted")).toBool();
    job.settled = o.value(QStringLiteral("settled")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("server_ids")).toArray())
        job.serverIds.append(v.toString());
    job.serverTarget = o.value(QStringLiteral("server_target")).toString();
    job.extraEntities = o.value(QStringLiteral("entities")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("images")).toArray())
        job.images.push_back(imageFromState(v.toObject()));
    return job;
}

QJsonArray volumesState(const std::vector<Volume> &volumes) {
    QJsonArray array;
    for (const Volume &v : volumes)
        array.append(QJsonObject{{QStringLiteral("id"), v.id},
                                 {QStringLiteral("device"), v.device},
                                 {QStringLiteral("system"), v.system},
                                 {QStringLiteral("size_gb"), v.sizeGb}});
    return array;
}

std::vector<Volume> volumesFromState(const QJsonArray &array) {
    std::vector<Volume> volumes;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        volumes.push_back({o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("device")).toString(),
                           o.value(QStringLiteral("system")).toBool(),
                           o.value(QStringLiteral("size_gb")).toInt()});
    }
    return volumes;
}

} // namespace

QJsonObject Store::toState() const {
    QJsonArray imageArray;
    for (const auto &[id, image] : images)
        imageArray.append(imageState(image));
    QJsonArray serverArray;
    for (const Server &s : servers)
        serverArray.append(QJsonObject{{QStringLiteral("id"), s.id},
                                       {QStringLiteral("name"), s.name},
                                       {QStringLiteral("project_id"), s.projectId},
                                       {QStringLiteral("region"), s.region},
                                       {QStringLiteral("status"), s.status},
                                       {QStringLiteral("flavor"), s.flavor},
                                       {QStringLiteral("image_id"), s.imageId},
                                       {QStringLiteral("os_version"), s.osVersion},
                                       {QStringLiteral("created_ms"), s.createdAt},
                                       {QStringLiteral("target_status"), s.targetStatus},
                                       {QStringLiteral("change_ms"), s.changeAt},
                                       {QStringLiteral("volumes"), volumesState(s.volumes)}});
    QJsonArray jobArray;
    for (const auto &[id, job] : jobs)
        jobArray.append(jobState(job));
    QJsonObject tokenObject;
    for (const auto &[digest, t] : tokens)
        tokenObject.insert(digest, QJsonObject{{QStringLiteral("user_id"), t.userId},
                                               {QStringLiteral("project_id"), t.projectId},
                                               {QStringLiteral("issued_ms"), t.issuedAt},
                                               {QStringLiteral("expires_ms"), t.expiresAt}});
    QJsonObject quotaObject;
    for (const auto &[project, q] : quotas)
        quotaObject.insert(project, QJsonObject{{QStringLiteral("images"), q.images},
                                                {QStringLiteral("max"), q.max}});
    QJsonArray backupArray;
    for (const DeletedBackup &b : deletedBackups)
        backupArray.append(QJsonObject{{QStringLiteral("backup_id"), b.backupId},
                                       {QStringLiteral("image_id"), b.imageId},
                                       {QStringLiteral("project_id"), b.projectId},
                                       {QStringLiteral("deleted_ms"), b.deletedAt}});
    QJsonArray obsArray;
    for (const auto &[url, o] : obs)
        obsArray.append(QJsonObject{{QStringLiteral("bucket"), o.bucket},
                                    {QStringLiteral("object"), o.object},
                                    {QStringLiteral("region"), o.region},
                                    {QStringLiteral("size"), o.size},
                                    {QStringLiteral("format"), o.format},
                                    {QStringLiteral("virtual_size"), o.virtualSize}});
    QJsonArray cbrArray;
    for (const Backup &b : backups)
        cbrArray.append(QJsonObject{{QStringLiteral("id"), b.id},
                                    {QStringLiteral("name"), b.name},
                                    {QStringLiteral("server_id"), b.serverId},
                                    {QStringLiteral("project_id"), b.projectId},
                                    {QStringLiteral("region"), b.region},
                                    {QStringLiteral("created_ms"), b.createdAt}});
    QJsonArray uploadArray;
    for (const PendingUpload &u : uploads)
        uploadArray.append(QJsonObject{{QStringLiteral("image_id"), u.imageId},
                                       {QStringLiteral("at_ms"), u.at},
                                       {QStringLiteral("killed"), u.killed}});
    return {{QStringLiteral("obs"), obsArray},
            {QStringLiteral("backups"), cbrArray},
            {QStringLiteral("uploads"), uploadArray},
            {QStringLiteral("format"), 1},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("regions"), int(regions.size())},
            {QStringLiteral("images"), imageArray},
            {QStringLiteral("servers"), serverArray},
            {QStringLiteral("jobs"), jobArray},
            {QStringLiteral("tokens"), tokenObject},
            {QStringLiteral("quotas"), quotaObject},
            {QStringLiteral("deleted_backups"), backupArray}};
}

bool Store::fromState(const QJsonObject &state, QString *error) {
    if (state.value(QStringLiteral("format")).toInt() != 1) {
        *error = QStringLiteral("not a sandbox state file (format 1)");
        return false;
    }
    images.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("images")).toArray()) {
        Image image = imageFromState(v.toObject());
        if (!image.id.isEmpty())
            images.emplace(image.id, std::move(image));
    }
    servers.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject o = v.toObject();
        servers.push_back({o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("name")).toString(),
                           o.value(QStringLiteral("project_id")).toString(),
                           o.value(QStringLiteral("region")).toString(),
                           o.value(QStringLiteral("status")).toString(),
                           o.value(QStringLiteral("flavor")).toString(),
                           o.value(QStringLiteral("image_id")).toString(),
                           o.value(QStringLiteral("os_version")).toString(),
                           o.value(QStringLiteral("created_ms")).toInteger(),
                           o.value(QStringLiteral("target_status")).toString(),
                           o.value(QStringLiteral("change_ms")).toInteger(),
                           volumesFromState(o.value(QStringLiteral("volumes")).toArray())});
    }
    obs.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("obs")).toArray()) {
        const QJsonObject o = v.toObject();
        ObsObject object{o.value(QStringLiteral("bucket")).toString(),
                         o.value(QStringLiteral("object")).toString(),
                         o.value(QStringLiteral("region")).toString(),
                         o.value(QStringLiteral("size")).toInteger(),
                         o.value(QStringLiteral("format")).toString(),
                         o.value(QStringLiteral("virtual_size")).toInteger()};
        obs[object.url()] = object;
    }
    backups.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("backups")).toArray()) {
        const QJsonObject o = v.toObject();
        backups.push_back({o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("name")).toString(),
                           o.value(QStringLiteral("server_id")).toString(),
                           o.value(QStringLiteral("project_id")).toString(),
                           o.value(QStringLiteral("region")).toString(),
                           o.value(QStringLiteral("created_ms")).toInteger()});
    }
    uploads.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("uploads")).toArray()) {
        const QJsonObject o = v.toObject();
        uploads.push_back({o.value(QStringLiteral("image_id")).toString(),
                           o.value(QStringLiteral("at_ms")).toInteger(),
                           o.value(QStringLiteral("killed")).toBool()});
    }
    jobs.clear();
    openJobs.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("jobs")).toArray()) {
        Job job = jobFromState(v.toObject());
        if (!job.settled)
            openJobs.push_back(job.id);
        jobs[job.id] = std::move(job);
    }
    tokens.clear();
    const QJsonObject tokenObject = state.value(QStringLiteral("tokens")).toObject();
    for (auto it = tokenObject.begin(); it != tokenObject.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        tokens[it.key()] = {o.value(QStringLiteral("user_id")).toString(),
                            o.value(QStringLiteral("project_id")).toString(),
                            o.value(QStringLiteral("issued_ms")).toInteger(),
                            o.value(QStringLiteral("expires_ms")).toInteger()};
    }
    quotas.clear();
    const QJsonObject quotaObject = state.value(QStringLiteral("quotas")).toObject();
    for (auto it = quotaObject.begin(); it != quotaObject.end(); ++it)
        quotas[it.key()] = {it.value().toObject().value(QStringLiteral("images")).toInt(50),
                            it.value().toObject().value(QStringLiteral("max")).toInt(1000)};
    deletedBackups.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("deleted_backups")).toArray()) {
        const QJsonObject o = v.toObject();
        deletedBackups.push_back({o.value(QStringLiteral("backup_id")).toString(),
                                  o.value(QStringLiteral("image_id")).toString(),
                                  o.value(QStringLiteral("project_id")).toString(),
                                  o.value(QStringLiteral("deleted_ms")).toInteger()});
    }
    return true;
}

} // namespace sandbox
