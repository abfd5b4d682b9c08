#include "jobtracker.h"
#include "inforequests.h"
#include "logging.h"
#include "session.h"

#include <QTimer>

namespace ims {

JobTracker::JobTracker(Session *session, JobStore store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(std::move(store))
    , m_clock(&session->clock()) {
    m_jobs = m_store.load();
    connect(session, &Session::loginRefused, this, &JobTracker::pauseForLogin);
    connect(session, &Session::loginRestored, this, &JobTracker::resumeAfterLogin);
}

void JobTracker::pauseForLogin() {
    for (TrackedJob &job : m_jobs) {
        if (job.profile != m_session->profile().name || job.isFinished() || job.paused)
            continue;
        job.paused = true;
        emit jobUpdated(job);
    }
}

void JobTracker::resumeAfterLogin() {
    for (TrackedJob &job : m_jobs) {
        if (job.profile != m_session->profile().name || !job.paused)
            continue;
        job.paused = false;
        emit jobUpdated(job);
    }
    for (const QString &jobId : std::exchange(m_held, {}))
        poll(jobId, false);
}

bool JobTracker::holdWhileLoginRefused(const QString &jobId, bool once) {
    if (!m_session->isLoginRefused())
        return false;
    if (TrackedJob *job = find(jobId); job && !job->paused) {
        job->paused = true;
        emit jobUpdated(*job);
    }
    if (!once && !m_held.contains(jobId))
        m_held.append(jobId);
    if (once && --m_pendingOnce == 0)
        QTimer::singleShot(0, this, &JobTracker::refreshed);
    return true;
}

int JobTracker::pollDelayMs(const TrackedJob &job, const QDateTime &now) {
    // Creation jobs take minutes (SPEC §5.14): start at 1 s so short jobs feel immediate, double
    // while nothing moves, and cap at 10 s for the first ten minutes, 30 s after that.
    const qint64 ageMs = job.startedAt.isValid() ? job.startedAt.msecsTo(now) : 0;
    const int cap = ageMs > 10 * 60 * 1000 ? 30'000 : 10'000;
    const int exponent = std::clamp(job.pollsSinceProgress, 0, 16);
    return int(std::min<qint64>(cap, qint64(1000) << exponent));
}

TrackedJob *JobTracker::find(const QString &jobId) {
    for (TrackedJob &job : m_jobs)
        if (job.jobId == jobId && job.profile == m_session->profile().name)
            return &job;
    return nullptr;
}

QList<TrackedJob> JobTracker::jobs() const {
    QList<TrackedJob> list;
    for (const TrackedJob &job : m_jobs)
        if (m_session && job.profile == m_session->profile().name)
            list.append(job);
    return list;
}

std::optional<TrackedJob> JobTracker::job(const QString &jobId) const {
    for (const TrackedJob &job : jobs())
        if (job.jobId == jobId)
            return job;
    return std::nullopt;
}

void JobTracker::persist() {
    // Another process (imsctl, a second window) may have added jobs: merge by id.
    QList<TrackedJob> merged = m_store.load();
    for (const TrackedJob &job : std::as_const(m_jobs)) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const TrackedJob &j) {
            return j.jobId == job.jobId && j.profile == job.profile;
        });
        if (it != merged.end())
            *it = job;
        else
            merged.append(job);
    }
    if (!m_store.save(merged))
        qCWarning(lcJobs) << "cannot write" << m_store.path();
    m_jobs = merged;
}

void JobTracker::follow(const QString &jobId, const QString &description,
                        const QJsonObject &recipe) {
    add(jobId, description, recipe);
    poll(jobId, false);
}

void JobTracker::add(const QString &jobId, const QString &description, const QJsonObject &recipe) {
    if (!find(jobId)) {
        TrackedJob job;
        job.jobId = jobId;
        job.profile = m_session->profile().name;
        job.description = description;
        job.recipe = recipe;
        job.startedAt = m_clock->now();
        job.lastProgressAt = job.startedAt;
        m_jobs.append(job);
        persist();
        emit jobUpdated(job);
    }
}

