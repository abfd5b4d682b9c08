#include "imagefilterproxymodel.h"

#include "imagetablemodel.h"

#include <algorithm>
#include <numeric>
#include <utility>

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
    case ImageTableModel::Region:
        return compareText(a.region, b.region);
    case ImageTableModel::Profile:
        return compareText(a.profile, b.profile);
    case ImageTableModel::Source: // needs the other rows, see lessThan()
    case ImageTableModel::UsedBy: // the counts are the model's; rows keep their order
        return 0;
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
        connect(m_source, &QAbstractItemModel::dataChanged, this,
                &ImageFilterProxyModel::onDataChanged);
        connect(m_source, &ImageTableModel::rowRunsAboutToBeRemoved, this,
                [this](const RowRuns &runs) {
                    m_announced = true;
                    removeProxyRows(runs);
                });
        connect(m_source, &ImageTableModel::rowRunsRemoved, this, [this] {
            m_announced = false;
            renumberSourceRows();
        });
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ImageFilterProxyModel::onSourceRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                &ImageFilterProxyModel::onSourceRowsRemoved);
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

void ImageFilterProxyModel::setRegionFilter(const QStringList &regions) {
    if (regions == m_regions)
        return;
    m_regions = regions;
    const QString text = std::exchange(m_searchText, QStringLiteral("\x1f")); // filter again
    setSearchText(text);
}

void ImageFilterProxyModel::setSearchText(const QString &text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    ImageQuery query = ImageQuery::parse(
        m_regions.isEmpty()
            ? text
            : text + QStringLiteral(" region:\"%1\"").arg(m_regions.join(QLatin1Char(','))));
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
    return m_source->at(sourceRowAt(proxyRow));
}

int ImageFilterProxyModel::sourceRowAt(int proxyRow) const {
    return currentSourceRow(m_visible.at(m_visibleGap.physical(proxyRow)));
}

bool ImageFilterProxyModel::grouped() const {
    return m_sortColumn == ImageTableModel::Source;
}

int ImageFilterProxyModel::findGroupLeader(int sourceRow) const {
    int leader = sourceRow;
    for (int hop = 0; hop < kLineageHops; ++hop) {
        const QString &source = m_source->at(leader).sourceImageId;
        const int up = source.isEmpty() ? -1 : m_source->rowOf(source);
        if (up < 0 || up == sourceRow)
            break;
        leader = up;
    }
    return leader;
}

bool ImageFilterProxyModel::findGroupLeaders() {
    const qsizetype known = m_groupLeaders.size();
    const int count = m_source ? m_source->rowCount() : 0;
    m_groupLeaders.resize(count);
    bool moved = false;
    for (int row = 0; row < count; ++row) {
        const int leader = findGroupLeader(row);
        moved = moved || (row < known && m_groupLeaders.at(row) != leader);
        m_groupLeaders[row] = leader;
    }
    return moved;
}

int ImageFilterProxyModel::compareGroups(int left, int right) const {
    const int leaderA = m_groupLeaders.at(left);
    const int leaderB = m_groupLeaders.at(right);
    if (leaderA == leaderB) // the leader first, then its copies by name
        return compare(left != leaderA, right != leaderB);
    if (const int byName = foldedName(leaderA).compare(foldedName(leaderB)))
        return byName;
    return compare(m_source->at(leaderA).id, m_source->at(leaderB).id);
}

bool ImageFilterProxyModel::leadsOthers(const QList<int> &sourceRows) const {
    if (sourceRows.isEmpty())
        return false;
    QList<bool> asked(m_groupLeaders.size(), false);
    for (int row : sourceRows)
        asked[row] = true;
    for (int row = 0; row < m_groupLeaders.size(); ++row) {
        const int leader = m_groupLeaders.at(row);
        if (leader != row && asked.at(leader))
            return true;
    }
    return false;
}

QStringView ImageFilterProxyModel::foldedName(int sourceRow) const {
    return QStringView(m_searchTexts.at(sourceRow)).first(m_nameLengths.at(sourceRow));
}

