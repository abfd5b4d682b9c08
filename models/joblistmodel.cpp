#include "joblistmodel.h"

#include "apiwords.h"
#include "formatting.h"
#include "jobtracker.h"
#include "plaintooltip.h"
#include "tone.h"

namespace ims {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int JobListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::operationName(const QString &jobType) {
    static const QList<QPair<const char *, const char *>> names{
        {"CreateImageByInstance", QT_TR_NOOP("Create from server")},
        {"CreateWholeImage", QT_TR_NOOP("Create full-ECS image")},
        {"CopyImageInRegion", QT_TR_NOOP("Replicate")},
        {"CrossRegion", QT_TR_NOOP("Replicate to region")},
        {"CopyImageCrossUser", QT_TR_NOOP("Replicate to region")},
        {"Export", QT_TR_NOOP("Export")},
        {"AddImageMembers", QT_TR_NOOP("Share")},
        {"DelImageMembers", QT_TR_NOOP("Stop sharing")},
        {"UpdateImageMembers", QT_TR_NOOP("Answer share")},
        {"Import", QT_TR_NOOP("Import")},
        {"Volume", QT_TR_NOOP("Create from disk")},
        {"Server", QT_TR_NOOP("Server action")},
        {"WholeImage", QT_TR_NOOP("Create full-ECS image")},
        {"upload", QT_TR_NOOP("Upload")},
        // The recipes' operations, for operationOf() a job without a type yet.
        {"cross_region_copy", QT_TR_NOOP("Replicate to region")},
        {"copy", QT_TR_NOOP("Replicate")},
        {"create_from_server", QT_TR_NOOP("Create from server")},
        {"export", QT_TR_NOOP("Export")},
        {"members", QT_TR_NOOP("Share")},
    };
    for (const auto &[fragment, name] : names) {
        if (jobType.contains(QLatin1String(fragment)))
            return tr(name);
    }
    return jobType.isEmpty() ? tr("Job") : jobType;
}

QString JobListModel::operationOf(const TrackedJob &job) {
    // A job without a type yet (its POST lost its answer) is named by its recipe's operation.
    return operationName(job.type.isEmpty() ? job.recipe.value(QLatin1String("op")).toString()
                                            : job.type);
}

QString JobListModel::stateName(const TrackedJob &job) {
    QString name;
    switch (job.state) {
    case JobState::Success:
        return tr("succeeded");
    case JobState::Fail:
        return tr("failed");
    case JobState::Lost:
        return tr("lost");
    case JobState::Interrupted:
        return tr("interrupted");
    case JobState::Init:
    case JobState::Running:
        if (job.paused)
            return tr("paused");
        if (job.reconnecting)
            return tr("reconnecting");
        return job.state == JobState::Running ? tr("running") : tr("queued");
    case JobState::OutcomeUnknown:
        name = tr("outcome unknown");
        break;
    case JobState::Unrecognised:
        name = tr("%1 (unknown status)").arg(job.stateText);
        break;
    }
    return job.reconnecting ? tr("%1, reconnecting").arg(name) : name;
}

QString JobListModel::formatDuration(qint64 seconds) {
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool JobListModel::isUpload(const TrackedJob &job) {
    return job.type == QLatin1String(JobTracker::kUploadType);
}

bool JobListModel::isSending(const TrackedJob &job) {
    return isUpload(job) && !job.isFinished() && !job.transfer.delivered;
}

qint64 JobListModel::estimateSeconds(const TrackedJob &job, const QDateTime &now) {
    if (isSending(job) && !job.transfer.isEmpty()) // the bytes left at the current throughput
        return job.transfer.bytesPerSecond >= 1
                   ? qint64(double(std::max<qint64>(0, job.transfer.total - job.transfer.sent)) /
                                job.transfer.bytesPerSecond +
                            0.5)
                   : -1;
    if (job.isFinished() || job.percent <= 0 || job.percent >= 100 || !job.startedAt.isValid())
        return -1;
    const double elapsed = double(job.startedAt.secsTo(now));
    return qint64(elapsed * (100.0 - job.percent) / job.percent + 0.5);
}

QDateTime JobListModel::endOf(const TrackedJob &job) const {
    return job.isFinished() ? m_finishedAt.value(job.jobId, m_now) : m_now;
}

QString JobListModel::progressText(const TrackedJob &job) {
    const double percent = job.state == JobState::Success ? 100.0 : job.percent;
    if (percent < 0)
        return job.isFinished() ? QString() : tr("In progress");
    const QString figure = tr("%1 %").arg(qRound(percent));
    if (!isSending(job) || job.transfer.isEmpty())
        return figure;
    return tr("%1 of %2, %3")
        .arg(formatSize(job.transfer.sent), formatSize(job.transfer.total), figure);
}

QString JobListModel::notFollowedBecause(const TrackedJob &job) const {
    return job.isFinished() ? QString() : m_follow.value(job.profile).problem;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackedJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Operation:
            return operationOf(job);
        case Description:
            return job.description;
        case State:
            return stateName(job);
        case Progress:
            return job.percent < 0 ? QVariant() : QVariant(qRound(job.percent));
        case CurrentTask:
            if (job.state == JobState::Fail)
                return QStringLiteral("%1: %2").arg(job.errorCode, job.failReason);
            if (job.state == JobState::Lost || job.state == JobState::Interrupted)
                return job.failReason;
            if (const QString problem = notFollowedBecause(job); !problem.isEmpty())
                return problem;
            if (job.paused)
                return tr("Paused until the next good login");
            return job.reconnecting ? job.lastError : ApiWords::jobStepLabel(job.currentTask);
        case Elapsed:
            return job.startedAt.isValid() ? formatDuration(job.startedAt.secsTo(endOf(job)))
                                           : QString();
        case Estimate:
            return formatDuration(estimateSeconds(job, m_now));
        case Profile: {
            const QString region = m_follow.value(job.profile).region;
            return region.isEmpty() ? job.profile
                                    : QStringLiteral("%1 · %2").arg(job.profile, region);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (const QString problem = notFollowedBecause(job); !problem.isEmpty())
            return plainToolTip(
                tr("Job %1 of profile %2\n%3").arg(job.jobId, job.profile, problem));
        if (job.state == JobState::Fail)
            return plainToolTip(
                tr("%1 failed: %2 %3\nJob %4")
                    .arg(job.description, job.errorCode, job.failReason, job.jobId));
        if (job.outcomeNotKnown())
            return plainToolTip(
                tr("%1: %2\n%3")
                    .arg(job.description, job.failReason, ApiWords::jobStepLabel(job.currentTask)));
        if (job.reconnecting)
            return plainToolTip(tr("Job %1\nReconnecting: %2").arg(job.jobId, job.lastError));
        return tr("Job %1").arg(job.jobId);
    case ToneRole:
        if (index.column() == State || index.column() == CurrentTask) {
            if (job.state == JobState::Fail)
                return int(Tone::Error);
            if (job.reconnecting || job.outcomeNotKnown() || job.state == JobState::Interrupted ||
                !notFollowedBecause(job).isEmpty())
                return int(Tone::Warning);
            if (job.state == JobState::Success && index.column() == State)
                return int(Tone::Success);
        }
        return int(Tone::Neutral);
    case Qt::AccessibleTextRole:
        // The delegate paints a bar: a screen reader hears the figure (and an upload's bytes).
        if (index.column() == Progress)
            return progressText(job);
        return {};
    case JobIdRole:
        return job.jobId;
    case PercentRole:
        return job.state == JobState::Success ? 100.0 : job.percent;
    case FinishedRole:
        return job.isFinished();
    case JobRole:
        return QVariant::fromValue(job);
    case TransferRole:
        if (!isSending(job) || job.transfer.isEmpty())
            return QString();
        return job.transfer.bytesPerSecond >= 1
                   ? tr("%1 of %2 · %3/s")
                         .arg(formatSize(job.transfer.sent), formatSize(job.transfer.total),
                              formatSize(qint64(job.transfer.bytesPerSecond)))
                   : tr("%1 of %2")
                         .arg(formatSize(job.transfer.sent), formatSize(job.transfer.total));
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operation:
        return tr("Operation");
    case Description:
        return tr("Image");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case CurrentTask:
        return tr("Current task");
    case Elapsed:
        return tr("Elapsed");
    case Estimate:
        return tr("Left");
    case Profile:
        return tr("Profile");
    }
    return {};
}

void JobListModel::upsert(const TrackedJob &job) {
    if (job.isFinished() && !m_finishedAt.contains(job.jobId))
        m_finishedAt.insert(job.jobId, job.lastProgressAt.isValid()
                                           ? std::max(job.lastProgressAt, job.startedAt)
                                           : m_now);
    const int row = rowOf(job.jobId);
    if (row >= 0) {
        m_jobs[row] = job;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int first = int(m_jobs.size());
    beginInsertRows({}, first, first);
    m_jobs.append(job);
    endInsertRows();
}

void JobListModel::remove(const QString &jobId) {
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    m_finishedAt.remove(jobId);
    endRemoveRows();
}

void JobListModel::clearFinished() {
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (m_jobs.at(row).isFinished())
            remove(m_jobs.at(row).jobId);
    }
}

void JobListModel::tick(const QDateTime &now) {
    m_now = now;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Elapsed), index(int(m_jobs.size()) - 1, Estimate),
                         {Qt::DisplayRole});
}

void JobListModel::setFollowState(const QString &profile, const QString &region,
                                  const QString &problem) {
    const auto known = m_follow.constFind(profile);
    if (known != m_follow.cend() && known->region == region && known->problem == problem)
        return;
    m_follow.insert(profile, {region, problem});
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).profile == profile)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const TrackedJob *JobListModel::job(const QString &jobId) const {
    const int row = rowOf(jobId);
    return row < 0 ? nullptr : &m_jobs.at(row);
}

int JobListModel::rowOf(const QString &jobId) const {
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).jobId == jobId)
            return row;
    }
    return -1;
}

} // namespace ims
