// ImageOperations: the asynchronous operations (jobs and their retry), sharing, reads and
// stopping servers. Edits and deletions are in imageoperations_edit.cpp.
#include "imageoperations.h"

#include "imagerequests.h"
#include "inforequests.h"
#include "jobtracker.h"
#include "operationrequests.h"
#include "send.h"
#include "session.h"

#include <memory>

namespace ims {

ImageOperations::ImageOperations(Session *session, JobTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_trackerSource([tracker = QPointer<JobTracker>(tracker)] { return tracker.data(); }) {}

ImageOperations::ImageOperations(Session *session, TrackerSource tracker, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_trackerSource(std::move(tracker)) {}

JobTracker *ImageOperations::tracker() const {
    return m_trackerSource ? m_trackerSource() : nullptr;
}

rules::Api ImageOperations::api() const {
    return m_session && m_session->hasImsExtension() ? rules::Api::Ims : rules::Api::Glance;
}

void ImageOperations::start(const recipes::Recipe &recipe, Callback<StartedJob> done) {
    if (!m_session || !tracker()) {
        report<StartedJob>(done, ApiError::cancelled());
        return;
    }
    const QDateTime sentAt = m_session->clock().now();
    send(recipes::request(m_session, recipe, nullptr), this,
         [this, recipe, sentAt, done](const Result<JobAccepted> &result) {
             const QString description = recipes::describe(recipe);
             if (!result && result.error().outcomeUnknown) {
                 // It may have started: kept in the jobs panel, resolved by looking for the
                 // image it would create; never sent again by itself.
                 const QString reason = describe(result.error());
                 const QString id =
                     tracker()->addOutcomeUnknown(description, recipes::toJson(recipe),
                                                  recipes::expected(recipe), sentAt, reason);
                 report<StartedJob>(done, StartedJob{id, true, reason});
                 return;
             }
             if (!result) {
                 report<StartedJob>(done, result.error());
                 return;
             }
             if (m_followsJobs)
                 tracker()->follow(result.value().jobId, description, recipes::toJson(recipe));
             else
                 tracker()->add(result.value().jobId, description, recipes::toJson(recipe));
             report<StartedJob>(done, StartedJob{result.value().jobId, false, {}});
         });
}

void ImageOperations::retry(const QString &jobId, Callback<RetryOutcome> done) {
    const std::optional<TrackedJob> job = tracker() ? tracker()->job(jobId) : std::nullopt;
    if (!job) {
        report<RetryOutcome>(done, ApiError::refused(tr("There is no job %1.").arg(jobId)));
        return;
    }
    if (job->type == QLatin1String(JobTracker::kUploadType)) {
        retryUpload(*job, std::move(done)); // a transfer to run again, not a request to resend
        return;
    }
    const std::optional<recipes::Recipe> recipe = recipes::fromJson(job->recipe);
    if (!recipe) {
        report<RetryOutcome>(
            done, ApiError::refused(tr("Job %1 cannot be retried: imsdesk does not know what "
                                       "request started it.")
                                        .arg(jobId)));
        return;
    }
    // What the jobs panel offers Retry for: a job that failed, or one that may not have happened.
    // Anything else would make the same image twice (a succeeded job) or race the running one.
    if (job->state != JobState::Fail && !job->outcomeNotKnown()) {
        report<RetryOutcome>(done,
                             ApiError::refused(tr("Job %1 is %2: only a failed job, or one whose "
                                                  "outcome is not known, can be retried.")
                                                   .arg(jobId, job->statusName())));
        return;
    }
    const auto resend = [this, jobId, recipe = *recipe, done] {
        start(recipe, [this, jobId, done](const Result<StartedJob> &started) {
            if (!started) { // nothing new started: the old job stays, to be retried again
                report<RetryOutcome>(done, started.error());
                return;
            }
            if (tracker())
                tracker()->forget(jobId); // the new job replaces the old one in the panel
            emit jobReplaced(jobId);
            report<RetryOutcome>(done, RetryOutcome{RetryOutcome::Kind::Resent, started.value()});
        });
    };
    const ExpectedResult expected = recipes::expected(*recipe);
    if (!job->outcomeNotKnown() || expected.isEmpty()) {
        resend();
        return;
    }
    // It may have happened: a second copy is what Retry must not make. Look for it first.
    tracker()->lookForResult(jobId, expected, [resend, done](const resultsearch::Found &found) {
        if (!found)
            report<RetryOutcome>(done, found.error());
        else if (!found.value())
            resend();
        else // the job now shows the image it found
            report<RetryOutcome>(done, RetryOutcome{RetryOutcome::Kind::AlreadyDone, {}});
    });
}

void ImageOperations::replicate(const ReplicationOrder &order, Callback<StartedJob> done) {
    const QString source = order.imageName.isEmpty() ? order.imageId : order.imageName;
    if (order.region.isEmpty() || (m_session && order.region == m_session->profile().region)) {
        start(recipes::Copy{order.imageId, source, order.name, order.description, order.cmkId},
              std::move(done));
        return;
    }
    if (m_session && !m_session->profile().hasCrossRegionCopy()) {
        report<StartedJob>(done, ApiError::refused(tr("Copying to another region is offered by "
                                                      "Huawei Cloud and G42 only.")));
        return;
    }
    start(recipes::CrossRegionCopy{order.imageId, source, order.name, order.description,
                                   order.region, order.projectName, order.agencyName},
          std::move(done));
}

void ImageOperations::createFromServer(const CreateImageOrder &order, Callback<StartedJob> done) {
    start(recipes::CreateFromServer{order.serverId,
                                    order.serverName.isEmpty() ? order.serverId : order.serverName,
                                    order.name, order.description, order.tags, order.minRamMb,
                                    order.maxRamMb},
          std::move(done));
}

void ImageOperations::exportImage(const ExportOrder &order, Callback<StartedJob> done) {
    start(recipes::Export{order.imageId,
                          order.imageName.isEmpty() ? order.imageId : order.imageName,
                          order.bucketUrl, order.fileFormat, order.quickExport},
          std::move(done));
}

void ImageOperations::share(const ShareOrder &order, Callback<QStringList> done) {
    if (!m_session) {
        report<QStringList>(done, ApiError::cancelled());
        return;
    }
    if (api() == rules::Api::Ims) { // one batch job each way (SPEC §5.10)
        QList<recipes::Members> batches;
        if (!order.addProjects.isEmpty())
            batches << recipes::Members{recipes::Members::Action::Add, order.imageIds,
                                        order.addProjects};
        if (!order.removeProjects.isEmpty())
            batches << recipes::Members{recipes::Members::Action::Remove, order.imageIds,
                                        order.removeProjects};
        auto jobs = std::make_shared<QStringList>();
        auto gather = std::make_shared<Gather<QStringList>>(
            int(batches.size()), QStringList{}, [jobs, done](const auto &result) {
                if (result)
                    report<QStringList>(done, *jobs);
                else
                    report<QStringList>(done, result);
            });
        for (const recipes::Members &batch : batches) {
            start(batch, [jobs, gather](const Result<StartedJob> &started) {
                if (started)
                    *jobs << started.value().jobId;
                gather->answer(started ? std::nullopt : std::optional(started.error()));
            });
        }
        if (batches.isEmpty())
            report<QStringList>(done, QStringList{});
        return;
    }
    // Plain Glance: one synchronous call per image and project. Glance keeps members only on
    // images whose visibility is "shared" (403 for a private one), so an image gaining members
    // is made shared first; that PATCH is a no-op for one already shared.
    const int calls =
        int(order.imageIds.size() * (order.addProjects.size() + order.removeProjects.size()));
    if (calls == 0) {
        report<QStringList>(done, QStringList{});
        return;
    }
    auto gather = std::make_shared<Gather<QStringList>>(calls, QStringList{}, done);
    for (const QString &imageId : order.imageIds) {
        for (const QString &project : order.removeProjects)
            send(new RemoveMemberRequest(m_session, imageId, project), this,
                 [gather](const Result<Done> &result) {
                     gather->answer(result ? std::nullopt : std::optional(result.error()));
                 });
        if (order.addProjects.isEmpty())
            continue;
        const QStringList projects = order.addProjects;
        send(
            new UpdateGlanceImageRequest(m_session, imageId,
                                         {{QStringLiteral("replace"), QStringLiteral("/visibility"),
                                           QStringLiteral("shared")}}),
            this, [this, gather, imageId, projects](const Result<Image> &shared) {
                for (const QString &project : projects) {
                    if (!shared) { // each addition counts as failed, with the PATCH's reason
                        gather->answer(shared.error());
                        continue;
                    }
                    send(new AddMemberRequest(m_session, imageId, project), this,
                         [gather](const Result<Member> &result) {
                             gather->answer(result ? std::nullopt : std::optional(result.error()));
                         });
                }
            });
    }
}

void ImageOperations::answerShares(const QStringList &imageIds, bool accept,
                                   Callback<QStringList> done) {
    if (!m_session) {
        report<QStringList>(done, ApiError::cancelled());
        return;
    }
    if (imageIds.isEmpty()) {
        report<QStringList>(done, QStringList{});
        return;
    }
    if (api() == rules::Api::Ims) {
        start(recipes::Members{accept ? recipes::Members::Action::Accept
                                      : recipes::Members::Action::Reject,
                               imageIds,
                               {}},
              [done](const Result<StartedJob> &started) {
                  if (started)
                      report<QStringList>(done, QStringList{started.value().jobId});
                  else
                      report<QStringList>(done, started.error());
              });
        return;
    }
    // A member answers for its own project, known once logged in.
    m_session->ensureReady(this, [this, imageIds, accept, done](std::optional<ApiError> error) {
        if (error) {
            report<QStringList>(done, *error);
            return;
        }
        auto gather =
            std::make_shared<Gather<QStringList>>(int(imageIds.size()), QStringList{}, done);
        const QString status = accept ? QStringLiteral("accepted") : QStringLiteral("rejected");
        for (const QString &id : imageIds)
            send(new UpdateMemberRequest(m_session, id, m_session->projectId(), status), this,
                 [gather](const Result<Member> &result) {
                     gather->answer(result ? std::nullopt : std::optional(result.error()));
                 });
    });
}

void ImageOperations::image(const QString &imageId, Callback<Image> done) {
    send(new ShowImageRequest(m_session, imageId), this,
         [done](const Result<Image> &result) { report<Image>(done, result); });
}

void ImageOperations::members(const QString &imageId, Callback<QList<Member>> done) {
    send(new ListMembersRequest(m_session, imageId), this,
         [done](const Result<QList<Member>> &result) { report<QList<Member>>(done, result); });
}

void ImageOperations::quota(Callback<QList<QuotaResource>> done) {
    send(new QuotaRequest(m_session), this, [done](const Result<QList<QuotaResource>> &result) {
        report<QList<QuotaResource>>(done, result);
    });
}

void ImageOperations::osVersions(Callback<QList<OsVersion>> done) {
    send(new OsVersionsRequest(m_session), this, [done](const Result<QList<OsVersion>> &result) {
        report<QList<OsVersion>>(done, result);
    });
}

void ImageOperations::servers(Callback<QList<Server>> done) {
    send(new ListServersRequest(m_session), this,
         [this, done](const Result<QList<Server>> &result) {
             if (result)
                 emit serversChanged(result.value());
             report<QList<Server>>(done, result);
         });
}

void ImageOperations::stopServers(const QStringList &serverIds, Callback<QList<Server>> done,
                                  std::function<void()> accepted) {
    send(new StopServersRequest(m_session, serverIds), this,
         [this, serverIds, done, accepted](const Result<JobAccepted> &result) {
             if (!result) {
                 report<QList<Server>>(done, result.error());
                 return;
             }
             if (accepted)
                 accepted();
             // ECS jobs live in ECS's own job API; the servers' status is what the user waits for.
             pollStopped(serverIds, 0, done);
         });
}

void ImageOperations::pollStopped(QStringList pending, int polls, Callback<QList<Server>> done) {
    servers([this, pending, polls, done](const Result<QList<Server>> &result) {
        QList<Server> stopped;
        QStringList still;
        for (const QString &id : pending) {
            const auto server = result
                                    ? std::find_if(result.value().cbegin(), result.value().cend(),
                                                   [&](const Server &s) { return s.id == id; })
                                    : QList<Server>::const_iterator{};
            if (result && server != result.value().cend() && server->isStopped())
                stopped << *server;
            else
                still << id;
        }
        if (still.isEmpty()) {
            report<QList<Server>>(done, stopped);
            return;
        }
        if (polls + 1 >= kStopPollLimit) {
            report<QList<Server>>(done, ApiError::timeout(kStopPollMs * kStopPollLimit));
            return;
        }
        // A failed read is not the end: the next poll may answer (the server list is idempotent
        // and was already retried by the transport). The session's scheduler, like every other
        // wait of a connection: a test runs five minutes of polls without waiting for them.
        if (!m_session) {
            report<QList<Server>>(done, ApiError::cancelled());
            return;
        }
        m_session->schedule(kStopPollMs, this, [this, pending, polls, done] {
            pollStopped(pending, polls + 1, done);
        });
    });
}

} // namespace ims
