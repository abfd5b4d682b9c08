#pragma once

#include "clock.h"
#include "jobstore.h"
#include "resultsearch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QFileSystemWatcher;

#include <functional>

namespace ims {

class JobStoreThread;
class Session;
struct ApiError;
struct Image;
struct Job;

// Follows asynchronous IMS jobs until the job API says SUCCESS or FAIL: polls with backoff (fast
// at first, slower for long jobs, fast again after progress), and persists every followed job so
// that a restart resumes them. Whatever is not the job API's answer for the job (network errors,
// timeouts, 5xx, a gateway's 4xx, an IAM error while the login is renewed) leaves the job
// "reconnecting", with the reason, polled again with a capped backoff. Repeated 404s from the job
// API itself make it Lost. A job whose POST lost its answer (OutcomeUnknown) is resolved by
// looking for the image it would create.
//
// The job file is shared with other processes (imsctl, a second window). The tracker writes
// only the records it changed since it read them, batched (kCoalesceMs) on a thread of its own
// (JobStoreThread), and takes over what the others wrote from each answer. watchStore() also
// follows the file, so that jobs another process starts show up and are followed here.
class JobTracker final : public QObject {
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 200;    // changes within this go in one write
    static constexpr int kStorePollMs = 5000;  // rereads without file notifications
    static constexpr int kRetryWriteMs = 2000; // after a failed write (lock, disk)

    JobTracker(Session *session, JobStore store, QObject *parent = nullptr);
    ~JobTracker() override; // flush()

    // Injection for tests; defaults: the session's clock and QTimer::singleShot.
    void setClock(const Clock *clock) { m_clock = clock; }
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }

    // Persists a job without polling it yet (it then shows in every job list).
    void add(const QString &jobId, const QString &description, const QJsonObject &recipe = {});
    // add() and poll until it ends.
    void follow(const QString &jobId, const QString &description, const QJsonObject &recipe = {});
    // Polls every unfinished persisted job of this session's profile.
    void resume();
    // Polls every job once (imsctl jobs): `jobUpdated` for each, then `refreshed`.
    void refreshOnce();
    void forget(const QString &jobId);
    // Writes the pending changes now and waits for them (quit, imsctl before exit). Answers the
    // error when they could not be written.
    QString flush();
    // Follows the job file: jobs that another process adds appear (jobUpdated) and unfinished
    // ones of this profile are polled; jobs it removes go (jobRemoved).
    void watchStore();
    // Why the job file cannot be written, empty while all is well.
    QString storeError() const { return m_storeError; }
    // Records an operation whose POST may or may not have started a job (its answer was lost)
    // and looks for its result from now on. Returns the job's local id.
    QString addOutcomeUnknown(const QString &description, const QJsonObject &recipe,
                              const ExpectedResult &expected, const QDateTime &sentAt,
                              const QString &reason);
    // Looks once for the result of a job whose outcome is not known (Retry asks first): a found
    // image updates the job (SUCCESS when it is active); `done` gets what was found. Not called
    // when imsdesk cannot look (a copy to another region): the job then says where to look.
    void lookForResult(const QString &jobId, const ExpectedResult &expected,
                       std::function<void(const resultsearch::Found &)> done);

    // --- jobs that a process of imsdesk runs itself: uploads of local files
    static constexpr char kUploadType[] = "imsdesk.upload";
    // A transfer whose heartbeat is older than this belongs to a process that went away: the
    // uploading process refreshes its record about once a second.
    static constexpr int kTransferStaleSecs = 30;
    // Records an upload that this process runs (Running, a local id, `totalBytes` to send) and
    // answers its id. Until followImage() or its end, only this process changes it; others show
    // what it writes, and make it Interrupted once its heartbeat stops.
    QString addUpload(const QString &description, const QJsonObject &recipe, qint64 totalBytes);
    // Changes an upload this process runs (progress, the recipe once the queued image exists,
    // its end), stamps its heartbeat and publishes it. The caller bounds the rate (about once a
    // second): the job file is shared.
    void updateUpload(const QString &jobId, const std::function<void(TrackedJob &)> &change);
    // The cloud has every byte: from now on the tracker follows the image (GET /v2/images/{id})
    // through saving to active (SUCCESS) or killed (FAIL), as any process can, after a restart
    // too. Also reopens an Interrupted upload whose image turned out to have its data.
    void followImage(const QString &jobId, const QString &imageId);

