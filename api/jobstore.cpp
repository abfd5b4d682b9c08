#include "jobstore.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace ims {

namespace {
constexpr char kFormat[] = "imsdesk-jobs";
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
} // namespace

namespace {
struct StateName {
    JobState state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    {JobState::Init, "INIT"},       {JobState::Running, "RUNNING"},
    {JobState::Success, "SUCCESS"}, {JobState::Fail, "FAIL"},
    {JobState::Lost, "LOST"},       {JobState::OutcomeUnknown, "OUTCOME_UNKNOWN"},
};
} // namespace

QString jobStateName(JobState state) {
    for (const StateName &entry : kStateNames)
        if (entry.state == state)
            return QLatin1String(entry.name);
    return QStringLiteral("UNRECOGNISED");
}

JobState jobStateFromName(const QString &name) {
    for (const StateName &entry : kStateNames)
        if (name == QLatin1String(entry.name))
            return entry.state;
    return JobState::Unrecognised;
}

JobState jobStateFromCloud(const QString &status) {
    const JobState state = jobStateFromName(status.toUpper());
    return state == JobState::Lost || state == JobState::OutcomeUnknown ? JobState::Unrecognised
                                                                        : state;
}

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

QList<TrackedJob> JobStore::load(int *skipped) const {
    int bad = 0;
    QList<TrackedJob> jobs;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxFileSize) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        bool headerSeen = false;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!headerSeen &&
                o.value(QLatin1String("format")).toString() == QLatin1String(kFormat)) {
                headerSeen = true;
                if (o.value(QLatin1String("version")).toInt() > kVersion)
                    qCWarning(lcJobs)
                        << "jobs file written by a newer version; reading what we can";
                continue;
            }
            if (auto job = TrackedJob::fromJson(o))
                jobs.append(*job);
            else
                ++bad;
        }
    }
    if (bad > 0)
        qCWarning(lcJobs) << "skipped" << bad << "unreadable records in" << m_path;
    if (skipped)
        *skipped = bad;
    return jobs;
}

bool JobStore::save(const QList<TrackedJob> &jobs) const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                         {QStringLiteral("version"), kVersion}})
                   .toJson(QJsonDocument::Compact));
    file.write("\n");
    for (const TrackedJob &job : jobs) {
        file.write(QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    return file.commit();
}

} // namespace ims
