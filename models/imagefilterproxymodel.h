#pragma once

#include <QSortFilterProxyModel>

namespace ims {

// Sorts on real values (ImageTableModel::SortRole) and filters on free text over name, ID, tags
// and OS. filterAcceptsRow + invalidate() rather than setFilterFixedString: at 100k rows with a
// view attached the latter removes rows range by range and costs over a second per keystroke.
class ImageFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ImageFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
};

} // namespace ims
