#include "imagefilterproxymodel.h"

#include "imagetablemodel.h"

#include <algorithm>
#include <numeric>

namespace ims {

namespace {

template <typename T> int compare(const T &a, const T &b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b) {
    return QString::compare(a, b, Qt::CaseInsensitive);
}

int compareColumn(const Image &a, const Image &b, int column) {
    switch (column) {
    case ImageTableModel::Name: // compared on the proxy's folded names, see lessThan()
        return 0;
    case ImageTableModel::Status:
        return compareText(a.status, b.status);
    case ImageTableModel::Os:
        return compareText(a.platform.isEmpty() ? a.osType : a.platform,
                           b.platform.isEmpty() ? b.osType : b.platform);
    case ImageTableModel::OsVersion:
        return compareText(a.osVersion, b.osVersion);
    case ImageTableModel::ImageType:
        return compareText(a.imageType, b.imageType);
    case ImageTableModel::DiskFormat:
        return compareText(a.diskFormat, b.diskFormat);
    case ImageTableModel::Size:
        return compare(a.sizeBytes, b.sizeBytes);
    case ImageTableModel::MinDisk:
        return compare(a.minDiskGb, b.minDiskGb);
    case ImageTableModel::MinRam:
        return compare(a.minRamMb, b.minRamMb);
    case ImageTableModel::Visibility:
        return compareText(a.visibility, b.visibility);
    case ImageTableModel::Protected:
        return compare(a.isProtected, b.isProtected);
    case ImageTableModel::Encrypted:
        return compare(a.isEncrypted(), b.isEncrypted());
    case ImageTableModel::Created:
        return compare(a.createdAt, b.createdAt);
    case ImageTableModel::Updated:
        return compare(a.updatedAt, b.updatedAt);
    case ImageTableModel::Id:
        return compare(a.id, b.id);
    case ImageTableModel::Tags:
        return compareText(a.tags.join(QLatin1Char(',')), b.tags.join(QLatin1Char(',')));
    }
    return 0;
}

} // namespace

ImageFilterProxyModel::ImageFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent) {}

void ImageFilterProxyModel::setSourceModel(QAbstractItemModel *source) {
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<ImageTableModel *>(source);
    Q_ASSERT_X(m_source || !source, "ImageFilterProxyModel",
               "the source must be an ImageTableModel");
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                &ImageFilterProxyModel::onRowsInserted);
        connect(m_source, &ImageTableModel::imagesUpdated, this,
                &ImageFilterProxyModel::onImagesUpdated);
        // The view repaints changed rows; their order and filtering follow imagesUpdated.
        connect(m_source, &QAbstractItemModel::dataChanged, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
        // Removals and resets are rare (deletes, end of a refresh): start over from the source.
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, [this] {
            reloadRows();
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            reloadRows();
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::layoutChanged, this,
                [this] { changeLayout([this] { reloadRows(); }); });
    }
    reloadRows();
    endResetModel();
}

void ImageFilterProxyModel::setSearchText(const QString &text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    ImageQuery query = ImageQuery::parse(text);
    const bool narrower = query.narrows(m_query);
    m_query = std::move(query);
    changeLayout([this, narrower] {
        if (narrower)
            refilterVisible();
        else
            refilter();
    });
}

void ImageFilterProxyModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    changeLayout([this] { rebuildOrder(); });
}

const Image &ImageFilterProxyModel::imageAt(int proxyRow) const {
    return m_source->at(m_visible.at(proxyRow));
}

