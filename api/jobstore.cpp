#include "jobstore.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ims {

namespace {
constexpr char kFormat[] = "imsdesk-jobs";
// A lock older than this belongs to a hung process: a read-modify-write takes milliseconds.
constexpr int kStaleLockMs = 20'000;

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QByteArray jobLine(const TrackedJob &job) {
    QJsonObject o = job.toJson();
    o.insert(QStringLiteral("revision"), job.revision);
    o.insert(QStringLiteral("updated_at"), isoTime(job.updatedAt));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray removalLine(const JobStore::Removal &removal) {
    return QJsonDocument(QJsonObject{{QStringLiteral("job_id"), removal.key.jobId},
                                     {QStringLiteral("profile"), removal.key.profile},
                                     {QStringLiteral("removed"), true},
                                     {QStringLiteral("updated_at"), isoTime(removal.at)}})
        .toJson(QJsonDocument::Compact);
}

// When a record last changed: its stamp, or its start for files of version 1.
QDateTime changedAt(const TrackedJob &job) {
    return job.updatedAt.isValid() ? job.updatedAt : job.startedAt;
}

// Puts `job` into `jobs` unless a newer record of it is there; answers whether it went in.
bool upsert(QList<TrackedJob> &jobs, QHash<JobKey, qsizetype> &index, const TrackedJob &job) {
    const auto it = index.constFind(keyOf(job));
    if (it == index.constEnd()) {
        index.insert(keyOf(job), jobs.size());
        jobs.append(job);
        return true;
    }
    TrackedJob &stored = jobs[*it];
    if (!JobStore::supersedes(job, stored))
        return false;
    stored = job;
    return true;
}

} // namespace

QString TrackedJob::statusName() const {
    return state == JobState::Unrecognised ? stateText : jobStateName(state);
}

QJsonObject TrackedJob::toJson() const {
    QJsonObject o{{QStringLiteral("job_id"), jobId},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("status"), statusName()},
                  {QStringLiteral("percent"), percent},
                  {QStringLiteral("current_task"), currentTask},
                  {QStringLiteral("image_id"), imageId},
                  {QStringLiteral("error_code"), errorCode},
                  {QStringLiteral("fail_reason"), failReason},
                  {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)}};
    if (reconnecting)
        o.insert(QStringLiteral("reconnecting"), lastError);
    if (!recipe.isEmpty())
        o.insert(QStringLiteral("recipe"), recipe);
    if (!transfer.isEmpty())
        o.insert(QStringLiteral("transfer"),
                 QJsonObject{{QStringLiteral("sent"), transfer.sent},
                             {QStringLiteral("total"), transfer.total},
                             {QStringLiteral("bytes_per_second"), transfer.bytesPerSecond},
                             {QStringLiteral("heartbeat_at"), isoTime(transfer.heartbeatAt)},
                             {QStringLiteral("delivered"), transfer.delivered}});
    if (!expected.isEmpty())
        o.insert(QStringLiteral("expect"),
                 QJsonObject{{QStringLiteral("image_name"), expected.imageName},
                             {QStringLiteral("region"), expected.region}});
    return o;
}

