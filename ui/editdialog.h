#pragma once

#include "image.h"

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

// Edits an image's name, description, minimum disk and RAM, tags (one key=value per line) and
// protection, validating as the user types.
class EditDialog final : public QDialog {
    Q_OBJECT

public:
    explicit EditDialog(const Image &image, QWidget *parent = nullptr);

    ImageChanges changes() const;
    QString problems() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *minDiskBox() const { return m_minDisk; }
    QSpinBox *minRamBox() const { return m_minRam; }
    QPlainTextEdit *tagsEdit() const { return m_tags; }
    QCheckBox *protectedBox() const { return m_protected; }

signals:
    void submitted(const ims::ImageChanges &changes);

private:
    QStringList tags() const;
    void validate();

    Image m_image;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QSpinBox *m_minDisk;
    QSpinBox *m_minRam;
    QPlainTextEdit *m_tags;
    QCheckBox *m_protected;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ImageChanges)
