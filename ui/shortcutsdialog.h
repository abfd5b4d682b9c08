#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace ims {

// Help > Keyboard shortcuts: every given action that has a shortcut, by name (without its
// mnemonic marker) with its shortcuts in the platform's own notation, sorted by name.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // "&Refresh" → "Refresh", "Save && quit" → "Save & quit".
    static QString withoutMnemonic(const QString &text);

private:
    QTreeWidget *m_list;
};

} // namespace ims
