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

// The kind of API the image's cloud speaks: what users may change differs (SPEC §5.2, §6.5).
enum class Api { Ims, Glance };

struct DeletionCheck {
    QStringList blockers;              // cannot be deleted at all (public, being created)
    bool needsUnprotect = false;       // protected: only through "unprotect and delete" (Glance)
    bool offersBackupDeletion = false; // a full-ECS image: its backup may go too (SPEC §6.6)
    QStringList warnings;              // deletable, but worth knowing (shared with projects)
};
DeletionCheck deletionCheck(const Image &image, int memberCount, Api api = Api::Glance);

// What a user may change of an image on this kind of cloud: for each field, empty when it can
// be changed, else the reason it cannot (shown beside the disabled field). On IMS the
// extension API changes name, description, min/max RAM (SPEC §5.2) and the tag API tags
// (§5.16); min disk and protection are not the user's to change there.
struct EditRules {
    QString all; // nothing can be changed (a data disk image on IMS, an image of another project)
    QString minDisk;
    QString minRam;
    QString maxRam;
    QString isProtected;
    QString tags;
};
EditRules editRules(const Image &image, Api api);

QStringList sharingBlockers(const Image &image);

// Export and import (SPEC §5.3 c, §5.8): `bucketUrl` is "bucket:object".
QString bucketUrlProblem(const QString &bucketUrl);
QStringList exportBlockers(const Image &image, bool quickExport);

// The largest image (bytes) IMS copies across regions.
inline constexpr qint64 kCrossRegionCopyLimit = 128LL * 1024 * 1024 * 1024;

} // namespace rules
} // namespace ims
