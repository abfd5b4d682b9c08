#pragma once

#include <QChar>
#include <QString>

// The letter after a single '&' in a widget's or action's text, lower case; none for "&&" (a
// literal ampersand) or no '&' at all. The menu bar's and the dialogs' tests check that no
// letter is used twice where one Alt+letter must lead to one place.
inline QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i;
    }
    return {};
}
