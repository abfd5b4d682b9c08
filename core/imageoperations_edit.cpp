// ImageOperations: changing and deleting images, each through the cloud's own API.
#include "imageoperations.h"

#include "imagerequests.h"
#include "operationrequests.h"
#include "send.h"
#include "session.h"

#include <QJsonArray>

#include <memory>

namespace ims {

namespace {

PatchOperation replace(const QString &path, const QJsonValue &value) {
    return {QStringLiteral("replace"), path, value};
}

PatchOperation add(const QString &path, const QJsonValue &value) {
    return {QStringLiteral("add"), path, value};
}

// What both PATCH dialects say the same way: name, description, min RAM.
QList<PatchOperation> sharedAttributeOperations(const ImageChanges &changes) {
    QList<PatchOperation> operations;
    if (changes.name)
        operations << replace(QStringLiteral("/name"), *changes.name);
    if (changes.description)
        operations << add(QStringLiteral("/__description"), *changes.description);
    if (changes.minRamMb)
        operations << replace(QStringLiteral("/min_ram"), *changes.minRamMb);
    return operations;
}

// The reason the first changed field cannot be changed on this cloud, or empty.
QString refusal(const rules::EditRules &rules, const ImageChanges &changes) {
    if (!rules.all.isEmpty())
        return rules.all;
    const std::pair<bool, QString> checks[] = {
        {changes.minDiskGb.has_value(), rules.minDisk},
        {changes.minRamMb.has_value(), rules.minRam},
        {changes.maxRamMb.has_value(), rules.maxRam},
        {changes.isProtected.has_value(), rules.isProtected},
        {!changes.addedTags.isEmpty() || !changes.removedTags.isEmpty(), rules.tags},
    };
    for (const auto &[changed, reason] : checks) {
        if (changed && !reason.isEmpty())
            return reason;
    }
    return {};
}

// The tag API's 404 means the key is not there (any more): what removing it wanted. A gateway's
// 404 (APIG.…) means the API is not, and stays an error.
bool tagAlreadyGone(const ApiError &error) {
    return error.httpStatus == 404 && !error.code.startsWith(QLatin1String("APIG"));
}

} // namespace

void ImageOperations::update(const Image &image, const ImageChanges &changes,
                             Callback<Image> done) {
    if (!m_session) {
        report<Image>(done, ApiError::cancelled());
        return;
    }
    if (const QString why = refusal(rules::editRules(image, api()), changes); !why.isEmpty()) {
        report<Image>(done, ApiError::refused(why));
        return;
    }
    // Whoever shows the image learns what it is now; the caller learns how it went.
    Callback<Image> announce = [this, done](const Result<Image> &result) {
        if (result)
            emit imageChanged(result.value());
        report<Image>(done, result);
    };
    if (api() == rules::Api::Ims)
        updateOnIms(image, changes, std::move(announce));
    else
        updateOnGlance(image, changes, std::move(announce));
}

void ImageOperations::updateOnGlance(const Image &image, const ImageChanges &changes,
                                     Callback<Image> done) {
    // One native PATCH carries every change, atomically.
    QList<PatchOperation> operations = sharedAttributeOperations(changes);
    if (changes.minDiskGb)
        operations << replace(QStringLiteral("/min_disk"), *changes.minDiskGb);
    if (changes.isProtected)
        operations << replace(QStringLiteral("/protected"), *changes.isProtected);
    if (!changes.addedTags.isEmpty() || !changes.removedTags.isEmpty()) {
        QStringList tags = image.tags;
        for (const QString &tag : changes.removedTags)
            tags.removeAll(tag);
        for (const QString &tag : changes.addedTags) {
            if (!tags.contains(tag))
                tags << tag;
        }
        operations << replace(QStringLiteral("/tags"), QJsonArray::fromStringList(tags));
    }
    if (operations.isEmpty()) {
        report<Image>(done, image);
        return;
    }
    send(new UpdateGlanceImageRequest(m_session, image.id, operations), this,
         [done](const Result<Image> &result) { report<Image>(done, result); });
}

void ImageOperations::updateOnIms(const Image &image, const ImageChanges &changes,
                                  Callback<Image> done) {
    // The extension PATCH for the attributes (SPEC §5.2; values as strings), then the tag API
    // for tags with values (§5.16), then the image as the cloud now has it.
    QList<PatchOperation> operations = sharedAttributeOperations(changes);
    if (changes.maxRamMb)
        operations << add(QStringLiteral("/max_ram"), *changes.maxRamMb);

    const QString imageId = image.id;
    // After a failure too: the attributes may have changed before a tag call failed, and the
    // rows must show what the cloud holds while the error says what did not happen.
    const auto reread = [this, imageId, done](std::optional<ApiError> failure) {
        send(new ShowImageRequest(m_session, imageId), this,
             [this, done, failure](const Result<Image> &result) {
                 if (!failure) {
                     report<Image>(done, result);
                     return;
                 }
                 if (result)
                     emit imageChanged(result.value());
                 report<Image>(done, *failure);
             });
    };
    const auto changeTags = [this, imageId, changes, reread, done] {
        QSet<QString> setKeys;
        for (const QString &tag : changes.addedTags)
            setKeys << ImageTag::parse(tag).key;
        QStringList removedKeys;
        for (const QString &tag : changes.removedTags) {
            if (!setKeys.contains(
                    ImageTag::parse(tag).key)) // a new value overwrites; no delete first
                removedKeys << ImageTag::parse(tag).key;
        }
        const int calls = int(changes.addedTags.size() + removedKeys.size());
        if (calls == 0) {
            reread(std::nullopt);
            return;
        }
        auto gather =
            std::make_shared<Gather<Done>>(calls, Done{}, [reread](const Result<Done> &tagged) {
                reread(tagged ? std::nullopt : std::optional(tagged.error()));
            });
        const auto answered = [gather](std::optional<ApiError> error) { gather->answer(error); };
        for (const QString &key : removedKeys)
            send(new DeleteImageTagRequest(m_session, imageId, key), this,
                 [answered](const Result<Done> &result) {
                     answered(result || tagAlreadyGone(result.error())
                                  ? std::nullopt
                                  : std::optional(result.error()));
                 });
        for (const QString &tag : changes.addedTags)
            send(new SetImageTagRequest(m_session, imageId, ImageTag::parse(tag)), this,
                 [answered](const Result<Done> &result) {
                     answered(result ? std::nullopt : std::optional(result.error()));
                 });
    };
    if (operations.isEmpty()) {
        changeTags();
        return;
    }
    send(new UpdateCloudImageRequest(m_session, imageId, operations), this,
         [changeTags, done](const Result<Image> &result) {
             if (result)
                 changeTags();
             else
                 report<Image>(done, result.error());
         });
}

void ImageOperations::remove(const DeletionOrder &order, Callback<Done> done) {
    if (!m_session) {
        report<Done>(done, ApiError::cancelled());
        return;
    }
    if (order.unprotectFirst && api() == rules::Api::Ims) {
        report<Done>(done, ApiError::refused(tr("IMS does not let users unprotect an image.")));
        return;
    }
    if (order.deleteBackup && api() != rules::Api::Ims) {
        report<Done>(done, ApiError::refused(tr("Only full-ECS images of IMS have a backup to "
                                                "delete.")));
        return;
    }
    const QString id = order.imageId;
    const auto deleteIt = [this, id, order, done] {
        const auto backup = order.deleteBackup ? DeleteImageRequest::Backup::Delete
                                               : DeleteImageRequest::Backup::Keep;
        send(new DeleteImageRequest(m_session, id, backup), this,
             [this, id, done](const Result<Done> &result) {
                 if (result)
                     emit imageRemoved(id);
                 report<Done>(done, result);
             });
    };
    if (!order.unprotectFirst) {
        deleteIt();
        return;
    }
    send(
        new UpdateGlanceImageRequest(m_session, id, {replace(QStringLiteral("/protected"), false)}),
        this, [deleteIt, done](const Result<Image> &result) {
            if (result)
                deleteIt();
            else
                report<Done>(done, result.error());
        });
}

void ImageOperations::inspectDeletion(const QStringList &imageIds,
                                      Callback<QList<DeletionCandidate>> done) {
    if (imageIds.isEmpty()) {
        report<QList<DeletionCandidate>>(done, QList<DeletionCandidate>{});
        return;
    }
    struct State {
        QList<DeletionCandidate> candidates;
        int pending = 0;
        std::optional<ApiError> failure;
    };
    auto state = std::make_shared<State>();
    state->candidates.resize(imageIds.size());
    state->pending = int(imageIds.size());
    const rules::Api api = this->api();
    const auto finishOne = [state, done] {
        if (--state->pending > 0)
            return;
        if (state->failure)
            report<QList<DeletionCandidate>>(done, *state->failure);
        else
            report<QList<DeletionCandidate>>(done, state->candidates);
    };
    for (int i = 0; i < imageIds.size(); ++i) {
        image(imageIds.at(i), [this, state, i, api, finishOne](const Result<Image> &result) {
            if (!m_session) {
                if (!state->failure)
                    state->failure = ApiError::cancelled();
                finishOne();
                return;
            }
            if (!result) {
                if (!state->failure)
                    state->failure = result.error();
                finishOne();
                return;
            }
            DeletionCandidate &candidate = state->candidates[i];
            candidate.image = result.value();
            candidate.check = rules::deletionCheck(candidate.image, 0, api);
            const bool ours = candidate.image.owner == m_session->projectId();
            if (candidate.image.visibility != QLatin1String("shared") &&
                candidate.image.imageType != QLatin1String("private")) {
                finishOne();
                return;
            }
            // Members decide what deleting affects; an image nobody shares answers none (or,
            // on Glance, 403): it affects no one. A member sees only its own entry: the status
            // that makes the image another project's (a single read does not carry it).
            members(candidate.image.id,
                    [state, i, api, ours, finishOne](const Result<QList<Member>> &listed) {
                        DeletionCandidate &c = state->candidates[i];
                        if (!ours) {
                            c.image.memberStatus = listed && !listed.value().isEmpty()
                                                       ? listed.value().first().status
                                                       : QStringLiteral("pending");
                        } else {
                            c.memberCount = listed ? int(listed.value().size()) : 0;
                        }
                        c.check = rules::deletionCheck(c.image, c.memberCount, api);
                        finishOne();
                    });
        });
    }
}

} // namespace ims
