#pragma once

#include "logbuffer.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ims {

// The log window's rows: the entries of a LogBuffer as they arrive, one row per line, at most as
// many as the buffer keeps (the oldest rows go first). clear() empties the view only: the buffer,
// and so the diagnostics, keep their lines.
class LogModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        LevelRankRole = Qt::UserRole + 1, // logLevelRank() of the line
        CategoryRole,
    };

    explicit LogModel(LogBuffer *buffer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const LogEntry &at(int row) const { return m_entries.at(row); }
    int maxRows() const { return m_maxRows; }
    // Every category a shown line had, sorted, for the category filter.
    QStringList categories() const { return m_categories; }

    void clear();

signals:
    void categoriesChanged();

private:
    void readNewEntries();

    QPointer<LogBuffer> m_buffer;
    const int m_maxRows;
    QList<LogEntry> m_entries;
    quint64 m_lastSequence = 0;
    QStringList m_categories;
};

// The rows a level and a category filter let through.
class LogFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    // Lines at least this severe (logLevelRank): warning shows warnings and worse.
    void setMinimumLevel(QtMsgType level);
    // Only this category's lines; empty: all.
    void setCategory(const QString &category);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumRank = 0;
    QString m_category;
};

} // namespace ims
