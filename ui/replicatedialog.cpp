#include "replicatedialog.h"

#include "dialogparts.h"
#include "icons.h"
#include "operationrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims {

namespace {
enum TargetColumn { RegionColumn, ProjectColumn, AgencyColumn };
constexpr auto kNamePlaceholder = "{name}";
} // namespace

ReplicateDialog::ReplicateDialog(const QList<Image> &images, const QString &currentRegion,
                                 const QStringList &otherRegions, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_cmk(new QLineEdit)
    , m_targets(new QTableWidget(int(otherRegions.size()) + 1, 3))
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(images.size() == 1 ? tr("Replicate %1").arg(images.first().name)
                                      : tr("Replicate %1 images").arg(images.size()));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(images.size() == 1
                        ? images.first().name + QStringLiteral("-copy")
                        : QString::fromLatin1(kNamePlaceholder) + QStringLiteral("-copy"));
    m_name->setToolTip(
        tr("%1 stands for each image's own name.").arg(QString::fromLatin1(kNamePlaceholder)));
    m_cmk->setObjectName(QStringLiteral("cmk"));
    m_cmk->setPlaceholderText(tr("optional: KMS key ID for an encrypted copy in this region"));

    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setAccessibleName(tr("Target regions")); // a view's name comes from no label
    m_targets->setHorizontalHeaderLabels({tr("Target region"), tr("Project"), tr("IAM agency")});
    m_targets->verticalHeader()->hide();
    m_targets->setTabKeyNavigation(false); // Tab leaves the table; arrows move, F2 edits
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QStringList regions = QStringList{currentRegion} + otherRegions;
    for (int row = 0; row < regions.size(); ++row) {
        auto *region = new QTableWidgetItem(row == 0 ? tr("%1 (this region)").arg(currentRegion)
                                                     : regions.at(row));
        region->setData(Qt::UserRole, row == 0 ? QString() : regions.at(row));
        region->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        region->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
        m_targets->setItem(row, RegionColumn, region);
        // Within the region neither project nor agency applies.
        auto *project = new QTableWidgetItem(row == 0 ? QString() : regions.at(row));
        auto *agency = new QTableWidgetItem;
        if (row == 0) {
            project->setFlags(Qt::NoItemFlags);
            agency->setFlags(Qt::NoItemFlags);
        }
        m_targets->setItem(row, ProjectColumn, project);
        m_targets->setItem(row, AgencyColumn, agency);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Encryption key:"), m_cmk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Replicate to (one job per image and target):")));
    layout->addWidget(m_targets);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replicate"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setIcon(Icons::icon(QStringLiteral("imsdesk-replicate")));

    for (QLineEdit *edit : {m_name, m_description, m_cmk})
        connect(edit, &QLineEdit::textChanged, this, &ReplicateDialog::validate);
    connect(m_targets, &QTableWidget::itemChanged, this, &ReplicateDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Ok),
               [this] { emit submitted(orders()); });
    resize(620, 420);
    validate();
}

void ReplicateDialog::checkOnly(const QStringList &regions) {
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        QTableWidgetItem *item = m_targets->item(row, RegionColumn);
        const QString region = item->data(Qt::UserRole).toString();
        item->setCheckState(!region.isEmpty() && regions.contains(region) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    validate();
}

QString ReplicateDialog::copyName(const Image &image) const {
    QString name = m_name->text();
    return name.replace(QString::fromLatin1(kNamePlaceholder), image.name);
}

QList<ReplicationOrder> ReplicateDialog::orders() const {
    QList<ReplicationOrder> orders;
    for (const Image &image : m_images) {
        for (int row = 0; row < m_targets->rowCount(); ++row) {
            if (m_targets->item(row, RegionColumn)->checkState() != Qt::Checked)
                continue;
            ReplicationOrder order;
            order.imageId = image.id;
            order.imageName = image.name;
            order.name = copyName(image);
            order.description = m_description->text();
            order.region = m_targets->item(row, RegionColumn)->data(Qt::UserRole).toString();
            order.cmkId = order.region.isEmpty() ? m_cmk->text().trimmed() : QString();
            order.projectName = m_targets->item(row, ProjectColumn)->text().trimmed();
            order.agencyName = m_targets->item(row, AgencyColumn)->text().trimmed();
            orders << order;
        }
    }
    return orders;
}

QString ReplicateDialog::problems() const {
    return m_problems->text();
}

void ReplicateDialog::validate() {
    QStringList problems;
    const QList<ReplicationOrder> chosen = orders();
    if (chosen.isEmpty())
        problems << tr("Choose at least one target.");
    for (const Image &image : m_images) {
        if (const QString problem = rules::nameProblem(copyName(image)); !problem.isEmpty())
            problems << problem;
    }
    if (const QString problem = rules::descriptionProblem(m_description->text());
        !problem.isEmpty())
        problems << problem;
    for (const ReplicationOrder &order : chosen) {
        const auto image = std::find_if(m_images.cbegin(), m_images.cend(),
                                        [&](const Image &i) { return i.id == order.imageId; });
        const auto kind =
            order.region.isEmpty() ? rules::CopyKind::InRegion : rules::CopyKind::CrossRegion;
        for (const QString &reason : rules::replicationBlockers(*image, kind))
            problems << (m_images.size() == 1 ? reason
                                              : QStringLiteral("%1: %2").arg(image->name, reason));
        if (!order.region.isEmpty() && (order.projectName.isEmpty() || order.agencyName.isEmpty()))
            problems << tr("%1: enter the project and the IAM agency that lets IMS act there.")
                            .arg(order.region);
    }
    problems.removeDuplicates();
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace ims
