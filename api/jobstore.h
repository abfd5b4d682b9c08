#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ims {

// One asynchronous job as the tracker follows it, and as it is persisted.
struct TrackedJob final {
    QString jobId;
    QString profile;                         // the profile that started it
    QString description;                     // "Copy of ubuntu-22.04 as web-base"
    QString type;                            // job_type once known
    QString status = QStringLiteral("INIT"); // INIT, RUNNING, SUCCESS, FAIL
    double percent = -1;
    QString currentTask;
    QString imageId;
    QString errorCode;
    QString failReason;
    QDateTime startedAt;
    QDateTime lastProgressAt;
    bool reconnecting = false; // the last poll failed; still following
    bool paused = false;       // not polled while the login is refused (never persisted)
    QString lastError;
    int pollsSinceProgress = 0;
    // What started the job, so that Retry can send the same request again (even after a
    // restart). Written by the operations layer; never holds a secret.
    QJsonObject recipe;

    bool isFinished() const {
        return status == QLatin1String("SUCCESS") || status == QLatin1String("FAIL");
    }
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
