#include "jobtracker.h"
#include "inforequests.h"
#include "jobstorethread.h"
#include "logging.h"
#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QTimer>

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
}

JobTracker::~JobTracker() {
    const QSignalBlocker quiet(this); // going away: what the last answer brings concerns nobody
    const QString error = flush();
    if (!error.isEmpty())
        qCWarning(lcJobs).noquote() << "jobs not saved:" << error;
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
        return m_dirty.contains(key) || m_inFlight.contains(key) || removing.contains(key);
    };
    QHash<JobKey, qsizetype> local;
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        local.insert(keyOf(m_jobs.at(i)), i);
    QSet<JobKey> stored;
    QList<TrackedJob> added;
    QList<TrackedJob> changed;
    for (const TrackedJob &job : contents.jobs) {
        const JobKey key = keyOf(job);
        stored.insert(key);
        if (pending(key))
            continue;
        const auto it = local.constFind(key);
        if (it == local.constEnd()) {
            m_baseline.insert(key, contentOf(job));
            added.append(job);
            continue;
        }
        TrackedJob &mine = m_jobs[*it];
        if (mine.revision == job.revision && mine.updatedAt == job.updatedAt)
            continue; // as this process knows it
        // Another process's newer record; the poll schedule stays this process's.
        TrackedJob adopted = job;
        adopted.pollsSinceProgress = mine.pollsSinceProgress;
        adopted.lastProgressAt = mine.lastProgressAt;
        mine = adopted;
        m_baseline.insert(key, contentOf(adopted));
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

void JobTracker::poll(const QString &jobId, bool once) {
    if (!m_session)
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
