#include "imageupload.h"

#include "formatting.h"
#include "imagerequests.h"
#include "jobtracker.h"
#include "send.h"
#include "session.h"

#include <QFileInfo>

#include <cmath>

namespace ims {

namespace {

// "17 s", "3 min 20 s", "1 h 05 min": the time left of a transfer.
QString formatLeft(qint64 seconds) {
    if (seconds < 60)
        return ImageUpload::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ImageUpload::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ImageUpload::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ImageUpload::ImageUpload(Session *session, JobTracker *tracker, QString jobId,
                         recipes::Upload recipe, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tracker(tracker)
    , m_jobId(std::move(jobId))
    , m_recipe(std::move(recipe)) {
    m_tick.setInterval(kProgressMs);
    connect(&m_tick, &QTimer::timeout, this, &ImageUpload::onTick);
}

QString ImageUpload::progressText(qint64 sent, qint64 total, double bytesPerSecond) {
    QString text = tr("Uploading %1 of %2").arg(formatSize(sent), formatSize(total));
    if (bytesPerSecond >= 1) {
        const auto left = qint64(std::ceil(double(std::max<qint64>(0, total - sent)) /
                                           bytesPerSecond));
        text += tr(" · %1/s · %2 left").arg(formatSize(qint64(bytesPerSecond)), formatLeft(left));
    }
    return text;
}

double ImageUpload::smoothed(double previous, double sample) {
    // An exponential average over about five seconds: quick to follow a real change, calm over
    // the bursts of a network that sends in fits.
    constexpr double kWeight = 0.3;
    return previous <= 0 ? sample : kWeight * sample + (1 - kWeight) * previous;
}

void ImageUpload::start() {
    if (m_recipe.imageId.isEmpty())
        createImage();
    else
        sendFile(); // Retry of an upload whose queued image is still there
}

void ImageUpload::createImage() {
    if (!m_session || !m_tracker) {
        deleteLater();
        return;
    }
    m_tracker->updateUpload(m_jobId, [](TrackedJob &job) {
        job.currentTask = tr("Creating the queued image");
    });
    send(new CreateImageMetadataRequest(m_session, recipes::metadata(m_recipe)), this,
         [this](const Result<Image> &created) {
             if (!created) {
                 const ApiError &error = created.error();
                 end(QStringLiteral("create"),
                     error.outcomeUnknown
                         ? tr("The answer to creating the queued image was lost (%1): an image "
                              "“%2” may have been made; look for it before retrying.")
                               .arg(describe(error), m_recipe.name)
                         : tr("The cloud did not create the queued image: %1. Nothing was left "
                              "behind; Retry starts again.")
                               .arg(describe(error)),
                     std::nullopt);
                 return;
             }
             m_recipe.imageId = created.value().id;
             updateRecipe();
             if (m_cancelled)
                 abandon(QStringLiteral("cancelled"), tr("Cancelled"));
             else
                 sendFile();
         });
}

void ImageUpload::sendFile() {
    if (!m_session || !m_tracker) {
        deleteLater();
        return;
    }
    QString why;
    if (!fileUnchanged(&why)) {
        abandon(QStringLiteral("changed"), why);
        return;
    }
    m_sent = m_sentAtTick = 0;
    m_sinceTick.invalidate();
    m_tick.start();
    auto *put = new UploadImageFileRequest(m_session, m_recipe.imageId, m_recipe.filePath);
    connect(put, &ApiRequest::transferProgress, this, [this](qint64 done, qint64) {
        m_sent = done;
        if (!m_sinceTick.isValid())
            onTick(); // the first bytes show at once; then about once a second
    });
    m_put = put;
    send(put, this, [this](const Result<Done> &sent) { onSent(sent); });
}

bool ImageUpload::fileUnchanged(QString *why) const {
    const QFileInfo file(m_recipe.filePath);
    if (!file.exists()) {
        *why = tr("The file %1 vanished during the upload").arg(m_recipe.filePath);
        return false;
    }
    if (file.size() != m_recipe.fileSize) {
        *why = tr("The file %1 changed size during the upload (%2 bytes, then %3): the cloud "
                  "would get a mix of both")
                   .arg(m_recipe.filePath)
                   .arg(m_recipe.fileSize)
                   .arg(file.size());
        return false;
    }
    if (m_recipe.fileModified.isValid() && file.lastModified() != m_recipe.fileModified) {
        *why = tr("The file %1 was written to during the upload: the cloud would get a mix of "
                  "old and new bytes")
                   .arg(m_recipe.filePath);
        return false;
    }
    return true;
}

void ImageUpload::onTick() {
    if (m_over || !m_tracker)
        return;
    QString why;
    if (!fileUnchanged(&why)) {
        m_stopReason = why;
        if (m_put)
            m_put->cancel(); // onSent() ends it
        return;
    }
    const qint64 elapsed = m_sinceTick.isValid() ? m_sinceTick.restart() : 0;
    if (!m_sinceTick.isValid())
        m_sinceTick.start();
    if (elapsed > 0)
        m_rate = smoothed(m_rate, double(m_sent - m_sentAtTick) * 1000.0 / double(elapsed));
    m_sentAtTick = m_sent;
    const qint64 total = m_recipe.fileSize;
    m_tracker->updateUpload(m_jobId, [&](TrackedJob &job) {
        job.transfer.sent = m_sent;
        job.transfer.total = total;
        job.transfer.bytesPerSecond = m_rate;
        job.percent = total > 0 ? 100.0 * double(m_sent) / double(total) : 0;
        job.currentTask = progressText(m_sent, total, m_rate);
    });
}

void ImageUpload::onSent(const Result<Done> &sent) {
    m_tick.stop();
    if (!sent) {
        const ApiError &error = sent.error();
        if (!m_stopReason.isEmpty())
            abandon(QStringLiteral("changed"), m_stopReason);
        else if (m_cancelled)
            abandon(QStringLiteral("cancelled"), tr("Cancelled"));
        else
            abandon(QStringLiteral("upload"),
                    tr("The upload failed (%1); a half-sent file is not sent again by itself")
                        .arg(describe(error)));
        return;
    }
    // The cloud has the bytes; they must be those of the file as it was at the start.
    QString why;
    if (!fileUnchanged(&why)) {
        abandon(QStringLiteral("changed"), why);
        return;
    }
    m_over = true;
    if (m_tracker)
        m_tracker->followImage(m_jobId, m_recipe.imageId);
    if (m_cancelled) // too late: the bytes were in before the cancel stopped them
        report<Done>(m_cancelDone,
                     ApiError::refused(tr("The upload had finished; image %1 is being checked by "
                                          "the cloud.")
                                           .arg(m_recipe.imageId)));
    deleteLater();
}

void ImageUpload::cancel(Callback<Done> done) {
    if (m_over || m_cancelled) {
        report<Done>(done, ApiError::refused(tr("The upload is already ending.")));
        return;
    }
    m_cancelled = true;
    m_cancelDone = std::move(done);
    if (m_put)
        m_put->cancel(); // onSent() deletes the image
    // Still creating the queued image: it is deleted once its id is known.
}

void ImageUpload::abandon(const QString &errorCode, const QString &why) {
    m_over = true;
    m_tick.stop();
    if (m_recipe.imageId.isEmpty() || !m_session) {
        end(errorCode, why + QLatin1Char('.'), std::nullopt);
        return;
    }
    m_tracker->updateUpload(m_jobId, [](TrackedJob &job) {
        job.currentTask = tr("Deleting the queued image");
    });
    send(new DeleteImageRequest(m_session, m_recipe.imageId), this,
         [this, errorCode, why](const Result<Done> &deleted) {
             if (!deleted) {
                 // What is left, for the job and for whoever asked for the cancel.
                 ApiError left = deleted.error();
                 left.message =
                     tr("%1; the queued image %2 could not be deleted (%3): delete it yourself.")
                         .arg(why, m_recipe.imageId, describe(deleted.error()));
                 end(errorCode, left.message, left);
                 return;
             }
             m_recipe.imageId.clear();
             end(errorCode, tr("%1; the queued image was deleted.").arg(why), std::nullopt);
         });
}

void ImageUpload::end(const QString &errorCode, const QString &why,
                      const std::optional<ApiError> &left) {
    m_over = true;
    if (m_tracker) {
        m_tracker->updateUpload(m_jobId, [&](TrackedJob &job) {
            job.state = JobState::Fail;
            job.errorCode = errorCode;
            job.failReason = why;
            job.currentTask.clear();
            job.transfer.bytesPerSecond = 0;
            job.recipe = recipes::toJson(m_recipe);
        });
    }
    if (m_cancelled) {
        if (left)
            report<Done>(m_cancelDone, *left);
        else
            report<Done>(m_cancelDone, Done{});
    }
    deleteLater();
}

void ImageUpload::updateRecipe() {
    if (m_tracker)
        m_tracker->updateUpload(m_jobId,
                                [&](TrackedJob &job) { job.recipe = recipes::toJson(m_recipe); });
}

} // namespace ims
