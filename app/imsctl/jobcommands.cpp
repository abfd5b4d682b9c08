// imsctl commands that start asynchronous jobs through ImageOperations and follow them, and the
// job list shared with imsdesk (jobs, jobs show, jobs retry).
#include "commands.h"

#include "jobtracker.h"
#include "recipes.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace imsctl {

using namespace ims;

namespace {

QString progressLine(const TrackedJob &job) {
    QString line = QStringLiteral("%1 %2").arg(job.jobId, job.statusName());
    if (job.percent >= 0)
        line += QStringLiteral(" %1%").arg(qRound(job.percent));
    if (!job.currentTask.isEmpty())
        line += QLatin1Char(' ') + job.currentTask;
    if (job.reconnecting)
        line += QStringLiteral(" (reconnecting: %1)").arg(job.lastError);
    return line;
}

// Writes what the tracker changed before imsctl exits; the job file is shared with imsdesk and
// other imsctl processes. A file that cannot be written is said, once.
void saveJobs(Context &ctx, JobTracker &tracker) {
    const QString error = tracker.flush();
    if (!error.isEmpty()) {
        ctx.err << "imsctl: warning: " << error << '\n';
        ctx.err.flush();
    }
}

// How long `--wait` looks for what a POST whose answer was lost would have created: a started
// job's image shows up within seconds (queued or saving), and a command should not hang on a
// request that never reached the service.
constexpr int kLookForMs = 20'000;
constexpr int kLookEveryMs = 2'500;

// Looks for what the POST of an outcome-unknown job would have created, in this region, for up
// to kLookForMs. True when it was found (the tracker then follows the image to its end).
bool foundResult(Context &ctx, JobTracker &tracker, const QString &id) {
    const std::optional<TrackedJob> job = tracker.job(id);
    const ExpectedResult expected = job ? job->expected : ExpectedResult{};
    if (expected.isEmpty() || !expected.region.isEmpty())
        return false; // nothing to look for, or in a region this session cannot list
    ctx.err << "imsctl: looking for the image it would create…\n";
    ctx.err.flush();
    for (int waited = 0; waited <= kLookForMs; waited += kLookEveryMs) {
        std::optional<bool> found;
        QEventLoop loop;
        tracker.lookForResult(id, expected, [&](const resultsearch::Found &result) {
            found = result && result.value().has_value();
            loop.quit();
        });
        if (!found)
            loop.exec();
        if (*found) {
            ctx.err << "imsctl: found it; following it\n";
            ctx.err.flush();
            return true;
        }
        QTimer::singleShot(kLookEveryMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

// What to do with a job just started (or sent again): print its id, or queue it in `follow`
// for --wait. A job whose POST lost its answer is looked for (with --wait) or left for later.
int handleStarted(Context &ctx, const StartedJob &job, bool wait, QStringList &follow) {
    JobTracker &tracker = *ctx.tracker();
    if (!job.outcomeUnknown) {
        follow.append(job.jobId);
        if (!wait) {
            ctx.out << job.jobId << '\n';
            ctx.out.flush();
        }
        return Ok;
    }
    saidOutcomeUnknown(ctx, job.jobId);
    if (wait && foundResult(ctx, tracker, job.jobId)) {
        const std::optional<TrackedJob> found = tracker.job(job.jobId);
        if (found && found->state == JobState::Success) { // already active
            ctx.out << found->imageId << '\n';
            ctx.out.flush();
        } else {
            follow.append(job.jobId);
        }
        return Ok;
    }
    ctx.err << "imsctl: `imsctl jobs` looks for the image it would create. Do not send it again "
               "before checking.\n";
    ctx.err.flush();
    return Failed;
}

} // namespace

int requireExtension(Context &ctx, const QString &what) {
    if (ctx.session->hasImsExtension())
        return Ok;
    ctx.err << "imsctl: " << what
            << " needs the IMS extension API, which this OpenStack cloud does not offer\n";
    ctx.err.flush();
    return Unavailable;
}

bool saidOutcomeUnknown(Context &ctx, const QString &jobId) {
    const std::optional<TrackedJob> job = ctx.tracker()->job(jobId);
    if (!job || job->state != JobState::OutcomeUnknown)
        return false;
    ctx.err << "imsctl: the answer to “" << job->description
            << "” was lost, so it may or may not have started. " << job->failReason
            << "\nimsctl: recorded as " << job->jobId << " (outcome unknown)\n";
    ctx.err.flush();
    return true;
}

// Reconnecting is not an end: only the job API's answer (or a Lost job) is.
int followJobs(Context &ctx, const QStringList &jobIds, bool printImageIds) {
    JobTracker &tracker = *ctx.tracker();
    QSet<QString> pending(jobIds.begin(), jobIds.end());
    int code = Ok;
    QEventLoop loop;
    QObject::connect(&tracker, &JobTracker::jobUpdated, &loop, [&](const TrackedJob &job) {
        if (pending.contains(job.jobId)) {
            ctx.err << progressLine(job) << '\n';
            ctx.err.flush();
        }
    });
    QObject::connect(&tracker, &JobTracker::jobFinished, &loop, [&](const TrackedJob &job) {
        if (!pending.remove(job.jobId))
            return;
        if (job.state == JobState::Success) {
            if (printImageIds) {
                ctx.out << job.imageId << '\n';
                ctx.out.flush();
            }
        } else if (job.state == JobState::Lost || job.state == JobState::Interrupted) {
            ctx.err << "imsctl: job " << job.jobId << " is " << job.statusName().toLower() << ": "
                    << job.failReason << '\n';
            code = std::max<int>(code, Failed);
        } else {
            ctx.err << "imsctl: job " << job.jobId << " failed: " << job.errorCode << ' '
                    << job.failReason << '\n';
            code = JobFailed;
        }
        ctx.err.flush();
        if (pending.isEmpty())
            loop.quit();
    });
    ctx.quitOnRefusedLogin(loop, code); // the jobs pause: they are left for a later run
    for (const QString &id : jobIds)
        tracker.follow(id, tracker.job(id) ? tracker.job(id)->description : QString());
    if (!pending.isEmpty())
        loop.exec();
    saveJobs(ctx, tracker);
    return code;
}

// A request whose answer was lost is recorded as "outcome unknown": with --wait imsctl looks
// for the image it would create at once and follows it when found; otherwise (or when there is
// nothing to look for) it exits 1, since the request may or may not have started and sending it
// again could copy twice. imsdesk and `imsctl jobs` keep looking.
int startJobs(Context &ctx, const QList<Launch> &launches, bool wait) {
    QStringList follow;
    int code = Ok;
    for (const Launch &launch : launches) {
        const Result<StartedJob> started = ctx.await<StartedJob>(launch);
        // Before sending, ImageOperations refuses only what this cloud does not offer (a copy
        // to another region outside Huawei Cloud and G42).
        const int outcome = started ? handleStarted(ctx, started.value(), wait, follow)
                            : started.error().kind == ApiError::Kind::Refused
                                ? ctx.fail(started.error(), Unavailable)
                                : ctx.fail(started.error());
        code = std::max(code, outcome);
    }
    if (wait && !follow.isEmpty()) {
        const int waited = followJobs(ctx, follow);
        if (code == Ok)
            code = waited;
    }
    saveJobs(ctx, *ctx.tracker());
    return code;
}

int jobs(Context &ctx, const Options &options) {
    JobTracker &tracker = *ctx.tracker();
    if (options.watch) {
        // Jobs whose POST lost its answer have no job to watch; the listing below shows them.
        QStringList open;
        for (const TrackedJob &job : tracker.jobs())
            if (!job.isFinished() && job.state != JobState::OutcomeUnknown)
                open.append(job.jobId);
        if (!open.isEmpty() && followJobs(ctx, open, true) == Config)
            return Config;
    } else {
        QEventLoop loop;
        QObject::connect(&tracker, &JobTracker::refreshed, &loop, &QEventLoop::quit);
        tracker.refreshOnce();
        loop.exec();
        if (ctx.loginStatus() != Ok)
            return Config;
    }
    Listing l;
    l.headers = {QStringLiteral("job_id"),     QStringLiteral("status"),
                 QStringLiteral("percent"),    QStringLiteral("image_id"),
                 QStringLiteral("error_code"), QStringLiteral("description"),
                 QStringLiteral("note")};
    for (const TrackedJob &job : tracker.jobs()) {
        // The note says why a job is reconnecting, lost, or of unknown outcome.
        QString note = job.reconnecting ? QStringLiteral("reconnecting: %1").arg(job.lastError)
                       : job.outcomeNotKnown()
                           ? QStringLiteral("%1 %2").arg(job.failReason, job.currentTask).trimmed()
                           : QString();
        l.rows.append({job.jobId,
                       job.reconnecting ? job.statusName() + QStringLiteral(" (reconnecting)")
                                        : job.statusName(),
                       job.percent < 0 ? QString() : QString::number(qRound(job.percent)),
                       job.imageId, job.errorCode, job.description, note});
        l.objects.append(job.toJson());
    }
    print(ctx.out, l, ctx.format);
    saveJobs(ctx, tracker);
    return Ok;
}

int jobsShow(Context &ctx, const QString &id) {
    JobTracker &tracker = *ctx.tracker();
    if (!tracker.job(id)) {
        ctx.err << "imsctl: there is no job " << id << " (see 'imsctl jobs')\n";
        ctx.err.flush();
        return Failed;
    }
    const TrackedJob job = *tracker.job(id);
    if (ctx.format == Format::Json) {
        ctx.out << terminalSafeJson(QString::fromUtf8(QJsonDocument(job.toJson()).toJson()));
        ctx.out.flush();
        return Ok;
    }
    const std::optional<recipes::Recipe> recipe = recipes::fromJson(job.recipe);
    const auto time = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    Listing l;
    l.headers = {QStringLiteral("attribute"), QStringLiteral("value")};
    l.rows = {
        {QStringLiteral("job_id"), job.jobId},
        {QStringLiteral("profile"), job.profile},
        {QStringLiteral("description"), job.description},
        {QStringLiteral("type"), job.type},
        {QStringLiteral("status"), job.statusName()},
        {QStringLiteral("percent"),
         job.percent < 0 ? QString() : QString::number(qRound(job.percent))},
        {QStringLiteral("current_task"), job.currentTask},
        {QStringLiteral("image_id"), job.imageId},
        {QStringLiteral("error_code"), job.errorCode},
        {QStringLiteral("fail_reason"), job.failReason},
        {QStringLiteral("started_at"), time(job.startedAt)},
        {QStringLiteral("last_progress_at"), time(job.lastProgressAt)},
        {QStringLiteral("updated_at"), time(job.updatedAt)},
        {QStringLiteral("expected_image"), job.expected.imageName},
        {QStringLiteral("expected_region"), job.expected.region},
        // What Retry would send again, or why it cannot.
        {QStringLiteral("recipe"), recipe ? recipes::describe(*recipe)
                                   : job.recipe.isEmpty()
                                       ? QStringLiteral("none: it cannot be retried")
                                       : QStringLiteral("unknown to this version")},
        {QStringLiteral("recipe_json"),
         QString::fromUtf8(QJsonDocument(job.recipe).toJson(QJsonDocument::Compact))},
    };
    print(ctx.out, l, ctx.format);
    return Ok;
}

int jobsRetry(Context &ctx, const QString &id, const Options &options) {
    const Result<RetryOutcome> retried =
        ctx.await<RetryOutcome>([&](auto done) { ctx.operations()->retry(id, done); });
    if (!retried)
        return ctx.fail(retried.error());
    int code = Ok;
    if (retried.value().kind == RetryOutcome::Kind::AlreadyDone) {
        // The operation had happened after all: sending it again would copy twice.
        const std::optional<TrackedJob> job = ctx.tracker()->job(id);
        const QString imageId = job ? job->imageId : QString();
        ctx.err << "imsctl: job " << id << " had created its image after all (" << imageId
                << "); nothing was sent\n";
        ctx.err.flush();
        if (!imageId.isEmpty()) {
            ctx.out << imageId << '\n';
            ctx.out.flush();
        }
    } else {
        ctx.err << "imsctl: sent again as job " << retried.value().job.jobId << '\n';
        ctx.err.flush();
        QStringList follow;
        code = handleStarted(ctx, retried.value().job, options.wait, follow);
        if (options.wait && !follow.isEmpty())
            code = std::max(code, followJobs(ctx, follow));
    }
    saveJobs(ctx, *ctx.tracker());
    return code;
}

} // namespace imsctl
