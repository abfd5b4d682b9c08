#include "regionbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ims {

RegionBar::RegionBar(QWidget *parent)
    : QWidget(parent)
    , m_chipRow(new QHBoxLayout)
    , m_errors(new QVBoxLayout)
    , m_group(new QToolButton) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Regions:")));
    row->addLayout(m_chipRow);
    row->addStretch(1);
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
    QLabel *line = m_errorLines.value(region);
    if (message.isEmpty()) {
        delete line;
        m_errorLines.remove(region);
        return;
    }
    if (!line) {
        line = new QLabel;
        line->setObjectName(QStringLiteral("regionError:") + region);
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_errors->addWidget(line);
        m_errorLines.insert(region, line);
    }
    line->setText(tr("%1 could not be listed: %2").arg(region, message));
}

QString RegionBar::regionError(const QString &region) const {
    const QLabel *line = m_errorLines.value(region);
    return line ? line->text() : QString();
}

} // namespace ims
