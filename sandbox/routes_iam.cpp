// IAM (Keystone v3 compatible): password tokens with a catalog, version document, projects.
#include "api.h"

#include <QJsonArray>

namespace sandbox {

namespace {

QJsonObject link(const QString &href) {
    return {{QStringLiteral("self"), href}};
}

QJsonArray catalog(const Api &api, const Call &call) {
    QJsonArray identity, image, ecs;
    int n = 0;
    for (const Region &region : api.store.regions) {
        const QString base = api.regionBase(call.serverBase, region.id);
        const auto endpoint = [&](const QString &url) {
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("%1").arg(++n, 32, 16, QLatin1Char('0'))},
                {QStringLiteral("interface"), QStringLiteral("public")},
                {QStringLiteral("region"), region.id},
                {QStringLiteral("region_id"), region.id},
                {QStringLiteral("url"), url}};
        };
        identity.append(endpoint(call.serverBase + QStringLiteral("/v3")));
        image.append(endpoint(base));
        ecs.append(endpoint(base));
    }
    const auto service = [](const char *type, const char *name, const char *id,
                            const QJsonArray &endpoints) {
        return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                           {QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("endpoints"), endpoints}};
    };
    return {service("identity", "keystone", "3c6a8e9d2f1b4a5c8d7e6f5a4b3c2d1e", identity),
            service("image", "glance", "90095f474f054b4ba6e029bc398ccb59", image),
            service("ecs", "ecs", "b5e4c1a2d3f64e7a8b9c0d1e2f3a4b5c", ecs)};
}

QJsonObject projectJson(const Store &store, const Project &p, const QString &base) {
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("domain_id"), store.domainId},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("is_domain"), false},
            {QStringLiteral("parent_id"), store.domainId},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("links"), link(base + QStringLiteral("/v3/projects/") + p.id)}};
}

QJsonObject tokenJson(Api &api, const Call &call, const User &user, const Project *project,
                      const TokenRecord &record) {
    Store &store = api.store;
    const QJsonObject domainJson{{QStringLiteral("id"), store.domainId},
                                 {QStringLiteral("name"), store.domainName}};
    QJsonObject token{
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), user.id},
                     {QStringLiteral("name"), user.name},
                     {QStringLiteral("domain"), domainJson},
                     {QStringLiteral("password_expires_at"), QJsonValue::Null}}},
        {QStringLiteral("audit_ids"), QJsonArray{store.ids.hex32().left(22)}},
        {QStringLiteral("issued_at"), isoMicros(record.issuedAt)},
        {QStringLiteral("expires_at"), isoMicros(record.expiresAt)},
    };
    if (project) {
        token.insert(QStringLiteral("project"),
                     QJsonObject{{QStringLiteral("id"), project->id},
                                 {QStringLiteral("name"), project->name},
                                 {QStringLiteral("domain"), domainJson}});
        token.insert(QStringLiteral("is_domain"), false);
        token.insert(QStringLiteral("roles"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"),
                                             QStringLiteral("0f3b8f1e6c2d4a7b9e5c1d2f3a4b5c6d")},
                                            {QStringLiteral("name"), QStringLiteral("member")}},
                                QJsonObject{{QStringLiteral("id"),
                                             QStringLiteral("1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6")},
                                            {QStringLiteral("name"), QStringLiteral("reader")}}});
        if (!call.hasQuery("nocatalog"))
            token.insert(QStringLiteral("catalog"), catalog(api, call));
    }
    return token;
}

void issueToken(Api &api, Call &call) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QJsonObject auth = body.toObject().value(QStringLiteral("auth")).toObject();
    if (auth.isEmpty()) {
        call.iamError(
            400, QStringLiteral("Expecting to find auth in request body. The server could "
                                "not comply with the request since it is either malformed "
                                "or otherwise incorrect. The client is assumed to be in error."));
        return;
    }
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonObject userObject = identity.value(QStringLiteral("password"))
                                       .toObject()
                                       .value(QStringLiteral("user"))
                                       .toObject();
    if (!identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("password")) ||
        userObject.isEmpty()) {
        call.iamError(400,
                      QStringLiteral("Expecting to find identity.password.user in request body."));
        return;
    }
    Store &store = api.store;
    const User *user = userObject.contains(QStringLiteral("id"))
                           ? store.user(userObject.value(QStringLiteral("id")).toString())
                           : store.userByName(userObject.value(QStringLiteral("name")).toString());
    const QJsonObject domain = userObject.value(QStringLiteral("domain")).toObject();
    const bool domainOk = userObject.contains(QStringLiteral("id")) ||
                          domain.value(QStringLiteral("name")).toString() == store.domainName ||
                          domain.value(QStringLiteral("id")).toString() == store.domainId;
    if (!user || !domainOk ||
        userObject.value(QStringLiteral("password")).toString() != user->password) {
        call.iamError(401, QStringLiteral("The request you have made requires authentication."));
        return;
    }
    // Project scope by id or by name; the project's domain is not checked (names are unique here).
    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QJsonObject projectScope = scope.value(QStringLiteral("project")).toObject();
    const Project *project = nullptr;
    if (!projectScope.isEmpty()) {
        project = projectScope.contains(QStringLiteral("id"))
                      ? store.project(projectScope.value(QStringLiteral("id")).toString())
                      : store.projectByName(projectScope.value(QStringLiteral("name")).toString());
        if (!project || !user->projectIds.contains(project->id)) {
            call.iamError(401,
                          QStringLiteral("The request you have made requires authentication."));
            return;
        }
    }
    TokenRecord record;
    const QString token =
        store.issueToken(user->id, project ? project->id : QString(), call.now, &record);
    call.res.set_header("X-Subject-Token", token.toStdString());
    call.json(201,
              QJsonObject{{QStringLiteral("token"), tokenJson(api, call, *user, project, record)}});
}

} // namespace

