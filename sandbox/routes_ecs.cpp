// ECS: the server list the create dialog offers, and asynchronous stop/start.
#include "api.h"
#include "imscommon.h"

#include <QJsonArray>

namespace sandbox {

namespace {

void ecsError(Call &call, int status, const char *code, const QString &message) {
    call.json(status, QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                               {QStringLiteral("message"), message}}}});
}

QJsonObject serverJson(const Store &store, const Server &s) {
    const Image *image = const_cast<Store &>(store).image(s.imageId);
    // As ECS lists them: bootIndex "0" marks the system disk; data disks have none.
    QJsonArray volumes;
    for (const Volume &v : s.volumes) {
        QJsonObject volume{{QStringLiteral("id"), v.id},
                           {QStringLiteral("device"), v.device},
                           {QStringLiteral("delete_on_termination"), QStringLiteral("false")}};
        if (v.system)
            volume.insert(QStringLiteral("bootIndex"), QStringLiteral("0"));
        volumes.append(volume);
    }
    QString task;
    if (s.targetStatus == QLatin1String("SHUTOFF"))
        task = QStringLiteral("powering-off");
    else if (s.targetStatus == QLatin1String("ACTIVE"))
        task = QStringLiteral("powering-on");
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("tenant_id"), s.projectId},
            {QStringLiteral("created"), isoSeconds(s.createdAt)},
            {QStringLiteral("updated"), isoSeconds(s.createdAt)},
            {QStringLiteral("flavor"),
             QJsonObject{{QStringLiteral("id"), s.flavor}, {QStringLiteral("name"), s.flavor}}},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), s.imageId}}},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("image_name"), image ? image->name : QString()},
                         {QStringLiteral("os_type"),
                          image ? image->prop(QStringLiteral("__os_type")) : QString()},
                         {QStringLiteral("os_bit"), QStringLiteral("64")},
                         {QStringLiteral("os_version"), s.osVersion}}},
            {QStringLiteral("OS-EXT-STS:vm_state"), s.status == QLatin1String("ACTIVE")
                                                        ? QStringLiteral("active")
                                                        : QStringLiteral("stopped")},
            {QStringLiteral("OS-EXT-STS:task_state"),
             task.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task)},
            {QStringLiteral("OS-EXT-AZ:availability_zone"), s.region + QStringLiteral("-01")},
            {QStringLiteral("os-extended-volumes:volumes_attached"), volumes}};
}

void serverAction(Api &api, Call &call) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QJsonObject o = body.toObject();
    const bool stop = o.contains(QStringLiteral("os-stop"));
    const bool start = o.contains(QStringLiteral("os-start"));
    if (stop == start) {
        ecsError(call, 400, "Ecs.0005",
                 QStringLiteral("Invalid parameter: expecting os-stop or os-start."));
        return;
    }
    const QJsonArray list = o.value(stop ? QStringLiteral("os-stop") : QStringLiteral("os-start"))
                                .toObject()
                                .value(QStringLiteral("servers"))
                                .toArray();
    std::vector<Server *> servers;
    for (const QJsonValue &v : list) {
        Server *s = api.store.server(v.toObject().value(QStringLiteral("id")).toString());
        if (!s || s->projectId != call.projectId || s->region != call.region) {
            ecsError(call, 404, "Ecs.0114",
                     QStringLiteral("Instance %1 could not be found.")
                         .arg(v.toObject().value(QStringLiteral("id")).toString()));
            return;
        }
        servers.push_back(s);
    }
    if (servers.empty()) {
        ecsError(call, 400, "Ecs.0005", QStringLiteral("Invalid parameter: servers is empty."));
        return;
    }
    Job &job = startJob(
        api, call, stop ? QStringLiteral("batchStopServers") : QStringLiteral("batchStartServers"),
        JobKind::ServerAction);
    job.serverTarget = stop ? QStringLiteral("SHUTOFF") : QStringLiteral("ACTIVE");
    for (Server *s : servers) {
        job.serverIds.append(s->id);
        s->targetStatus = job.serverTarget;
        s->changeAt = job.beginAt + job.duration;
    }
}

} // namespace

void addEcsRoutes(Api &api) {
    Router &r = api.router;
    r.add("GET", "/v1/{}/cloudservers/detail", Family::Ecs, Auth::Required, [&api](Call &c) {
        if (!checkPathProject(c, c.params[0]))
            return;
        const QString status = c.query("status");
        const QString name = c.query("name");
        QJsonArray list;
        for (const Server &s : api.store.servers)
            if (s.projectId == c.projectId && s.region == c.region &&
                (status.isEmpty() || s.status == status) &&
                (name.isEmpty() || s.name.contains(name)))
                list.append(serverJson(api.store, s));
        c.json(200, QJsonObject{{QStringLiteral("count"), list.size()},
                                {QStringLiteral("servers"), list}});
    });
    r.add("POST", "/v1/{}/cloudservers/action", Family::Ecs, Auth::Required, [&api](Call &c) {
        if (checkPathProject(c, c.params[0]))
            serverAction(api, c);
    });
    r.add("GET", "/v1/{}/cloudservers/{}", Family::Ecs, Auth::Required, [&api](Call &c) {
        if (!checkPathProject(c, c.params[0]))
            return;
        const Server *s = api.store.server(c.params[1]);
        if (!s || s->projectId != c.projectId || s->region != c.region) {
            ecsError(c, 404, "Ecs.0114",
                     QStringLiteral("Instance %1 could not be found.").arg(c.params[1]));
            return;
        }
        c.json(200, QJsonObject{{QStringLiteral("server"), serverJson(api.store, *s)}});
    });
}

} // namespace sandbox
