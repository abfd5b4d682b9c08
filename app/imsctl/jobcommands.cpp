// imsctl commands that start asynchronous jobs (copy, create) and follow them (jobs), plus the
// ECS server list.
#include "commands.h"

#include "imageoperations.h"
#include "inforequests.h"
#include "jobtracker.h"
#include "operationrequests.h"

#include <QSet>
#include <QTimer>

namespace imsctl {

using namespace ims;

namespace {

int requireExtension(Context &ctx, const QString &what) {
    if (ctx.session->hasImsExtension())
        return Ok;
    ctx.err << "imsctl: " << what
            << " needs the IMS extension API, which this OpenStack cloud does not offer\n";
    ctx.err.flush();
    return Unavailable;
}

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

// Follows `ids` until every one ended; prints progress to stderr and the image ids to stdout.
// Reconnecting is not an end: only the job API's answer (or a Lost job) is.
int waitForJobs(Context &ctx, JobTracker &tracker, const QStringList &ids) {
    QSet<QString> pending(ids.begin(), ids.end());
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
            ctx.out << job.imageId << '\n';
            ctx.out.flush();
        } else if (job.state == JobState::Lost) {
            ctx.err << "imsctl: job " << job.jobId << " is lost: " << job.failReason << '\n';
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
    for (const QString &id : ids)
        tracker.follow(id, tracker.job(id) ? tracker.job(id)->description : QString());
    if (!pending.isEmpty())
        loop.exec();
    return code;
}

// How long `--wait` looks for what a POST whose answer was lost would have created: a started
// job's image shows up within seconds (queued or saving), and a command should not hang on a
// request that never reached the service.
constexpr int kLookForMs = 20'000;
constexpr int kLookEveryMs = 2'500;

// Looks for what the POST of an outcome-unknown job would have created, in this region, for up
// to kLookForMs. True when it was found (the tracker then follows the image to its end).
bool foundResult(Context &ctx, JobTracker &tracker, const QString &id,
                 const ExpectedResult &expected) {
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

} // namespace

// Sends each recipe's request once. A request whose answer was lost is recorded as "outcome
// unknown": with --wait imsctl looks for the image it would create at once and follows it when
// found; otherwise (or when there is nothing to look for) it exits 1, since the request may or
// may not have started and sending it again could copy twice. imsdesk and `imsctl jobs` keep
// looking.
int startJobs(Context &ctx, const QList<recipes::Recipe> &orders, bool wait) {
    JobTracker &tracker = *ctx.tracker();
    ctx.operations()->setFollowsJobs(false); // waitForJobs() follows them, with --wait
    QStringList ids;
    int code = Ok;
    for (const recipes::Recipe &recipe : orders) {
        std::optional<Result<StartedJob>> started;
        QEventLoop loop;
        ctx.operations()->start(recipe, [&](const Result<StartedJob> &result) {
            started = result;
            loop.quit();
        });
        if (!started)
            loop.exec();
        const QString description = recipes::describe(recipe);
        if (!*started) {
            code = ctx.fail(started->error());
            continue;
        }
        const StartedJob &job = started->value();
        if (job.outcomeUnknown) {
            ctx.err << "imsctl: the answer to “" << description
                    << "” was lost, so it may or may not have started: " << job.reason
                    << "\nimsctl: recorded as " << job.jobId << " (outcome unknown)\n";
            ctx.err.flush();
            if (wait && foundResult(ctx, tracker, job.jobId, recipes::expected(recipe))) {
                const std::optional<TrackedJob> found = tracker.job(job.jobId);
                if (found && found->state == JobState::Success) { // already active
                    ctx.out << found->imageId << '\n';
                    ctx.out.flush();
                } else {
                    ids.append(job.jobId);
                }
                continue;
            }
            ctx.err << "imsctl: `imsctl jobs` looks for the image it would create. Do not send "
                       "it again before checking.\n";
            ctx.err.flush();
            code = Failed;
            continue;
        }
        ids.append(job.jobId);
        if (!wait) {
            ctx.out << job.jobId << '\n';
            ctx.out.flush();
        }
    }
    if (wait && !ids.isEmpty()) {
        const int waited = waitForJobs(ctx, tracker, ids);
        if (code == Ok)
            code = waited;
    }
    saveJobs(ctx, tracker);
    return code;
}

int imagesCopy(Context &ctx, const QString &id, const Options &options) {
    if (options.name.isEmpty())
        return ctx.usage(QStringLiteral("images copy needs --name"));
    if (const int code = requireExtension(ctx, QStringLiteral("copying images")); code != Ok)
        return code;
    QList<recipes::Recipe> orders;
    const QString here = ctx.session->profile().region;
    const QStringList regions = options.regions.isEmpty() ? QStringList{here} : options.regions;
    for (const QString &region : regions) {
        if (region == here || region.isEmpty()) {
            orders.append(recipes::Copy{id, id, options.name, options.description, {}});
        } else {
            if (!ctx.session->profile().hasCrossRegionCopy()) {
                ctx.err << "imsctl: copying to another region is offered by Huawei Cloud and G42 "
                           "only\n";
                return Unavailable;
            }
            orders.append(recipes::CrossRegionCopy{id, id, options.name, options.description,
                                                   region, region, options.agency});
        }
    }
    return startJobs(ctx, orders, options.wait);
}

int imagesCreate(Context &ctx, const Options &options) {
    if (options.server.isEmpty() || options.name.isEmpty())
        return ctx.usage(QStringLiteral("images create needs --server and --name"));
    if (const int code = requireExtension(ctx, QStringLiteral("creating images from servers"));
        code != Ok)
        return code;
    return startJobs(
        ctx,
        {recipes::CreateFromServer{
            options.server, options.server, options.name, options.description, {}, 0, 0}},
        options.wait);
}

int jobs(Context &ctx, const Options &options) {
    JobTracker &tracker = *ctx.tracker();
    if (options.watch) {
        // Jobs whose POST lost its answer have no job to watch; the listing below shows them.
        QStringList open;
        for (const TrackedJob &job : tracker.jobs())
            if (!job.isFinished() && job.state != JobState::OutcomeUnknown)
                open.append(job.jobId);
        if (!open.isEmpty() && waitForJobs(ctx, tracker, open) == Config)
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

int serversList(Context &ctx) {
    ListServersRequest request(ctx.session);
    const Result<QList<Server>> result = ctx.run<ListServersRequest, QList<Server>>(request);
    if (!result) {
        if (ctx.session->endpoint(Session::Service::Ecs).isEmpty()) {
            ctx.err << "imsctl: this cloud has no ECS endpoint (set OS_ECS_ENDPOINT)\n";
            return Unavailable;
        }
        return ctx.fail(result.error());
    }
    Listing l;
    l.headers = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                 QStringLiteral("flavor"), QStringLiteral("image_id")};
    for (const Server &s : result.value())
        l.rows.append({s.id, s.name, s.status, s.flavor, s.imageId});
    print(ctx.out, l, ctx.format);
    return Ok;
}

} // namespace imsctl
