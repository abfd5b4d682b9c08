#pragma once

#include "jobstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ims {

// What an operation is expected to create, so that a job whose outcome is not known can be
// resolved by looking for it: the image by name, created after the request was sent.
struct ExpectedResult final {
    QString imageName; // empty: nothing to look for (export, members)
    QString region;    // the region it appears in; empty: the profile's own
    bool isEmpty() const { return imageName.isEmpty(); }
};

// The bytes of a job that moves a file (an upload), as its process last told them. The process
// that sends them stamps `heartbeatAt` about once a second; a record whose heartbeat stopped
// belongs to a process that went away (JobTracker makes it Interrupted).
struct Transfer final {
    qint64 sent = 0;
    qint64 total = 0; // 0: no transfer
    double bytesPerSecond = 0;
    QDateTime heartbeatAt;
    bool delivered = false; // the cloud accepted every byte (PUT answered 204)
    bool isEmpty() const { return total <= 0; }
    bool operator==(const Transfer &) const = default;
};

// One asynchronous job as the tracker follows it, and as it is persisted.
struct TrackedJob final {
    QString jobId;       // the cloud's; "local-…" for a job whose POST lost its answer
    QString profile;     // the profile that started it
    QString description; // "Copy of ubuntu-22.04 as web-base"
    QString type;        // job_type once known
    JobState state = JobState::Init;
    QString stateText; // the status as read or sent, kept for Unrecognised
    double percent = -1;
    QString currentTask;
    QString imageId;
    QString errorCode;
    QString failReason;
    QDateTime startedAt; // when the request that started it was sent
    QDateTime lastProgressAt;
    bool reconnecting = false; // the last poll got no answer from the job API; still following
    bool paused = false;       // not polled while the login is refused (never persisted)
    QString lastError;         // why, for the jobs panel and imsctl
    int pollsSinceProgress = 0;
    int failedPolls = 0;   // polls in a row without an answer (backoff while reconnecting)
    int notFoundPolls = 0; // 404s in a row from the job API itself
    // What started the job, so that Retry can send the same request again (even after a
    // restart). Written by the operations layer; never holds a secret.
    QJsonObject recipe;
    Transfer transfer; // uploads only; persisted as "transfer" (absent in older files)
    // Store bookkeeping: every change a process makes bumps the revision and stamps the time, so
    // that merging the job file keeps each job's newest record (JobStore::supersedes).
    qint64 revision = 0;
    QDateTime updatedAt;
    ExpectedResult expected;

    // Nothing more will change it by itself: no more polls.
    bool isFinished() const {
        return state == JobState::Success || state == JobState::Fail || state == JobState::Lost ||
               state == JobState::Interrupted;
    }
    // Whether the operation may or may not have happened: Retry must look for its result first.
    bool outcomeNotKnown() const {
        return state == JobState::Lost || state == JobState::OutcomeUnknown;
    }
    // What to show and print: the state's name, or the unrecognised status as it came.
    QString statusName() const;
    QJsonObject toJson() const;
    static std::optional<TrackedJob> fromJson(const QJsonObject &object);
};

// What identifies a record in the shared file: job ids are unique per cloud account, and the
// file holds every profile's jobs.
struct JobKey final {
    QString profile;
    QString jobId;
    friend bool operator==(const JobKey &, const JobKey &) = default;
};
inline size_t qHash(const JobKey &key, size_t seed = 0) {
    return qHashMulti(seed, key.profile, key.jobId);
}
inline JobKey keyOf(const TrackedJob &job) {
    return {job.profile, job.jobId};
}

// The followed jobs in a versioned JSON Lines file in the app data folder: a header line, then
// one record per line, so that a damaged file loses only its damaged lines.
//
// Several processes share the file (the window, a second window, many imsctl). One file, not a
// file per job: one read gives every process the whole list, and clearing, pruning and
// de-duplicating stay in one place. Every read-modify-write holds a QLockFile beside the file
// (stale locks of dead processes are taken over) and replaces the file atomically (QSaveFile),
// so readers need no lock. A process hands merge() only the records it changed; the newest
// record of each job wins, an end (SUCCESS, FAIL) is never undone by an older state, and a
// removed job stays removed (a "removed" record is kept as long as finished jobs are).
class JobStore final {
public:
    static constexpr int kVersion = 2; // 2: revision, updated_at, "removed" records
    // A larger file is not read (it would take seconds and megabytes), and never overwritten.
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
    static constexpr int kPruneDays = 30; // finished jobs and removals older than this go
    // <AppDataLocation of "imsdesk">/jobs.jsonl, shared by imsdesk and imsctl.
    static QString defaultPath();

    // A job removed from the list ("Clear finished", a retried job): it must not come back
    // from another process's copy.
    struct Removal {
        JobKey key;
        QDateTime at;
    };
    enum class State {
        Missing,    // no file yet: an empty list
        Read,       // read (damaged lines are counted in `skipped`)
        Unreadable, // too large or not readable: nothing may be written over it
    };
    struct Contents {
        State state = State::Missing;
        QString error; // why it is Unreadable, for the log and the user
        QList<TrackedJob> jobs;
        QList<Removal> removals;
        QList<QByteArray> foreign; // records this version cannot read, written back untouched
        int skipped = 0;
    };
    struct Changes {
        QList<TrackedJob> jobs; // the records this process changed since it read them
        QList<Removal> removals;
        QDateTime now; // for pruning
        bool isEmpty() const { return jobs.isEmpty() && removals.isEmpty(); }
    };
    struct MergeResult {
        bool written = false;
        QString error;     // why not written
        Contents contents; // the file as written (or as read, when not written)
    };

    explicit JobStore(QString path = defaultPath());
    QString path() const { return m_path; }
    // Waiting for another process's lock (tests shorten it).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }

    Contents read() const;
    // The jobs only; `skipped` counts records that could not be read.
    QList<TrackedJob> load(int *skipped = nullptr) const;
    // Writes `jobs` as the whole file, under the lock (first runs, tests).
    bool save(const QList<TrackedJob> &jobs) const;
    // Under the lock: reads the file, applies `changes`, prunes, and writes it back. Refuses to
    // write over a file it could not read.
    MergeResult merge(const Changes &changes) const;

    // The merge rules (pure, unit-tested).
    static bool supersedes(const TrackedJob &change, const TrackedJob &stored);
    static void apply(Contents &contents, const Changes &changes);
    // Drops finished jobs and removals older than kPruneDays; answers how many went.
    static int prune(Contents &contents, const QDateTime &now);

private:
    bool write(const Contents &contents) const;

    QString m_path;
    int m_lockTimeoutMs = 10'000;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::TrackedJob)
