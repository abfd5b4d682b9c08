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

#include <QFutureWatcher>
#include <QtConcurrent>

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

void ImageOperations::inspectFile(const QString &path,
                                  std::function<void(const diskimage::Info &)> then) {
    // The watcher goes with this object; the read then finishes alone and nobody hears of it.
    auto *watcher = new QFutureWatcher<diskimage::Info>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&diskimage::inspect, path));
}

void ImageOperations::startUpload(const ImportOrder &order, const diskimage::Info &file,
                                  Callback<StartedJob> done) {
    if (!m_session || !tracker()) {
        report<StartedJob>(done, ApiError::cancelled());
        return;
    }
    if (!file.isReadable()) {
        report<StartedJob>(done, ApiError::refused(file.error));
        return;
    }
    recipes::Upload recipe;
    recipe.filePath = file.absolutePath;
    recipe.name = order.name;
    recipe.description = order.description;
    recipe.osVersion = order.osVersion;
    recipe.diskFormat = order.diskFormat;
    recipe.minDiskGb = order.minDiskGb;
    recipe.minRamMb = order.minRamMb;
    recipe.maxRamMb = order.maxRamMb;
    recipe.tags = order.tags;
    recipe.fileSize = file.fileSize;
    recipe.fileModified = file.modified;
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
    const QString oldId = job.jobId;
    if (m_restarting.contains(oldId)) {
        report<RetryOutcome>(
            done, ApiError::refused(tr("Upload %1 is being restarted already.").arg(oldId)));
        return;
    }
    // From here on the restart answers once, asynchronously; until then it is the only one.
    m_restarting.insert(oldId);
    done = [this, oldId, done = std::move(done)](const Result<RetryOutcome> &outcome) {
        m_restarting.remove(oldId);
        report<RetryOutcome>(done, outcome);
    };
    const bool interrupted = job.state == JobState::Interrupted;
    inspectFile(recipe->filePath, [this, oldId, interrupted, recipe = *recipe,
                                   done](const diskimage::Info &file) {
        if (!file.isReadable()) {
            report<RetryOutcome>(done, ApiError::refused(file.error));
            return;
        }
        if (file.fileSize != recipe.fileSize || file.modified != recipe.fileModified) {
            report<RetryOutcome>(
                done, ApiError::refused(tr("The file %1 changed since the upload began: import "
                                           "it again to upload it as it is now.")
                                            .arg(recipe.filePath)));
            return;
        }
        resendUpload(oldId, interrupted, recipe, done);
    });
}

void ImageOperations::resendUpload(const QString &oldId, bool interrupted,
                                   const recipes::Upload &recipe, Callback<RetryOutcome> done) {
    if (!m_session || !tracker()) { // logged out while the file was read
        report<RetryOutcome>(done, ApiError::cancelled());
        return;
    }
    const auto resend = [this, oldId, done](const recipes::Upload &upload) {
        const QString jobId = runUpload(upload);
        tracker()->forget(oldId); // the new job replaces the old one in the panel
        emit jobReplaced(oldId);
        report<RetryOutcome>(done, RetryOutcome{RetryOutcome::Kind::Resent, {jobId, false, {}}});
    };
    if (recipe.imageId.isEmpty()) {
        resend(recipe);
        return;
    }
    // The queued image of the first try: used again while it waits for its data.
    send(new ShowImageRequest(m_session, recipe.imageId), this,
         [this, oldId, interrupted, recipe, resend, done](const Result<Image> &image) {
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
