#pragma once

#include "jobstore.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace ims {

// The jobs panel's rows: one per followed job, keyed by job id and updated in place. Elapsed
// time and the estimate come from an injected "now", advanced by tick().
class JobListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Operation,
        Description,
        State,
        Progress,
        CurrentTask,
        Elapsed,
        Estimate,
        Profile, // "prod · eu-de": whose job it is, since every profile's jobs are listed
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PercentRole, // 0..100, or -1 when the cloud gives none
        FinishedRole,
        JobRole,
        TransferRole, // an upload's bytes for its progress bar ("12.0 MiB of 50.0 MiB"); else empty
    };

    explicit JobListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void upsert(const TrackedJob &job);
    void remove(const QString &jobId);
    void clearFinished();
    void tick(const QDateTime &now);
    // How the jobs of `profile` are followed (JobFollowers): its region for the Profile column,
    // and why its unfinished jobs are not followed (empty when they are), said in their row.
    void setFollowState(const QString &profile, const QString &region, const QString &problem);

    const TrackedJob *job(const QString &jobId) const;
    int rowOf(const QString &jobId) const;
    const TrackedJob &at(int row) const { return m_jobs.at(row); }

    // "Replicate", "Create from server"… from the job type (SPEC §5.14).
    static QString operationName(const QString &jobType);
    // The job's operation, from its type or, before the cloud told it, from its recipe.
    static QString operationOf(const TrackedJob &job);
    // queued, running, succeeded, failed, lost, outcome unknown, reconnecting, or an unknown
    // status as the cloud sent it: what the user sees, in words (not only in colour).
    static QString stateName(const TrackedJob &job);
    // The progress in words: "42 %", an upload's "12 MB of 50 MB, 24 %", "In progress" when
    // the cloud gives no percentage.
    static QString progressText(const TrackedJob &job);
    // "1 h 05 min", "42 s".
    static QString formatDuration(qint64 seconds);
    // An upload this version's tracker follows (JobTracker::kUploadType).
    static bool isUpload(const TrackedJob &job);
    // An upload whose bytes are being sent: it can be cancelled.
    static bool isSending(const TrackedJob &job);
    // Seconds left: an upload's from its bytes and throughput, another job's from its progress
    // so far; -1 when it cannot be told.
    static qint64 estimateSeconds(const TrackedJob &job, const QDateTime &now);

private:
    QDateTime endOf(const TrackedJob &job) const;
    // Why the job is not followed, empty when it is (or needs no following: it ended).
    QString notFollowedBecause(const TrackedJob &job) const;

    struct FollowState {
        QString region;
        QString problem;
    };
    QHash<QString, FollowState> m_follow; // by profile name

    QList<TrackedJob> m_jobs;
    QHash<QString, QDateTime> m_finishedAt; // when each job was seen finished, for elapsed time
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace ims