bool ImageFilterProxyModel::lessThan(int left, int right) const {
    const Image &a = m_source->at(left);
    const Image &b = m_source->at(right);
    int order = m_sortColumn < 0 ? 0 : compareColumn(a, b, m_sortColumn);
    if (order == 0) // ties fall back to name then id, so the order is stable across refreshes
        order = QStringView(m_searchTexts.at(left))
                    .first(m_nameLengths.at(left))
                    .compare(QStringView(m_searchTexts.at(right)).first(m_nameLengths.at(right)));
    if (order == 0)
        order = compare(a.id, b.id);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void ImageFilterProxyModel::foldRows(int firstSourceRow) {
    const int count = m_source ? m_source->rowCount() : 0;
    m_searchTexts.resize(count);
    m_nameLengths.resize(count);
    for (int row = firstSourceRow; row < count; ++row)
        foldRow(row);
}

void ImageFilterProxyModel::foldRow(int sourceRow) {
    const Image &image = m_source->at(sourceRow);
    m_searchTexts[sourceRow] = ImageQuery::searchText(image);
    m_nameLengths[sourceRow] = int(ImageQuery::foldedName(m_searchTexts.at(sourceRow)).size());
}

bool ImageFilterProxyModel::accepts(int sourceRow) const {
    return m_query.isEmpty() ||
           m_query.matches(m_source->at(sourceRow), m_searchTexts.at(sourceRow));
}

template <typename Change> void ImageFilterProxyModel::changeLayout(Change &&change) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sourceBefore;
    sourceBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceBefore << mapToSource(index);

    change();

    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : sourceBefore)
        after << mapFromSource(source);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ImageFilterProxyModel::reloadRows() {
    foldRows(0);
    rebuildOrder();
}

void ImageFilterProxyModel::rebuildOrder() {
    const int count = m_source ? m_source->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int l, int r) { return lessThan(l, r); });
    refilter();
}

void ImageFilterProxyModel::refilter() {
    m_visible.clear();
    m_visible.reserve(m_order.size());
    m_proxyRowOf.fill(-1, m_order.size());
    for (int sourceRow : std::as_const(m_order)) {
        if (accepts(sourceRow)) {
            m_proxyRowOf[sourceRow] = int(m_visible.size());
            m_visible << sourceRow;
        }
    }
}

void ImageFilterProxyModel::refilterVisible() {
    QList<int> kept;
    kept.reserve(m_visible.size());
    for (int sourceRow : std::as_const(m_visible)) {
        if (accepts(sourceRow))
            kept << sourceRow;
        else
            m_proxyRowOf[sourceRow] = -1;
    }
    m_visible = std::move(kept);
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRowOf[m_visible.at(row)] = row;
}

void ImageFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    changeLayout([&] {
        if (first != m_order.size()) { // not an append: start over
            reloadRows();
            return;
        }
        foldRows(first);
        QList<int> added(last - first + 1);
        std::iota(added.begin(), added.end(), first);
        if (m_sortColumn < 0) {
            m_order += added;
        } else {
            // Sort the new page alone, then find each new row's place by binary search: k log n
            // comparisons instead of the n of a merge (comparisons are the expensive part;
            // moving n ints is not).
            const auto less = [this](int l, int r) { return lessThan(l, r); };
            std::sort(added.begin(), added.end(), less);
            QList<int> merged;
            merged.reserve(m_order.size() + added.size());
            auto from = m_order.cbegin();
            for (int row : std::as_const(added)) {
                const auto at = std::upper_bound(from, m_order.cend(), row, less);
                merged.append(from, at);
                merged.append(row);
                from = at;
            }
            merged.append(from, m_order.cend());
            m_order = std::move(merged);
        }
        refilter();
    });
}

void ImageFilterProxyModel::onImagesUpdated(const QList<int> &rows) {
    // A changed image may move in the order and may start or stop matching the query.
    changeLayout([&] {
        for (int row : rows)
            foldRow(row);
        if (m_sortColumn < 0) {
            refilter();
            return;
        }
        if (rows.size() > 64) { // a refresh of many rows: sorting again is cheaper
            rebuildOrder();
            return;
        }
        for (int row : rows) {
            m_order.removeOne(row);
            const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                             [this](int l, int r) { return lessThan(l, r); });
            m_order.insert(at, row);
        }
        refilter();
    });
}

QModelIndex ImageFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ImageFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ImageFilterProxyModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ImageFilterProxyModel::parent(const QModelIndex &) const {
    return {};
}

int ImageFilterProxyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImageFilterProxyModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

} // namespace ims
