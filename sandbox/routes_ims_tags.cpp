// IMS key/value tags (§5.16). Tags are stored as "key=value" strings on the image, the form the
// native API shows.
#include "imscommon.h"

#include <QJsonArray>

#include <map>
#include <set>

namespace sandbox {

namespace {

Image *ownTagged(Api &api, Call &call) {
    if (!checkPathProject(call, call.params[0]))
        return nullptr;
    Image *image = imsImage(api, call, call.params[1]);
    if (image && image->owner != call.projectId) {
        call.imsError(400, QStringLiteral("IMG.0047"),
                      QStringLiteral("This operation can be performed only by the image owner."));
        return nullptr;
    }
    return image;
}

bool addTag(Call &call, Image &image, const QJsonObject &tag) {
    const QString key = tag.value(QStringLiteral("key")).toString().trimmed();
    const QString value = tag.value(QStringLiteral("value")).toString().trimmed();
    if (!checkTag(call, key, value))
        return false;
    setImageTag(image, key, value);
    if (image.tags.size() > 10) {
        call.imsError(400, QStringLiteral("IMG.0116"),
                      QStringLiteral("The number of image tags exceeds the quota."));
        return false;
    }
    return true;
}

QString keyOf(const QString &tag) {
    return imageTag(tag).value(QStringLiteral("key")).toString();
}

void tagAction(Api &api, Call &call) {
    Image *image = ownTagged(api, call);
    QJsonValue body;
    if (!image || !call.jsonBody(&body))
        return;
    const QString action = body.toObject().value(QStringLiteral("action")).toString();
    const QJsonArray tags = body.toObject().value(QStringLiteral("tags")).toArray();
    std::set<QString> keys;
    for (const QJsonValue &t : tags)
        keys.insert(t.toObject().value(QStringLiteral("key")).toString().trimmed());
    if ((action != QLatin1String("create") && action != QLatin1String("delete")) ||
        keys.size() != size_t(tags.size())) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return;
    }
    Image copy = *image;
    for (const QJsonValue &t : tags) {
        if (action == QLatin1String("create")) {
            if (!addTag(call, copy, t.toObject()))
                return;
        } else {
            const QString key = t.toObject().value(QStringLiteral("key")).toString().trimmed();
            copy.tags.removeIf([&](const QString &tag) { return keyOf(tag) == key; });
        }
    }
    *image = copy;
    api.store.dirty = true;
    call.noContent();
}

// POST /v2/{project_id}/images/resource_instances/action: filter or count by tags.
void resourceInstances(Api &api, Call &call) {
    if (!checkPathProject(call, call.params[0]))
        return;
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QJsonObject o = body.toObject();
    const QString action = o.value(QStringLiteral("action")).toString();
    bool limitOk = true, offsetOk = true;
    const int limit =
        o.value(QStringLiteral("limit")).toString(QStringLiteral("10")).toInt(&limitOk);
    const int offset =
        o.value(QStringLiteral("offset")).toString(QStringLiteral("0")).toInt(&offsetOk);
    if ((action != QLatin1String("filter") && action != QLatin1String("count")) || !limitOk ||
        !offsetOk || limit < 1 || limit > 1000 || offset < 0) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return;
    }
    const auto tagMap = [](const Image &image) {
        std::map<QString, QString> m;
        for (const QString &tag : image.tags)
            m[keyOf(tag)] = imageTag(tag).value(QStringLiteral("value")).toString();
        return m;
    };
    const auto hasAny = [](const std::map<QString, QString> &m, const QJsonObject &t) {
        const auto it = m.find(t.value(QStringLiteral("key")).toString());
        if (it == m.end())
            return false;
        const QJsonArray values = t.value(QStringLiteral("values")).toArray();
        return values.isEmpty() || values.contains(it->second);
    };
    std::vector<const Image *> found;
    for (const auto &[id, image] : api.store.images) {
        if (image.owner != call.projectId || image.region != call.region)
            continue;
        const auto m = tagMap(image);
        bool ok = true;
        for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
            ok = ok && hasAny(m, t.toObject());
        if (o.contains(QStringLiteral("tags_any"))) {
            bool any = false;
            for (const QJsonValue &t : o.value(QStringLiteral("tags_any")).toArray())
                any = any || hasAny(m, t.toObject());
            ok = ok && any;
        }
        for (const QJsonValue &t : o.value(QStringLiteral("not_tags")).toArray())
            ok = ok && !hasAny(m, t.toObject());
        if (o.value(QStringLiteral("without_any_tag")).toBool())
            ok = ok && m.empty();
        for (const QJsonValue &match : o.value(QStringLiteral("matches")).toArray()) {
            const QString key = match.toObject().value(QStringLiteral("key")).toString();
            const QString value = match.toObject().value(QStringLiteral("value")).toString();
            ok = ok && (key == QLatin1String("resource_id") ? image.id == value
                                                            : image.name.contains(value));
        }
        if (ok)
            found.push_back(&image);
    }
    std::sort(found.begin(), found.end(), [](const Image *a, const Image *b) {
        return a->createdAt > b->createdAt || (a->createdAt == b->createdAt && a->id > b->id);
    });
    QJsonObject answer{{QStringLiteral("total_count"), int(found.size())}};
    if (action == QLatin1String("filter")) {
        QJsonArray resources;
        for (size_t i = size_t(offset); i < found.size() && resources.size() < limit; ++i) {
            QJsonArray tags;
            for (const QString &tag : found[i]->tags)
                tags.append(imageTag(tag));
            resources.append(
                QJsonObject{{QStringLiteral("resource_id"), found[i]->id},
                            {QStringLiteral("resource_name"), found[i]->name},
                            {QStringLiteral("resource_detail"),
                             QJsonObject{{QStringLiteral("status"), found[i]->status}}},
                            {QStringLiteral("tags"), tags}});
        }
        answer.insert(QStringLiteral("resources"), resources);
    }
    call.json(200, answer);
}

} // namespace

