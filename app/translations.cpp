#include "translations.h"

#include "settingskeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace ims {

namespace {

// The language of imsdesk's that `locale` asks for, or none: German in any country; Chinese only
// in simplified script (zh_TW and zh_HK write traditional characters, which zh_CN is not).
QString spokenFor(const QLocale &locale) {
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Chinese:
        if (locale.script() == QLocale::SimplifiedHanScript)
            return QStringLiteral("zh_CN");
        return QString();
    default:
        return QString();
    }
}

} // namespace

Translations::~Translations() {
    QCoreApplication::removeTranslator(&m_imsdesk);
    QCoreApplication::removeTranslator(&m_qt);
}

QStringList Translations::languages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString Translations::resolve(const QString &setting, const QStringList &uiLanguages) {
    if (setting != QLatin1String("system") && languages().contains(setting))
        return setting;
    for (const QString &name : uiLanguages) {
        if (const QString spoken = spokenFor(QLocale(name)); !spoken.isEmpty())
            return spoken;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &language, bool followSystemLocale) {
    QCoreApplication::removeTranslator(&m_imsdesk);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(language);
    if (!followSystemLocale)
        QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true; // the sources' language
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (!m_imsdesk.load(QStringLiteral(":/i18n/imsdesk_") + language))
        return false;
    QCoreApplication::installTranslator(&m_imsdesk);
    return true;
}

QString Translations::installFromSettings() {
    const QString setting = settings::Language.read(QSettings());
    const QString language = resolve(setting, QLocale::system().uiLanguages());
    // "system": the system's locale formats too (de_AT's dates are not de_DE's, and a French
    // system that reads English keeps its French dates).
    install(language, setting == QLatin1String("system"));
    return language;
}

} // namespace ims
