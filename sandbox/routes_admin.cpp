// The loopback-only admin API for tests and demos: faults at run time and quotas.
//   GET /_sandbox/faults              list
//   POST /_sandbox/faults {"spec"}    add one (same syntax as --fault, region= a known region)
//                                     → 201 {"id"}
//   DELETE /_sandbox/faults           remove all;  DELETE /_sandbox/faults/{id}  remove one
//   PUT /_sandbox/quota {"project_id", "images"}
//   GET /_sandbox/deleted-backups     backups deleted with their full-ECS image (delete_backup)
//   GET /_sandbox/obs                 the emulated OBS objects that imports read
//   PUT /_sandbox/obs/{bucket}/{object…} {"size", "format", "virtual_size", "region"}  add/replace
//   DELETE /_sandbox/obs/{bucket}/{object…}
//   GET /_sandbox/backups             the CBR backups full-ECS images can be made from
//   GET /_sandbox/requests            the requests received, with arrival times (ms) and fault
//   DELETE /_sandbox/requests         forget them
#include "api.h"
#include "requestjournal.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject obsJson(const ObsObject &o) {
    return {{QStringLiteral("bucket"), o.bucket},
            {QStringLiteral("object"), o.object},
            {QStringLiteral("url"), o.url()},
            {QStringLiteral("region"), o.region},
            {QStringLiteral("size"), o.size},
            {QStringLiteral("format"), o.format},
            {QStringLiteral("virtual_size"), o.virtualSize}};
}

void badRequest(Call &c, const QString &message) {
    c.json(400, QJsonObject{{QStringLiteral("error"), message}});
}

// PUT /_sandbox/obs/{bucket}/{object…}: the object a test imports. The region defaults to the
// bucket's (the first region for a new bucket); the virtual size to the file size.
void putObs(Api &api, Call &c) {
    QJsonValue body;
    if (!c.jsonBody(&body))
        return;
    const QJsonObject o = body.toObject();
    ObsObject object;
    object.bucket = c.params[0];
    object.object = c.params[1];
    object.size = o.value(QStringLiteral("size")).toInteger(-1);
    object.format = o.value(QStringLiteral("format")).toString();
    object.virtualSize = o.value(QStringLiteral("virtual_size")).toInteger(object.size);
    const QString bucketRegion = api.store.bucketRegion(object.bucket);
    object.region =
        o.value(QStringLiteral("region"))
            .toString(bucketRegion.isEmpty() ? api.store.regions.front().id : bucketRegion);
    if (object.size < 0 || object.format.isEmpty() || object.virtualSize < 0 ||
        !api.store.hasRegion(object.region)) {
        badRequest(c, QStringLiteral("size >= 0 and format are required; virtual_size >= 0 and a "
                                     "known region when given"));
        return;
    }
    if (!bucketRegion.isEmpty() && bucketRegion != object.region) {
        badRequest(c, QStringLiteral("bucket %1 is in region %2").arg(object.bucket, bucketRegion));
        return;
    }
    api.store.obs[object.url()] = object;
    api.store.dirty = true;
    c.json(200, obsJson(object));
}

} // namespace

