// The loopback-only admin API for tests and demos: faults at run time and quotas.
//   GET /_sandbox/faults              list
//   POST /_sandbox/faults {"spec"}    add one (same syntax as --fault) → 201 {"id"}
//   DELETE /_sandbox/faults           remove all;  DELETE /_sandbox/faults/{id}  remove one
//   PUT /_sandbox/quota {"project_id", "images"}
//   GET /_sandbox/deleted-backups     backups deleted with their full-ECS image (delete_backup)
#include "api.h"

#include <QJsonArray>

namespace sandbox {

void addAdminRoutes(Api &api, Faults &faults) {
    Router &r = api.router;
    r.add("GET", "/_sandbox/faults", Family::Admin, Auth::None, [&faults](Call &c) {
        c.json(200, QJsonObject{{QStringLiteral("faults"), faults.list()}});
    });
    r.add("POST", "/_sandbox/faults", Family::Admin, Auth::None, [&faults](Call &c) {
        QJsonValue body;
        if (!c.jsonBody(&body))
            return;
        QString error;
        const auto fault =
            Fault::parse(body.toObject().value(QStringLiteral("spec")).toString(), &error);
        if (!fault) {
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
