#pragma once

#include "image.h"

#include "operationrules.h"
#include "orders.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ims {

class ProblemsLabel;

// Edits an image's name, description, minimum disk, minimum and maximum RAM, tags (one
// key=value per line) and protection, validating as the user types. What the image's cloud
// does not let a user change (`rules`, from rules::editRules) is shown but disabled, with the
// reason in the field's tooltip and in a note under the form, and is never part of changes().
class EditDialog final : public QDialog {
    Q_OBJECT

public:
    EditDialog(const Image &image, const rules::EditRules &rules, QWidget *parent = nullptr);

    ImageChanges changes() const;
    QString problems() const;
    // The note under the form: why the disabled fields cannot be changed; empty when none is.
    QString restrictions() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *minDiskBox() const { return m_minDisk; }
    QSpinBox *minRamBox() const { return m_minRam; }
    QSpinBox *maxRamBox() const { return m_maxRam; }
    QPlainTextEdit *tagsEdit() const { return m_tags; }
    QCheckBox *protectedBox() const { return m_protected; }

signals:
    void submitted(const ims::ImageChanges &changes);

private:
    // Disables each field the rules keep, with its reason; fills the note.
    void applyRules();
    bool changeable(const QString &reason) const;
    QStringList tags() const;
    QStringList tagProblems(const QStringList &tags) const;
    void validate();

    Image m_image;
    rules::EditRules m_rules;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QSpinBox *m_minDisk;
    QSpinBox *m_minRam;
    QSpinBox *m_maxRam;
    QPlainTextEdit *m_tags;
    QCheckBox *m_protected;
    QLabel *m_restrictions;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ImageChanges)