void addAdminRoutes(Api &api, Faults &faults, RequestJournal &journal) {
    Router &r = api.router;
    r.add("GET", "/_sandbox/requests", Family::Admin, Auth::None, [&journal](Call &c) {
        c.json(200, QJsonObject{{QStringLiteral("requests"), journal.list()}});
    });
    r.add("DELETE", "/_sandbox/requests", Family::Admin, Auth::None, [&journal](Call &c) {
        journal.clear();
        c.noContent();
    });
    r.add("GET", "/_sandbox/faults", Family::Admin, Auth::None, [&faults](Call &c) {
        c.json(200, QJsonObject{{QStringLiteral("faults"), faults.list()}});
    });
    r.add("POST", "/_sandbox/faults", Family::Admin, Auth::None, [&api, &faults](Call &c) {
        QJsonValue body;
        if (!c.jsonBody(&body))
            return;
        QString error;
        const auto fault =
            Fault::parse(body.toObject().value(QStringLiteral("spec")).toString(), &error);
        if (fault && !fault->region.isEmpty() && !api.store.hasRegion(fault->region))
            error = QStringLiteral("unknown region '%1' in a fault spec").arg(fault->region);
        if (!fault || !error.isEmpty()) {
            c.json(400, QJsonObject{{QStringLiteral("error"), error}});
            return;
        }
        c.json(201, QJsonObject{{QStringLiteral("id"), faults.add(*fault)}});
    });
    r.add("DELETE", "/_sandbox/faults", Family::Admin, Auth::None, [&faults](Call &c) {
        faults.clear();
        c.noContent();
    });
    r.add("DELETE", "/_sandbox/faults/{}", Family::Admin, Auth::None, [&faults](Call &c) {
        if (faults.remove(c.params[0].toInt()))
            c.noContent();
        else
            c.json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such fault")}});
    });
    r.add("GET", "/_sandbox/deleted-backups", Family::Admin, Auth::None, [&api](Call &c) {
        QJsonArray backups;
        for (const DeletedBackup &b : api.store.deletedBackups)
            backups.append(QJsonObject{{QStringLiteral("backup_id"), b.backupId},
                                       {QStringLiteral("image_id"), b.imageId},
                                       {QStringLiteral("project_id"), b.projectId},
                                       {QStringLiteral("deleted_at"), isoSeconds(b.deletedAt)}});
        c.json(200, QJsonObject{{QStringLiteral("deleted_backups"), backups}});
    });
    r.add("GET", "/_sandbox/obs", Family::Admin, Auth::None, [&api](Call &c) {
        QJsonArray objects;
        for (const auto &[url, object] : api.store.obs)
            objects.append(obsJson(object));
        c.json(200, QJsonObject{{QStringLiteral("objects"), objects}});
    });
    r.add("PUT", "/_sandbox/obs/{}/{...}", Family::Admin, Auth::None,
          [&api](Call &c) { putObs(api, c); });
    r.add("DELETE", "/_sandbox/obs/{}/{...}", Family::Admin, Auth::None, [&api](Call &c) {
        if (api.store.obs.erase(c.params[0] + QLatin1Char(':') + c.params[1]) == 0) {
            c.json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such object")}});
            return;
        }
        api.store.dirty = true;
        c.noContent();
    });
    r.add("GET", "/_sandbox/backups", Family::Admin, Auth::None, [&api](Call &c) {
        QJsonArray backups;
        for (const Backup &b : api.store.backups)
            backups.append(QJsonObject{{QStringLiteral("id"), b.id},
                                       {QStringLiteral("name"), b.name},
                                       {QStringLiteral("server_id"), b.serverId},
                                       {QStringLiteral("project_id"), b.projectId},
                                       {QStringLiteral("region"), b.region},
                                       {QStringLiteral("used"), api.store.backupUsed(b.id)},
                                       {QStringLiteral("created_at"), isoSeconds(b.createdAt)}});
        c.json(200, QJsonObject{{QStringLiteral("backups"), backups}});
    });
    r.add("PUT", "/_sandbox/quota", Family::Admin, Auth::None, [&api](Call &c) {
        QJsonValue body;
        if (!c.jsonBody(&body))
            return;
        const QString project = body.toObject().value(QStringLiteral("project_id")).toString();
        const int images = body.toObject().value(QStringLiteral("images")).toInt(-1);
        if (!api.store.project(project) || images < 0) {
            c.json(400, QJsonObject{{QStringLiteral("error"),
                                     QStringLiteral("project_id and images >= 0 are required")}});
            return;
        }
        api.store.quota(project).images = images;
        api.store.dirty = true;
        c.noContent();
    });
}

} // namespace sandbox
