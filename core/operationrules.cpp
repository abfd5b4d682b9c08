#include "operationrules.h"
#include "types.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ims::rules {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ims::rules", text);
}

bool isIso(const Image &image) {
    return image.diskFormat.compare(QLatin1String("iso"), Qt::CaseInsensitive) == 0 ||
           image.virtualEnvType == QLatin1String("IsoImage");
}

bool isWholeImage(const Image &image) {
    return image.isWholeImage;
}

// Only a member has a member status. Not __imagetype: IMS reports "shared" for the images a
// project shares as well as for those shared with it (SPEC §5.1, "tell them apart by owner"),
// so an owner could neither delete nor change an image it shares.
bool isSharedWithUs(const Image &image) {
    return !image.memberStatus.isEmpty();
}

bool isPublic(const Image &image) {
    return image.visibility == QLatin1String("public") || image.imageType == QLatin1String("gold");
}

} // namespace

QString nameProblem(const QString &name) {
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > 128)
        return tr("The name has %1 characters; at most 128 are allowed.").arg(name.size());
    if (name.front().isSpace() || name.back().isSpace())
        return tr("The name cannot start or end with a space.");
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._ -]+$"));
    if (!allowed.match(name).hasMatch())
        return tr("Use only letters, digits, spaces, '-', '.' and '_' in the name.");
    return {};
}

QString descriptionProblem(const QString &description) {
    if (description.size() > 1024)
        return tr("The description has %1 characters; at most 1024 are allowed.")
            .arg(description.size());
    if (description.contains(QLatin1Char('\n')) || description.contains(QLatin1Char('\r')))
        return tr("The description must be a single line.");
    if (description.contains(QLatin1Char('<')) || description.contains(QLatin1Char('>')))
        return tr("The description cannot contain '<' or '>'.");
    return {};
}

QString tagProblem(const QString &tag) {
    const ImageTag parsed = ImageTag::parse(tag);
    const QString key = parsed.key.trimmed();
    const QString value = parsed.value.trimmed();
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_-]*$"));
    if (key.isEmpty())
        return tr("A tag needs a key, as in env=prod.");
    if (key.size() > 36)
        return tr("Tag key \"%1\" is longer than 36 characters.").arg(key);
    if (value.size() > 43)
        return tr("The value of tag \"%1\" is longer than 43 characters.").arg(key);
    if (!allowed.match(key).hasMatch() || !allowed.match(value).hasMatch())
        return tr("Tag \"%1\": use only letters, digits, '_' and '-'.").arg(tag);
    return {};
}

QString projectIdProblem(const QString &projectId) {
    static const QRegularExpression format(QStringLiteral("^[0-9a-f]{32}$"));
    if (format.match(projectId).hasMatch())
        return {};
    return tr("\"%1\" is not a project ID (32 lower-case hexadecimal characters).").arg(projectId);
}

QStringList replicationBlockers(const Image &image, CopyKind kind) {
    QStringList reasons;
    if (image.status != QLatin1String("active"))
        reasons << tr("Only active images can be replicated; this one is %1.").arg(image.status);
    if (isWholeImage(image))
        reasons << tr("Full-ECS images cannot be replicated.");
    if (isIso(image))
        reasons << tr("ISO images cannot be replicated.");
    if (isSharedWithUs(image) && image.memberStatus != QLatin1String("accepted"))
        reasons << tr("Accept the shared image before replicating it (IMG.0196).");
    if (isSharedWithUs(image) && image.isEncrypted())
        reasons << tr("Shared images encrypted with KMS cannot be replicated (IMG.0197).");
    if (kind == CopyKind::CrossRegion) {
        if (image.isEncrypted())
            reasons << tr("Encrypted images cannot be replicated to another region.");
        if (image.sizeBytes > kCrossRegionCopyLimit)
            reasons
                << tr("Images over 128 GB cannot be replicated to another region (this one is %1).")
                       .arg(formatSize(image.sizeBytes));
    }
    return reasons;
}

DeletionCheck deletionCheck(const Image &image, int memberCount, Api api) {
    DeletionCheck check;
    if (isPublic(image))
        check.blockers << tr("Public images cannot be deleted (IMG.0094).");
    else if (isSharedWithUs(image))
        check.blockers << tr("This image belongs to another project; reject the share instead.");
    if (api == Api::Ims &&
        (image.status == QLatin1String("queued") || image.status == QLatin1String("saving")))
        check.blockers << tr("Images being created cannot be deleted (IMG.0090).");
    if (image.isProtected && check.blockers.isEmpty() && api == Api::Ims)
        check.blockers << tr("Protected images cannot be deleted, and IMS does not let users "
                             "unprotect them (IMG.0028).");
    check.needsUnprotect = image.isProtected && check.blockers.isEmpty();
    check.offersBackupDeletion = api == Api::Ims && isWholeImage(image);
    if (memberCount > 0)
        check.warnings
            << (memberCount == 1
                    ? tr("Shared with 1 project, which loses access.")
                    : tr("Shared with %1 projects, which lose access.").arg(memberCount));
    return check;
}

EditRules editRules(const Image &image, Api api) {
    EditRules rules;
    if (isPublic(image) || isSharedWithUs(image)) {
        rules.all = tr("Only the owner of an image can change it.");
        return rules;
    }
    if (api == Api::Glance) {
        rules.maxRam = tr("OpenStack images have no maximum RAM.");
        return rules;
    }
    if (image.virtualEnvType == QLatin1String("DataImage")) {
        rules.all = tr("IMS does not let data disk images be changed (IMG.0168).");
        return rules;
    }
    if (image.status != QLatin1String("active")) {
        rules.all = tr("IMS changes only active images; this one is %1.").arg(image.status);
        return rules;
    }
    rules.minDisk = tr("IMS does not let users change the minimum disk of an image.");
    rules.isProtected = tr("IMS does not let users change the protection of an image.");
    return rules;
}

QStringList sharingBlockers(const Image &image) {
    QStringList reasons;
    if (isPublic(image))
        reasons << tr("Public images cannot be shared (IMG.0089).");
    if (isSharedWithUs(image))
        reasons << tr("Only the owner of an image can share it.");
    if (image.status != QLatin1String("active"))
        reasons << tr("Only active images can be shared; this one is %1.").arg(image.status);
    return reasons;
}

QString bucketUrlProblem(const QString &bucketUrl) {
    // OBS bucket names: 3-63 lower-case letters, digits, '-' and '.'; then a non-empty object name.
    static const QRegularExpression format(
        QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]:[^\\s].*$"));
    if (format.match(bucketUrl).hasMatch())
        return {};
    return tr("Enter the OBS file as bucket:file, for example my-bucket:images/web.qcow2.");
}

QStringList exportBlockers(const Image &image, bool quickExport) {
    QStringList reasons;
    if (image.status != QLatin1String("active"))
        reasons << tr("Only active images can be exported; this one is %1.").arg(image.status);
    if (isWholeImage(image))
        reasons << tr("Full-ECS images cannot be exported.");
    if (isIso(image))
        reasons << tr("ISO images cannot be exported.");
    if (isPublic(image) || isSharedWithUs(image))
        reasons << tr("Only your own private images can be exported.");
    if (image.sizeBytes >= 1024LL * 1024 * 1024 * 1024)
        reasons << tr("Images of 1 TB or more cannot be exported.");
    else if (!quickExport && image.sizeBytes > kCrossRegionCopyLimit)
        reasons << tr("Images over 128 GB can only be exported with quick export (IMG.0160).");
    return reasons;
}

} // namespace ims::rules
