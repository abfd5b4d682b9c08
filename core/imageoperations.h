#pragma once

#include "callbacks.h"
#include "diskimage.h"
#include "image.h"
#include "operationrules.h"
#include "orders.h"
#include "recipes.h"
#include "result.h"
#include "types.h"
#include "uploadrecipe.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ims {

class ImageUpload;
class JobTracker;
class Session;

// A job that was started, or whose POST lost its answer (kept by the tracker as "outcome
// unknown": it may be running; never sent again by itself).
struct StartedJob final {
    QString jobId; // the cloud's, or the tracker's local id of an outcome-unknown job
    bool outcomeUnknown = false;
    QString reason; // why the outcome is unknown
};

// What Retry did: sent the recipe again (a new job replaces the old one), or found that the
// operation had happened after all (the old job now shows what it created; nothing was sent).
struct RetryOutcome final {
    enum class Kind { Resent, AlreadyDone };
    Kind kind = Kind::Resent;
    StartedJob job; // Resent: the new job
};

// An image about to be deleted, with what deleting it affects.
struct DeletionCandidate final {
    Image image;
    int memberCount = 0; // projects it is shared with
    rules::DeletionCheck check;
};

// The product's operations on one connection's images, for the window and imsctl alike: each
// speaks the cloud's own API (the IMS extension where the cloud has it, Glance otherwise),
// checks the operation rules before anything is sent, and reports once through its callback.
// Asynchronous operations become jobs the tracker follows, with their recipe, so that Retry
// (here, from the window or from imsctl) sends the same request again.
class ImageOperations final : public QObject {
    Q_OBJECT

public:
    ImageOperations(Session *session, JobTracker *tracker, QObject *parent = nullptr);
    // The tracker is asked for only when a job is started or retried: making it reads the job
    // file shared with other processes, which reads and edits have no need of.
    using TrackerSource = std::function<JobTracker *()>;
    ImageOperations(Session *session, TrackerSource tracker, QObject *parent = nullptr);

    rules::Api api() const;
    // Whether started jobs are polled at once (the window) or only recorded, for a caller that
    // follows them itself or not at all (imsctl without --wait). Default: polled.
    void setFollowsJobs(bool follows) { m_followsJobs = follows; }

    // --- jobs
    // Sends the recipe's request once and follows its job.
    void start(const recipes::Recipe &recipe, Callback<StartedJob> done = {});
    // Sends a failed job's recipe again. For a job whose outcome is not known (lost, outcome
    // unknown), first looks for the image it would create, and sends nothing when it exists.
    // Refused for a job without a recipe (one a version without recipes started), of another
    // profile, or that is running or succeeded. The old job is replaced (jobReplaced) only once
    // the new one started: a resend that fails leaves it to be retried again.
    void retry(const QString &jobId, Callback<RetryOutcome> done = {});

    void replicate(const ReplicationOrder &order, Callback<StartedJob> done = {});
    void createFromServer(const CreateImageOrder &order, Callback<StartedJob> done = {});
    void exportImage(const ExportOrder &order, Callback<StartedJob> done = {});
    // IMS: one batch job each way (their ids in the result); Glance: one call per image and
    // project, done when all have answered (an empty list), or the first error.
    void share(const ShareOrder &order, Callback<QStringList> done = {});
    void answerShares(const QStringList &imageIds, bool accept, Callback<QStringList> done = {});

    // --- bringing images in
    // Every source of an ImportOrder (the wizard, imsctl images import/create/register). Reads
    // what the check needs (the file's headers off the calling thread, quota, OS versions) and
    // refuses (ApiError::Kind::Refused, the problems in sentences) when rules::checkImport finds
    // a problem: nothing is sent then. A local file becomes an upload job in the tracker
    // (core/imageupload: metadata, streamed PUT, then the image followed to active or killed);
    // every other source is an IMS job with its recipe, retryable like the others.
    void importImage(const ImportOrder &order, Callback<StartedJob> done = {});
    // Stops an upload this process is making and deletes its queued image; for an interrupted
    // upload (its process went away), deletes the queued image it left. The job then fails as
    // cancelled (errorCode "cancelled"; Retry uploads again). Fails with what is left (the
    // queued image's id) when the image could not be deleted.
    void cancelUpload(const QString &jobId, Callback<Done> done = {});

