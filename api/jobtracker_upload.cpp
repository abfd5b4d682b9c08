// JobTracker: uploads of local files. A process of imsdesk sends the bytes itself (there is no
// cloud job for it), so while they move the record is that process's: it writes progress and a
// heartbeat, and every other process shows them. Once the cloud has every byte any process
// follows the image to its end, like a cloud job.
#include "imagerequests.h"
#include "jobtracker.h"
#include "logging.h"
#include "send.h"
#include "session.h"

namespace ims {

QString JobTracker::addUpload(const QString &description, const QJsonObject &recipe,
                              qint64 totalBytes) {
    TrackedJob job;
    job.jobId = newLocalId();
    job.profile = m_session->profile().name;
    job.description = description;
    job.type = QLatin1String(kUploadType);
    job.state = JobState::Running;
    job.recipe = recipe;
    job.percent = 0;
    job.startedAt = m_clock->now();
    job.lastProgressAt = job.startedAt;
    job.transfer.total = totalBytes;
    job.transfer.heartbeatAt = job.startedAt;
    m_transfers.insert(job.jobId);
    m_startedHere.insert(job.jobId);
    m_jobs.append(job);
    persist();
    emit jobUpdated(job);
    return job.jobId;
}

void JobTracker::updateUpload(const QString &jobId,
                              const std::function<void(TrackedJob &)> &change) {
    TrackedJob *job = find(jobId);
    if (!job)
        return;
    change(*job);
    job->transfer.heartbeatAt = m_clock->now();
    if (job->isFinished())
        m_transfers.remove(jobId);
    publish(jobId);
}

void JobTracker::followImage(const QString &jobId, const QString &imageId) {
    TrackedJob *job = find(jobId);
    if (!job)
        return;
    m_transfers.remove(jobId);
    job->transfer.delivered = true;
    job->transfer.sent = job->transfer.total;
    job->transfer.heartbeatAt = m_clock->now();
    job->imageId = imageId;
    job->state = JobState::Running;
    job->percent = 100;
    job->errorCode.clear();
    job->failReason.clear();
    job->currentTask = tr("Uploaded; waiting for the cloud to check image %1").arg(imageId);
    job->pollsSinceProgress = 0;
    publish(jobId);
    poll(jobId, false);
}

bool JobTracker::interruptIfAbandoned(TrackedJob &job) {
    if (job.type != QLatin1String(kUploadType) || job.isFinished() || job.transfer.delivered ||
        !m_session || job.profile != m_session->profile().name || m_transfers.contains(job.jobId))
        return false;
    const QDateTime beat =
        job.transfer.heartbeatAt.isValid() ? job.transfer.heartbeatAt : job.updatedAt;
    if (beat.isValid() && beat.secsTo(m_clock->now()) <= kTransferStaleSecs)
        return false; // another process is sending it
    qCInfo(lcJobs) << "upload" << job.jobId << "interrupted: its process went away";
    job.state = JobState::Interrupted;
    job.stateText.clear();
    job.reconnecting = false;
    job.lastError.clear();
    job.transfer.bytesPerSecond = 0;
    job.failReason = tr("The upload stopped at %1%: the imsdesk process sending it went away. "
                        "Retry uploads the file again.")
                         .arg(qRound(job.percent < 0 ? 0 : job.percent));
    job.currentTask = job.failReason;
    return true;
}

void JobTracker::pollUpload(const QString &jobId, bool once) {
    TrackedJob *job = find(jobId);
    if (!job->transfer.delivered) {
        // The bytes are another process's (or this one's) to send: only its heartbeat is looked
        // at, and a process that sends them needs no polls at all.
        const bool mine = m_transfers.contains(jobId);
        if (!mine)
            interruptIfAbandoned(*job);
        polled(jobId, once, !mine);
        return;
    }
    auto *request = new ShowImageRequest(m_session, job->imageId);
    send(request, this, [this, request, jobId, once](const Result<Image> &result) {
        TrackedJob *job = find(jobId);
        if (!job)
            return;
        if (!result && result.error().kind == ApiError::Kind::Cancelled)
            return;
        const ApiError error = result ? ApiError{} : result.error();
        const bool reached = request->attempts() > 0;
        if (result) {
            imageAnswered(*job, result.value());
        } else if (reached && error.httpStatus == 404 &&
                   !error.code.startsWith(QLatin1String("APIG"))) {
            // The image API itself says the image is gone (a gateway's 404 is not its word).
            job->state = JobState::Fail;
            job->reconnecting = false;
            job->lastError.clear();
            job->errorCode = QStringLiteral("deleted");
            job->failReason = tr("Image %1 was deleted before it became active.").arg(job->imageId);
        } else {
            markReconnecting(*job, error, reached);
        }
        polled(jobId, once);
    });
}

void JobTracker::imageAnswered(TrackedJob &job, const Image &image) {
    const bool progressed = image.status != job.stateText || job.reconnecting;
    job.reconnecting = false;
    job.lastError.clear();
    job.failedPolls = 0;
    job.stateText = image.status;
    if (image.status == QLatin1String("active")) {
        job.state = JobState::Success;
        job.currentTask = tr("Image %1 is active").arg(image.id);
    } else if (image.status == QLatin1String("killed")) {
        job.state = JobState::Fail;
        job.errorCode = QStringLiteral("killed");
        job.failReason = tr("The cloud could not use the file: image %1 is killed (the bytes "
                            "may not be a %2 image). Delete it and upload a valid file.")
                             .arg(image.id, image.diskFormat);
    } else if (image.status == QLatin1String("deleted") ||
               image.status == QLatin1String("pending_delete")) {
        job.state = JobState::Fail;
        job.errorCode = QStringLiteral("deleted");
        job.failReason = tr("Image %1 was deleted before it became active.").arg(image.id);
    } else {
        job.currentTask =
            tr("The cloud is checking the file: image %1 is %2").arg(image.id, image.status);
    }
    if (progressed) {
        job.pollsSinceProgress = 0;
        job.lastProgressAt = m_clock->now();
    } else {
        ++job.pollsSinceProgress;
    }
}

} // namespace ims