void JobTracker::resume() {
    for (const TrackedJob &job : jobs())
        if (!job.isFinished())
            scheduleNext(job.jobId);
}

void JobTracker::refreshOnce() {
    const QList<TrackedJob> list = jobs();
    m_pendingOnce = 0;
    for (const TrackedJob &job : list) {
        if (job.isFinished())
            continue;
        ++m_pendingOnce;
        poll(job.jobId, true);
    }
    if (m_pendingOnce == 0)
        QTimer::singleShot(0, this, &JobTracker::refreshed);
}

void JobTracker::forget(const QString &jobId) {
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                [&](const TrackedJob &j) {
                                    return j.jobId == jobId &&
                                           j.profile == m_session->profile().name;
                                }),
                 m_jobs.end());
    QList<TrackedJob> stored = m_store.load();
    stored.erase(std::remove_if(stored.begin(), stored.end(),
                                [&](const TrackedJob &j) {
                                    return j.jobId == jobId &&
                                           j.profile == m_session->profile().name;
                                }),
                 stored.end());
    m_store.save(stored);
}

void JobTracker::scheduleNext(const QString &jobId) {
    const TrackedJob *job = find(jobId);
    if (!job || job->isFinished())
        return;
    const int delay = pollDelayMs(*job, m_clock->now());
    QPointer<JobTracker> self(this);
    auto callback = [self, jobId] {
        if (self)
            self->poll(jobId, false);
    };
    if (m_scheduler)
        m_scheduler(delay, callback);
    else
        QTimer::singleShot(delay, this, callback);
}

void JobTracker::poll(const QString &jobId, bool once) {
    if (!m_session || holdWhileLoginRefused(jobId, once))
        return;
    const auto api = m_session->hasJobProgressApi() ? JobStatusRequest::Api::Progress
                                                    : JobStatusRequest::Api::Status;
    auto *request = new JobStatusRequest(m_session, jobId, api, this);
    connect(request, &JobStatusRequest::finished, this,
            [this, request, jobId, once, api](const Result<Job> &result) {
                request->deleteLater();
                TrackedJob *job = find(jobId);
                if (!job)
                    return;
                if (!result && api == JobStatusRequest::Api::Progress &&
                    result.error().httpStatus == 404) {
                    // The progress API is optional (SPEC §5.15): use the job API from now on.
                    m_session->markJobProgressApiMissing();
                    poll(jobId, once);
                    return;
                }
                if (!result) {
                    const ApiError &e = result.error();
                    if (e.kind == ApiError::Kind::Http && !e.retriable && e.httpStatus != 401) {
                        // The cloud answered but refuses or no longer knows the job.
                        job->status = QStringLiteral("FAIL");
                        job->errorCode = e.code;
                        job->failReason = describe(e);
                    } else {
                        job->reconnecting = true;
                        job->lastError = describe(e);
                        ++job->pollsSinceProgress;
                    }
                } else {
                    const Job &j = result.value();
                    const bool progressed = j.status != job->status || j.percent > job->percent ||
                                            j.currentTask != job->currentTask;
                    job->reconnecting = false;
                    job->lastError.clear();
                    job->type = j.type.isEmpty() ? job->type : j.type;
                    job->status = j.status;
                    if (j.percent >= 0)
                        job->percent = j.percent;
                    job->currentTask = j.currentTask;
                    if (!j.imageId.isEmpty())
                        job->imageId = j.imageId;
                    job->errorCode = j.errorCode;
                    job->failReason = j.failReason;
                    if (progressed) {
                        job->pollsSinceProgress = 0;
                        job->lastProgressAt = m_clock->now();
                    } else {
                        ++job->pollsSinceProgress;
                    }
                }
                const TrackedJob copy = *job;
                qCDebug(lcJobs) << "job" << copy.jobId << copy.status << copy.percent
                                << (copy.reconnecting ? "reconnecting" : "");
                persist();
                emit jobUpdated(copy);
                if (copy.isFinished())
                    emit jobFinished(copy);
                else if (!once)
                    scheduleNext(jobId);
                if (once && --m_pendingOnce == 0)
                    emit refreshed();
            });
    request->start();
}

} // namespace ims
