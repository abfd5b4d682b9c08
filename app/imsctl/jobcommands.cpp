// imsctl commands that start asynchronous jobs (copy, create) and follow them (jobs), plus the
// ECS server list.
#include "commands.h"

#include "inforequests.h"
#include "jobtracker.h"
#include "operationrequests.h"

#include <QSet>

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
    QString line = QStringLiteral("%1 %2").arg(job.jobId, job.status);
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
        if (job.status == QLatin1String("SUCCESS")) {
            ctx.out << job.imageId << '\n';
            ctx.out.flush();
        } else {
            ctx.err << "imsctl: job " << job.jobId << " failed: " << job.errorCode << ' '
                    << job.failReason << '\n';
            code = JobFailed;
        }
        if (pending.isEmpty())
            loop.quit();
    });
    for (const QString &id : ids)
        tracker.follow(id, tracker.job(id) ? tracker.job(id)->description : QString());
    if (!pending.isEmpty())
        loop.exec();
    return code;
}

} // namespace

int startJobs(Context &ctx, const QList<std::pair<JobRequest *, QString>> &requests, bool wait) {
    JobTracker tracker(ctx.session.get(), JobStore());
    QStringList ids;
    int code = Ok;
    for (const auto &[request, description] : requests) {
        const Result<JobAccepted> accepted = ctx.run<JobRequest, JobAccepted>(*request);
        if (!accepted) {
            code = ctx.fail(accepted.error());
            continue;
        }
        ids.append(accepted.value().jobId);
        // Persisted right away, so that `imsctl jobs` and imsdesk see it even without --wait.
        tracker.add(accepted.value().jobId, description);
        if (!wait) {
            ctx.out << accepted.value().jobId << '\n';
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
    std::vector<std::unique_ptr<JobRequest>> owned;
    QList<std::pair<JobRequest *, QString>> requests;
    const QString here = ctx.session->profile().region;
    const QStringList regions = options.regions.isEmpty() ? QStringList{here} : options.regions;
    for (const QString &region : regions) {
        if (region == here || region.isEmpty()) {
            owned.push_back(std::make_unique<CopyImageRequest>(ctx.session.get(), id, options.name,
                                                               options.description));
        } else {
            if (!ctx.session->profile().hasCrossRegionCopy()) {
                ctx.err << "imsctl: copying to another region is offered by Huawei Cloud and G42 "
                           "only\n";
                return Unavailable;
            }
            owned.push_back(std::make_unique<CrossRegionCopyRequest>(
                ctx.session.get(), id, options.name, region, region, options.agency,
                options.description));
        }
        requests.append(
            {owned.back().get(), QStringLiteral("Copy of %1 as %2 in %3")
                                     .arg(id, options.name, region.isEmpty() ? here : region)});
    }
    return startJobs(ctx, requests, options.wait);
}

int imagesCreate(Context &ctx, const Options &options) {
    if (options.server.isEmpty() || options.name.isEmpty())
        return ctx.usage(QStringLiteral("images create needs --server and --name"));
    if (const int code = requireExtension(ctx, QStringLiteral("creating images from servers"));
        code != Ok)
        return code;
    CreateImageFromServerRequest request(ctx.session.get(), options.server, options.name,
                                         options.description);
    return startJobs(
        ctx,
        {{&request, QStringLiteral("Image %1 of server %2").arg(options.name, options.server)}},
        options.wait);
}

int jobs(Context &ctx, const Options &options) {
    JobTracker tracker(ctx.session.get(), JobStore());
    if (options.watch) {
        QStringList open;
        for (const TrackedJob &job : tracker.jobs())
            if (!job.isFinished())
                open.append(job.jobId);
        if (!open.isEmpty())
            waitForJobs(ctx, tracker, open);
    } else {
        QEventLoop loop;
        QObject::connect(&tracker, &JobTracker::refreshed, &loop, &QEventLoop::quit);
        tracker.refreshOnce();
        loop.exec();
    }
    Listing l;
    l.headers = {QStringLiteral("job_id"),     QStringLiteral("status"),
                 QStringLiteral("percent"),    QStringLiteral("image_id"),
                 QStringLiteral("error_code"), QStringLiteral("description")};
    for (const TrackedJob &job : tracker.jobs()) {
        l.rows.append(
            {job.jobId,
             job.reconnecting ? job.status + QStringLiteral(" (reconnecting)") : job.status,
             job.percent < 0 ? QString() : QString::number(qRound(job.percent)), job.imageId,
             job.errorCode, job.description});
        l.objects.append(job.toJson());
    }
    print(ctx.out, l, ctx.format);
    saveJobs(ctx, tracker);
    return Ok;
}

int serversList(Context &ctx) {
    ListServersRequest request(ctx.session.get());
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