std::optional<TrackedJob> TrackedJob::fromJson(const QJsonObject &o) {
    TrackedJob job;
    job.jobId = o.value(QLatin1String("job_id")).toString();
    job.stateText = o.value(QLatin1String("status")).toString();
    // A status this version does not know is kept as it is (a newer imsdesk wrote it).
    if (job.jobId.isEmpty() || job.jobId.size() > 128 || job.stateText.isEmpty() ||
        job.stateText.size() > 64)
        return std::nullopt;
    job.state = jobStateFromName(job.stateText);
    job.profile = o.value(QLatin1String("profile")).toString();
    job.description = o.value(QLatin1String("description")).toString();
    job.type = o.value(QLatin1String("type")).toString();
    job.percent = o.value(QLatin1String("percent")).toDouble(-1);
    job.currentTask = o.value(QLatin1String("current_task")).toString();
    job.imageId = o.value(QLatin1String("image_id")).toString();
    job.errorCode = o.value(QLatin1String("error_code")).toString();
    job.failReason = o.value(QLatin1String("fail_reason")).toString();
    job.startedAt =
        QDateTime::fromString(o.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
    if (const QJsonValue why = o.value(QLatin1String("reconnecting")); why.isString()) {
        job.reconnecting = true;
        job.lastError = why.toString();
    }
    job.recipe = o.value(QLatin1String("recipe")).toObject();
    const QJsonObject transfer = o.value(QLatin1String("transfer")).toObject();
    job.transfer.sent = transfer.value(QLatin1String("sent")).toInteger();
    job.transfer.total = transfer.value(QLatin1String("total")).toInteger();
    job.transfer.bytesPerSecond = transfer.value(QLatin1String("bytes_per_second")).toDouble();
    job.transfer.heartbeatAt = timeOf(transfer.value(QLatin1String("heartbeat_at")));
    job.transfer.delivered = transfer.value(QLatin1String("delivered")).toBool();
    const QJsonObject expect = o.value(QLatin1String("expect")).toObject();
    job.expected.imageName = expect.value(QLatin1String("image_name")).toString();
    job.expected.region = expect.value(QLatin1String("region")).toString();
    return job;
}

QString JobStore::defaultPath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/imsdesk/jobs.jsonl");
}

JobStore::JobStore(QString path)
    : m_path(std::move(path)) {}

JobStore::Contents JobStore::read() const {
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    contents.state = State::Unreadable;
    if (file.size() > kMaxFileSize) {
        contents.error = QStringLiteral("the job file %1 is larger than %2 MiB; it is left as it "
                                        "is and no job is saved until it is moved away")
                             .arg(m_path)
                             .arg(kMaxFileSize / (1024 * 1024));
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = QStringLiteral("cannot read the job file %1: %2; no job is saved until "
                                        "it can be read")
                             .arg(m_path, file.errorString());
        return contents;
    }
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError || data.size() > kMaxFileSize) {
        contents.error =
            QStringLiteral("cannot read the job file %1: %2").arg(m_path, file.errorString());
        return contents;
    }
    contents.state = State::Read;
    QHash<JobKey, qsizetype> index;
    QHash<JobKey, qsizetype> removed;
    bool headerSeen = false;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!headerSeen && o.value(QLatin1String("format")).toString() == QLatin1String(kFormat)) {
            headerSeen = true;
            if (o.value(QLatin1String("version")).toInt() > kVersion)
                qCWarning(lcJobs) << "jobs file written by a newer version; reading what we can";
            continue;
        }
        const QString jobId = o.value(QLatin1String("job_id")).toString();
        if (o.value(QLatin1String("removed")).toBool() && !jobId.isEmpty()) {
            const Removal removal{{o.value(QLatin1String("profile")).toString(), jobId},
                                  timeOf(o.value(QLatin1String("updated_at")))};
            if (!removed.contains(removal.key)) {
                removed.insert(removal.key, contents.removals.size());
                contents.removals.append(removal);
            }
            continue;
        }
        if (auto job = TrackedJob::fromJson(o)) {
            job->revision = o.value(QLatin1String("revision")).toInteger();
            job->updatedAt = timeOf(o.value(QLatin1String("updated_at")));
            upsert(contents.jobs, index, *job); // a job twice (old versions): the newest
            continue;
        }
        ++contents.skipped;
        // A record of a newer version (or a state this one does not know) is kept as it is;
        // garbage and truncated lines are dropped.
        if (!jobId.isEmpty())
            contents.foreign.append(line.trimmed());
    }
    // A removal outweighs any copy of the job (a file merged by hand, an old version).
    if (!removed.isEmpty()) {
        contents.jobs.removeIf([&](const TrackedJob &job) { return removed.contains(keyOf(job)); });
    }
    if (contents.skipped > 0)
        qCWarning(lcJobs) << "skipped" << contents.skipped << "unreadable records in" << m_path;
    return contents;
}

QList<TrackedJob> JobStore::load(int *skipped) const {
    Contents contents = read();
    if (contents.state == State::Unreadable)
        qCWarning(lcJobs).noquote() << contents.error;
    if (skipped)
        *skipped = contents.skipped;
    return contents.jobs;
}

