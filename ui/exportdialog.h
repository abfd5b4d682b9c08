#pragma once

#include "image.h"

#include "orders.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ims {

class ProblemsLabel;

// Exports an image to an object storage bucket of its region (SPEC §5.8).
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(const Image &image, QWidget *parent = nullptr);

    ExportOrder order() const;
    QString problems() const;
    QLineEdit *bucketEdit() const { return m_bucket; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *quickBox() const { return m_quick; }

signals:
    void submitted(const ims::ExportOrder &order);

private:
    void validate();

    Image m_image;
    QLineEdit *m_bucket;
    QComboBox *m_format;
    QCheckBox *m_quick;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::ExportOrder)
