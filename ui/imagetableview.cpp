#include "imagetableview.h"

#include "imagecelldelegate.h"
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"

#include <QHeaderView>
#include <QMenu>

namespace ims {

ImageTableView::ImageTableView(ImageFilterProxyModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_proxy(proxy) {
    setModel(proxy);
    setItemDelegate(new ImageCellDelegate(this)); // status badges, flags, tinted rows
    setSortingEnabled(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table (QTableView's wraps around its cells)
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    // Fixed row heights: with 100 000 rows the view must not measure each one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &ImageTableView::showHeaderMenu);
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, &ImageTableView::headerStateChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ImageTableView::headerStateChanged);

    sortByColumn(ImageTableModel::Name, Qt::AscendingOrder);
    applyDefaultColumns();
}

void ImageTableView::applyDefaultColumns() {
    setColumnWidth(ImageTableModel::Name, 260);
    setColumnWidth(ImageTableModel::Status, 150); // the badge of "pending_delete"
    setColumnWidth(ImageTableModel::OsVersion, 210);
    setColumnWidth(ImageTableModel::Created, 140);
    setColumnWidth(ImageTableModel::Updated, 140);
    setColumnWidth(ImageTableModel::Id, 280);
    // What an administrator needs at a glance; the rest is one right-click away.
    for (int column : {ImageTableModel::ImageType, ImageTableModel::MinRam,
                       ImageTableModel::Visibility, ImageTableModel::Updated})
        setColumnHidden(column, true);
}

QList<Image> ImageTableView::selectedImages() const {
    QList<Image> images;
    const QModelIndexList rows =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList{};
    images.reserve(rows.size());
    for (const QModelIndex &row : rows)
        images << m_proxy->imageAt(row.row());
    return images;
}

QByteArray ImageTableView::saveHeaderState() const {
    return horizontalHeader()->saveState();
}

bool ImageTableView::restoreHeaderState(const QByteArray &state) {
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    // A state saved by an older version may name fewer columns: keep the new ones visible.
    if (horizontalHeader()->count() != ImageTableModel::ColumnCount)
        applyDefaultColumns();
    return true;
}

QList<int> ImageTableView::visibleColumnsInOrder() const {
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void ImageTableView::showHeaderMenu(const QPoint &position) {
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooser"));
    fillColumnMenu(&menu);
    menu.exec(horizontalHeader()->mapToGlobal(position));
}

void ImageTableView::fillColumnMenu(QMenu *menu) {
    const QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: an empty table helps nobody.
        action->setEnabled(header->isSectionHidden(column) || visibleColumnsInOrder().size() > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            emit headerStateChanged();
        });
    }
}

} // namespace ims
