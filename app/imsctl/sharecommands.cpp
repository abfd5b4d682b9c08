// imsctl commands for exporting and sharing images: through the IMS batch APIs (jobs, followed
// like copies) when the cloud has them, and the native Glance member API otherwise.
#include "commands.h"

#include "operationrequests.h"
#include "recipes.h"

#include <memory>
#include <vector>

namespace imsctl {

using namespace ims;

namespace {

// Native sharing answers at once: one request per image and project.
template <typename Request>
int runEach(Context &ctx, const std::vector<std::unique_ptr<Request>> &requests) {
    int code = Ok;
    for (const auto &request : requests) {
        const Result<Member> result = ctx.run<Request, Member>(*request);
        if (!result)
            code = ctx.fail(result.error());
    }
    return code;
}

} // namespace

int imagesExport(Context &ctx, const QString &id, const Options &options) {
    const qsizetype colon = options.bucketUrl.indexOf(QLatin1Char(':'));
    if (id.isEmpty() || colon <= 0 || colon + 1 >= options.bucketUrl.size())
        return ctx.usage(QStringLiteral("images export needs ID and --bucket-url BUCKET:FILE"));
    if (!ctx.session->hasImsExtension()) {
        ctx.err << "imsctl: exporting images needs the IMS extension API, which this OpenStack "
                   "cloud does not offer\n";
        return Unavailable;
    }
    return startJobs(
        ctx, {recipes::Export{id, id, options.bucketUrl, options.fileFormat, options.quick}},
        options.wait);
}

int imagesShare(Context &ctx, const QStringList &ids, const Options &options) {
    if (ids.isEmpty() || options.projects.isEmpty())
        return ctx.usage(QStringLiteral("images share needs IDs and --project PROJECT_ID"));
    if (ctx.session->hasImsExtension()) {
        return startJobs(ctx,
                         {recipes::Members{recipes::Members::Action::Add, ids, options.projects}},
                         options.wait);
    }
    std::vector<std::unique_ptr<AddMemberRequest>> requests;
    for (const QString &id : ids)
        for (const QString &project : options.projects)
            requests.push_back(std::make_unique<AddMemberRequest>(ctx.session, id, project));
    return runEach(ctx, requests);
}

int sharesAnswer(Context &ctx, const QStringList &ids, bool accept, const Options &options) {
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("shares accept/reject needs image IDs"));
    if (ctx.session->hasImsExtension()) {
        return startJobs(ctx,
                         {recipes::Members{accept ? recipes::Members::Action::Accept
                                                  : recipes::Members::Action::Reject,
                                           ids,
                                           {}}},
                         options.wait);
    }
    // A member answers for its own project, known once logged in.
    std::optional<ApiError> loginError;
    QEventLoop loop;
    ctx.session->ensureReady(&loop, [&](std::optional<ApiError> error) {
        loginError = std::move(error);
        loop.quit();
    });
    loop.exec();
    if (loginError)
        return ctx.fail(*loginError);
    const QString project = ctx.session->projectId();
    std::vector<std::unique_ptr<UpdateMemberRequest>> requests;
    for (const QString &id : ids)
        requests.push_back(std::make_unique<UpdateMemberRequest>(
            ctx.session, id, project,
            accept ? QStringLiteral("accepted") : QStringLiteral("rejected")));
    return runEach(ctx, requests);
}

} // namespace imsctl
