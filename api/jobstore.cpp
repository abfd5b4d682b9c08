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

QJsonObject TrackedJob::toJson() const {
    QJsonObject o{{QStringLiteral("job_id"), jobId},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("percent"), percent},
                  {QStringLiteral("current_task"), currentTask},
                  {QStringLiteral("image_id"), imageId},
                  {QStringLiteral("error_code"), errorCode},
                  {QStringLiteral("fail_reason"), failReason},
                  {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)}};
    if (!recipe.isEmpty())
        o.insert(QStringLiteral("recipe"), recipe);
    return o;
}

std::optional<TrackedJob> TrackedJob::fromJson(const QJsonObject &o) {
    TrackedJob job;
    job.jobId = o.value(QLatin1String("job_id")).toString();
    job.status = o.value(QLatin1String("status")).toString();
    static const QStringList statuses = {QStringLiteral("INIT"), QStringLiteral("RUNNING"),
                                         QStringLiteral("SUCCESS"), QStringLiteral("FAIL")};
    if (job.jobId.isEmpty() || job.jobId.size() > 128 || !statuses.contains(job.status))
        return std::nullopt;
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
    job.recipe = o.value(QLatin1String("recipe")).toObject();
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
