#include "jobtracker.h"
#include "inforequests.h"
#include "logging.h"
#include "session.h"

#include <QTimer>
#include <QUuid>

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
    if (job.failedPolls > 0) {
        // No answer from the job API: 2 s, 4 s, 8 s … up to a minute, so that a job comes back
        // within a minute of the cloud.
        const int exponent = std::clamp(job.failedPolls, 1, 16);
        return int(std::min<qint64>(kMaxPollDelayMs, qint64(1000) << exponent));
    }
    if (job.state == JobState::OutcomeUnknown) {
        // Looking for the image an unanswered POST would create: 5 s, 10 s … a minute.
        const int exponent = std::clamp(job.pollsSinceProgress, 0, 16);
        return int(std::min<qint64>(kMaxPollDelayMs, qint64(5000) << exponent));
    }
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

namespace {

// The job API's own error body (IMS: {"error":{"code":"IMG.…"}}), as opposed to a gateway's or a
// proxy's page (HTML, empty, APIG.…): only the former speaks for the job.
bool isJobApiError(const ApiError &error) {
    return error.kind == ApiError::Kind::Http && error.code.startsWith(QLatin1String("IMG."));
}

} // namespace

void JobTracker::poll(const QString &jobId, bool once) {
    if (!m_session || holdWhileLoginRefused(jobId, once))
        return;
    const TrackedJob *tracked = find(jobId);
    if (tracked && tracked->state == JobState::OutcomeUnknown) {
        searchResult(jobId, once);
        return;
    }
    const auto api = m_session->hasJobProgressApi() ? JobStatusRequest::Api::Progress
                                                    : JobStatusRequest::Api::Status;
    auto *request = new JobStatusRequest(m_session, jobId, api, this);
    connect(request, &JobStatusRequest::finished, this,
            [this, request, jobId, once, api](const Result<Job> &result) {
                request->deleteLater();
                TrackedJob *job = find(jobId);
                if (!job)
                    return;
                if (!result && result.error().kind == ApiError::Kind::Cancelled)
                    return;
                if (!result && api == JobStatusRequest::Api::Progress &&
                    result.error().httpStatus == 404 && request->attempts() > 0) {
                    // The progress API is optional (SPEC §5.15): use the job API from now on.
                    m_session->markJobProgressApiMissing();
                    poll(jobId, once);
                    return;
                }
                if (result)
                    pollAnswered(*job, result.value());
                else // no attempt sent: the error came from renewing the login
                    pollFailed(*job, result.error(), request->attempts() > 0);
                polled(jobId, once);
            });
    request->start();
}

void JobTracker::pollAnswered(TrackedJob &job, const Job &j) {
    const JobState state = jobStateFromCloud(j.status);
    const bool progressed = state != job.state || j.status != job.stateText ||
                            j.percent > job.percent || j.currentTask != job.currentTask;
    job.reconnecting = false;
    job.lastError.clear();
    job.failedPolls = 0;
    job.notFoundPolls = 0;
    job.type = j.type.isEmpty() ? job.type : j.type;
    job.state = state;
    job.stateText = j.status;
    if (j.percent >= 0)
        job.percent = j.percent;
    job.currentTask = j.currentTask;
    if (!j.imageId.isEmpty())
        job.imageId = j.imageId;
    job.errorCode = j.errorCode;
    job.failReason = j.failReason;
    if (progressed) {
        job.pollsSinceProgress = 0;
        job.lastProgressAt = m_clock->now();
    } else {
        ++job.pollsSinceProgress;
    }
}

void JobTracker::pollFailed(TrackedJob &job, const ApiError &e, bool reachedJobApi) {
    if (reachedJobApi && e.httpStatus == 404 && isJobApiError(e)) {
        // The job API itself says it does not know the job. Once may be a replica lagging
        // behind; kLostAfterNotFound times in a row means the cloud lost it.
        if (++job.notFoundPolls >= kLostAfterNotFound) {
            job.state = JobState::Lost;
            job.reconnecting = false;
            job.lastError.clear();
            job.errorCode = e.code;
            job.failReason = tr("The cloud no longer knows this job (%1 answers “not found” in a "
                                "row): the operation may or may not have happened. Retry looks "
                                "for its result first.")
                                 .arg(job.notFoundPolls);
            return;
        }
        job.reconnecting = true;
        job.lastError = tr("The job API does not know the job (%1 of %2): %3")
                            .arg(job.notFoundPolls)
                            .arg(kLostAfterNotFound)
                            .arg(describe(e));
        ++job.failedPolls;
        return;
    }
    // Anything else is not the job API's word on the job: keep following.
    job.notFoundPolls = 0;
    job.reconnecting = true;
    if (!reachedJobApi)
        job.lastError = tr("Renewing the login: %1").arg(describe(e));
    else if (e.kind == ApiError::Kind::Http && e.httpStatus < 500 && !isJobApiError(e))
        job.lastError =
            tr("A gateway or proxy answered instead of the job API: %1").arg(describe(e));
    else
        job.lastError = describe(e);
    ++job.failedPolls;
}

void JobTracker::publish(const QString &jobId) {
    const TrackedJob *job = find(jobId);
    if (!job)
        return;
    const TrackedJob copy = *job;
    qCDebug(lcJobs) << "job" << copy.jobId << copy.statusName() << copy.percent
                    << (copy.reconnecting ? "reconnecting:" : "") << copy.lastError;
    persist();
    emit jobUpdated(copy);
    if (copy.isFinished())
        emit jobFinished(copy);
}

