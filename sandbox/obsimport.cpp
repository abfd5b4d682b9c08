#include "obsimport.h"

namespace sandbox {

namespace {

constexpr qint64 kGiB = 1LL << 30;
constexpr qint64 kMaxNormalBytes = 128 * kGiB; // "The image file size cannot exceed 128 GB"
constexpr qint64 kMaxQuickBytes = 1024 * kGiB; // quick import: up to 1 TB (§5.4)

const char kFileProblem[] = "The image file is empty, not found, or in incorrect format, or you do "
                            "not have enough permission to access the file.";

// The formats §4.3 lists for import files (ISO only for ISO images).
bool diskFormatTaken(const QString &format) {
    static const QStringList formats = {QStringLiteral("zvhd"),  QStringLiteral("qcow2"),
                                        QStringLiteral("vhd"),   QStringLiteral("raw"),
                                        QStringLiteral("vhdx"),  QStringLiteral("qed"),
                                        QStringLiteral("vdi"),   QStringLiteral("qcow"),
                                        QStringLiteral("zvhd2"), QStringLiteral("vmdk")};
    return formats.contains(format);
}

// Why the object's format does not suit the path, or nullptr.
const char *formatRefusal(const ObsObject &object, ImportPath path) {
    switch (path) {
    case ImportPath::Iso:
        return object.format == QLatin1String("iso") ? nullptr : kFileProblem;
    case ImportPath::Quick:
        return object.format == QLatin1String("raw") || object.format == QLatin1String("zvhd2")
                   ? nullptr
                   : kFileProblem;
    case ImportPath::Normal:
        return diskFormatTaken(object.format) ? nullptr : kFileProblem;
    }
    return nullptr;
}

} // namespace

ImportOutcome requestedFailure(const QString &url) {
    if (!url.contains(QLatin1String("fail")))
        return {};
    return {nullptr, QStringLiteral("IMG.0057"), QString::fromLatin1(kFileProblem)};
}

bool checkImportFile(Api &api, Call &call, const ImportFile &file, ImportOutcome *outcome) {
    *outcome = requestedFailure(file.url);
    if (!outcome->failCode.isEmpty())
        return true;
    const QString bucket = file.url.section(QLatin1Char(':'), 0, 0);
    const QString region = api.store.bucketRegion(bucket);
    if (region.isEmpty()) {
        call.imsError(400, QStringLiteral("IMG.0069"),
                      QStringLiteral("The specified bucket cannot be accessed."));
        return false;
    }
    if (region != call.region) {
        call.imsError(400, QStringLiteral("IMG.0058"),
                      QStringLiteral("The region of the bucket where the image file is stored is "
                                     "inconsistent with that of the user."));
        return false;
    }
    const ObsObject *object = api.store.obsObject(file.url);
    if (!object || object->size == 0) {
        call.imsError(400, QStringLiteral("IMG.0057"), QString::fromLatin1(kFileProblem));
        return false;
    }
    if (const char *refusal = formatRefusal(*object, file.path)) {
        call.imsError(400, QStringLiteral("IMG.0057"), QString::fromLatin1(refusal));
        return false;
    }
    if (object->size > (file.path == ImportPath::Quick ? kMaxQuickBytes : kMaxNormalBytes)) {
        call.imsError(400, QStringLiteral("IMG.0059"),
                      QStringLiteral("The size of the image file exceeds the maximum allowed."));
        return false;
    }
    outcome->object = object;
    const qint64 diskGb = (object->virtualSize + kGiB - 1) / kGiB;
    if (file.minDiskGb > 0 && diskGb > file.minDiskGb) {
        outcome->failCode = QStringLiteral("IMG.0055");
        outcome->failReason =
            QStringLiteral("The memory or disk size is invalid: min_disk %1 GB is smaller than "
                           "the %2 GB disk inside %3.")
                .arg(file.minDiskGb)
                .arg(diskGb)
                .arg(file.url);
    }
    return true;
}

void applyOutcome(Job &job, const ImportOutcome &outcome) {
    if (job.fails || outcome.failCode.isEmpty())
        return;
    job.fails = true;
    job.errorCode = outcome.failCode;
    job.failReason = outcome.failReason;
}

void describeFile(Image &image, const ImportOutcome &outcome) {
    if (outcome.object)
        image.props[QStringLiteral("__image_size")] = QString::number(outcome.object->size);
}

} // namespace sandbox
