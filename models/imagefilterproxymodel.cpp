#include "imagefilterproxymodel.h"

#include "imagetablemodel.h"

namespace ims {

ImageFilterProxyModel::ImageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ImageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ImageFilterProxyModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidate();
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_searchText.isEmpty())
        return true;
    const auto *model = sourceModel();
    for (int column : {ImageTableModel::Name, ImageTableModel::Id, ImageTableModel::Tags,
                       ImageTableModel::Os, ImageTableModel::OsVersion}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ims