void JobTracker::polled(const QString &jobId, bool once, bool again) {
    publish(jobId);
    const TrackedJob *job = find(jobId);
    if (job && !job->isFinished() && !once && again)
        scheduleNext(jobId);
    if (once && --m_pendingOnce == 0)
        emit refreshed();
}

QString JobTracker::addOutcomeUnknown(const QString &description, const QJsonObject &recipe,
                                      const ExpectedResult &expected, const QDateTime &sentAt,
                                      const QString &reason) {
    TrackedJob job;
    job.jobId = QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.profile = m_session->profile().name;
    job.description = description;
    job.recipe = recipe;
    job.expected = expected;
    job.state = JobState::OutcomeUnknown;
    job.startedAt = sentAt.isValid() ? sentAt : m_clock->now();
    job.lastProgressAt = job.startedAt;
    job.failReason = tr("The answer to the request was lost (%1): the operation may have "
                        "started.")
                         .arg(reason);
    job.currentTask = expected.isEmpty()
                          ? tr("imsdesk cannot check this operation's result; look in the console")
                          : tr("Looking for image “%1”").arg(expected.imageName);
    m_jobs.append(job);
    persist();
    emit jobUpdated(job);
    scheduleNext(job.jobId);
    return job.jobId;
}

void JobTracker::searchResult(const QString &jobId, bool once) {
    TrackedJob *job = find(jobId);
    if (!job)
        return;
    const QString here = m_session->profile().region;
    if (job->expected.isEmpty()) {
        polled(jobId, once, false); // nothing imsdesk can look for (export, members)
        return;
    }
    if (!job->expected.region.isEmpty() && job->expected.region != here) {
        // A session is for one region: the copy would be listed where this profile cannot look.
        job->currentTask = tr("The copy would appear in %1, which this profile cannot list: look "
                              "for “%2” there.")
                               .arg(job->expected.region, job->expected.imageName);
        polled(jobId, once, false);
        return;
    }
    if (job->startedAt.isValid() && job->startedAt.secsTo(m_clock->now()) > kSearchWindowSecs) {
        job->currentTask = tr("No image “%1” appeared within %2 h; Retry looks again first.")
                               .arg(job->expected.imageName)
                               .arg(kSearchWindowSecs / 3600);
        polled(jobId, once, false);
        return;
    }
    resultsearch::find(m_session, job->expected, job->startedAt, this,
                       [this, jobId, once](const resultsearch::Found &found) {
                           TrackedJob *job = find(jobId);
                           if (!job)
                               return;
                           if (job->state == JobState::OutcomeUnknown)
                               applyFound(*job, found);
                           polled(jobId, once);
                       });
}

void JobTracker::applyFound(TrackedJob &job, const resultsearch::Found &found) {
    if (!found) {
        job.reconnecting = true;
        job.lastError = tr("Looking for the result: %1").arg(describe(found.error()));
        ++job.failedPolls;
        return;
    }
    job.reconnecting = false;
    job.lastError.clear();
    job.failedPolls = 0;
    if (!found.value()) {
        ++job.pollsSinceProgress;
        job.currentTask = tr("Looking for image “%1”").arg(job.expected.imageName);
        return;
    }
    const Image &image = *found.value();
    job.imageId = image.id;
    job.lastProgressAt = m_clock->now();
    job.pollsSinceProgress = 0;
    if (image.status == QLatin1String("active")) {
        job.state = JobState::Success;
        job.stateText.clear();
        job.percent = 100;
        job.currentTask = tr("Found image %1 (the operation had started)").arg(image.id);
        job.errorCode.clear();
        job.failReason.clear();
    } else if (image.isTransitional()) {
        job.state = JobState::OutcomeUnknown; // a lost job found still being made: watch it
        job.currentTask = tr("Found image %1, still %2").arg(image.id, image.status);
    } else {
        job.state = JobState::Fail;
        job.failReason =
            tr("The operation had started, but image %1 is %2.").arg(image.id, image.status);
    }
}

void JobTracker::lookForResult(const QString &jobId, const ExpectedResult &expected,
                               std::function<void(const resultsearch::Found &)> done) {
    TrackedJob *job = find(jobId);
    if (!job || !m_session)
        return;
    if (job->expected.isEmpty())
        job->expected = expected;
    if (!job->expected.region.isEmpty() && job->expected.region != m_session->profile().region) {
        // This session cannot list the target region, and "not found" would copy twice: the job
        // says so instead, and nothing is sent.
        const QString why =
            tr("imsdesk cannot list %1 from this profile to see whether “%2” was made there; "
               "look for it in %1 before copying again.")
                .arg(job->expected.region, job->expected.imageName);
        job->currentTask = why;
        if (job->state == JobState::Lost)
            job->failReason = why;
        publish(jobId);
        return;
    }
    const QDateTime sentAt = job->startedAt;
    resultsearch::find(m_session, job->expected, sentAt, this,
                       [this, jobId, done](const resultsearch::Found &found) {
                           if (TrackedJob *job = find(jobId); job && found && found.value()) {
                               const bool wasFinished = job->isFinished();
                               applyFound(*job, found);
                               const bool watch = wasFinished && !job->isFinished();
                               publish(jobId); // (persisting may move the job)
                               if (watch)
                                   scheduleNext(jobId); // found, still being made: watch it
                           }
                           done(found);
                       });
}

} // namespace ims
