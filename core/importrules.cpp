#include "importrules.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace ims::rules {

namespace {

using diskimage::Format;
using Source = ImportOrder::Source;

QString tr(const char *text) {
    return QCoreApplication::translate("ims::rules", text);
}

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
// min_disk ranges (SPEC §4.1, §5.3 c, §5.4, §6.4: 1-1024 GB; §5.5 data disk images: 40-2048 GB).
constexpr int kMinDiskLow = 1, kMinDiskHigh = 1024;
constexpr int kDataDiskLow = 40, kDataDiskHigh = 2048;

// What an ISO image is for and what IMS refuses of it (SPEC §4.1 IsoImage, §5.3 c, §5.8,
// §5.11, §5.12, IMG.0167).
QString isoNote() {
    return tr("An ISO image is for installing an operating system on a temporary server, from "
              "which you then make a system disk image; it cannot be exported or replicated, "
              "and IMS refuses most other operations on it (IMG.0167).");
}

QString fileName(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

// The object part of "bucket:object".
QString objectName(const QString &obsUrl) {
    return fileName(obsUrl.section(QLatin1Char(':'), 1));
}

// As people write them: qcow2 and raw in lower case, the others as acronyms.
QString formatLabel(Format format) {
    if (format == Format::Qcow2 || format == Format::Raw)
        return diskimage::formatName(format);
    return diskimage::formatName(format).toUpper();
}

void add(QStringList &list, const QString &sentence) {
    if (!sentence.isEmpty())
        list << sentence;
}

// Name, description and tags, as the image (or each data disk image) gets them.
void checkDescription(const ImportOrder &order, ImportCheck &check) {
    if (order.source != Source::ServerDataDisks) // §5.3 b: each data disk names its own image
        add(check.problems, nameProblem(order.name));
    add(check.problems, descriptionProblem(order.description));
    for (const QString &tag : order.tags)
        add(check.problems, tagProblem(tag));
}

void checkRam(const ImportOrder &order, ImportCheck &check) {
    if (order.minRamMb < 0)
        check.problems << tr("Min RAM cannot be negative (%1 MB).").arg(order.minRamMb);
    if (order.maxRamMb < 0)
        check.problems << tr("Max RAM cannot be negative (%1 MB).").arg(order.maxRamMb);
    if (order.minRamMb > 0 && order.maxRamMb > 0 && order.minRamMb > order.maxRamMb)
        check.problems << tr("Min RAM %1 MB is more than max RAM %2 MB.")
                              .arg(order.minRamMb)
                              .arg(order.maxRamMb);
}

// How many private images the order makes: one, one per data disk, none for a register
// (it fills an image that already counts).
int imagesMade(const ImportOrder &order) {
    switch (order.source) {
    case Source::ServerDataDisks:
        return int(order.dataDisks.size());
    case Source::QueuedImage:
        return 0;
    default:
        return 1;
    }
}

// IMG.0015: the private image quota (SPEC §5.13, type "image").
void checkQuota(const ImportOrder &order, const ImportContext &context, ImportCheck &check) {
    const int wanted = imagesMade(order);
    if (!context.quota || wanted == 0)
        return;
    for (const QuotaResource &resource : *context.quota) {
        if (resource.type != QLatin1String("image") || resource.quota <= 0)
            continue;
        const qint64 left = qMax<qint64>(0, resource.quota - resource.used);
        if (left == 0)
            check.problems << tr("The image quota is full: %1 of %2 private images are in use. "
                                 "Delete images or ask for a larger quota (IMG.0015).")
                                  .arg(resource.used)
                                  .arg(resource.quota);
        else if (wanted > left)
            check.problems << tr("This makes %1 images, but only %2 of the quota of %3 private "
                                 "images are left (IMG.0015).")
                                  .arg(wanted)
                                  .arg(left)
                                  .arg(resource.quota);
    }
}

// `required` says why the source needs an OS version; empty when it may be left out.
void checkOsVersion(const ImportOrder &order, const ImportContext &context, const QString &required,
                    ImportCheck &check) {
    if (order.osVersion.isEmpty()) {
        add(check.problems, required);
        return;
    }
    if (!context.osVersions)
        return;
    for (const OsVersion &known : *context.osVersions) {
        if (known.osVersion == order.osVersion || known.osVersionKey == order.osVersion)
            return;
    }
    check.problems << tr("The cloud does not list the OS version \"%1\"; pick one from its list "
                         "(IMG.0056).")
                          .arg(order.osVersion);
}

void checkMinDiskRange(int gb, int low, int high, const QString &kind, ImportCheck &check) {
    if (gb < low || gb > high)
        check.problems << tr("Min disk %1 GB is outside the %2-%3 GB IMS allows for %4.")
                              .arg(gb)
                              .arg(low)
                              .arg(high)
                              .arg(kind);
}

// Direct upload through POST /v2/images and PUT /v2/images/{id}/file (SPEC §6.4, §6.7).
void checkLocalFile(const ImportOrder &order, const ImportContext &context, ImportCheck &check) {
    const bool ims = context.api == Api::Ims;
    const QString name = fileName(order.filePath);
    if (order.filePath.isEmpty()) {
        check.problems << tr("Choose the file to upload.");
        return;
    }
    if (order.dataDisk)
        check.problems
            << (ims ? tr("IMS makes data disk images only from a file in OBS: upload %1 to a "
                         "bucket and import it from there as a data disk, or upload it here "
                         "as a system disk image.")
                          .arg(name)
                    : tr("Plain OpenStack has no data disk images; upload %1 as an image.")
                          .arg(name));
    if (ims)
        checkOsVersion(order, context, {}, check);
    if (!context.file)
        return;
    const diskimage::Info &file = *context.file;
    if (!file.isReadable()) {
        check.problems << file.error;
        return;
    }
    // The 128 GB limit is IMS's (§6.7); OBS, where larger files go, is IMS's too.
    if (ims && file.fileSize >= kMaxDirectUploadBytes)
        check.problems << tr("%1 is %2; IMS takes direct uploads below 128 GB. Upload it to an "
                             "OBS bucket and import it from there.")
                              .arg(name, formatSize(file.fileSize));

    // Which detected formats the upload can label: Glance takes them all (its disk_format
    // enum, §6.10); IMS's POST /v2/images enum (§6.4) has only qcow2, vhd and raw of them (plus
    // zvhd/zvhd2, which no header here reveals), and IMS makes ISO images from OBS files
    // (§5.3 c, type IsoImage), so VMDK, VHDX and ISO files go through OBS on IMS.
    const Format format = file.format;
    if (ims && (format == Format::Vmdk || format == Format::Vhdx))
        check.problems << tr("IMS's direct upload takes qcow2, VHD and raw files; %1 is %2. Upload "
                             "it to an OBS bucket and import it from there (IMS imports %2 "
                             "files from OBS).")
                              .arg(name, formatLabel(format));
    else if (ims && format == Format::Iso)
        check.problems << tr("IMS makes ISO images only from a file in OBS: upload %1 to a bucket "
                             "and import it from there as an ISO file.")
                              .arg(name);
    else if (format == Format::Unknown)
        check.problems << tr("The format of %1 is not known; the cloud takes qcow2, VMDK, VHD, "
                             "VHDX, raw and ISO files.")
                              .arg(name);
    if (!order.diskFormat.isEmpty() && diskimage::formatFromName(order.diskFormat) != format)
        check.problems << tr("%1 is in %2 format, not %3 as chosen; choose %4.")
                              .arg(name, formatLabel(format), order.diskFormat,
                                   diskimage::formatName(format));
    if (order.iso && format != Format::Iso)
        check.problems << tr("%1 is not an ISO file (it is %2).").arg(name, formatLabel(format));
    if (file.extensionMismatch())
        check.notes << tr("%1 is named as %2 but its contents are %3; it is uploaded as %3.")
                           .arg(name, formatLabel(file.byExtension), formatLabel(format));
    if (format == Format::Iso)
        check.notes << isoNote();

    const int needed = minDiskFor(file);
    if (order.minDiskGb == 0) {
        if (needed > 0)
            check.notes << tr("Min disk will be %1 GB, the size of the disk inside %2.")
                               .arg(needed)
                               .arg(name);
        if (ims && needed > kMinDiskHigh)
            check.problems << tr("The disk inside %1 is %2 GB; IMS images take at most %3 GB.")
                                  .arg(name)
                                  .arg(needed)
                                  .arg(kMinDiskHigh);
        return;
    }
    if (needed > 0 && order.minDiskGb < needed)
        check.problems << tr("Min disk %1 GB is less than the %2 GB disk inside %3.")
                              .arg(order.minDiskGb)
                              .arg(needed)
                              .arg(name);
    if (ims)
        checkMinDiskRange(order.minDiskGb, kMinDiskLow, kMinDiskHigh, tr("a system disk image"),
                          check);
    else if (order.minDiskGb < 0)
        check.problems << tr("Min disk cannot be negative (%1 GB).").arg(order.minDiskGb);
}

// POST /v2/cloudimages/action (§5.3 c), quickimport (§5.4) or dataimages (§5.5).
void checkObsFile(const ImportOrder &order, const ImportContext &context, ImportCheck &check) {
    if (const QString problem = bucketUrlProblem(order.obsUrl); !problem.isEmpty()) {
        check.problems << problem;
    } else {
        const QString object = objectName(order.obsUrl);
        const QString suffix = QFileInfo(object).suffix().toLower();
        if (order.quickImport && suffix != QLatin1String("zvhd2") &&
            diskimage::formatFromExtension(object) != Format::Raw)
            check.problems << tr("Quick import takes only RAW and ZVHD2 files; %1 is neither. "
                                 "Import it without quick import.")
                                  .arg(object);
        if (!order.iso && diskimage::formatFromExtension(object) == Format::Iso)
            check.notes << tr("%1 looks like an ISO file; mark it as ISO to make an ISO image.")
                               .arg(object);
    }
    if (order.iso && order.dataDisk)
        check.problems << tr("An ISO file cannot become a data disk image.");
    if (order.iso && order.quickImport)
        check.problems << tr("Quick import does not take ISO files.");

    const bool dataImages = order.dataDisk && !order.quickImport; // §5.5's own range
    if (order.minDiskGb == 0)
        check.problems << tr("Enter the min disk: IMS cannot read the size of the disk inside a "
                             "file in OBS before importing it.");
    else if (dataImages)
        checkMinDiskRange(order.minDiskGb, kDataDiskLow, kDataDiskHigh, tr("a data disk image"),
                          check);
    else
        checkMinDiskRange(order.minDiskGb, kMinDiskLow, kMinDiskHigh,
                          order.dataDisk ? tr("a data disk image") : tr("a system disk image"),
                          check);

    QString osRequired;
    if (order.iso)
        osRequired = tr("An ISO file needs its OS version (IMG.0166).");
    else if (order.quickImport && !order.dataDisk)
        osRequired = tr("Quick import of a system disk needs its OS version.");
    checkOsVersion(order, context, osRequired, check);
    if (order.iso)
        check.notes << isoNote();
}

void checkSource(const ImportOrder &order, const ImportContext &context, ImportCheck &check) {
    switch (order.source) {
    case Source::LocalFile:
        return checkLocalFile(order, context, check);
    case Source::ObsFile:
        return checkObsFile(order, context, check);
    case Source::ServerSystemDisk:
    case Source::ServerWhole:
        if (order.serverId.isEmpty())
            check.problems << tr("Choose the server to make the image from.");
        break;
    case Source::ServerDataDisks:
        if (order.dataDisks.isEmpty())
            check.problems << tr("Choose at least one data disk.");
        for (const ImportOrder::DataDisk &disk : order.dataDisks) {
            if (disk.volumeId.isEmpty())
                check.problems
                    << tr("The data disk image \"%1\" has no disk chosen.").arg(disk.name);
            else if (const QString problem = nameProblem(disk.name); !problem.isEmpty())
                check.problems << tr("Data disk %1: %2").arg(disk.volumeId, problem);
        }
        break;
    case Source::Backup:
        if (order.backupId.isEmpty())
            check.problems << tr("Enter the ID of the CBR backup to make the image from.");
        break;
    case Source::QueuedImage:
        if (order.imageId.isEmpty())
            check.problems << tr("Choose the queued image to fill.");
        add(check.problems, bucketUrlProblem(order.obsUrl));
        break;
    }
    if (order.source == Source::ServerWhole || order.source == Source::Backup)
        check.notes << tr("A full-ECS image cannot be exported or replicated, and only one made "
                          "from a CBR backup can be shared.");
}

} // namespace

ImportCheck checkImport(const ImportOrder &order, const ImportContext &context) {
    ImportCheck check;
    // Plain OpenStack has only the native upload; every other source is an IMS extension API.
    if (context.api == Api::Glance && order.source != Source::LocalFile) {
        check.problems << tr("Plain OpenStack only takes files uploaded from this computer; "
                             "OBS files, servers, backups and registering need IMS.");
        return check;
    }
    if (order.source != Source::QueuedImage) { // a register keeps the queued image's metadata
        checkDescription(order, check);
        checkRam(order, check);
    }
    checkSource(order, context, check);
    checkQuota(order, context, check);
    return check;
}

int minDiskFor(const diskimage::Info &file) {
    if (file.virtualSize <= 0)
        return 0;
    const qint64 gb = file.virtualSize / kGiB + (file.virtualSize % kGiB != 0); // no overflow
    return int(std::clamp<qint64>(gb, 1, std::numeric_limits<int>::max()));
}

} // namespace ims::rules
