#include "editdialog.h"
#include "types.h"

#include "dialogparts.h"
#include "plaintooltip.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ims {

namespace {

constexpr int kMaxRamMb = 1024 * 1024; // IMG.0055 beyond (SPEC §10.3)

// "env = prod" as "env=prod": the key and the value are what the cloud stores.
QString normalisedTag(const QString &line) {
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    if (equals < 0)
        return line.trimmed();
    return line.left(equals).trimmed() + QLatin1Char('=') + line.mid(equals + 1).trimmed();
}

} // namespace

EditDialog::EditDialog(const Image &image, const rules::EditRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_rules(rules)
    , m_name(new QLineEdit(image.name))
    , m_description(new QLineEdit(image.description))
    , m_minDisk(new QSpinBox)
    , m_minRam(new QSpinBox)
    , m_maxRam(new QSpinBox)
    , m_tags(new QPlainTextEdit(image.tags.join(QLatin1Char('\n'))))
    , m_protected(new QCheckBox(tr("&Protected (cannot be deleted)")))
    , m_restrictions(new QLabel)
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Edit %1").arg(image.name));
    setAttribute(Qt::WA_DeleteOnClose);
    m_minDisk->setRange(0, 2048); // GB; data disk images go up to 2048
    m_minDisk->setSuffix(tr(" GB"));
    m_minDisk->setValue(image.minDiskGb);
    m_minRam->setRange(0, kMaxRamMb);
    m_minRam->setSuffix(tr(" MB"));
    m_minRam->setSpecialValueText(tr("no minimum"));
    m_minRam->setValue(image.minRamMb);
    m_maxRam->setRange(0, kMaxRamMb);
    m_maxRam->setSuffix(tr(" MB"));
    m_maxRam->setSpecialValueText(tr("no limit"));
    m_maxRam->setValue(image.maxRamMb);
    m_tags->setPlaceholderText(tr("one tag per line, as key=value"));
    m_tags->setTabChangesFocus(true);
    m_protected->setChecked(image.isProtected);
    m_restrictions->setObjectName(QStringLiteral("restrictions"));
    m_restrictions->setTextFormat(Qt::PlainText);
    m_restrictions->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Min dis&k:"), m_minDisk);
    form->addRow(tr("Min &RAM:"), m_minRam);
    form->addRow(tr("Ma&x RAM:"), m_maxRam);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_protected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restrictions);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &EditDialog::validate);
    for (QSpinBox *box : {m_minDisk, m_minRam, m_maxRam})
        connect(box, &QSpinBox::valueChanged, this, &EditDialog::validate);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &EditDialog::validate);
    connect(m_protected, &QCheckBox::toggled, this, &EditDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnce(this, m_buttons, m_buttons->button(QDialogButtonBox::Save),
               [this] { emit submitted(changes()); });
    applyRules();
    validate();
}

void EditDialog::applyRules() {
    struct Field {
        QWidget *widget;
        QString label; // as the note names it
        QString reason;
    };
    const QString all = m_rules.all;
    const QList<Field> fields = {
        {m_name, tr("Name"), all},
        {m_description, tr("Description"), all},
        {m_minDisk, tr("Min disk"), all.isEmpty() ? m_rules.minDisk : all},
        {m_minRam, tr("Min RAM"), all.isEmpty() ? m_rules.minRam : all},
        {m_maxRam, tr("Max RAM"), all.isEmpty() ? m_rules.maxRam : all},
        {m_tags, tr("Tags"), all.isEmpty() ? m_rules.tags : all},
        {m_protected, tr("Protected"), all.isEmpty() ? m_rules.isProtected : all},
    };
    QStringList notes;
    for (const Field &field : fields) {
        if (field.reason.isEmpty())
            continue;
        field.widget->setEnabled(false);
        // Disabled widgets still show their tooltip: the reason is where the user points.
        field.widget->setToolTip(plainToolTip(field.reason));
        if (all.isEmpty())
            notes << tr("%1: %2").arg(field.label, field.reason);
    }
    if (!all.isEmpty())
        notes << all; // one reason for every field
    m_restrictions->setText(notes.join(QLatin1Char('\n')));
    m_restrictions->setVisible(!notes.isEmpty());
}

bool EditDialog::changeable(const QString &reason) const {
    return m_rules.all.isEmpty() && reason.isEmpty();
}

QStringList EditDialog::tags() const {
    QStringList tags;
    for (const QString &line : m_tags->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            tags << normalisedTag(line);
    }
    tags.removeDuplicates();
    return tags;
}

ImageChanges EditDialog::changes() const {
    ImageChanges changes;
    changes.imageId = m_image.id;
    if (!m_rules.all.isEmpty())
        return changes;
    if (m_name->text() != m_image.name)
        changes.name = m_name->text();
    if (m_description->text() != m_image.description)
        changes.description = m_description->text();
    if (changeable(m_rules.minDisk) && m_minDisk->value() != m_image.minDiskGb)
        changes.minDiskGb = m_minDisk->value();
    if (changeable(m_rules.minRam) && m_minRam->value() != m_image.minRamMb)
        changes.minRamMb = m_minRam->value();
    if (changeable(m_rules.maxRam) && m_maxRam->value() != m_image.maxRamMb)
        changes.maxRamMb = m_maxRam->value();
    if (changeable(m_rules.isProtected) && m_protected->isChecked() != m_image.isProtected)
        changes.isProtected = m_protected->isChecked();
    if (!changeable(m_rules.tags))
        return changes;
    // A changed value is the new tag added and the old one removed: on IMS the tag API
    // overwrites the key's value, on Glance the list is replaced (ImageOperations::update).
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

QString EditDialog::restrictions() const {
    return m_restrictions->text();
}

QStringList EditDialog::tagProblems(const QStringList &tags) const {
    QStringList problems;
    QHash<QString, int> keys;
    for (const QString &tag : tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            problems << problem;
        ++keys[ImageTag::parse(tag).key];
    }
    // A key holds one value (the IMS tag API keeps one per key). A key the image already has
    // twice (set by another tool on Glance) is left alone until the user adds to it.
    QStringList reported;
    for (const QString &tag : tags) {
        const QString key = ImageTag::parse(tag).key;
        if (keys.value(key) > 1 && !m_image.tags.contains(tag) && !reported.contains(key)) {
            problems << tr("Tag key \"%1\" is given more than once; give it one value.").arg(key);
            reported << key;
        }
    }
    return problems;
}

void EditDialog::validate() {
    QStringList problems;
    if (const QString problem = rules::nameProblem(m_name->text()); !problem.isEmpty())
        problems << problem;
    if (const QString problem = rules::descriptionProblem(m_description->text());
        !problem.isEmpty())
        problems << problem;
    if (m_maxRam->value() > 0 && m_minRam->value() > m_maxRam->value())
        problems << tr("The minimum RAM (%1 MB) is above the maximum (%2 MB).")
                        .arg(m_minRam->value())
                        .arg(m_maxRam->value());
    if (changeable(m_rules.tags))
        problems << tagProblems(tags());
    m_problems->show(problems);
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(problems.isEmpty() && !changes().isEmpty());
}

} // namespace ims
