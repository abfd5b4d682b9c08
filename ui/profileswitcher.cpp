#include "profileswitcher.h"
#include "icons.h"
#include "profileform.h"

#include <QActionGroup>
#include <QMenu>

namespace ims {

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("profileSwitcher"));
    setText(tr("Profiles"));
    setIcon(Icons::forAction(objectName()));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // as the toolbar's actions
    setToolTip(tr("Switch to another profile or region, or manage profiles"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    // The same menu is the menu bar's File > Profiles.
    m_menu->setTitle(tr("&Profiles"));
    m_menu->setObjectName(QStringLiteral("profileMenu"));
    setProfiles({}, {}, {});
}

void ProfileSwitcher::setProfiles(const QStringList &names, const QStringList &colours,
                                  const QString &current) {
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        // "R&D" is a name, not a mnemonic.
        QAction *action =
            m_menu->addAction(ProfileForm::swatch(colours.value(i)),
                              QString(name).replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { emit switchRequested(name); });
    }
    if (!names.isEmpty())
        m_menu->addSeparator();
    QAction *manage = m_menu->addAction(tr("&Manage profiles…"));
    manage->setObjectName(QStringLiteral("manageProfiles"));
    Icons::decorate(manage);
    connect(manage, &QAction::triggered, this, &ProfileSwitcher::manageRequested);
}

} // namespace ims
