// Uploads of local files (ImportOrder::Source::LocalFile). Placeholder until the upload slice
// of issue 12 lands: it refuses, so that nothing half-done is sent.
#include "imageoperations.h"

namespace ims {

void ImageOperations::startUpload(const ImportOrder &, Callback<StartedJob> done) {
    report(done, Result<StartedJob>(ApiError::refused(
                     QStringLiteral("Uploading a local file is not available in this build."))));
}

// Placeholder too (imsctlimport, so that imsctl links): no upload ever starts here.
void ImageOperations::cancelUpload(const QString &jobId, Callback<Done> done) {
    report(done,
           Result<Done>(ApiError::refused(QStringLiteral("No upload %1 is running.").arg(jobId))));
}

} // namespace ims
