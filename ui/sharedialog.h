#pragma once

#include "image.h"

#include "orders.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ims {

class ProblemsLabel;

// Shares one or several images with other projects and stops sharing them. Project IDs are
// checked as they are typed; the current members of a single image can be removed.
class ShareDialog final : public QDialog {
    Q_OBJECT

public:
    ShareDialog(const QList<Image> &images, const QString &ownProjectId, QWidget *parent = nullptr);

    // The members of the (single) image, as project id → status, once they have been loaded.
    void setMembers(const QList<QPair<QString, QString>> &members);
    ShareOrder order() const;
    QString problems() const;
    QPlainTextEdit *addEdit() const { return m_add; }
    QListWidget *membersList() const { return m_members; }

signals:
    void submitted(const ims::ShareOrder &order);

private:
    QStringList projectsToAdd() const;
    void validate();

    QList<Image> m_images;
    QString m_ownProjectId;
    QPlainTextEdit *m_add;
    QListWidget *m_members;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ShareOrder)