bool JobStore::supersedes(const TrackedJob &change, const TrackedJob &stored) {
    // An end is what the job API answered: an older or slower process's "RUNNING" never undoes
    // it, and it always replaces a state that had not ended.
    if (stored.isFinished() != change.isFinished())
        return change.isFinished();
    const QDateTime changeAt = changedAt(change);
    const QDateTime storedAt = changedAt(stored);
    if (changeAt != storedAt)
        return !storedAt.isValid() || (changeAt.isValid() && changeAt > storedAt);
    return change.revision > stored.revision;
}

void JobStore::apply(Contents &contents, const Changes &changes) {
    QHash<JobKey, qsizetype> removed;
    for (qsizetype i = 0; i < contents.removals.size(); ++i)
        removed.insert(contents.removals.at(i).key, i);
    for (const Removal &removal : changes.removals) {
        if (removed.contains(removal.key))
            continue;
        removed.insert(removal.key, contents.removals.size());
        contents.removals.append(removal);
    }
    contents.jobs.removeIf([&](const TrackedJob &job) { return removed.contains(keyOf(job)); });
    QHash<JobKey, qsizetype> index;
    for (qsizetype i = 0; i < contents.jobs.size(); ++i)
        index.insert(keyOf(contents.jobs.at(i)), i);
    for (const TrackedJob &job : changes.jobs) {
        if (!removed.contains(keyOf(job)))
            upsert(contents.jobs, index, job);
    }
}

int JobStore::prune(Contents &contents, const QDateTime &now) {
    if (!now.isValid())
        return 0;
    const QDateTime horizon = now.addDays(-kPruneDays);
    const auto before = contents.jobs.size() + contents.removals.size();
    contents.jobs.removeIf([&](const TrackedJob &job) {
        const QDateTime at = changedAt(job);
        return job.isFinished() && at.isValid() && at < horizon;
    });
    contents.removals.removeIf(
        [&](const Removal &removal) { return removal.at.isValid() && removal.at < horizon; });
    return int(before - contents.jobs.size() - contents.removals.size());
}

bool JobStore::write(const Contents &contents) const {
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                                {QStringLiteral("version"), kVersion}})
                          .toJson(QJsonDocument::Compact);
    data += '\n';
    for (const TrackedJob &job : contents.jobs)
        data += jobLine(job) + '\n';
    for (const Removal &removal : contents.removals)
        data += removalLine(removal) + '\n';
    for (const QByteArray &line : contents.foreign)
        data += line + '\n';
    file.write(data);
    return file.commit();
}

namespace {

// The lock beside the file, held for one read-modify-write.
bool lock(QLockFile &lockFile, int timeoutMs, QString *error) {
    lockFile.setStaleLockTime(kStaleLockMs);
    if (lockFile.tryLock(timeoutMs))
        return true;
    qint64 pid = 0;
    QString host, app;
    lockFile.getLockInfo(&pid, &host, &app);
    *error = lockFile.error() == QLockFile::LockFailedError
                 ? QStringLiteral("the job file is locked by %1 (process %2)").arg(app).arg(pid)
                 : QStringLiteral("cannot create the lock beside the job file");
    return false;
}

} // namespace

bool JobStore::save(const QList<TrackedJob> &jobs) const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lockFile(m_path + QStringLiteral(".lock"));
    QString error;
    if (!lock(lockFile, m_lockTimeoutMs, &error)) {
        qCWarning(lcJobs).noquote() << error;
        return false;
    }
    Contents contents;
    contents.jobs = jobs;
    return write(contents);
}

JobStore::MergeResult JobStore::merge(const Changes &changes) const {
    MergeResult result;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lockFile(m_path + QStringLiteral(".lock"));
    if (!lock(lockFile, m_lockTimeoutMs, &result.error))
        return result;
    result.contents = read();
    if (result.contents.state == State::Unreadable) {
        result.error = result.contents.error;
        return result;
    }
    apply(result.contents, changes);
    const int pruned = prune(result.contents, changes.now);
    if (changes.isEmpty() && pruned == 0)
        return result; // nothing to write: the file as read is the answer
    if (!write(result.contents)) {
        result.error = QStringLiteral("cannot write the job file %1").arg(m_path);
        return result;
    }
    result.contents.state = State::Read;
    result.written = true;
    return result;
}

} // namespace ims
