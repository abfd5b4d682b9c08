#include "exportdialog.h"

#include "dialogparts.h"
#include "icons.h"
#include "operationrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ims {

ExportDialog::ExportDialog(const Image &image, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_bucket(new QLineEdit)
    , m_format(new QComboBox)
    , m_quick(new QCheckBox(tr("&Quick export (ZVHD2, no conversion; needed over 128 GB)")))
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Export %1").arg(image.name));
    setAttribute(Qt::WA_DeleteOnClose);
    m_bucket->setPlaceholderText(tr("bucket:file, e.g. ims-exports:%1.qcow2").arg(image.name));
    m_format->addItems({QStringLiteral("qcow2"), QStringLiteral("vhd"), QStringLiteral("zvhd"),
                        QStringLiteral("vmdk")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setIcon(Icons::icon(QStringLiteral("document-export")));

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_bucket);
    form->addRow(tr("File &format:"), m_format);
    form->addRow(QString(), m_quick);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_bucket, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_quick, &QCheckBox::toggled, this, [this](bool quick) {
        m_format->setEnabled(!quick); // a quick export is always ZVHD2
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Ok),
               [this] { emit submitted(order()); });
    validate();
}

ExportOrder ExportDialog::order() const {
    return {m_image.id, m_image.name, m_bucket->text().trimmed(),
            m_quick->isChecked() ? QString() : m_format->currentText(), m_quick->isChecked()};
}

QString ExportDialog::problems() const {
    return m_problems->text();
}

void ExportDialog::validate() {
    QStringList problems = rules::exportBlockers(m_image, m_quick->isChecked());
    if (!m_bucket->text().isEmpty()) {
        if (const QString problem = rules::bucketUrlProblem(m_bucket->text().trimmed());
            !problem.isEmpty())
            problems << problem;
    }
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problems.isEmpty() && !m_bucket->text().isEmpty());
}

} // namespace ims
