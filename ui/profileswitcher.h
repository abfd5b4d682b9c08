#pragma once

#include <QToolButton>

class QMenu;

namespace ims {

// The toolbar's profile menu: every stored profile (the connected one checked) and "Manage
// profiles…". Switching is one click; the work is done by whoever listens.
class ProfileSwitcher final : public QToolButton {
    Q_OBJECT

public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    // `colours` ("#rrggbb" or empty) go with `names`, one each.
    void setProfiles(const QStringList &names, const QStringList &colours, const QString &current);
    QMenu *profileMenu() const { return m_menu; }

signals:
    void switchRequested(const QString &name);
    void manageRequested();

private:
    QMenu *m_menu;
};

} // namespace ims
