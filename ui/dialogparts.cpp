#include "dialogparts.h"

#include "themecolours.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace ims {

ProblemsLabel::ProblemsLabel() {
    setObjectName(QStringLiteral("problems"));
    setTextFormat(Qt::PlainText); // problems may quote names and messages from the server
    setWordWrap(true);
    ThemeColours::setTextTone(this, Tone::Error);
}

bool ProblemsLabel::show(const QStringList &problems) {
    setText(problems.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

void enableClearButton(QLineEdit *edit) {
    edit->setClearButtonEnabled(true);
    // The button shows this action: its text is the button's accessible name and tooltip.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QObject::tr("Clear"));
}

void acceptOnce(QDialog *dialog, QDialogButtonBox *buttons, QPushButton *submit,
                std::function<void()> onSubmit) {
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog,
                     [dialog, submit, onSubmit = std::move(onSubmit)] {
                         submit->setEnabled(false);
                         onSubmit();
                         dialog->accept();
                     });
}

} // namespace ims
