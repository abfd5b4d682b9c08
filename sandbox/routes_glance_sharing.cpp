// Glance v2 members and simple tags, with the rules recorded in shared/peers/openstack.md:
// members only on shared images, the owner adds, the member accepts or rejects.
#include "glancecommon.h"

#include <QJsonArray>

namespace sandbox {

namespace {

void addMember(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0]);
    if (!image)
        return;
    // Upstream Glance shares only images whose visibility is "shared". IMS keeps visibility
    // out of native PATCH (§6.5), so it cannot ask for that: an owner adds members to a private
    // image, which then turns shared, as the batch route /v1/cloudimages/members does.
    const bool sharable =
        image->visibility == QLatin1String("shared") ||
        (api.flavor == Flavor::Ims && image->visibility == QLatin1String("private"));
    if (image->owner != call.projectId || !sharable) {
        call.glanceError(
            403, QStringLiteral("Not allowed to create members for image %1.").arg(image->id));
        return;
    }
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QString member = body.toObject().value(QStringLiteral("member")).toString();
    if (member.isEmpty()) {
        call.glanceError(400, QStringLiteral("Member to be added not specified"));
        return;
    }
    if (image->members.count(member)) {
        call.glanceError(
            409, QStringLiteral("Member %1 is duplicated for image %2").arg(member, image->id));
        return;
    }
    if (image->members.size() >= 256) {
        call.glanceError(
            413, QStringLiteral("The limit has been exceeded on the number of allowed image "
                                "members for this image. Attempted: 257, Maximum: 256"));
        return;
    }
    image->visibility = QStringLiteral("shared");
    Member &m = image->members[member];
    m.createdAt = m.updatedAt = call.now;
    api.store.dirty = true;
    call.json(200, memberJson(image->id, member, m));
}

// Members see only their own entry; the owner sees all; others get 404.
bool mayListMembers(const Image &image, const QString &project) {
    return image.owner == project || image.members.count(project) > 0;
}

void listMembers(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0]);
    if (!image)
        return;
    if (image->visibility != QLatin1String("shared")) {
        call.glanceError(403, QStringLiteral("Only shared images have members."));
        return;
    }
    QJsonArray members;
    for (const auto &[project, member] : image->members)
        if (image->owner == call.projectId || project == call.projectId)
            members.append(memberJson(image->id, project, member));
    if (!mayListMembers(*image, call.projectId)) {
        call.glanceError(404, QStringLiteral("No image found with ID %1").arg(image->id));
        return;
    }
    call.json(200, QJsonObject{{QStringLiteral("members"), members},
                               {QStringLiteral("schema"), QStringLiteral("/v2/schemas/members")}});
}

Member *findMember(Call &call, Image &image) {
    const QString &member = call.params[1];
    const auto it = image.members.find(member);
    if (it == image.members.end() || (image.owner != call.projectId && member != call.projectId)) {
        call.glanceError(404, QStringLiteral("%1 not found in the member list of the image %2.")
                                  .arg(member, image.id));
        return nullptr;
    }
    return &it->second;
}

void updateMember(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0]);
    if (!image)
        return;
    Member *member = findMember(call, *image);
    if (!member)
        return;
    if (call.params[1] != call.projectId) {
        call.glanceError(
            403, QStringLiteral("Not allowed to update members for image %1.").arg(image->id));
        return;
    }
    QJsonValue body;
    if (!call.jsonBody(&body))
        return;
    const QString status = body.toObject().value(QStringLiteral("status")).toString();
    if (status != QLatin1String("pending") && status != QLatin1String("accepted") &&
        status != QLatin1String("rejected")) {
        call.glanceError(
            400,
            QStringLiteral(
                "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\"."));
        return;
    }
    member->status = status;
    member->updatedAt = call.now;
    api.store.dirty = true;
    call.json(200, memberJson(image->id, call.params[1], *member));
}

void deleteMember(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0]);
    if (!image)
        return;
    if (!findMember(call, *image))
        return;
    if (image->owner != call.projectId) {
        call.glanceError(403,
                         QStringLiteral("You cannot delete image member for %1").arg(image->id));
        return;
    }
    image->members.erase(call.params[1]);
    api.store.dirty = true;
    call.noContent();
}

void putTag(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0], QStringLiteral("Image %1 not found."));
    if (!image)
        return;
    if (image->owner != call.projectId) {
        call.glanceError(403, QStringLiteral("You do not own this image"));
        return;
    }
    const QString tag = call.params[1];
    if (tag.size() > 255) {
        call.glanceError(400, QStringLiteral("Tag is too long."));
        return;
    }
    if (!image->tags.contains(tag)) {
        if (image->tags.size() >= 128) {
            call.glanceError(413, QStringLiteral("The limit has been exceeded on the number of "
                                                 "allowed image tags. Attempted: %1, Maximum: 128")
                                      .arg(image->tags.size() + 1));
            return;
        }
        image->tags.append(tag);
        image->updatedAt = call.now;
        api.store.dirty = true;
    }
    call.noContent();
}

void deleteTag(Api &api, Call &call) {
    Image *image = visibleImage(api, call, call.params[0], QStringLiteral("Image %1 not found."));
    if (!image)
        return;
    if (image->owner != call.projectId) {
        call.glanceError(403, QStringLiteral("You do not own this image"));
        return;
    }
    if (!image->tags.removeOne(call.params[1])) {
        call.glanceError(404, QStringLiteral("The resource could not be found."));
        return;
    }
    image->updatedAt = call.now;
    api.store.dirty = true;
    call.noContent();
}

} // namespace

void addGlanceSharingRoutes(Api &api) {
    Router &r = api.router;
    r.add("POST", "/v2/images/{}/members", Family::Glance, Auth::Required,
          [&api](Call &c) { addMember(api, c); });
    r.add("GET", "/v2/images/{}/members", Family::Glance, Auth::Required,
          [&api](Call &c) { listMembers(api, c); });
    r.add("GET", "/v2/images/{}/members/{}", Family::Glance, Auth::Required, [&api](Call &c) {
        Image *image = visibleImage(api, c, c.params[0]);
        if (!image)
            return;
        if (const Member *m = findMember(c, *image))
            c.json(200, memberJson(image->id, c.params[1], *m));
    });
    r.add("PUT", "/v2/images/{}/members/{}", Family::Glance, Auth::Required,
          [&api](Call &c) { updateMember(api, c); });
    r.add("DELETE", "/v2/images/{}/members/{}", Family::Glance, Auth::Required,
          [&api](Call &c) { deleteMember(api, c); });
    r.add("PUT", "/v2/images/{}/tags/{}", Family::Glance, Auth::Required,
          [&api](Call &c) { putTag(api, c); });
    r.add("DELETE", "/v2/images/{}/tags/{}", Family::Glance, Auth::Required,
          [&api](Call &c) { deleteTag(api, c); });
}

} // namespace sandbox
