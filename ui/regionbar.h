#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace ims {

// The All regions view's strip above the table: one chip (a toggle button) per region that
// filters the table to the regions checked, a "Group copies" toggle that sorts copies under
// their source, a "Profiles" menu choosing which other saved profiles join the inventory, and
// below them one line per region whose listing failed, naming the region and the error, and
// one per chosen profile that cannot join (its secret not available), while the other rows stay.
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

    // The saved profiles the Profiles menu offers: `current` (the window's, always in the
    // inventory) checked and disabled, the others checked when `chosen` names them. The button
    // and its menu are there only when there is another profile to choose. The profiles' error
    // lines go.
    void setProfiles(const QStringList &saved, const QString &current, const QStringList &chosen);
    // The other profiles checked, in the menu's order.
    QStringList chosenProfiles() const;
    QToolButton *profilesButton() const { return m_profilesButton; }
    QAction *profileAction(const QString &profile) const;
    // `message` empty: the profile's line goes.
    void setProfileError(const QString &profile, const QString &message);
    QString profileError(const QString &profile) const;
    QStringList profileErrorProfiles() const { return m_profileErrorLines.keys(); }

    // `message` empty: the region's error goes.
    void setRegionError(const QString &region, const QString &message);
    QString regionError(const QString &region) const;

signals:
    // The regions to show; empty: every region.
    void filterChanged(const QStringList &regions);
    void groupCopiesToggled(bool on);
    // The user checked or unchecked a profile: the other profiles now chosen.
    void profilesChosen(const QStringList &others);

private:
    void emitFilter();
    QLabel *errorLine(QHash<QString, QLabel *> &lines, const QString &key, const QString &prefix);

    QHBoxLayout *m_chipRow;
    QVBoxLayout *m_errors;
    QToolButton *m_group;
    QToolButton *m_profilesButton;
    QMenu *m_profilesMenu;
    QStringList m_order;
    QHash<QString, QToolButton *> m_chips;
    QHash<QString, QLabel *> m_errorLines;
    QHash<QString, QLabel *> m_profileErrorLines;
};

} // namespace ims
