#include "regionbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace ims {

RegionBar::RegionBar(QWidget *parent)
    : QWidget(parent)
    , m_chipRow(new QHBoxLayout)
    , m_errors(new QVBoxLayout)
    , m_group(new QToolButton)
    , m_profilesButton(new QToolButton)
    , m_profilesMenu(new QMenu(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Regions:")));
    row->addLayout(m_chipRow);
    row->addStretch(1);
    m_profilesButton->setObjectName(QStringLiteral("inventoryProfiles"));
    m_profilesButton->setText(tr("Profil&es"));
    m_profilesButton->setAccessibleName(tr("Profiles in the inventory"));
    m_profilesButton->setToolTip(tr("Choose which saved profiles join the All regions view"));
    m_profilesButton->setPopupMode(QToolButton::InstantPopup);
    m_profilesButton->setMenu(m_profilesMenu);
    m_profilesButton->hide(); // until there is another profile to choose
    m_profilesMenu->setObjectName(QStringLiteral("inventoryProfilesMenu"));
    row->addWidget(m_profilesButton);
    m_group->setObjectName(QStringLiteral("groupCopies"));
    m_group->setText(tr("Group copies"));
    m_group->setToolTip(tr("Sort each image's copies under it, whatever their region"));
    m_group->setCheckable(true);
    connect(m_group, &QToolButton::toggled, this, &RegionBar::groupCopiesToggled);
    row->addWidget(m_group);
    layout->addLayout(row);
    layout->addLayout(m_errors);
}

void RegionBar::setRegions(const QStringList &regions) {
    for (auto it = m_chips.begin(); it != m_chips.end();) {
        if (regions.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_chips.erase(it);
    }
    m_order = regions;
    for (const QString &region : regions) {
        QToolButton *chip = m_chips.value(region);
        if (!chip) {
            chip = new QToolButton;
            chip->setObjectName(QStringLiteral("regionChip:") + region);
            chip->setText(region);
            chip->setCheckable(true);
            chip->setChecked(true);
            chip->setAutoRaise(false);
            connect(chip, &QToolButton::toggled, this, &RegionBar::emitFilter);
            m_chips.insert(region, chip);
        }
        m_chipRow->removeWidget(chip);
        m_chipRow->addWidget(chip); // in the inventory's order
    }
    emitFilter();
}

QStringList RegionBar::checkedRegions() const {
    QStringList checked;
    for (const QString &region : m_order) {
        if (m_chips.value(region)->isChecked())
            checked << region;
    }
    return checked;
}

QStringList RegionBar::filter() const {
    const QStringList checked = checkedRegions();
    if (checked.size() == m_order.size())
        return {};
    // No chip checked shows no row: a region name nothing starts with.
    return checked.isEmpty() ? QStringList{QStringLiteral("\u2205")} : checked;
}

void RegionBar::emitFilter() {
    emit filterChanged(filter());
}

void RegionBar::setRegionError(const QString &region, const QString &message) {
    if (message.isEmpty()) {
        delete m_errorLines.take(region);
        return;
    }
    errorLine(m_errorLines, region, QStringLiteral("regionError:"))
        ->setText(tr("%1 could not be listed: %2").arg(region, message));
}

void RegionBar::setProfiles(const QStringList &saved, const QString &current,
                            const QStringList &chosen) {
    m_profilesMenu->clear();
    qDeleteAll(m_profileErrorLines);
    m_profileErrorLines.clear();
    QStringList offered = saved;
    if (!offered.contains(current))
        offered.prepend(current);
    m_profilesButton->setVisible(offered.size() > 1);
    if (offered.size() < 2)
        return; // nothing to choose
    for (const QString &name : std::as_const(offered)) {
        QAction *action = m_profilesMenu->addAction(name);
        action->setObjectName(QStringLiteral("inventoryProfile:") + name);
        action->setCheckable(true);
        action->setData(name);
        if (name == current) { // the window's own rows are always there
            action->setChecked(true);
            action->setEnabled(false);
            action->setToolTip(tr("The window's profile is always in the view"));
            continue;
        }
        action->setChecked(chosen.contains(name));
        connect(action, &QAction::toggled, this, [this] { emit profilesChosen(chosenProfiles()); });
    }
}

QStringList RegionBar::chosenProfiles() const {
    QStringList names;
    for (const QAction *action : m_profilesMenu->actions()) {
        if (action->isEnabled() && action->isChecked())
            names << action->data().toString();
    }
    return names;
}

QAction *RegionBar::profileAction(const QString &profile) const {
    for (QAction *action : m_profilesMenu->actions()) {
        if (action->data().toString() == profile)
            return action;
    }
    return nullptr;
}

QLabel *RegionBar::errorLine(QHash<QString, QLabel *> &lines, const QString &key,
                             const QString &prefix) {
    QLabel *line = lines.value(key);
    if (!line) {
        line = new QLabel;
        line->setObjectName(prefix + key);
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_errors->addWidget(line);
        lines.insert(key, line);
    }
    return line;
}

void RegionBar::setProfileError(const QString &profile, const QString &message) {
    if (message.isEmpty()) {
        delete m_profileErrorLines.take(profile);
        return;
    }
    errorLine(m_profileErrorLines, profile, QStringLiteral("profileError:"))->setText(message);
}

QString RegionBar::profileError(const QString &profile) const {
    const QLabel *line = m_profileErrorLines.value(profile);
    return line ? line->text() : QString();
}

QString RegionBar::regionError(const QString &region) const {
    const QLabel *line = m_errorLines.value(region);
    return line ? line->text() : QString();
}

} // namespace ims
