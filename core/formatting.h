#pragma once

#include <QLocale>
#include <QString>

namespace ims {

// "1.5 GiB": a size for people (binary units, as disk tools show them), in the user's locale.
inline QString formatSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ims
