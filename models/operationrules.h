#pragma once

#include "image.h"

#include <QStringList>

namespace ims {

// What the cloud will refuse, checked before anything is sent, so that a dialog can say why
// at once (SPEC §4.1, §5.2, §5.3, §5.10-§5.12, §6.6). Each function returns the reasons in
// sentences for a person; an empty result means "allowed".
namespace rules {

// Image names: 1-128 characters, no space at either end; letters (CJK included), digits,
// '-', '.', '_' and spaces.
QString nameProblem(const QString &name);
// Descriptions: at most 1024 characters, no line breaks, no '<' or '>'.
QString descriptionProblem(const QString &description);
// Tags as "key=value": key 1-36, value 0-43 characters of letters, digits, '_' and '-'.
QString tagProblem(const QString &tag);
// Project IDs are 32 lower-case hexadecimal characters.
QString projectIdProblem(const QString &projectId);

enum class CopyKind { InRegion, CrossRegion };
// Why `image` cannot be replicated, within its region or to another.
QStringList replicationBlockers(const Image &image, CopyKind kind);

struct DeletionCheck {
    QStringList blockers; // cannot be deleted at all (public, being created)
    bool needsUnprotect = false;
    QStringList warnings; // deletable, but worth knowing (shared with projects)
};
DeletionCheck deletionCheck(const Image &image, int memberCount);

QStringList sharingBlockers(const Image &image);

// Export (SPEC §5.8): `bucketUrl` is "bucket:object".
QString bucketUrlProblem(const QString &bucketUrl);
QStringList exportBlockers(const Image &image, bool quickExport);

// The largest image (bytes) IMS copies across regions.
inline constexpr qint64 kCrossRegionCopyLimit = 128LL * 1024 * 1024 * 1024;

} // namespace rules
} // namespace ims
