// imsctl images import | images create --whole/--backup | images register: bringing images in,
// each through ImageOperations::importImage (which checks rules::checkImport before sending).
// A local file is uploaded by this process, with progress on stderr and Ctrl+C cancelling it;
// every other source is an IMS job, started and followed as copy and export are.
#include "commands.h"

#include "jobtracker.h"
#include "operationrules.h"
#include "quitsignals.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace imsctl {

using namespace ims;

namespace {

// Progress on a terminal is redrawn in place this often; into a file or pipe one line is
// written this often, so that a log of a long upload stays readable.
constexpr int kRedrawMs = 250;
constexpr int kLogLineMs = 5000; // and only when it changed

// What the image is: the fields every source shares (SPEC §4.1 rules), as usage errors.
int orderFields(Context &ctx, const Options &options, ImportOrder &order) {
    if (const QString problem = rules::nameProblem(options.name); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--name: ") + problem);
    if (const QString problem = rules::descriptionProblem(options.description); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--description: ") + problem);
    for (const QString &tag : options.tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            return ctx.usage(QStringLiteral("--tag: ") + problem);
    }
    bool bad = false;
    order.minDiskGb = amountOption(ctx, "min-disk", options.minDisk, &bad).value_or(0);
    order.minRamMb = amountOption(ctx, "min-ram", options.minRam, &bad).value_or(0);
    order.maxRamMb = amountOption(ctx, "max-ram", options.maxRam, &bad).value_or(0);
    if (bad)
        return Usage;
    order.name = options.name;
    order.description = options.description;
    order.osVersion = options.osVersion;
    order.tags = options.tags;
    order.dataDisk = options.dataDisk;
    return Ok;
}

// The data disks of --data-disks: the --volume VOLUME_ID[=IMAGE_NAME] given, each image named
// as given or NAME-1, NAME-2… in their order; without --volume every data disk ECS lists for
// the server, each image named NAME-<device> (web-vdb for /dev/vdb).
int dataDisksOf(Context &ctx, const Options &options, ImportOrder &order) {
    const auto add = [&](const QString &volumeId, const QString &name) {
        if (const QString problem = rules::nameProblem(name); !problem.isEmpty())
            return ctx.usage(QStringLiteral("--volume %1: %2").arg(volumeId, problem));
        order.dataDisks.append({volumeId, name});
        return int(Ok);
    };
    for (qsizetype i = 0; i < options.volumes.size(); ++i) {
        const ImageTag given = ImageTag::parse(options.volumes.at(i)); // the same key=value form
        const QString name = given.value.isEmpty()
                                 ? QStringLiteral("%1-%2").arg(options.name).arg(i + 1)
                                 : given.value;
        if (const int code = add(given.key, name); code != Ok)
            return code;
    }
    if (!options.volumes.isEmpty())
        return Ok;
    const Result<QList<Server>> servers =
        ctx.await<QList<Server>>([&](auto done) { ctx.operations()->servers(done); });
    if (!servers)
        return ctx.fail(servers.error());
    const auto server = std::find_if(servers.value().cbegin(), servers.value().cend(),
                                     [&](const Server &s) { return s.id == options.server; });
    if (server == servers.value().cend() || server->dataDisks.isEmpty()) {
        ctx.err << "imsctl: " << options.server
                << (server == servers.value().cend() ? ": there is no such server"
                                                     : ": the server has no data disks")
                << " (see 'imsctl servers list')\n";
        ctx.err.flush();
        return Failed;
    }
    for (const ServerDataDisk &disk : server->dataDisks) {
        const QString device = disk.device.section(QLatin1Char('/'), -1);
        if (const int code = add(disk.volumeId, options.name + QLatin1Char('-') + device);
            code != Ok)
            return code;
    }
    return Ok;
}

int obsPathProblem(Context &ctx, const QString &obsUrl) {
    if (const QString problem = rules::bucketUrlProblem(obsUrl); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--obs: ") + problem);
    return Ok;
}

// The sources that are IMS jobs: started and followed like copy and export. What
// rules::checkImport finds is a refusal of imsctl's (exit 1), not a missing cloud feature.
int startImport(Context &ctx, const ImportOrder &order, bool wait) {
    // One job makes all data disk images, and its job record names only the first: with
    // --wait, each is looked up by its name (the newest of that name) and printed.
    const bool manyImages = order.source == ImportOrder::Source::ServerDataDisks;
    const int code = startJobs(ctx, {[&ctx, order](Callback<StartedJob> done) {
                                   ctx.operations()->importImage(order, done);
                               }},
                               wait, Failed, !manyImages);
    if (!manyImages || !wait || code != Ok)
        return code;
    for (const ImportOrder::DataDisk &disk : order.dataDisks) {
        ImageListQuery query;
        query.filters = {{QStringLiteral("name"), disk.name}};
        const Result<QList<Image>> named = listImages(ctx, query);
        if (!named)
            return ctx.fail(disk.name, named.error());
        const auto newest = std::max_element(
            named.value().cbegin(), named.value().cend(),
            [](const Image &a, const Image &b) { return a.createdAt < b.createdAt; });
        if (newest != named.value().cend())
            ctx.out << newest->id << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// Says what an interrupted upload left behind, once cancelUpload answered.
int saidCancelled(Context &ctx, const Result<Done> &cancelled) {
    if (cancelled)
        ctx.err << "imsctl: upload cancelled; its queued image was deleted, nothing is left\n";
    else
        ctx.err << "imsctl: upload cancelled, but " << describe(cancelled.error()) << '\n';
    ctx.err.flush();
    return Interrupted;
}

// Follows the upload job `jobId` (this process sends its bytes) until it ends or a signal
// cancels it: with `wait`, the upload's own progress line (bytes, throughput, time left, as the
// jobs panel shows it) on stderr, then the image on stdout.
int followUpload(Context &ctx, const QString &jobId, bool wait, QuitSignals &quitSignals) {
    JobTracker &tracker = *ctx.tracker();
    const bool terminal = ::isatty(::fileno(stderr)) == 1;
    QString line; // the job's latest progress
    QString shown;
    const auto show = [&] {
        if (line.isEmpty() || (!terminal && line == shown))
            return;
        if (terminal) // redrawn in place: padded over a longer previous line
            ctx.err << '\r' << line.leftJustified(shown.size());
        else
            ctx.err << line << '\n';
        shown = line;
        ctx.err.flush();
    };

    std::optional<TrackedJob> ended = tracker.job(jobId);
    if (ended && !ended->isFinished())
        ended.reset();
    std::optional<Result<Done>> cancelled;
    bool cancelling = false;
    int code = Ok;
    QEventLoop loop;
    QObject::connect(&tracker, &JobTracker::jobUpdated, &loop, [&](const TrackedJob &job) {
        if (job.jobId == jobId)
            line = job.currentTask.isEmpty() ? job.statusName() : job.currentTask;
    });
    QObject::connect(&tracker, &JobTracker::jobFinished, &loop, [&](const TrackedJob &job) {
        if (job.jobId != jobId || cancelling)
            return;
        ended = job;
        loop.quit();
    });
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &loop, [&] {
        // A second Ctrl+C must not cut the deletion of the queued image short.
        quitSignals.ignoreFurtherSignals();
        cancelling = true;
        if (wait && terminal)
            ctx.err << '\n';
        ctx.err << "imsctl: cancelling the upload…\n";
        ctx.err.flush();
        ctx.operations()->cancelUpload(jobId, [&](const Result<Done> &result) {
            cancelled = result;
            loop.quit();
        });
    });
    QTimer ticker;
    if (wait) {
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            if (!cancelling)
                show();
        });
        ticker.start(terminal ? kRedrawMs : kLogLineMs);
    }
    ctx.quitOnRefusedLogin(loop, code);
    if (!ended)
        loop.exec();
    ticker.stop();
    if (wait && terminal && !cancelling) {
        show();
        ctx.err << '\n';
        ctx.err.flush();
    }
    saveJobs(ctx, tracker);
    if (cancelled)
        return saidCancelled(ctx, *cancelled);
    if (code != Ok || !ended)
        return code == Ok ? Failed : code;
    if (ended->state == JobState::Lost) {
        ctx.err << "imsctl: upload " << jobId << " is lost: " << ended->failReason << '\n';
        ctx.err.flush();
        return Failed;
    }
    if (ended->state != JobState::Success) {
        ctx.err << "imsctl: upload " << jobId << " failed: " << ended->errorCode << ' '
                << ended->failReason << '\n';
        ctx.err.flush();
        return JobFailed;
    }
    if (!wait) {
        ctx.out << ended->imageId << '\n';
        ctx.out.flush();
        return Ok;
    }
    const Result<Image> image =
        ctx.await<Image>([&](auto done) { ctx.operations()->image(ended->imageId, done); });
    if (!image)
        return ctx.fail(ended->imageId, image.error());
    printImages(ctx, {image.value()});
    return Ok;
}

// images import FILE: checked (importImage reads the file's headers, the quota and the OS
// versions), then uploaded by this process.
int uploadFile(Context &ctx, ImportOrder order, const Options &options) {
    order.source = ImportOrder::Source::LocalFile;
    order.diskFormat = options.diskFormat;
    order.iso = options.iso;
    // Ctrl+C, SIGTERM and SIGHUP (the terminal closed) cancel the upload from here on, instead
    // of leaving a queued image behind.
    QuitSignals::install();
    QuitSignals quitSignals;
    quitSignals.setQuitsApplication(false);
    const Result<StartedJob> started =
        ctx.await<StartedJob>([&](auto done) { ctx.operations()->importImage(order, done); });
    if (!started) {
        if (started.error().kind != ApiError::Kind::Refused)
            return ctx.fail(started.error());
        ctx.err << "imsctl: " << order.filePath << ": not uploaded: " << started.error().message
                << '\n';
        ctx.err.flush();
        return Failed;
    }
    if (quitSignals.received() != 0) { // asked to stop while the checks ran
        quitSignals.ignoreFurtherSignals();
        return saidCancelled(ctx, ctx.await<Done>([&](auto done) {
            ctx.operations()->cancelUpload(started.value().jobId, done);
        }));
    }
    return followUpload(ctx, started.value().jobId, options.wait, quitSignals);
}

} // namespace

int imagesImport(Context &ctx, const QStringList &files, const Options &options) {
    const bool fromObs = !options.obs.isEmpty();
    if (options.name.isEmpty() || files.size() != (fromObs ? 0 : 1))
        return ctx.usage(QStringLiteral(
            "images import needs FILE or --obs BUCKET:FILE (one of them), and --name"));
    ImportOrder order;
    if (const int code = orderFields(ctx, options, order); code != Ok)
        return code;
    if (!fromObs) {
        if (options.quick)
            return ctx.usage(QStringLiteral("--quick is for files in OBS (--obs)"));
        order.filePath = files.first();
        return uploadFile(ctx, order, options);
    }
    if (!options.diskFormat.isEmpty())
        return ctx.usage(
            QStringLiteral("--disk-format is for local files: IMS reads an OBS file's format"));
    if (const int code = obsPathProblem(ctx, options.obs); code != Ok)
        return code;
    if (const int code = requireExtension(ctx, QStringLiteral("importing from OBS")); code != Ok)
        return code;
    order.source = ImportOrder::Source::ObsFile;
    order.obsUrl = options.obs;
    order.quickImport = options.quick;
    order.iso = options.iso;
    return startImport(ctx, order, options.wait);
}

int imagesCreateByImport(Context &ctx, const Options &options) {
    const bool fromBackup = !options.backup.isEmpty();
    if (options.name.isEmpty() || fromBackup == !options.server.isEmpty())
        return ctx.usage(
            QStringLiteral("images create needs --server ID or --backup ID (one of them), and "
                           "--name"));
    if (fromBackup && (options.whole || options.dataDisks))
        return ctx.usage(QStringLiteral("--whole and --data-disks are for --server: a backup "
                                        "always makes a full-ECS image"));
    if (options.whole && options.dataDisks)
        return ctx.usage(QStringLiteral("--whole or --data-disks: a full-ECS image holds the "
                                        "data disks already"));
    ImportOrder order;
    if (const int code = orderFields(ctx, options, order); code != Ok)
        return code;
    if (const int code =
            requireExtension(ctx, options.dataDisks ? QStringLiteral("data disk images")
                                                    : QStringLiteral("full-ECS images"));
        code != Ok)
        return code;
    if (options.dataDisks) {
        if (const int code = dataDisksOf(ctx, options, order); code != Ok)
            return code;
        order.source = ImportOrder::Source::ServerDataDisks;
        order.serverId = options.server;
        order.serverName = options.server;
    } else if (fromBackup) {
        order.source = ImportOrder::Source::Backup;
        order.backupId = options.backup;
    } else {
        order.source = ImportOrder::Source::ServerWhole;
        order.serverId = options.server;
        order.serverName = options.server;
    }
    return startImport(ctx, order, options.wait);
}

int imagesRegister(Context &ctx, const QString &id, const Options &options) {
    if (options.obs.isEmpty())
        return ctx.usage(QStringLiteral("images register needs ID and --obs BUCKET:FILE"));
    if (const int code = obsPathProblem(ctx, options.obs); code != Ok)
        return code;
    if (const int code = requireExtension(ctx, QStringLiteral("registering image files"));
        code != Ok)
        return code;
    ImportOrder order;
    order.source = ImportOrder::Source::QueuedImage;
    order.imageId = id;
    order.obsUrl = options.obs;
    return startImport(ctx, order, options.wait);
}

} // namespace imsctl
