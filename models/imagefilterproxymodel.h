#pragma once

#include "imagequery.h"
#include "rowruns.h"

#include <QAbstractProxyModel>
#include <QList>

namespace ims {

class ImageTableModel;
struct Image;

// The image table as the user sees it: sorted on real values and filtered by an ImageQuery.
//
// Why not QSortFilterProxyModel: at 100 000 rows its every filter change re-sorts through
// QVariant comparisons (~0.5 s), and its row-removal path costs over a second with a view
// attached (shared/toolchain.md §6). This proxy keeps one sorted permutation of the source
// rows, compares the typed Image fields directly, and filters that permutation in one pass, so
// a keystroke costs a linear scan and a sort happens only when the sort order changes.
// Pages appended to the source are merged into the order, never re-sorted whole. Removed source
// rows leave as rowsRemoved of their proxy rows (a refresh that drops 1 000 scattered rows costs
// a few linear passes, not 1 000), updated ones as dataChanged of their own rows: the selection,
// the current row and the scroll position stay on the images that stay. Only a source reset
// resets.
class ImageFilterProxyModel final : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit ImageFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // The regions the All regions view's chips show (empty: every region), as a `region:` term
    // added to what the user typed.
    void setRegionFilter(const QStringList &regions);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const Image &imageAt(int proxyRow) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    bool lessThan(int leftSourceRow, int rightSourceRow) const;
    // Grouped copies (the Source column): a row's group is led by the furthest row up its line
    // of sources that the model holds (a copy of a public image leads its own copies); groups
    // sort by their leader's name, the leader first in its group. The leaders are found once
    // per change (m_groupLeaders), not in every comparison: hash lookups made grouping 100 000
    // rows take seconds.
    bool grouped() const;
    int findGroupLeader(int sourceRow) const;
    // Finds every row's leader again; true when a row that had one has another now.
    bool findGroupLeaders();
    int compareGroups(int leftSourceRow, int rightSourceRow) const;
    bool leadsOthers(const QList<int> &sourceRows) const; // a group that is not only itself
    QStringView foldedName(int sourceRow) const;
    static constexpr int kLineageHops = 16; // a bound for lines of sources, and for cycles
    void foldRows(int firstSourceRow);      // the folded texts of source rows from this one on
    void foldRow(int sourceRow);
    bool accepts(int sourceRow) const;
    // Runs `change` between layoutAboutToBeChanged and layoutChanged, keeping persistent
    // indexes (the selection, the current row) on the same images.
    template <typename Change> void changeLayout(Change &&change);
    void rebuildOrder();
    // Adds `rows` to `order` at their sorted places (at the end when unsorted).
    void mergeInto(QList<int> &order, QList<int> rows) const;
    void reloadRows(); // the source's rows moved or changed: fold them again, then rebuildOrder()
    void refilter();
    void refilterVisible(); // for a narrower query: only what is shown can still match
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onImagesUpdated(const QList<int> &rows);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    // Removal in two steps: first the proxy rows of the source rows about to go (the source
    // still holds them), then, once the source has removed them, the source row numbers.
    void removeProxyRows(const RowRuns &sourceRuns);
    void renumberSourceRows();
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    // The source row shown at `proxyRow`, in the source's numbering of the moment.
    int sourceRowAt(int proxyRow) const;
    int currentSourceRow(int row) const; // m_order's numbering → the source's
    int storedSourceRow(int row) const;  // the source's numbering → m_order's

    ImageTableModel *m_source = nullptr;
    QList<int> m_order;      // every source row, in sort order
    QList<int> m_visible;    // the rows of m_order the query accepts
    QList<int> m_proxyRowOf; // source row → index in m_visible, or -1 when filtered out
    RowGap m_visibleGap;     // while proxy rows are removed: those removed so far
    // Source rows announced as removed, until the source has removed them all. Meanwhile the
    // lists above keep the numbering from before, and m_removedDone runs (the last ones) are gone.
    RowRuns m_removing;
    QList<int> m_removedBefore; // rows in m_removing's runs before each run
    int m_removedDone = 0;
    bool m_announced = false; // by rowRunsAboutToBeRemoved, not just rowsAboutToBeRemoved
    QList<int> m_updatedRows; // from imagesUpdated until the dataChanged that follows
    // Source row → ImageQuery::searchText(): what a keystroke scans. Its first m_nameLengths
    // characters are the folded name, compared in every sort (alone or to break ties):
    // comparing folded text is ~10x cheaper than a case-insensitive comparison.
    QList<QString> m_searchTexts;
    QList<int> m_nameLengths;
    QList<int> m_groupLeaders; // source row → the row leading its group, while grouped()
    ImageQuery m_query;
    QString m_searchText;
    QStringList m_regions; // the chips'
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ims