void addImsTagRoutes(Api &api) {
    Router &r = api.router;
    r.add("GET", "/v2/{}/images/tags", Family::Ims, Auth::Required, [&api](Call &c) {
        if (!checkPathProject(c, c.params[0]))
            return;
        std::map<QString, std::set<QString>> all;
        for (const auto &[id, image] : api.store.images)
            if (image.owner == c.projectId && image.region == c.region)
                for (const QString &tag : image.tags)
                    all[keyOf(tag)].insert(imageTag(tag).value(QStringLiteral("value")).toString());
        QJsonArray tags;
        for (const auto &[key, values] : all) {
            QJsonArray list;
            for (const QString &v : values)
                list.append(v);
            tags.append(
                QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("values"), list}});
        }
        c.json(200, QJsonObject{{QStringLiteral("tags"), tags}});
    });
    r.add("POST", "/v2/{}/images/resource_instances/action", Family::Ims, Auth::Required,
          [&api](Call &c) { resourceInstances(api, c); });
    r.add("GET", "/v2/{}/images/{}/tags", Family::Ims, Auth::Required, [&api](Call &c) {
        if (!checkPathProject(c, c.params[0]))
            return;
        const Image *image = imsImage(api, c, c.params[1]);
        if (!image)
            return;
        QJsonArray tags;
        for (const QString &tag : image->tags)
            tags.append(imageTag(tag));
        c.json(200, QJsonObject{{QStringLiteral("tags"), tags}});
    });
    r.add("POST", "/v2/{}/images/{}/tags", Family::Ims, Auth::Required, [&api](Call &c) {
        Image *image = ownTagged(api, c);
        QJsonValue body;
        if (!image || !c.jsonBody(&body))
            return;
        Image copy = *image;
        if (!addTag(c, copy, body.toObject().value(QStringLiteral("tag")).toObject()))
            return;
        *image = copy;
        api.store.dirty = true;
        c.noContent();
    });
    r.add("POST", "/v2/{}/images/{}/tags/action", Family::Ims, Auth::Required,
          [&api](Call &c) { tagAction(api, c); });
    r.add("DELETE", "/v2/{}/images/{}/tags/{}", Family::Ims, Auth::Required, [&api](Call &c) {
        Image *image = ownTagged(api, c);
        if (!image)
            return;
        const QString key = c.params[2];
        if (image->tags.removeIf([&](const QString &tag) { return keyOf(tag) == key; }) == 0) {
            c.imsError(404, QStringLiteral("IMG.0086"), QStringLiteral("The tag does not exist."));
            return;
        }
        api.store.dirty = true;
        c.noContent();
    });
    r.add("PUT", "/v1/cloudimages/tags", Family::Ims, Auth::Required, [&api](Call &c) {
        QJsonValue body;
        if (!c.jsonBody(&body))
            return;
        const QJsonObject o = body.toObject();
        Image *image = imsImage(api, c, o.value(QStringLiteral("image_id")).toString());
        if (!image)
            return;
        if (image->owner != c.projectId) {
            c.imsError(400, QStringLiteral("IMG.0047"),
                       QStringLiteral("This operation can be performed only by the image owner."));
            return;
        }
        QJsonObject tag = o.value(QStringLiteral("image_tag")).toObject();
        if (o.contains(QStringLiteral("tag"))) {
            const QString text = o.value(QStringLiteral("tag")).toString();
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            tag = {{QStringLiteral("key"), dot < 0 ? text : text.left(dot)},
                   {QStringLiteral("value"), dot < 0 ? QString() : text.mid(dot + 1)}};
        }
        Image copy = *image;
        if (!addTag(c, copy, tag))
            return;
        *image = copy;
        api.store.dirty = true;
        c.noContent();
    });
    r.add("GET", "/v1/cloudimages/tags", Family::Ims, Auth::Required, [&api](Call &c) {
        std::set<QString> tags;
        for (const auto &[id, image] : api.store.images)
            if (image.region == c.region && Store::canSee(image, c.projectId) &&
                image.visibility != QLatin1String("public"))
                for (const QString &tag : image.tags)
                    tags.insert(keyOf(tag) + QLatin1Char('.') +
                                imageTag(tag).value(QStringLiteral("value")).toString());
        QJsonArray list;
        for (const QString &t : tags)
            list.append(t);
        c.json(200, QJsonObject{{QStringLiteral("tags"), list}});
    });
}

} // namespace sandbox
