#include "logmodel.h"

#include <algorithm>

namespace ims {

LogModel::LogModel(LogBuffer *buffer, QObject *parent)
    : QAbstractListModel(parent)
    , m_buffer(buffer)
    , m_maxRows(buffer->maxEntries()) {
    // Queued by the buffer: one read per event loop turn, however many lines came meanwhile.
    connect(buffer, &LogBuffer::entriesAdded, this, &LogModel::readNewEntries);
    readNewEntries();
}

int LogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.toText();
    case Qt::ToolTipRole:
        return entry.message;
    case LevelRankRole:
        return logLevelRank(entry.level);
    case CategoryRole:
        return entry.category;
    default:
        return {};
    }
}

void LogModel::clear() {
    // m_lastSequence stays: the cleared lines do not come back with the next batch.
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void LogModel::readNewEntries() {
    if (!m_buffer)
        return;
    QList<LogEntry> fresh = m_buffer->entriesAfter(m_lastSequence);
    if (fresh.isEmpty())
        return;
    m_lastSequence = fresh.last().sequence;
    // A batch larger than the cap: only its newest rows would survive anyway.
    if (fresh.size() > m_maxRows)
        fresh.remove(0, fresh.size() - m_maxRows);
    const qsizetype overflow = m_entries.size() + fresh.size() - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    bool newCategory = false;
    for (const LogEntry &entry : std::as_const(fresh)) {
        if (!m_categories.contains(entry.category)) {
            m_categories.append(entry.category);
            newCategory = true;
        }
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_entries.append(std::move(fresh));
    endInsertRows();
    if (newCategory) {
        std::sort(m_categories.begin(), m_categories.end());
        emit categoriesChanged();
    }
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void LogFilterModel::setMinimumLevel(QtMsgType level) {
    m_minimumRank = logLevelRank(level);
    invalidateFilter();
}

void LogFilterModel::setCategory(const QString &category) {
    m_category = category;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRankRole).toInt() < m_minimumRank)
        return false;
    return m_category.isEmpty() || index.data(LogModel::CategoryRole).toString() == m_category;
}

} // namespace ims