void addIamRoutes(Api &api) {
    Router &r = api.router;
    r.add("GET", "/v3", Family::Iam, Auth::None, [](Call &call) {
        call.json(
            200,
            QJsonObject{
                {QStringLiteral("version"),
                 QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("v3.14")},
                     {QStringLiteral("status"), QStringLiteral("stable")},
                     {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
                     {QStringLiteral("links"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("rel"), QStringLiteral("self")},
                          {QStringLiteral("href"), call.serverBase + QStringLiteral("/v3/")}}}},
                     {QStringLiteral("media-types"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("base"), QStringLiteral("application/json")},
                          {QStringLiteral("type"),
                           QStringLiteral("application/vnd.openstack.identity-v3+json")}}}}}}});
    });
    r.add("POST", "/v3/auth/tokens", Family::Iam, Auth::None,
          [&api](Call &call) { issueToken(api, call); });
    // Token validation and revocation (X-Subject-Token names the token in question).
    r.add("GET", "/v3/auth/tokens", Family::Iam, Auth::Required, [&api](Call &call) {
        bool expired = false;
        const QString subject = call.header("X-Subject-Token");
        const TokenRecord *record = api.store.findToken(subject, call.now, &expired);
        const User *user = record ? api.store.user(record->userId) : nullptr;
        if (!record || !user) {
            call.iamError(404, QStringLiteral("Could not find token: %1.")
                                   .arg(subject.left(8) + QStringLiteral("…")));
            return;
        }
        call.res.set_header("X-Subject-Token", subject.toStdString());
        call.json(200, QJsonObject{{QStringLiteral("token"),
                                    tokenJson(api, call, *user,
                                              api.store.project(record->projectId), *record)}});
    });
    r.add("DELETE", "/v3/auth/tokens", Family::Iam, Auth::Required, [&api](Call &call) {
        if (api.store.tokens.erase(tokenDigest(call.header("X-Subject-Token"))) == 0) {
            call.iamError(404, QStringLiteral("Could not find token."));
            return;
        }
        api.store.dirty = true;
        call.noContent();
    });
    r.add("GET", "/v3/projects", Family::Iam, Auth::Required, [&api](Call &call) {
        const User *user = api.store.user(call.userId);
        const QString name = call.query("name");
        QJsonArray list;
        for (const Project &p : api.store.projects)
            if (user && user->projectIds.contains(p.id) && (name.isEmpty() || p.name == name))
                list.append(projectJson(api.store, p, call.serverBase));
        call.json(200, QJsonObject{{QStringLiteral("projects"), list},
                                   {QStringLiteral("links"),
                                    QJsonObject{{QStringLiteral("self"),
                                                 call.serverBase + QStringLiteral("/v3/projects")},
                                                {QStringLiteral("previous"), QJsonValue::Null},
                                                {QStringLiteral("next"), QJsonValue::Null}}}});
    });
    // The projects the caller may scope a token to: one per region on these clouds, which is how
    // a client discovers an account's regions. A token of any scope (or none) and AK/SK alike.
    r.add("GET", "/v3/auth/projects", Family::Iam, Auth::Required, [&api](Call &call) {
        const User *user = api.store.user(call.userId);
        QJsonArray list;
        for (const Project &p : api.store.projects)
            if (user && user->projectIds.contains(p.id))
                list.append(projectJson(api.store, p, call.serverBase));
        call.json(200,
                  QJsonObject{{QStringLiteral("projects"), list},
                              {QStringLiteral("links"),
                               QJsonObject{{QStringLiteral("self"),
                                            call.serverBase + QStringLiteral("/v3/auth/projects")},
                                           {QStringLiteral("previous"), QJsonValue::Null},
                                           {QStringLiteral("next"), QJsonValue::Null}}}});
    });
    // Any project may be looked up by id: openstackclient resolves the member project of
    // `image add project` this way.
    r.add("GET", "/v3/projects/{}", Family::Iam, Auth::Required, [&api](Call &call) {
        const Project *p = api.store.project(call.params[0]);
        if (!p) {
            call.iamError(404, QStringLiteral("Could not find project: %1.").arg(call.params[0]));
            return;
        }
        call.json(200, QJsonObject{{QStringLiteral("project"),
                                    projectJson(api.store, *p, call.serverBase)}});
    });
}

} // namespace sandbox
