#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ims {

// The All regions view's strip above the table: one chip (a toggle button) per region that
// filters the table to the regions checked, a "Group copies" toggle that sorts copies under
// their source, and below them one line per region whose listing failed, naming the region and
// the error, while the other regions' rows stay.
class RegionBar final : public QWidget {
    Q_OBJECT

public:
    explicit RegionBar(QWidget *parent = nullptr);

    // The regions of the inventory, in its order; a chip each, checked (known ones keep theirs).
    void setRegions(const QStringList &regions);
    QStringList regions() const { return m_order; }
    // The regions checked; every region when all are (no filter).
    QStringList checkedRegions() const;
    // What the table's region filter is: empty when every chip is checked.
    QStringList filter() const;
    QToolButton *chip(const QString &region) const { return m_chips.value(region); }
    QToolButton *groupCopiesButton() const { return m_group; }

    // `message` empty: the region's error goes.
    void setRegionError(const QString &region, const QString &message);
    QString regionError(const QString &region) const;

signals:
    // The regions to show; empty: every region.
    void filterChanged(const QStringList &regions);
    void groupCopiesToggled(bool on);

private:
    void emitFilter();

    QHBoxLayout *m_chipRow;
    QVBoxLayout *m_errors;
    QToolButton *m_group;
    QStringList m_order;
    QHash<QString, QToolButton *> m_chips;
    QHash<QString, QLabel *> m_errorLines;
};

} // namespace ims
