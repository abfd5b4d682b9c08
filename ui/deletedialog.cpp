#include "deletedialog.h"

#include "icons.h"
#include "operationrules.h"
#include "plaintooltip.h"
#include "tone.h"
#include "toneddelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims {

namespace {
enum Column { NameColumn, ImpactColumn, OutcomeColumn };
}

DeleteDialog::DeleteDialog(const QList<Image> &images, rules::Api api, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_api(api)
    , m_table(new QTableWidget(int(images.size()), 3))
    , m_unprotect(new QCheckBox)
    , m_deleteBackup(new QCheckBox)
    , m_confirm(new QLineEdit)
    , m_summary(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(images.size() == 1 ? tr("Delete %1").arg(images.first().name)
                                      : tr("Delete %1 images").arg(images.size()));
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setObjectName(QStringLiteral("images"));
    m_table->setItemDelegate(new TonedDelegate(m_table)); // blockers and failures in red
    m_table->setHorizontalHeaderLabels(
        {tr("Image"), tr("What deleting it affects"), tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Images to delete"));
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(ImpactColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_unprotect->setText(tr("&Unprotect protected images, then delete them"));
    m_deleteBackup->setObjectName(QStringLiteral("deleteBackup"));
    m_deleteBackup->setText(images.size() == 1 ? tr("Also delete its &backup")
                                               : tr("Also delete the &backups of full-ECS images"));
    m_deleteBackup->setToolTip(tr("A full-ECS image is made from a cloud server backup; "
                                  "without this the backup stays and keeps its cost."));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAccessibleName(tr("Confirmation")); // its placeholder says what to type
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Delete"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(Icons::icon(QStringLiteral("edit-delete")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_unprotect);
    layout->addWidget(m_confirm);
    layout->addWidget(m_deleteBackup);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(680, 360);

    connect(m_unprotect, &QCheckBox::toggled, this, &DeleteDialog::validate);
    connect(m_deleteBackup, &QCheckBox::toggled, this, &DeleteDialog::refreshRows);
    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // The dialog stays to show outcomes; the button cannot submit twice.
        m_submitted = true;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_unprotect->setEnabled(false);
        m_confirm->setEnabled(false);
        m_deleteBackup->setEnabled(false);
        const QList<DeletionOrder> chosen = orders();
        for (const DeletionOrder &order : chosen) {
            for (int row = 0; row < m_images.size(); ++row) {
                if (m_images.at(row).id == order.imageId)
                    m_table->setItem(row, OutcomeColumn, new QTableWidgetItem(tr("Deleting…")));
            }
        }
        emit submitted(chosen);
    });
    refreshRows();
}

rules::DeletionCheck DeleteDialog::check(const Image &image) const {
    return rules::deletionCheck(image, m_members.value(image.id), m_api);
}

int DeleteDialog::protectedCount() const {
    return int(std::count_if(m_images.cbegin(), m_images.cend(),
                             [this](const Image &image) { return check(image).needsUnprotect; }));
}

QString DeleteDialog::expectedConfirmation() const {
    const int count = protectedCount();
    if (count == 1) {
        for (const Image &image : m_images) {
            if (check(image).needsUnprotect)
                return image.name;
        }
    }
    return tr("unprotect %1 images").arg(count);
}

void DeleteDialog::setMemberCount(const QString &imageId, int members) {
    m_members.insert(imageId, members);
    refreshRows();
}

void DeleteDialog::setServerImpact(const QString &imageId, const QString &text) {
    m_serverImpact.insert(imageId, text);
    refreshRows();
}

void DeleteDialog::setOutcome(const QString &imageId, const QString &error) {
    for (int row = 0; row < m_images.size(); ++row) {
        if (m_images.at(row).id != imageId)
            continue;
        auto *item = new QTableWidgetItem(error.isEmpty() ? tr("Deleted") : error);
        item->setToolTip(plainToolTip(item->text())); // the server's error message
        item->setData(ToneRole, int(error.isEmpty() ? Tone::Success : Tone::Error));
        m_table->setItem(row, OutcomeColumn, item);
    }
}

QList<DeletionOrder> DeleteDialog::orders() const {
    QList<DeletionOrder> orders;
    for (const Image &image : m_images) {
        const rules::DeletionCheck checked = check(image);
        if (!checked.blockers.isEmpty() || (checked.needsUnprotect && !m_unprotect->isChecked()))
            continue;
        orders << DeletionOrder{image.id, checked.needsUnprotect,
                                checked.offersBackupDeletion && m_deleteBackup->isChecked()};
    }
    return orders;
}

void DeleteDialog::refreshRows() {
    for (int row = 0; row < m_images.size(); ++row) {
        const Image &image = m_images.at(row);
        const rules::DeletionCheck checked = check(image);
        QStringList impact = checked.blockers + checked.warnings;
        if (checked.needsUnprotect)
            impact.prepend(tr("Protected: deleted only if you unprotect it below."));
        if (checked.offersBackupDeletion && checked.blockers.isEmpty())
            impact << (m_deleteBackup->isChecked()
                           ? tr("A full-ECS image: its backup is deleted too.")
                           : tr("A full-ECS image: its backup stays unless you delete it too."));
        if (const QString servers = m_serverImpact.value(image.id); !servers.isEmpty())
            impact << servers;
        if (impact.isEmpty())
            impact << tr("Nothing else: no other project uses it.");
        m_table->setItem(row, NameColumn, new QTableWidgetItem(image.name));
        auto *impactItem = new QTableWidgetItem(impact.join(QLatin1Char(' ')));
        impactItem->setToolTip(plainToolTip(impactItem->text()));
        if (!checked.blockers.isEmpty())
            impactItem->setData(ToneRole, int(Tone::Error));
        m_table->setItem(row, ImpactColumn, impactItem);
    }
    const bool anyProtected = protectedCount() > 0;
    m_deleteBackup->setVisible(
        std::any_of(m_images.cbegin(), m_images.cend(), [this](const Image &image) {
            const rules::DeletionCheck checked = check(image);
            return checked.offersBackupDeletion && checked.blockers.isEmpty();
        }));
    m_unprotect->setVisible(anyProtected);
    m_confirm->setVisible(anyProtected);
    m_confirm->setPlaceholderText(tr("Type \"%1\" to confirm").arg(expectedConfirmation()));
    validate();
}

void DeleteDialog::validate() {
    if (m_submitted)
        return;
    const bool confirmed = !m_unprotect->isChecked() || m_confirm->text() == expectedConfirmation();
    m_confirm->setEnabled(m_unprotect->isChecked());
    const int count = int(orders().size());
    const int skipped = int(m_images.size()) - count;
    QString summary = count == 0
                          ? tr("Nothing can be deleted as chosen.")
                          : tr("%1 of %2 images will be deleted.").arg(count).arg(m_images.size());
    if (skipped > 0 && count > 0)
        summary += tr(" The others stay, for the reasons shown.");
    if (!confirmed)
        summary += tr(" Type the confirmation to unprotect.");
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0 && confirmed);
}

} // namespace ims
