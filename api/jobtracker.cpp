#include "jobtracker.h"
#include "inforequests.h"
#include "jobstorethread.h"
#include "logging.h"
#include "send.h"
#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QTimer>
#include <QUuid>

namespace ims {

namespace {

// A record's persisted content, to tell whether it changed since it was read or written.
QByteArray contentOf(const TrackedJob &job) {
    return QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

JobTracker::JobTracker(Session *session, JobStore store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(new JobStoreThread(store, this))
    , m_clock(&session->clock()) {
    // The first read is synchronous: the list shows at once (a file is at most kMaxFileSize).
    JobStore::Contents contents = store.read();
    m_jobs = contents.jobs;
    for (const TrackedJob &job : std::as_const(m_jobs))
        m_baseline.insert(keyOf(job), contentOf(job));
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kCoalesceMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &JobTracker::writeChanges);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kCoalesceMs);
    connect(&m_reloadTimer, &QTimer::timeout, m_store, &JobStoreThread::reload);
    m_storePoll.setInterval(kStorePollMs);
    connect(&m_storePoll, &QTimer::timeout, m_store, &JobStoreThread::reload);
    connect(m_store, &JobStoreThread::merged, this, &JobTracker::onMerged);
    connect(m_store, &JobStoreThread::reloaded, this, &JobTracker::onReloaded);
    connect(session, &Session::loginRefused, this, &JobTracker::pauseForLogin);
    connect(session, &Session::loginRestored, this, &JobTracker::resumeAfterLogin);
    if (contents.state == JobStore::State::Unreadable) {
        m_storeError = contents.error;
        qCWarning(lcJobs).noquote() << contents.error;
        // Said once the caller could connect to storeFailed.
        QTimer::singleShot(0, this, [this] {
            if (!m_storeError.isEmpty())
                emit storeFailed(m_storeError);
        });
    } else if (JobStore::prune(contents, m_clock->now()) > 0) {
        // Old finished jobs go from the list now and from the file with the first write.
        m_jobs = contents.jobs;
        m_writeTimer.start();
    }
    // An upload that no process sends any more shows as interrupted from the first look, never
    // as running: this process has just started and sends none.
    bool interrupted = false;
    for (TrackedJob &job : m_jobs)
        interrupted |= interruptIfAbandoned(job);
    if (interrupted && contents.state != JobStore::State::Unreadable)
        persist();
}

JobTracker::~JobTracker() {
    const QSignalBlocker quiet(this); // going away: what the last answer brings concerns nobody
    const QString error = flush();
    if (!error.isEmpty())
        qCWarning(lcJobs).noquote() << "jobs not saved:" << error;
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

QString JobTracker::newLocalId() {
    return QStringLiteral("local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int JobTracker::pollDelayMs(const TrackedJob &job, const QDateTime &now) {
    if (job.type == QLatin1String(kUploadType) && !job.transfer.delivered)
        return kTransferStaleSecs * 1000 / 3; // its heartbeat, looked at a few times per period
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

QList<TrackedJob> JobTracker::runningStartedHere() const {
    QList<TrackedJob> list = jobs();
    list.removeIf([this](const TrackedJob &job) {
        return job.isFinished() || !m_startedHere.contains(job.jobId);
    });
    return list;
}

std::optional<TrackedJob> JobTracker::job(const QString &jobId) const {
    for (const TrackedJob &job : jobs())
        if (job.jobId == jobId)
            return job;
    return std::nullopt;
}

void JobTracker::persist() {
    const QDateTime now = m_clock->now();
    for (TrackedJob &job : m_jobs) {
        const JobKey key = keyOf(job);
        QByteArray content = contentOf(job);
        const auto it = m_baseline.constFind(key);
        if (it != m_baseline.constEnd() && *it == content)
            continue;
        ++job.revision;
        job.updatedAt = now;
        m_baseline.insert(key, std::move(content));
        m_dirty.insert(key);
    }
    if ((!m_dirty.isEmpty() || !m_removals.isEmpty()) && !m_writeTimer.isActive())
        m_writeTimer.start();
}

JobStore::Changes JobTracker::takeChanges() {
    JobStore::Changes changes;
    changes.now = m_clock->now();
    for (const TrackedJob &job : std::as_const(m_jobs)) {
        if (m_dirty.contains(keyOf(job)))
            changes.jobs.append(job);
    }
    changes.removals = std::exchange(m_removals, {});
    m_dirty.clear();
    return changes;
}

void JobTracker::writeChanges() {
    JobStore::Changes changes = takeChanges();
    for (const TrackedJob &job : std::as_const(changes.jobs))
        ++m_inFlight[keyOf(job)];
    for (const JobStore::Removal &removal : std::as_const(changes.removals))
        ++m_inFlight[removal.key];
    const quint64 sequence = m_store->merge(changes);
    m_batches.insert(sequence, std::move(changes));
}

void JobTracker::settle(const JobStore::Changes &batch, bool failed) {
    const auto done = [this](const JobKey &key) {
        if (--m_inFlight[key] <= 0)
            m_inFlight.remove(key);
    };
    for (const TrackedJob &job : batch.jobs) {
        done(keyOf(job));
        const bool stillHere =
            std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                        [&](const TrackedJob &j) { return keyOf(j) == keyOf(job); });
        if (failed && stillHere)
            m_dirty.insert(keyOf(job)); // its current record goes with the next write
    }
    for (const JobStore::Removal &removal : batch.removals) {
        done(removal.key);
        if (failed)
            m_removals.append(removal);
    }
}

void JobTracker::onMerged(quint64 sequence, const JobStore::MergeResult &result) {
    const bool failed = !result.error.isEmpty();
    settle(m_batches.take(sequence), failed);
    if (failed) {
        reportStoreError(result.error);
        m_writeTimer.start(kRetryWriteMs);
        return;
    }
    if (!m_storeError.isEmpty()) {
        qCInfo(lcJobs) << "the job file can be written again";
        m_storeError.clear();
    }
    m_writeTimer.setInterval(kCoalesceMs);
    adopt(sequence, result.contents);
}

void JobTracker::onReloaded(quint64 sequence, const JobStore::Contents &contents) {
    if (m_watcher)
        watchFile(); // an atomic replace drops the watch on the old file
    if (contents.state == JobStore::State::Unreadable) {
        reportStoreError(contents.error);
        return;
    }
    adopt(sequence, contents);
}

void JobTracker::reportStoreError(const QString &error) {
    if (error == m_storeError)
        return; // said already
    m_storeError = error;
    qCWarning(lcJobs).noquote() << error;
    emit storeFailed(error);
}

void JobTracker::adopt(quint64 sequence, const JobStore::Contents &contents) {
    // Answers come in order; one older than what was taken over already says nothing new.
    if (sequence <= m_adoptedSequence)
        return;
    m_adoptedSequence = sequence;
    const QString profile = m_session ? m_session->profile().name : QString();
    QSet<JobKey> removing;
    for (const JobStore::Removal &removal : std::as_const(m_removals))
        removing.insert(removal.key);
    // This process's changes not yet in the file stay as they are.
    const auto pending = [&](const JobKey &key) {
        return m_dirty.contains(key) || m_inFlight.contains(key) || removing.contains(key) ||
               (key.profile == profile && m_transfers.contains(key.jobId));
    };
    QHash<JobKey, qsizetype> local;
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        local.insert(keyOf(m_jobs.at(i)), i);
    QSet<JobKey> stored;
    QList<TrackedJob> added;
    QList<TrackedJob> changed;
    bool interrupted = false;
    for (const TrackedJob &job : contents.jobs) {
        const JobKey key = keyOf(job);
        stored.insert(key);
        if (pending(key))
            continue;
        const auto it = local.constFind(key);
        if (it == local.constEnd()) {
            m_baseline.insert(key, contentOf(job));
            added.append(job);
            // Another process's upload whose heartbeat stopped: it went away while sending.
            interrupted |= interruptIfAbandoned(added.last());
            continue;
        }
        TrackedJob &mine = m_jobs[*it];
        if (mine.revision == job.revision && mine.updatedAt == job.updatedAt)
            continue; // as this process knows it
        // Another process's newer record; the poll schedule stays this process's.
        TrackedJob adopted = job;
        adopted.pollsSinceProgress = mine.pollsSinceProgress;
        adopted.lastProgressAt = mine.lastProgressAt;
        m_baseline.insert(key, contentOf(adopted));
        interrupted |= interruptIfAbandoned(adopted);
        mine = adopted;
        changed.append(adopted);
    }
    // Gone from the file: cleared or pruned by another process.
    QStringList removed;
    m_jobs.removeIf([&](const TrackedJob &job) {
        const JobKey key = keyOf(job);
        if (stored.contains(key) || pending(key))
            return false;
        m_baseline.remove(key);
        if (job.profile == profile)
            removed.append(job.jobId);
        return true;
    });
    m_jobs.append(added);
    if (interrupted)
        persist(); // the file still says running: it says interrupted from now on
    for (const QString &jobId : std::as_const(removed))
        emit jobRemoved(jobId);
    for (const TrackedJob &job : std::as_const(changed)) {
        if (job.profile == profile)
            emit jobUpdated(job);
    }
    for (const TrackedJob &job : std::as_const(added)) {
        if (job.profile != profile)
            continue;
        qCDebug(lcJobs) << "job" << job.jobId << "added by another process";
        emit jobUpdated(job);
        if (m_watcher && !job.isFinished())
            scheduleNext(job.jobId); // followed here too
    }
}

QString JobTracker::flush() {
    m_writeTimer.stop();
    m_store->finishQueued(); // a batch that failed is taken again below
    JobStore::Changes changes = takeChanges();
    if (changes.isEmpty())
        return m_storeError;
    quint64 sequence = 0;
    const JobStore::MergeResult result = m_store->mergeNow(changes, &sequence);
    m_batches.insert(sequence, changes);
    for (const TrackedJob &job : std::as_const(changes.jobs))
        ++m_inFlight[keyOf(job)];
    for (const JobStore::Removal &removal : std::as_const(changes.removals))
        ++m_inFlight[removal.key];
    onMerged(sequence, result);
    return result.error;
}

void JobTracker::watchStore() {
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadTimer.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { m_reloadTimer.start(); });
    watchFile();
    // Notifications can be missing (network file systems, inotify limits): read now and then.
    m_storePoll.start();
}

void JobTracker::watchFile() {
    const QString path = m_store->store().path();
    const QString dir = QFileInfo(path).absolutePath();
    QDir().mkpath(dir);
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
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
        m_startedHere.insert(jobId);
        persist(); // stamps the revision
        emit jobUpdated(m_jobs.last());
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
    const QString profile = m_session->profile().name;
    const JobKey key{profile, jobId};
    m_jobs.removeIf([&](const TrackedJob &j) { return keyOf(j) == key; });
    m_baseline.remove(key);
    m_dirty.remove(key);
    // Written as a removal, so that no other process's copy brings the job back.
    m_removals.append({key, m_clock->now()});
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
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
    if (tracked && tracked->type == QLatin1String(kUploadType)) {
        pollUpload(jobId, once);
        return;
    }
    const auto api = m_session->hasJobProgressApi() ? JobStatusRequest::Api::Progress
                                                    : JobStatusRequest::Api::Status;
    auto *request = new JobStatusRequest(m_session, jobId, api);
    // `request` stays valid in the handler: send() deletes it later, from the event loop.
    send(request, this, [this, request, jobId, once, api](const Result<Job> &result) {
        TrackedJob *job = find(jobId);
        if (!job)
            return;
        if (!result && result.error().kind == ApiError::Kind::Cancelled)
            return;
        if (!result && api == JobStatusRequest::Api::Progress && result.error().httpStatus == 404 &&
            request->attempts() > 0) {
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
}

void JobTracker::pollAnswered(TrackedJob &job, const Job &j) {
    const JobState state = j.state;
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
    markReconnecting(job, e, reachedJobApi);
}

void JobTracker::markReconnecting(TrackedJob &job, const ApiError &e, bool reachedJobApi) {
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
    job.jobId = newLocalId();
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
    m_startedHere.insert(job.jobId);
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
