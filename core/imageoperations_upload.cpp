// ImageOperations: uploads of local files (ImportOrder::Source::LocalFile). Each runs as an
// ImageUpload, a job of the tracker that this process sends the bytes of; Retry and Cancel find
// it by its job id.
#include "imageoperations.h"

#include "diskimage.h"
#include "imagerequests.h"
#include "imageupload.h"
#include "jobtracker.h"
#include "send.h"
#include "session.h"

#include <QFile>
#include <QFileInfo>

namespace ims {

QString ImageOperations::runUpload(const recipes::Upload &recipe) {
    const QString jobId =
        tracker()->addUpload(recipes::describe(recipe), recipes::toJson(recipe), recipe.fileSize);
    auto *upload = new ImageUpload(m_session, tracker(), jobId, recipe, this);
    m_uploads.insert(jobId, upload);
    connect(upload, &QObject::destroyed, this, [this, jobId] { m_uploads.remove(jobId); });
    upload->start();
    return jobId;
}

void ImageOperations::startUpload(const ImportOrder &order, Callback<StartedJob> done) {
    if (!m_session || !tracker()) {
        report<StartedJob>(done, ApiError::cancelled());
        return;
    }
    if (const QString why = diskimage::inspect(order.filePath).error; !why.isEmpty()) {
        report<StartedJob>(done, ApiError::refused(why));
        return;
    }
    const QFileInfo file(order.filePath);
    recipes::Upload recipe;
    recipe.filePath = file.absoluteFilePath();
    recipe.name = order.name;
    recipe.description = order.description;
    recipe.osVersion = order.osVersion;
    recipe.diskFormat = order.diskFormat;
    recipe.minDiskGb = order.minDiskGb;
    recipe.minRamMb = order.minRamMb;
    recipe.maxRamMb = order.maxRamMb;
    recipe.tags = order.tags;
    recipe.fileSize = file.size();
    recipe.fileModified = file.lastModified();
    report<StartedJob>(done, StartedJob{runUpload(recipe), false, {}});
}

void ImageOperations::retryUpload(const TrackedJob &job, Callback<RetryOutcome> done) {
    const std::optional<recipes::Upload> recipe = recipes::uploadFromJson(job.recipe);
    if (!recipe) {
        report<RetryOutcome>(done, ApiError::refused(tr("Upload %1 cannot be restarted: imsdesk "
                                                        "does not know which file it sent.")
                                                         .arg(job.jobId)));
        return;
    }
    if (job.state != JobState::Fail && job.state != JobState::Interrupted) {
        report<RetryOutcome>(done,
                             ApiError::refused(tr("Upload %1 is %2: only a failed or interrupted "
                                                  "upload can be restarted.")
                                                   .arg(job.jobId, job.statusName())));
        return;
    }
    if (const QString why = diskimage::inspect(recipe->filePath).error; !why.isEmpty()) {
        report<RetryOutcome>(done, ApiError::refused(why));
        return;
    }
    const QFileInfo file(recipe->filePath);
    if (file.size() != recipe->fileSize || file.lastModified() != recipe->fileModified) {
        report<RetryOutcome>(
            done, ApiError::refused(tr("The file %1 changed since the upload began: import it "
                                       "again to upload it as it is now.")
                                        .arg(recipe->filePath)));
        return;
    }
    const QString oldId = job.jobId;
    const bool interrupted = job.state == JobState::Interrupted;
    const auto resend = [this, oldId, done](const recipes::Upload &upload) {
        const QString jobId = runUpload(upload);
        tracker()->forget(oldId); // the new job replaces the old one in the panel
        emit jobReplaced(oldId);
        report<RetryOutcome>(done, RetryOutcome{RetryOutcome::Kind::Resent, {jobId, false, {}}});
    };
    if (recipe->imageId.isEmpty()) {
        resend(*recipe);
        return;
    }
    // The queued image of the first try: used again while it waits for its data.
    send(new ShowImageRequest(m_session, recipe->imageId), this,
         [this, oldId, interrupted, recipe = *recipe, resend, done](const Result<Image> &image) {
             const bool gone = !image && image.error().httpStatus == 404;
             if (!image && !gone) {
                 report<RetryOutcome>(done, image.error());
                 return;
             }
             recipes::Upload upload = recipe;
             const QString status = image ? image.value().status : QString();
             if (status == QLatin1String("queued")) {
                 resend(upload);
                 return;
             }
             if (interrupted &&
                 (status == QLatin1String("saving") || status == QLatin1String("active"))) {
                 // The bytes had arrived before the process went away: nothing to send.
                 tracker()->followImage(oldId, upload.imageId);
                 report<RetryOutcome>(done, RetryOutcome{RetryOutcome::Kind::AlreadyDone, {}});
                 return;
             }
             upload.imageId.clear(); // gone, or past use (killed): a new one
             resend(upload);
         });
}

void ImageOperations::cancelUpload(const QString &jobId, Callback<Done> done) {
    if (ImageUpload *upload = m_uploads.value(jobId)) {
        upload->cancel(std::move(done));
        return;
    }
    const std::optional<TrackedJob> job = tracker() ? tracker()->job(jobId) : std::nullopt;
    if (!job || job->type != QLatin1String(JobTracker::kUploadType)) {
        report<Done>(done, ApiError::refused(tr("There is no upload %1.").arg(jobId)));
        return;
    }
    if (job->state == JobState::Interrupted) {
        // Nothing sends it any more: what is left is its queued image.
        const std::optional<recipes::Upload> recipe = recipes::uploadFromJson(job->recipe);
        if (!recipe) {
            report<Done>(done, ApiError::refused(tr("Upload %1 cannot be cancelled: imsdesk does "
                                                    "not know which image it made.")
                                                     .arg(jobId)));
            return;
        }
        (new ImageUpload(m_session, tracker(), jobId, *recipe, this))->discard(std::move(done));
        return;
    }
    if (!job->isFinished() && !job->transfer.delivered) {
        report<Done>(done, ApiError::refused(tr("Upload %1 is sent by another imsdesk process: "
                                                "cancel it there.")
                                                 .arg(jobId)));
        return;
    }
    report<Done>(done, ApiError::refused(tr("Upload %1 is no longer sending.").arg(jobId)));
}

} // namespace ims
