#pragma once

#include "callbacks.h"
#include "types.h"
#include "uploadrecipe.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ims {

class JobTracker;
class Session;
class UploadImageFileRequest;

// One upload of a local file, as the tracker's job `jobId`: creates the queued image (or uses the
// recipe's), streams the file into it (PUT /v2/images/{id}/file, never held in memory), and hands
// the job to the tracker once the cloud has every byte, to be followed to active or killed. About
// once a second it tells the tracker the bytes sent, a smoothed throughput and the time left, and
// looks at the file: one that changes size or date, or vanishes, stops the upload. Whatever ends
// it early (cancel, a fault, a changed file) deletes the queued image, so nothing is left behind
// but the failed job, which says so (or names the image it could not delete) and can be retried.
// Deletes itself once over.
class ImageUpload final : public QObject {
    Q_OBJECT

public:
    static constexpr int kProgressMs = 1000;

    ImageUpload(Session *session, JobTracker *tracker, QString jobId, recipes::Upload recipe,
                QObject *parent = nullptr);
    QString jobId() const { return m_jobId; }
    void start();
    // Stops the transfer and deletes the queued image; `done` fails with what is left when the
    // image could not be deleted.
    void cancel(Callback<Done> done);

    // "Uploading 1.2 GB of 2.0 GB · 48 MB/s · 17 s left" (pure: unit-tested).
    static QString progressText(qint64 sent, qint64 total, double bytesPerSecond);
    // The throughput after one more sample: smoothed, so that the time left does not jump about.
    static double smoothed(double previous, double sample);

private:
    void createImage();
    void sendFile();
    void onTick();
    void onSent(const Result<Done> &result);
    // Whether the file is still what was found when the upload began; `why` says how not.
    bool fileUnchanged(QString *why) const;
    // Ends the upload early: deletes the queued image (if any), then ends the job with `why`.
    void abandon(const QString &errorCode, const QString &why);
    void end(const QString &errorCode, const QString &why, const std::optional<ApiError> &left);
    void updateRecipe();

    QPointer<Session> m_session;
    QPointer<JobTracker> m_tracker;
    QString m_jobId;
    recipes::Upload m_recipe;
    QPointer<UploadImageFileRequest> m_put;
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    qint64 m_sent = 0;
    qint64 m_sentAtTick = 0;
    double m_rate = 0;
    QString m_stopReason; // set when the upload itself stopped the PUT (a changed file)
    bool m_cancelled = false;
    bool m_over = false;
    Callback<Done> m_cancelDone;
};

} // namespace ims
