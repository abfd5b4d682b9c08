#pragma once

#include "image.h"

#include "orders.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ims {

// Deletes images after showing what that affects: public images and images being created
// cannot go; images shared with other projects take their access with them; a protected
// image goes only through "unprotect and delete", confirmed by typing its name. The dialog
// stays open to show each image's outcome.
class DeleteDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DeleteDialog(const QList<Image> &images, QWidget *parent = nullptr);

    void setMemberCount(const QString &imageId, int members);
    // An empty error means deleted (an image already gone counts as deleted).
    void setOutcome(const QString &imageId, const QString &error);

    QList<DeletionOrder> orders() const;
    QCheckBox *unprotectBox() const { return m_unprotect; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QTableWidget *table() const { return m_table; }
    QString expectedConfirmation() const;

signals:
    void submitted(const QList<ims::DeletionOrder> &orders);

private:
    void refreshRows();
    void validate();
    int protectedCount() const;

    QList<Image> m_images;
    QHash<QString, int> m_members;
    QTableWidget *m_table;
    QCheckBox *m_unprotect;
    QLineEdit *m_confirm;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    bool m_submitted = false;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::DeletionOrder)
