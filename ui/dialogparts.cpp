#include "dialogparts.h"

#include "themecolours.h"

#include <QDialog>
#include <QDialogButtonBox>
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