    // --- changes that answer at once
    // IMS: PATCH /v2/cloudimages for name, description, min/max RAM, then the tag API; Glance:
    // one native PATCH. Refused before sending what the cloud does not let users change
    // (rules::editRules). Delivers the image as the cloud now has it.
    void update(const Image &image, const ImageChanges &changes, Callback<Image> done = {});
    // Unprotects first when asked (Glance), deletes the backup of full-ECS images when asked.
    // An image the image API says is gone counts as deleted.
    void remove(const DeletionOrder &order, Callback<Done> done = {});
    // Reads each image and its members and applies rules::deletionCheck, for a caller that has
    // no rows (imsctl). Fails on the first image that cannot be read.
    void inspectDeletion(const QStringList &imageIds, Callback<QList<DeletionCandidate>> done);

    // --- reads
    void image(const QString &imageId, Callback<Image> done);
    void members(const QString &imageId, Callback<QList<Member>> done);
    void quota(Callback<QList<QuotaResource>> done);
    void osVersions(Callback<QList<OsVersion>> done);
    void servers(Callback<QList<Server>> done);

    // --- servers
    // Stops servers (an ECS job) and watches their status until each is SHUTOFF (every
    // kStopPollMs, at most kStopPollLimit times): `done` then carries them as stopped.
    // `accepted`, when given, is called once ECS accepted the stop, before the first poll: for
    // a caller that does not wait (imsctl without --wait).
    void stopServers(const QStringList &serverIds, Callback<QList<Server>> done = {},
                     std::function<void()> accepted = {});
    static constexpr int kStopPollMs = 2000;
    static constexpr int kStopPollLimit = 150; // 5 minutes

signals:
    // The operations' effects, for whoever shows the images (the window's table).
    void imageChanged(const ims::Image &image);
    void imageRemoved(const QString &imageId);
    void serversChanged(const QList<ims::Server> &servers);
    // Retry forgot `jobId`: the job it started replaces it.
    void jobReplaced(const QString &jobId);

private:
    void updateOnIms(const Image &image, const ImageChanges &changes, Callback<Image> done);
    void updateOnGlance(const Image &image, const ImageChanges &changes, Callback<Image> done);
    void pollStopped(QStringList pending, int polls, Callback<QList<Server>> done);
    // Reads `path`'s headers off the calling (GUI) thread, a few reads that a slow or network
    // disk can make long; `then` runs on this object's thread, unless it is gone by then.
    void inspectFile(const QString &path, std::function<void(const diskimage::Info &)> then);
    // The LocalFile source of importImage(), once checked against `file` (its inspection).
    void startUpload(const ImportOrder &order, const diskimage::Info &file,
                     Callback<StartedJob> done);
    // Retry of an upload job (JobTracker::kUploadType): uploads the same file again, into its
    // queued image when that is still queued.
    void retryUpload(const TrackedJob &job, Callback<RetryOutcome> done);
    // The rest of retryUpload(), once the file is seen unchanged.
    void resendUpload(const QString &oldId, bool interrupted, const recipes::Upload &recipe,
                      Callback<RetryOutcome> done);
    // Runs `recipe` as a new upload job; answers its id.
    QString runUpload(const recipes::Upload &recipe);

    QPointer<Session> m_session;
    JobTracker *tracker() const;

    TrackerSource m_trackerSource;
    bool m_followsJobs = true;
    QHash<QString, QPointer<ImageUpload>> m_uploads; // by job id: the uploads this process runs
    QSet<QString> m_restarting; // upload jobs whose Retry is under way (a second one is refused)
};

} // namespace ims