bool ImageFilterProxyModel::lessThan(int left, int right) const {
    const Image &a = m_source->at(left);
    const Image &b = m_source->at(right);
    int order = m_sortColumn < 0 ? 0
                : grouped()      ? compareGroups(left, right)
                                 : compareColumn(a, b, m_sortColumn);
    if (order == 0) // ties fall back to name then id, so the order is stable across refreshes
        order = foldedName(left).compare(foldedName(right));
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
    m_groupLeaders.clear();
    if (grouped())
        findGroupLeaders();
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

void ImageFilterProxyModel::mergeInto(QList<int> &order, QList<int> rows) const {
    if (m_sortColumn < 0) {
        order += rows;
        return;
    }
    // Sort the new rows alone, then find each one's place by binary search: k log n comparisons
    // instead of the n of a merge (comparisons are the expensive part; moving n ints is not).
    const auto less = [this](int l, int r) { return lessThan(l, r); };
    std::sort(rows.begin(), rows.end(), less);
    QList<int> merged;
    merged.reserve(order.size() + rows.size());
    auto from = order.cbegin();
    for (int row : std::as_const(rows)) {
        const auto at = std::upper_bound(from, order.cend(), row, less);
        merged.append(from, at);
        merged.append(row);
        from = at;
    }
    merged.append(from, order.cend());
    order = std::move(merged);
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
        if (grouped() && findGroupLeaders()) {
            rebuildOrder(); // copies listed before their source move under it
            return;
        }
        QList<int> added(last - first + 1);
        std::iota(added.begin(), added.end(), first);
        mergeInto(m_order, std::move(added));
        refilter();
    });
}

void ImageFilterProxyModel::onImagesUpdated(const QList<int> &rows) {
    // A changed image may move in the order and may start or stop matching the query. The rest
    // keep their relative order: take the changed rows out and merge them back in, and change
    // the layout only if something moved (a refresh mostly brings back what is shown).
    QList<int> renamed; // grouped: a renamed leader moves its group
    for (int row : rows) {
        const QString was = grouped() ? foldedName(row).toString() : QString();
        foldRow(row);
        if (grouped() && foldedName(row) != was)
            renamed << row;
    }
    m_updatedRows = rows;
    if (grouped() && (findGroupLeaders() || leadsOthers(renamed))) {
        changeLayout([this] { rebuildOrder(); });
        return;
    }
    QList<int> order = m_order;
    if (m_sortColumn >= 0) {
        QList<bool> changed(m_proxyRowOf.size(), false);
        QList<int> unique; // an image twice in one batch is still one row
        unique.reserve(rows.size());
        for (int row : rows) {
            if (!std::exchange(changed[row], true))
                unique << row;
        }
        order.removeIf([&changed](int row) { return changed.at(row); });
        mergeInto(order, std::move(unique));
    }
    QList<int> visible;
    visible.reserve(m_visible.size());
    for (int sourceRow : std::as_const(order)) {
        if (accepts(sourceRow))
            visible << sourceRow;
    }
    if (order == m_order && visible == m_visible)
        return; // only the values shown changed: dataChanged repaints them
    changeLayout([&] {
        m_order = std::move(order);
        m_visible = std::move(visible);
        m_proxyRowOf.fill(-1, m_order.size());
        for (int row = 0; row < m_visible.size(); ++row)
            m_proxyRowOf[m_visible.at(row)] = row;
    });
}

void ImageFilterProxyModel::onDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles) {
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // The rows imagesUpdated named, else every row of the span: each proxy row repaints once.
    QList<int> rows = std::exchange(m_updatedRows, {});
    if (rows.isEmpty()) {
        rows.resize(bottomRight.row() - topLeft.row() + 1);
        std::iota(rows.begin(), rows.end(), topLeft.row());
    }
    QList<int> proxyRows;
    proxyRows.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        const int proxyRow = row < m_proxyRowOf.size() ? m_proxyRowOf.at(row) : -1;
        if (proxyRow >= 0)
            proxyRows << proxyRow;
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    for (const RowRun &run : rowRuns(proxyRows))
        emit dataChanged(index(run.first, topLeft.column()), index(run.last, bottomRight.column()),
                         roles);
}

void ImageFilterProxyModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first,
                                                         int last) {
    if (parent.isValid())
        return;
    if (!m_announced) // a removal the source did not announce as runs: one run
        removeProxyRows({{first, last}});
}

void ImageFilterProxyModel::onSourceRowsRemoved(const QModelIndex &parent, int, int) {
    if (parent.isValid())
        return;
    if (m_announced)
        ++m_removedDone; // the source removes the announced runs last first
    else
        renumberSourceRows();
}

