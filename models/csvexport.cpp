#include "csvexport.h"

#include "imagetablemodel.h"

#include <QIODevice>

namespace ims {

QString writeImagesCsv(const QList<Image> &images, const QList<int> &columns, QIODevice &out) {
    const auto writeRow = [&](auto &&fieldOf) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields << csvField(fieldOf(column));
        return out.write((fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };
    bool ok = writeRow([](int column) { return ImageTableModel::columnTitle(column); });
    for (qsizetype i = 0; ok && i < images.size(); ++i)
        ok =
            writeRow([&](int column) { return ImageTableModel::exportText(images.at(i), column); });
    return ok ? QString() : out.errorString();
}

} // namespace ims
