// ImageOperations::importImage: reads what rules::checkImport needs, refuses what it finds
// before anything is sent, then hands the order to its source's path (an upload, the existing
// create-from-server, or a job with its recipe).
#include "imageoperations.h"

#include "diskimage.h"
#include "importrules.h"
#include "session.h"

#include <memory>

namespace ims {

namespace {

using Source = ImportOrder::Source;

// Whether the import makes new images, which count against the IMS quota (register fills a
// queued one; plain Glance has no quota API).
bool countsAgainstQuota(const ImportOrder &order, rules::Api api) {
    return api == rules::Api::Ims && order.source != Source::QueuedImage;
}

// The recipe of each source that is an IMS job of its own (not a local file, nor a server's
// system disk, which createFromServer makes).
recipes::Recipe recipeFor(const ImportOrder &order) {
    const QString serverName = order.serverName.isEmpty() ? order.serverId : order.serverName;
    switch (order.source) {
    case Source::ServerWhole:
    case Source::Backup: { // of the server or of the backup, never both (SPEC §5.6)
        const bool ofServer = order.source == Source::ServerWhole;
        return recipes::WholeImage{ofServer ? order.serverId : QString(),
                                   ofServer ? serverName : QString(),
                                   ofServer ? QString() : order.backupId,
                                   order.name,
                                   order.description,
                                   order.tags,
                                   order.minRamMb,
                                   order.maxRamMb};
    }
    case Source::ServerDataDisks:
        return recipes::DataDiskImages{order.serverId, serverName, order.dataDisks,
                                       order.description, order.tags};
    case Source::QueuedImage:
        // The order names the queued image by id; its name, when the caller gives it, is only
        // for the jobs panel.
        return recipes::Register{order.imageId, order.name.isEmpty() ? order.imageId : order.name,
                                 order.obsUrl};
    case Source::ObsFile:
    case Source::LocalFile:
    case Source::ServerSystemDisk:
        break;
    }
    // min_disk as the order gives it: rules::checkImport requires one for OBS files, since
    // imsdesk cannot read the disk inside a file in OBS.
    return recipes::ImportFromObs{order.obsUrl,      order.name,      order.description,
                                  order.osVersion,   order.minDiskGb, order.minRamMb,
                                  order.maxRamMb,    order.tags,      order.dataDisk,
                                  order.quickImport, order.iso};
}

// A local file's order as the upload sends it: what the user left empty taken from the file.
ImportOrder completedFromFile(ImportOrder order, const std::optional<diskimage::Info> &file) {
    if (!file)
        return order;
    if (order.diskFormat.isEmpty())
        order.diskFormat = diskimage::formatName(file->format);
    if (order.minDiskGb <= 0)
        order.minDiskGb = rules::minDiskFor(*file);
    return order;
}

} // namespace

void ImageOperations::importImage(const ImportOrder &order, Callback<StartedJob> done) {
    if (!m_session) {
        report<StartedJob>(done, ApiError::cancelled());
        return;
    }
    auto context = std::make_shared<rules::ImportContext>();
    context->api = api();
    const bool readsFile = order.source == Source::LocalFile;
    const bool readsQuota = countsAgainstQuota(order, context->api);
    // OS versions are an IMS list (§5.9); Glance takes any __os_version.
    const bool readsOsVersions = !order.osVersion.isEmpty() && context->api == rules::Api::Ims;

    const auto checked = [this, order, context, done] {
        const rules::ImportCheck check = rules::checkImport(order, *context);
        if (!check.ok()) {
            report<StartedJob>(done, ApiError::refused(check.problems.join(QLatin1Char(' '))));
            return;
        }
        switch (order.source) {
        case Source::LocalFile: // context->file: read, since readsFile
            startUpload(completedFromFile(order, context->file), *context->file, done);
            return;
        case Source::ServerSystemDisk:
            createFromServer(CreateImageOrder{order.serverId, order.serverName, order.name,
                                              order.description, order.tags, order.minRamMb,
                                              order.maxRamMb},
                             done);
            return;
        default:
            start(recipeFor(order), done);
            return;
        }
    };
    const int reads = int(readsFile) + int(readsQuota) + int(readsOsVersions);
    if (reads == 0) {
        checked();
        return;
    }
    // What could not be read is not checked (rules::ImportContext): IMS still checks it, and
    // its answer reaches the user as the request's error.
    auto gather =
        std::make_shared<Gather<bool>>(reads, true, [checked](const Result<bool> &) { checked(); });
    if (readsFile) {
        inspectFile(order.filePath, [context, gather](const diskimage::Info &file) {
            context->file = file;
            gather->answer(std::nullopt);
        });
    }
    if (readsQuota) {
        quota([context, gather](const Result<QList<QuotaResource>> &result) {
            if (result)
                context->quota = result.value();
            gather->answer(std::nullopt);
        });
    }
    if (readsOsVersions) {
        osVersions([context, gather](const Result<QList<OsVersion>> &result) {
            if (result)
                context->osVersions = result.value();
            gather->answer(std::nullopt);
        });
    }
}

} // namespace ims
