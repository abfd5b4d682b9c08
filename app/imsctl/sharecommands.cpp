// imsctl commands for sharing images: images share/unshare, shares list/accept/reject, through
// ImageOperations (the IMS batch member jobs, or the native Glance member API).
#include "commands.h"

#include "jobtracker.h"
#include "operationrules.h"

namespace imsctl {

using namespace ims;

namespace {

// What a sharing operation came to: on IMS its batch jobs (their ids, or with --wait followed
// to their end), on Glance nothing to follow. Prints the image ids once done, else the job ids.
int finishSharing(Context &ctx, const Result<QStringList> &jobs, const QStringList &imageIds,
                  bool wait) {
    if (!jobs)
        return ctx.fail(jobs.error());
    int code = Ok;
    QStringList follow;
    for (const QString &jobId : jobs.value()) {
        if (saidOutcomeUnknown(ctx, jobId))
            code = Failed;
        else
            follow << jobId;
    }
    if (!wait && !follow.isEmpty()) {
        for (const QString &jobId : follow)
            ctx.out << jobId << '\n';
        ctx.out.flush();
        return code;
    }
    if (!follow.isEmpty())
        code = std::max(code, followJobs(ctx, follow, false));
    if (code == Ok) {
        for (const QString &id : imageIds)
            ctx.out << id << '\n';
        ctx.out.flush();
    }
    return code;
}

} // namespace

int imagesShare(Context &ctx, const QStringList &ids, bool share, const Options &options) {
    const QString verb = share ? QStringLiteral("share") : QStringLiteral("unshare");
    if (ids.isEmpty() || options.projects.isEmpty())
        return ctx.usage(QStringLiteral("images %1 needs IDs and --project PROJECT_ID").arg(verb));
    for (const QString &project : options.projects)
        if (const QString problem = rules::projectIdProblem(project); !problem.isEmpty())
            return ctx.usage(QStringLiteral("--project: ") + problem);
    ShareOrder order;
    order.imageIds = ids;
    (share ? order.addProjects : order.removeProjects) = options.projects;
    const Result<QStringList> jobs =
        ctx.await<QStringList>([&](auto done) { ctx.operations()->share(order, done); });
    return finishSharing(ctx, jobs, ids, options.wait);
}

int sharesList(Context &ctx) {
    Listing l;
    l.headers = {
        QStringLiteral("id"),        QStringLiteral("name"),          QStringLiteral("owner"),
        QStringLiteral("status"),    QStringLiteral("member_status"), QStringLiteral("os_version"),
        QStringLiteral("created_at")};
    for (const ImageView view : {ImageView::SharedPending, ImageView::Shared}) {
        ImageListQuery query;
        query.view = view;
        const Result<QList<Image>> images = listImages(ctx, query);
        if (!images)
            return ctx.fail(images.error());
        const QString status =
            view == ImageView::Shared ? QStringLiteral("accepted") : QStringLiteral("pending");
        for (const Image &i : images.value()) {
            // Glance lists this project's own shared images in the shared view too.
            if (i.owner == ctx.session->projectId())
                continue;
            // The listing asked for this member status; IMS does not always repeat it.
            const QString memberStatus = i.memberStatus.isEmpty() ? status : i.memberStatus;
            l.rows.append({i.id, i.name, i.owner, i.status, memberStatus, i.osVersion,
                           i.createdAt.toString(Qt::ISODate)});
            QJsonObject object = i.attributes;
            object.insert(QStringLiteral("member_status"), memberStatus);
            l.objects.append(object);
        }
    }
    print(ctx.out, l, ctx.format);
    return Ok;
}

int sharesAnswer(Context &ctx, const QStringList &ids, bool accept, const Options &options) {
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("shares accept/reject needs image IDs"));
    const Result<QStringList> jobs = ctx.await<QStringList>(
        [&](auto done) { ctx.operations()->answerShares(ids, accept, done); });
    return finishSharing(ctx, jobs, ids, options.wait);
}

} // namespace imsctl
