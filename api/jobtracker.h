#pragma once

#include "clock.h"
#include "jobstore.h"

#include <QObject>
#include <QPointer>

namespace ims {

class Session;

// Follows asynchronous IMS jobs until SUCCESS or FAIL: polls with backoff (fast at first,
// slower for long jobs, fast again after progress), keeps going through network errors
// ("reconnecting"), and persists every followed job so that a restart resumes them.
class JobTracker final : public QObject {
    Q_OBJECT

public:
    JobTracker(Session *session, JobStore store, QObject *parent = nullptr);

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
    QList<TrackedJob> jobs() const; // of this profile
    std::optional<TrackedJob> job(const QString &jobId) const;

    // The wait before the next poll of `job` (pure: unit-tested).
    static int pollDelayMs(const TrackedJob &job, const QDateTime &now);

signals:
    void jobUpdated(const ims::TrackedJob &job);
    void jobFinished(const ims::TrackedJob &job);
    void refreshed();

private:
    void poll(const QString &jobId, bool once);
    // While the session's login is refused jobs pause: neither failed nor polled (a poll would
    // be another failed login). holdWhileLoginRefused() keeps a due poll until resumeAfterLogin().
    void pauseForLogin();
    void resumeAfterLogin();
    bool holdWhileLoginRefused(const QString &jobId, bool once);
    void scheduleNext(const QString &jobId);
    void persist();
    TrackedJob *find(const QString &jobId);

    QPointer<Session> m_session;
    JobStore m_store;
    const Clock *m_clock;
    Scheduler m_scheduler;
    QList<TrackedJob> m_jobs; // every profile's, as in the file
    int m_pendingOnce = 0;
    QStringList m_held; // due polls kept while the login is refused
};

} // namespace ims
