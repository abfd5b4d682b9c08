#pragma once

#include <QLabel>

#include <functional>

class QDialog;
class QLineEdit;
class QDialogButtonBox;
class QPushButton;

namespace ims {

// The reasons, in red, why a dialog cannot be submitted yet; hidden when there are none.
class ProblemsLabel final : public QLabel {
    Q_OBJECT

public:
    ProblemsLabel();
    // Shows `problems`; returns whether there are none.
    bool show(const QStringList &problems);
};

// On `buttons`' accepted: disables `submit` (so a double click submits once), calls `onSubmit`,
// and accepts `dialog`.
// Shows `edit`'s clear button with a name: Qt's is an icon only, read as a bare "button".
void enableClearButton(QLineEdit *edit);

void acceptOnce(QDialog *dialog, QDialogButtonBox *buttons, QPushButton *submit,
                std::function<void()> onSubmit);

} // namespace ims
