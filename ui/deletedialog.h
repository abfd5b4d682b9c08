#pragma once

#include "image.h"

#include "operationrules.h"
#include "orders.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ims {

// Deletes images after showing what that affects, by the rules of the image's cloud (`api`):
// public images and images being created cannot go; images shared with other projects take
// their access with them; a protected image goes only through "unprotect and delete",
// confirmed by typing its name, on Glance, and not at all on IMS (users cannot unprotect
// there); a full-ECS image on IMS may take its backup with it. The dialog stays open to show
// each image's outcome.
class DeleteDialog final : public QDialog {
    Q_OBJECT

public:
    DeleteDialog(const QList<Image> &images, rules::Api api, QWidget *parent = nullptr);

    void setMemberCount(const QString &imageId, int members);
    // The servers created from the image ("3 servers in eu-de were created from it"): deleting
    // it does not stop them, but they cannot be rebuilt from it.
    void setServerImpact(const QString &imageId, const QString &text);
    // An empty error means deleted (an image already gone counts as deleted).
    void setOutcome(const QString &imageId, const QString &error);

    QList<DeletionOrder> orders() const;
    QCheckBox *unprotectBox() const { return m_unprotect; }
    QCheckBox *backupBox() const { return m_deleteBackup; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QTableWidget *table() const { return m_table; }
    QString expectedConfirmation() const;

signals:
    void submitted(const QList<ims::DeletionOrder> &orders);

private:
    void refreshRows();
    void validate();
    rules::DeletionCheck check(const Image &image) const;
    int protectedCount() const;

    QList<Image> m_images;
    rules::Api m_api;
    QHash<QString, int> m_members;
    QHash<QString, QString> m_serverImpact;
    QTableWidget *m_table;
    QCheckBox *m_unprotect;
    QCheckBox *m_deleteBackup;
    QLineEdit *m_confirm;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    bool m_submitted = false;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::DeletionOrder)