    QList<TrackedJob> jobs() const; // of this profile
    // The unfinished jobs this tracker started (add(), addUpload(), addOutcomeUnknown()), not
    // those it resumed or took over from another process: what quitting would leave behind.
    QList<TrackedJob> runningStartedHere() const;
    std::optional<TrackedJob> job(const QString &jobId) const;

    // The wait before the next poll of `job` (pure: unit-tested); never above kMaxPollDelayMs.
    static int pollDelayMs(const TrackedJob &job, const QDateTime &now);
    static constexpr int kMaxPollDelayMs = 60'000;
    // 404s in a row from the job API itself after which a job is Lost.
    static constexpr int kLostAfterNotFound = 3;
    // How long imsdesk keeps looking for the result of a POST whose answer was lost.
    static constexpr qint64 kSearchWindowSecs = 2 * 60 * 60;

signals:
    void jobUpdated(const ims::TrackedJob &job);
    void jobFinished(const ims::TrackedJob &job);
    void refreshed();
    // Another process removed the job ("Clear finished") or pruned it.
    void jobRemoved(const QString &jobId);
    // The job file cannot be read or written; changes are kept in memory meanwhile.
    void storeFailed(const QString &message);

private:
    void poll(const QString &jobId, bool once);
    void pollAnswered(TrackedJob &job, const Job &answer);
    void pollFailed(TrackedJob &job, const ApiError &error, bool reachedJobApi);
    // Not the API's word on the job: it stays what it was, polled again with backoff.
    void markReconnecting(TrackedJob &job, const ApiError &error, bool reachedApi);
    // Uploads (jobtracker_upload.cpp): the image once delivered, else the heartbeat.
    void pollUpload(const QString &jobId, bool once);
    void imageAnswered(TrackedJob &job, const Image &image);
    // Makes an upload of this profile Interrupted when no process sends it any more (not this
    // one, and its heartbeat stopped); answers whether it did.
    bool interruptIfAbandoned(TrackedJob &job);
    static QString newLocalId();
    void searchResult(const QString &jobId, bool once);
    void applyFound(TrackedJob &job, const resultsearch::Found &found);
    // Persists the job and tells about it.
    void publish(const QString &jobId);
    // publish(), then polls again unless the job ended (or `again` is false).
    void polled(const QString &jobId, bool once, bool again = true);
    // While the session's login is refused jobs pause: neither failed nor polled (a poll would
    // be another failed login). holdWhileLoginRefused() keeps a due poll until resumeAfterLogin().
    void pauseForLogin();
    void resumeAfterLogin();
    bool holdWhileLoginRefused(const QString &jobId, bool once);
    void scheduleNext(const QString &jobId);
    // Finds the records changed since the last read or write and queues them for writing.
    void persist();
    void writeChanges();
    JobStore::Changes takeChanges();
    void onMerged(quint64 sequence, const JobStore::MergeResult &result);
    // A batch answered: no longer in flight; sent again later when it failed.
    void settle(const JobStore::Changes &batch, bool failed);
    void onReloaded(quint64 sequence, const JobStore::Contents &contents);
    // Takes over what other processes wrote, keeping this process's changes not yet written.
    void adopt(quint64 sequence, const JobStore::Contents &contents);
    void reportStoreError(const QString &error);
    void watchFile();
    TrackedJob *find(const QString &jobId);

    QPointer<Session> m_session;
    JobStoreThread *m_store;
    QHash<JobKey, QByteArray> m_baseline;        // each record as last read or written
    QSet<JobKey> m_dirty;                        // changed, not yet handed to the store
    QHash<JobKey, int> m_inFlight;               // handed to the store, its answer not yet seen
    QList<JobStore::Removal> m_removals;         // removed, not yet handed to the store
    QHash<quint64, JobStore::Changes> m_batches; // what each queued merge carries
    quint64 m_adoptedSequence = 0;
    QTimer m_writeTimer;
    QTimer m_reloadTimer;
    QTimer m_storePoll;
    QFileSystemWatcher *m_watcher = nullptr;
    QString m_storeError;
    const Clock *m_clock;
    Scheduler m_scheduler;
    QList<TrackedJob> m_jobs;    // every profile's, as in the file
    QSet<QString> m_startedHere; // job ids
    int m_pendingOnce = 0;
    QStringList m_held;        // due polls kept while the login is refused
    QSet<QString> m_transfers; // uploads whose bytes this process is sending
};

} // namespace ims
