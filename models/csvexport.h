#pragma once

#include "image.h"
#include "textsafety.h" // csvField: shared with imsctl

#include <QList>

class QIODevice;

namespace ims {

// Writes images as CSV (RFC 4180, UTF-8, CRLF): a header row of column titles, then one row
// per image with machine-readable values (ImageTableModel::exportText), each through csvField
// (quoted, formulas defused). A pure function of its inputs, so it can run off the GUI thread
// on a snapshot of the view.
// Returns an empty string on success, else why writing failed.
QString writeImagesCsv(const QList<Image> &images, const QList<int> &columns, QIODevice &out);

} // namespace ims
