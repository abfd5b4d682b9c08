#pragma once

#include "image.h"

#include "orders.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ims {

class ProblemsLabel;

// Replicates one or several images within their region and/or to other regions. The
// constraints of SPEC §5.11/§5.12 are checked while the user edits, before anything is sent,
// and the reasons are shown next to the choice they concern.
class ReplicateDialog final : public QDialog {
    Q_OBJECT

public:
    ReplicateDialog(const QList<Image> &images, const QString &currentRegion,
                    const QStringList &otherRegions, QWidget *parent = nullptr);

    QList<ReplicationOrder> orders() const;
    // Checks exactly these target regions ("Replicate to the regions that lack it"), not this
    // region; each still needs the IAM agency that lets IMS act there.
    void checkOnly(const QStringList &regions);
    QString problems() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_cmk; }
    QTableWidget *targets() const { return m_targets; }

signals:
    void submitted(const QList<ims::ReplicationOrder> &orders);

private:
    void validate();
    QString copyName(const Image &image) const;

    QList<Image> m_images;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_cmk;
    QTableWidget *m_targets;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ReplicationOrder)