void ImageFilterProxyModel::removeProxyRows(const RowRuns &sourceRuns) {
    m_removing = sourceRuns;
    m_removedDone = 0;
    m_removedBefore.resize(sourceRuns.size() + 1);
    m_removedBefore[0] = 0;
    for (qsizetype i = 0; i < sourceRuns.size(); ++i)
        m_removedBefore[i + 1] = m_removedBefore.at(i) + sourceRuns.at(i).count();

    QList<int> gone;
    for (const RowRun &run : sourceRuns) {
        for (int row = run.first; row <= run.last; ++row) {
            if (m_proxyRowOf.at(row) >= 0)
                gone << m_proxyRowOf.at(row);
        }
    }
    if (gone.isEmpty())
        return; // filtered out: nothing the view shows goes
    std::sort(gone.begin(), gone.end());
    const RowRuns proxyRuns = rowRuns(gone);
    // Last run first; meanwhile m_proxyRowOf holds where each row is stored, see mapFromSource().
    for (auto run = proxyRuns.crbegin(); run != proxyRuns.crend(); ++run) {
        beginRemoveRows({}, run->first, run->last);
        for (int row = run->first; row <= run->last; ++row)
            m_proxyRowOf[m_visible.at(row)] = -1;
        m_visibleGap.removeRun(m_visible, run->first, run->last,
                               [this](int sourceRow, int at) { m_proxyRowOf[sourceRow] = at; });
        endRemoveRows();
    }
    m_visibleGap.close(m_visible);
    for (int row = proxyRuns.first().first; row < m_visible.size(); ++row)
        m_proxyRowOf[m_visible.at(row)] = row;
}

void ImageFilterProxyModel::renumberSourceRows() {
    const RowRuns runs = std::exchange(m_removing, {});
    m_removedBefore.clear();
    m_removedDone = 0;
    if (runs.isEmpty())
        return;
    // Old source row → new one, -1 for the removed: one pass over each list, not one per run.
    const int count = int(m_proxyRowOf.size());
    QList<int> renumbered(count);
    int row = 0;
    int removed = 0;
    for (const RowRun &run : runs) {
        for (; row < run.first; ++row)
            renumbered[row] = row - removed;
        for (; row <= run.last; ++row)
            renumbered[row] = -1;
        removed += run.count();
    }
    for (; row < count; ++row)
        renumbered[row] = row - removed;

    m_order.removeIf([&renumbered](int sourceRow) { return renumbered.at(sourceRow) < 0; });
    for (int &sourceRow : m_order)
        sourceRow = renumbered.at(sourceRow);
    for (int &sourceRow : m_visible)
        sourceRow = renumbered.at(sourceRow);
    removeRuns(m_proxyRowOf, runs);
    removeRuns(m_searchTexts, runs);
    removeRuns(m_nameLengths, runs);
    if (grouped()) // the copies of a removed source lead now; every row's number changed
        changeLayout([this] { rebuildOrder(); });
}

int ImageFilterProxyModel::currentSourceRow(int row) const {
    if (m_removedDone == 0)
        return row;
    // The runs removed so far are the last m_removedDone ones; count those before `row`.
    const qsizetype firstDone = m_removing.size() - m_removedDone;
    const qsizetype before =
        std::partition_point(m_removing.cbegin(), m_removing.cend(),
                             [row](const RowRun &run) { return run.last < row; }) -
        m_removing.cbegin();
    return before <= firstDone ? row
                               : row - (m_removedBefore.at(before) - m_removedBefore.at(firstDone));
}

int ImageFilterProxyModel::storedSourceRow(int row) const {
    if (m_removedDone == 0)
        return row;
    // Where each removed run began, in the source's numbering of the moment, rises with the run.
    const qsizetype firstDone = m_removing.size() - m_removedDone;
    qsizetype low = firstDone;
    qsizetype high = m_removing.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        const int startNow =
            m_removing.at(mid).first - (m_removedBefore.at(mid) - m_removedBefore.at(firstDone));
        if (startNow <= row)
            low = mid + 1;
        else
            high = mid;
    }
    return row + (m_removedBefore.at(low) - m_removedBefore.at(firstDone));
}

QModelIndex ImageFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_source->index(sourceRowAt(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ImageFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid())
        return {};
    const int row = storedSourceRow(sourceIndex.row());
    if (row >= m_proxyRowOf.size() || m_proxyRowOf.at(row) < 0)
        return {};
    return createIndex(m_visibleGap.logical(m_proxyRowOf.at(row)), sourceIndex.column());
}

QModelIndex ImageFilterProxyModel::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ImageFilterProxyModel::parent(const QModelIndex &) const {
    return {};
}

int ImageFilterProxyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visible.size()) - m_visibleGap.size();
}

int ImageFilterProxyModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

} // namespace ims
