// imsctl quota, os-versions and servers list|stop, through ImageOperations.
#include "commands.h"

#include <QPointer>

#include <memory>

namespace imsctl {

using namespace ims;

namespace {

// The ECS calls fail on a cloud whose catalog has no ECS: say what to do.
int serverFailure(Context &ctx, const ApiError &error) {
    if (ctx.session->endpoint(Session::Service::Ecs).isEmpty()) {
        ctx.err << "imsctl: this cloud has no ECS endpoint (set OS_ECS_ENDPOINT)\n";
        ctx.err.flush();
        return Unavailable;
    }
    return ctx.fail(error);
}

Listing serverListing(const QList<Server> &servers) {
    Listing l;
    l.headers = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                 QStringLiteral("flavor"), QStringLiteral("image_id")};
    for (const Server &s : servers)
        l.rows.append({s.id, s.name, s.status, s.flavor, s.imageId});
    return l;
}

} // namespace

int quota(Context &ctx) {
    if (const int code = requireExtension(ctx, QStringLiteral("the image quota")); code != Ok)
        return code;
    const Result<QList<QuotaResource>> quota =
        ctx.await<QList<QuotaResource>>([&](auto done) { ctx.operations()->quota(done); });
    if (!quota)
        return ctx.fail(quota.error());
    Listing l;
    l.headers = {QStringLiteral("type"), QStringLiteral("used"), QStringLiteral("quota"),
                 QStringLiteral("min"), QStringLiteral("max")};
    for (const QuotaResource &r : quota.value())
        l.rows.append({r.type, QString::number(r.used), QString::number(r.quota),
                       QString::number(r.min), QString::number(r.max)});
    print(ctx.out, l, ctx.format);
    return Ok;
}

int osVersions(Context &ctx, const Options &options) {
    if (const int code = requireExtension(ctx, QStringLiteral("the OS version list")); code != Ok)
        return code;
    const Result<QList<OsVersion>> versions =
        ctx.await<QList<OsVersion>>([&](auto done) { ctx.operations()->osVersions(done); });
    if (!versions)
        return ctx.fail(versions.error());
    Listing l;
    l.headers = {QStringLiteral("platform"), QStringLiteral("os_version"),
                 QStringLiteral("os_version_key"), QStringLiteral("os_type"),
                 QStringLiteral("os_bit")};
    for (const OsVersion &v : versions.value()) {
        if (!options.platform.isEmpty() &&
            v.platform.compare(options.platform, Qt::CaseInsensitive) != 0)
            continue;
        l.rows.append(
            {v.platform, v.osVersion, v.osVersionKey, v.osType, QString::number(v.osBit)});
    }
    print(ctx.out, l, ctx.format);
    return Ok;
}

int serversList(Context &ctx) {
    const Result<QList<Server>> servers =
        ctx.await<QList<Server>>([&](auto done) { ctx.operations()->servers(done); });
    if (!servers)
        return serverFailure(ctx, servers.error());
    print(ctx.out, serverListing(servers.value()), ctx.format);
    return Ok;
}

int serversStop(Context &ctx, const QStringList &ids, const Options &options) {
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("servers stop needs server IDs"));
    // Without --wait imsctl returns while ImageOperations still watches the servers: what its
    // callbacks touch outlives this function.
    struct State {
        std::optional<Result<QList<Server>>> outcome;
        bool accepted = false;
        QPointer<QEventLoop> loop;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    int code = Ok;
    ctx.quitOnRefusedLogin(loop, code);
    const bool wait = options.wait;
    ctx.operations()->stopServers(
        ids,
        [state](const Result<QList<Server>> &result) {
            state->outcome = result;
            if (state->loop)
                state->loop->quit();
        },
        [state, wait] {
            state->accepted = true;
            if (!wait && state->loop)
                state->loop->quit();
        });
    if (!state->outcome && !(state->accepted && !wait) && code == Ok)
        loop.exec();
    state->loop = nullptr;
    if (code != Ok)
        return code;
    if (state->outcome && !state->outcome->ok())
        return serverFailure(ctx, state->outcome->error());
    if (!wait || !state->outcome) {
        // ECS stops them in the background; `imsctl servers list` shows when they are.
        for (const QString &id : ids)
            ctx.out << id << " stop sent\n";
        ctx.out.flush();
        return Ok;
    }
    for (const Server &server : state->outcome->value())
        ctx.out << server.id << '\n';
    ctx.out.flush();
    return Ok;
}

} // namespace imsctl
