#pragma once

#include "context.h"
#include "imagelisting.h"
#include "imagerequests.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace imsctl {

struct Options {
    QString view = QStringLiteral("private");
    QStringList filters; // key=value
    QString name;
    QStringList regions;
    QString agency = QStringLiteral("ims_admin_agency");
    QString server;
    QString description;
    bool wait = false;
    bool watch = false;
    bool presets = false;
    // profiles add
    QString cloud;
    QString region; // profiles add: the profile's region
    QString identityUrl;
    QString imageUrl;
    QString user;
    QString domain;
    QString project;
    QString accessKey;
    // images export / share / unshare
    QString bucketUrl; // BUCKET:FILE
    QString fileFormat;
    bool quick = false;
    QStringList projects;
    // images copy
    QString cmk;
    // images edit: what was given, and only that (ImageChanges sends only what changed)
    bool nameGiven = false;
    bool descriptionGiven = false;
    std::optional<QString> minRam;
    std::optional<QString> maxRam;
    std::optional<QString> minDisk;
    QStringList tags;   // KEY=VALUE
    QStringList untags; // KEY
    bool protect = false;
    bool unprotect = false; // images edit, images delete
    // images delete
    bool deleteBackup = false;
    bool yes = false;
    // images import / create / register (ImportOrder)
    QString obs; // BUCKET:FILE
    QString osVersion;
    QString diskFormat;
    QString backup;
    bool dataDisk = false;
    bool whole = false;
    bool dataDisks = false;
    QStringList volumes; // images create --data-disks: VOLUME_ID[=IMAGE_NAME]
    bool iso = false;
    // os-versions
    QString platform;
    // images list: every region of the account (--region R…: those only)
    bool allRegions = false;
};

// Starts one asynchronous operation through ImageOperations (its callback gets the job).
using Launch = std::function<void(ims::Callback<ims::StartedJob>)>;

using ImageBatches = std::function<void(const QList<ims::Image> &)>;
// Lists every image of `query`, through the IMS extension listing, or the native one on a cloud
// that answers 404 for /v2/cloudimages, handing each batch of images (each image once) to
// `onBatch` as it arrives, without keeping it; the number of images, or the error. Progress on
// stderr, unless `rowsOnStdout` (onBatch prints) and stdout is stderr too.
ims::Result<int> listImageBatches(Context &ctx, const ims::ImageListQuery &query,
                                  const ImageBatches &onBatch, bool rowsOnStdout);
// Every image of `query` at once, for callers that need the whole list (a name lookup).
ims::Result<QList<ims::Image>> listImages(Context &ctx, const ims::ImageListQuery &query);
// Images as `images show` prints them: a table of attribute and value each, or as JSON/CSV.
void printImages(Context &ctx, const QList<ims::Image> &images);

// The columns of `images list` (with `region` first for a listing of several regions), and one
// batch as what `format` prints: JSON the API's objects (every attribute, plus "region" where
// it was listed), the table and CSV the rows. Only that is made: a listing's time is its printing.
QStringList imageHeaders(bool withRegion = false);
Listing imageListing(const QList<ims::Image> &images, Format format, bool withRegion = false);
// --view and --filter as a query; nullopt after a usage message.
std::optional<ims::ImageListQuery> listQuery(Context &ctx, const Options &options);

int imagesList(Context &ctx, const Options &options);
// images list --all-regions: every region of the profile's account at once (RegionInventory),
// printed as the regions' batches arrive; a region that fails is said on stderr (exit Failed
// after the others were printed).
int imagesListAllRegions(Context &ctx, const ims::ImageListQuery &query, const Options &options);
// images where ID: the image, its source and every copy across the account's regions.
int imagesWhere(Context &ctx, const QString &id, const Options &options);
int imagesShow(Context &ctx, const QStringList &ids);
int imagesEdit(Context &ctx, const QString &id, const Options &options);
// --min-ram and the like: a whole number of MB or GB, or nullopt (and *bad set after a usage
// message) when it is not one; nullopt without *bad when the option was not given.
std::optional<int> amountOption(Context &ctx, const char *option,
                                const std::optional<QString> &text, bool *bad);
int imagesDelete(Context &ctx, const QStringList &ids, const Options &options);
int imagesCopy(Context &ctx, const QString &id, const Options &options);
// images create --server ID: the system disk (createFromServer); with --whole, or
// --backup ID, a full-ECS image; with --data-disks, an image of each --volume (importImage).
int imagesCreate(Context &ctx, const Options &options);
int imagesCreateByImport(Context &ctx, const Options &options);
// images import FILE | --obs BUCKET:FILE; images register ID --obs BUCKET:FILE.
int imagesImport(Context &ctx, const QStringList &files, const Options &options);
int imagesRegister(Context &ctx, const QString &id, const Options &options);
int imagesExport(Context &ctx, const QString &id, const Options &options);
// images share|unshare ID… --project P…
int imagesShare(Context &ctx, const QStringList &ids, bool share, const Options &options);
// shares list: the images shared with this project, pending and accepted.
int sharesList(Context &ctx);
// shares accept|reject ID…: answers images shared with this profile's project.
int sharesAnswer(Context &ctx, const QStringList &ids, bool accept, const Options &options);
int jobs(Context &ctx, const Options &options);
int jobsShow(Context &ctx, const QString &id);
int jobsRetry(Context &ctx, const QString &id, const Options &options);
int serversList(Context &ctx);
int serversStop(Context &ctx, const QStringList &ids, const Options &options);
int quota(Context &ctx);
int osVersions(Context &ctx, const Options &options);

// Sends each operation once; its job joins the shared job list with its recipe, so that the
// window (and `imsctl jobs retry`) can retry it. With `wait`, follows the jobs (progress on
// stderr) and prints the new image ids; without, prints the job ids. What ImageOperations
// refuses before sending exits `refusedCode`: Unavailable where only a missing cloud feature is
// refused (copy to another region), Failed where its rules are (imports).
// `printImageIds` false: with --wait, the caller prints what the jobs made.
int startJobs(Context &ctx, const QList<Launch> &launches, bool wait, int refusedCode = Unavailable,
              bool printImageIds = true);
// Writes what the tracker changed before imsctl exits (the job file is shared with imsdesk and
// other imsctl processes); a file that cannot be written is said.
void saveJobs(Context &ctx, ims::JobTracker &tracker);
// Follows `jobIds` until each ended, progress on stderr; prints each successful job's image id
// on stdout when `printImages`. Exit code: Ok, Failed (lost), JobFailed or Config.
int followJobs(Context &ctx, const QStringList &jobIds, bool printImageIds = true);
// Says that the job `jobId` (just started) may or may not have started, when its POST lost its
// answer, and answers true then.
bool saidOutcomeUnknown(Context &ctx, const QString &jobId);
// Exit Unavailable after saying that `what` needs the IMS extension API, when the cloud has
// none; else Ok.
int requireExtension(Context &ctx, const QString &what);
// profiles [--presets] | profiles add NAME … (secret on stdin) | profiles remove NAME |
// profiles default NAME
int profiles(Context &ctx, const QStringList &args, const Options &options);

} // namespace imsctl
