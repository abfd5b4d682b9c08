#pragma once

#include "diskimage.h"
#include "operationrules.h"
#include "orders.h"
#include "types.h"

#include <QStringList>

#include <optional>

namespace ims::rules {

// What IMS refuses of an import, checked before anything is sent (SPEC §5.3-§5.7, §6.4, §6.7):
// the wizard's last page and imsctl show the problems and send nothing while there is one.

// A direct upload (PUT /v2/images/{id}/file) takes files below 128 GB; larger ones go via OBS.
inline constexpr qint64 kMaxDirectUploadBytes = 128LL * 1024 * 1024 * 1024;

// What the check knows beyond the order; whatever is not known is not checked.
struct ImportContext final {
    Api api = Api::Ims;
    std::optional<diskimage::Info> file;        // LocalFile: diskimage::inspect()
    std::optional<QList<QuotaResource>> quota;  // GET /v1/cloudimages/quota
    std::optional<QList<OsVersion>> osVersions; // GET /v1/cloudimages/os_version
};

struct ImportCheck final {
    QStringList problems; // sentences for a person; nothing may be sent while there is one
    QStringList notes;    // allowed, but worth knowing (what an ISO image can and cannot do,
                          // the min disk taken from the file, …)
    bool ok() const { return problems.isEmpty(); }
};
ImportCheck checkImport(const ImportOrder &order, const ImportContext &context);

// The GB the disk inside needs (virtual size rounded up), at least 1; 0 when not known.
int minDiskFor(const diskimage::Info &file);

} // namespace ims::rules
