#include "sharedialog.h"

#include "apiwords.h"
#include "dialogparts.h"
#include "icons.h"
#include "operationrules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ims {

ShareDialog::ShareDialog(const QList<Image> &images, const QString &ownProjectId, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_ownProjectId(ownProjectId)
    , m_add(new QPlainTextEdit)
    , m_members(new QListWidget)
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(images.size() == 1 ? tr("Share %1").arg(images.first().name)
                                      : tr("Share %1 images").arg(images.size()));
    setAttribute(Qt::WA_DeleteOnClose);
    m_add->setPlaceholderText(tr("Project IDs to share with, one per line or separated by commas"));
    m_add->setTabChangesFocus(true);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setAccessibleName(tr("Current members")); // a view's name comes from no label
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(Icons::icon(QStringLiteral("imsdesk-share")));

    auto *layout = new QVBoxLayout(this);
    auto *addLabel = new QLabel(tr("&Share with:"));
    addLabel->setBuddy(m_add);
    layout->addWidget(addLabel);
    layout->addWidget(m_add);
    if (images.size() == 1) {
        layout->addWidget(new QLabel(tr("Current members (untick to stop sharing):")));
        layout->addWidget(m_members);
        m_members->addItem(tr("Loading members…"));
        m_members->item(0)->setFlags(Qt::NoItemFlags);
    } else {
        m_members->hide();
    }
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_add, &QPlainTextEdit::textChanged, this, &ShareDialog::validate);
    connect(m_members, &QListWidget::itemChanged, this, &ShareDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Ok),
               [this] { emit submitted(order()); });
    validate();
}

void ShareDialog::setMembers(const QList<QPair<QString, QString>> &members) {
    m_members->clear();
    for (const auto &[project, status] : members) {
        auto *item = new QListWidgetItem(
            tr("%1  (%2)").arg(project, ApiWords::memberStatusLabel(status)), m_members);
        item->setData(Qt::UserRole, project);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (members.isEmpty()) {
        m_members->addItem(tr("Not shared with any project yet."));
        m_members->item(0)->setFlags(Qt::NoItemFlags);
    }
    validate();
}

QStringList ShareDialog::projectsToAdd() const {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList projects = m_add->toPlainText().split(separators, Qt::SkipEmptyParts);
    projects.removeDuplicates();
    return projects;
}

ShareOrder ShareDialog::order() const {
    ShareOrder order;
    for (const Image &image : m_images)
        order.imageIds << image.id;
    order.addProjects = projectsToAdd();
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Unchecked)
            order.removeProjects << item->data(Qt::UserRole).toString();
    }
    return order;
}

QString ShareDialog::problems() const {
    return m_problems->text();
}

void ShareDialog::validate() {
    QStringList problems;
    for (const Image &image : m_images) {
        for (const QString &reason : rules::sharingBlockers(image))
            problems << (m_images.size() == 1 ? reason
                                              : QStringLiteral("%1: %2").arg(image.name, reason));
    }
    for (const QString &project : projectsToAdd()) {
        if (const QString problem = rules::projectIdProblem(project); !problem.isEmpty())
            problems << problem;
        else if (project == m_ownProjectId)
            problems << tr("You cannot share an image with your own project (IMG.0076).");
    }
    const ShareOrder chosen = order();
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problems.isEmpty() &&
                     (!chosen.addProjects.isEmpty() || !chosen.removeProjects.isEmpty()));
}

} // namespace ims
