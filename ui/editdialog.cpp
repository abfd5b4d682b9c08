#include "editdialog.h"

#include "dialogparts.h"
#include "operationrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ims {

EditDialog::EditDialog(const Image &image, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_name(new QLineEdit(image.name))
    , m_description(new QLineEdit(image.description))
    , m_minDisk(new QSpinBox)
    , m_minRam(new QSpinBox)
    , m_tags(new QPlainTextEdit(image.tags.join(QLatin1Char('\n'))))
    , m_protected(new QCheckBox(tr("&Protected (cannot be deleted)")))
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Edit %1").arg(image.name));
    setAttribute(Qt::WA_DeleteOnClose);
    m_minDisk->setRange(0, 2048); // GB; data disk images go up to 2048
    m_minDisk->setSuffix(tr(" GB"));
    m_minDisk->setValue(image.minDiskGb);
    m_minRam->setRange(0, 1024 * 1024); // MB
    m_minRam->setSuffix(tr(" MB"));
    m_minRam->setSpecialValueText(tr("no minimum"));
    m_minRam->setValue(image.minRamMb);
    m_tags->setPlaceholderText(tr("one tag per line, as key=value"));
    m_tags->setTabChangesFocus(true);
    m_protected->setChecked(image.isProtected);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Min &disk:"), m_minDisk);
    form->addRow(tr("Min &RAM:"), m_minRam);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_protected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &EditDialog::validate);
    for (QSpinBox *box : {m_minDisk, m_minRam})
        connect(box, &QSpinBox::valueChanged, this, &EditDialog::validate);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &EditDialog::validate);
    connect(m_protected, &QCheckBox::toggled, this, &EditDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Save),
               [this] { emit submitted(changes()); });
    validate();
}

QStringList EditDialog::tags() const {
    QStringList tags;
    for (const QString &line : m_tags->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            tags << line.trimmed();
    }
    tags.removeDuplicates();
    return tags;
}

ImageChanges EditDialog::changes() const {
    ImageChanges changes;
    changes.imageId = m_image.id;
    if (m_name->text() != m_image.name)
        changes.name = m_name->text();
    if (m_description->text() != m_image.description)
        changes.description = m_description->text();
    if (m_minDisk->value() != m_image.minDiskGb)
        changes.minDiskGb = m_minDisk->value();
    if (m_minRam->value() != m_image.minRamMb)
        changes.minRamMb = m_minRam->value();
    if (m_protected->isChecked() != m_image.isProtected)
        changes.isProtected = m_protected->isChecked();
    const QStringList now = tags();
    for (const QString &tag : now) {
        if (!m_image.tags.contains(tag))
            changes.addedTags << tag;
    }
    for (const QString &tag : m_image.tags) {
        if (!now.contains(tag))
            changes.removedTags << tag;
    }
    return changes;
}

QString EditDialog::problems() const {
    return m_problems->text();
}

void EditDialog::validate() {
    QStringList problems;
    if (const QString problem = rules::nameProblem(m_name->text()); !problem.isEmpty())
        problems << problem;
    if (const QString problem = rules::descriptionProblem(m_description->text());
        !problem.isEmpty())
        problems << problem;
    for (const QString &tag : tags()) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            problems << problem;
    }
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(problems.isEmpty() && !changes().isEmpty());
}

} // namespace ims
