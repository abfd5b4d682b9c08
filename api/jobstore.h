#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ims {

// Where a followed job stands. SUCCESS and FAIL come only from the job API's answer for that job;
// Lost and OutcomeUnknown are imsdesk's own: the cloud no longer knows the job (repeated 404 from
// the job API itself), or the POST that would have started it lost its answer (no job id).
// Unrecognised is a status this version does not know (from the cloud or from a newer imsdesk
// in the job file): kept with its text, shown, never dropped. "Reconnecting" is not a state but a
// flag with its reason (TrackedJob::reconnecting): the job stays what it was while the cloud is
// out of reach.
enum class JobState { Init, Running, Success, Fail, Lost, OutcomeUnknown, Unrecognised };

// The one codec for JobState: the file and the job API share the names INIT, RUNNING, SUCCESS,
// FAIL; LOST and OUTCOME_UNKNOWN are only ever written by imsdesk.
QString jobStateName(JobState state);
// Unrecognised for anything else (the caller keeps the text).
JobState jobStateFromName(const QString &name);
// A status the job API sent: only its four names map to states; LOST and OUTCOME_UNKNOWN are not
// the cloud's to say.
JobState jobStateFromCloud(const QString &status);

// What an operation is expected to create, so that a job whose outcome is not known can be
// resolved by looking for it: the image by name, created after the request was sent.
struct ExpectedResult final {
    QString imageName; // empty: nothing to look for (export, members)
    QString region;    // the region it appears in; empty: the profile's own
    bool isEmpty() const { return imageName.isEmpty(); }
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
    ExpectedResult expected;

    // Nothing more will change it by itself: no more polls.
    bool isFinished() const {
        return state == JobState::Success || state == JobState::Fail || state == JobState::Lost;
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

// The followed jobs in a versioned JSON Lines file in the app data folder: a header line, then
// one job per line, so that a damaged file loses only its damaged lines. Written atomically.
class JobStore final {
public:
    static constexpr int kVersion = 1;
    // <AppDataLocation of "imsdesk">/jobs.jsonl, shared by imsdesk and imsctl.
    static QString defaultPath();

    explicit JobStore(QString path = defaultPath());
    QString path() const { return m_path; }
    // `skipped` counts records that could not be read.
    QList<TrackedJob> load(int *skipped = nullptr) const;
    bool save(const QList<TrackedJob> &jobs) const;

private:
    QString m_path;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::TrackedJob)
