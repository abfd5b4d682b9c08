#include "imscommon.h"

#include <QRegularExpression>

namespace sandbox {

Image *imsImage(Api &api, Call &call, const QString &id) {
    Image *image = api.store.image(id);
    if (!image || image->region != call.region || !Store::canSee(*image, call.projectId)) {
        call.imsError(400, QStringLiteral("IMG.0027"),
                      QStringLiteral("The image ID in the request does not exist."));
        return nullptr;
    }
    return image;
}

bool checkPathProject(Call &call, const QString &projectId) {
    if (projectId == call.projectId)
        return true;
    call.imsError(400, QStringLiteral("IMG.0030"),
                  QStringLiteral("The project ID and token in the request are invalid."));
    return false;
}

bool checkName(Call &call, const QJsonValue &value, int maxLength) {
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_.\\- ]+$"));
    const QString name = value.toString();
    if (!value.isString() || name.isEmpty()) {
        call.imsError(400, QStringLiteral("IMG.0013"),
                      QStringLiteral("The image name is not specified."));
        return false;
    }
    if (name.size() > maxLength) {
        call.imsError(
            400, QStringLiteral("IMG.0002"),
            QStringLiteral("The image name contains more than %1 characters.").arg(maxLength));
        return false;
    }
    if (!pattern.match(name).hasMatch() || name.trimmed() != name) {
        call.imsError(400, QStringLiteral("IMG.0003"),
                      QStringLiteral("The image name format is invalid."));
        return false;
    }
    return true;
}

bool checkDescription(Call &call, const QJsonValue &value) {
    if (value.isUndefined())
        return true;
    const QString text = value.toString();
    if (text.size() > 1024) {
        call.imsError(400, QStringLiteral("IMG.0004"),
                      QStringLiteral("The description contains more than 1024 characters."));
        return false;
    }
    if (!value.isString() || text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'))) {
        call.imsError(400, QStringLiteral("IMG.0054"),
                      QStringLiteral("The image description format is invalid."));
        return false;
    }
    return true;
}

bool checkTag(Call &call, const QString &key, const QString &value) {
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}_\\-]*$"));
    if (key.isEmpty() || key.size() > 36 || value.size() > 43 || !pattern.match(key).hasMatch() ||
        !pattern.match(value).hasMatch()) {
        call.imsError(400, QStringLiteral("IMG.0115"), QStringLiteral("The image tag is invalid."));
        return false;
    }
    return true;
}

bool parseTags(Call &call, const QJsonObject &body, QStringList *tags) {
    const bool hasTags = body.contains(QStringLiteral("tags"));
    const bool hasImageTags = body.contains(QStringLiteral("image_tags"));
    if (hasTags && hasImageTags) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return false;
    }
    QList<QPair<QString, QString>> pairs;
    for (const QJsonValue &tag : body.value(QStringLiteral("tags")).toArray()) {
        const QString text = tag.toString();
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        pairs.append({dot < 0 ? text : text.left(dot), dot < 0 ? QString() : text.mid(dot + 1)});
    }
    for (const QJsonValue &tag : body.value(QStringLiteral("image_tags")).toArray())
        pairs.append({tag.toObject().value(QStringLiteral("key")).toString().trimmed(),
                      tag.toObject().value(QStringLiteral("value")).toString().trimmed()});
    if (pairs.size() > 10) {
        call.imsError(400, QStringLiteral("IMG.0116"),
                      QStringLiteral("The number of image tags exceeds the quota."));
        return false;
    }
    for (const auto &[key, value] : pairs) {
        if (!checkTag(call, key, value))
            return false;
        tags->append(key + QLatin1Char('=') + value);
    }
    return true;
}

bool checkQuota(Api &api, Call &call, int adding) {
    if (api.store.privateImagesUsed(call.projectId) + adding <=
        api.store.quota(call.projectId).images)
        return true;
    call.imsError(400, QStringLiteral("IMG.0015"),
                  QStringLiteral("The number of private images has reached the maximum allowed."));
    return false;
}

Job &startJob(Api &api, Call &call, const QString &type, JobKind kind) {
    Job &job = api.store.addJob(type, call.projectId, kind);
    if (!call.jobFailCode.isEmpty()) {
        job.fails = true;
        job.errorCode = call.jobFailCode;
        job.failReason = call.jobFailReason;
    }
    call.json(200, QJsonObject{{QStringLiteral("job_id"), job.id}});
    return job;
}

QJsonObject imageTag(const QString &tag) {
    qsizetype split = tag.indexOf(QLatin1Char('='));
    if (split < 0)
        split = tag.indexOf(QLatin1Char('.'));
    return {{QStringLiteral("key"), split < 0 ? tag : tag.left(split)},
            {QStringLiteral("value"), split < 0 ? QString() : tag.mid(split + 1)}};
}

void setImageTag(Image &image, const QString &key, const QString &value) {
    for (qsizetype i = image.tags.size() - 1; i >= 0; --i)
        if (imageTag(image.tags[i]).value(QStringLiteral("key")).toString() == key)
            image.tags.removeAt(i);
    image.tags.append(key + QLatin1Char('=') + value);
}

bool bodyObject(Call &call, QJsonObject *object) {
    QJsonValue body;
    if (!call.jsonBody(&body))
        return false;
    if (!body.isObject()) {
        call.imsError(400, QStringLiteral("IMG.0001"),
                      QStringLiteral("The request message format is invalid."));
        return false;
    }
    *object = body.toObject();
    return true;
}

bool commonChecks(Call &call, const QJsonObject &body, bool needName, QStringList *tags) {
    if (needName && !checkName(call, body.value(QStringLiteral("name"))))
        return false;
    return checkDescription(call, body.value(QStringLiteral("description"))) &&
           parseTags(call, body, tags);
}

} // namespace sandbox
