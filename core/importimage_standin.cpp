// STAND-IN, to be deleted when the import slice's ImageOperations::importImage lands (with its
// line in core/CMakeLists.txt): it dispatches local files to the upload and checks nothing.
#include "imageoperations.h"

namespace ims {

void ImageOperations::importImage(const ImportOrder &order, Callback<StartedJob> done) {
    if (order.source != ImportOrder::Source::LocalFile) {
        report<StartedJob>(done, ApiError::refused(tr("Only local files can be imported in this "
                                                      "build.")));
        return;
    }
    startUpload(order, std::move(done));
}

} // namespace ims
