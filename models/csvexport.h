#pragma once

#include "image.h"

#include <QList>

class QIODevice;

namespace ims {

// Writes images as CSV (RFC 4180, UTF-8, CRLF): a header row of column titles, then one row
// per image with machine-readable values (ImageTableModel::exportText). A pure function of
// its inputs, so it can run off the GUI thread on a snapshot of the view.
// Returns an empty string on success, else why writing failed.
QString writeImagesCsv(const QList<Image> &images, const QList<int> &columns, QIODevice &out);

// One CSV field: quoted when it holds a comma, quote or line break; a leading = + @ (which
// spreadsheets would run as a formula, and which image names cannot start with) is defused.
QString csvField(const QString &value);

} // namespace ims
