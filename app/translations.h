#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace ims {

// The language the window speaks: imsdesk's own strings (the .qm files embedded under
// ":/i18n/") and Qt's (qtbase_<language>.qm from the system's Qt translations: the standard
// buttons, the file dialog, the context menus of line edits), with QLocale's default to match.
// Installed once at start, before any window exists (the widgets translate their texts when they
// are built; a change in the settings takes effect at the next start). imsctl installs none: its
// output stays English for the scripts that read it.
class Translations final {
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;
    ~Translations(); // the translators leave the application with this object

    // The languages imsdesk has: "en" (the sources'), "de", "zh_CN".
    static QStringList languages();
    // What `setting` (settings::Language: "system" or one of languages()) means with a system
    // that prefers `uiLanguages` (QLocale::system().uiLanguages(), "de-AT", "zh-Hans-CN", …):
    // the first of them that imsdesk speaks, else English.
    static QString resolve(const QString &setting, const QStringList &uiLanguages);

    // Installs the translators for `language` (one of languages()) on the application, and for
    // an explicit choice (`followSystemLocale` false) makes that language's locale the default
    // that dates, sizes and numbers are formatted by. False when imsdesk's own catalogue is
    // missing: the window stays English (Qt's strings may still be translated).
    bool install(const QString &language, bool followSystemLocale);
    // Reads settings::Language and installs what it resolves to; returns that language.
    QString installFromSettings();

private:
    QTranslator m_imsdesk;
    QTranslator m_qt;
};

} // namespace ims
