// The window in German and Chinese (issue 15): with the translators installed as main() installs
// them, every action and menu of the logged-in main window reads in that language, Qt's own
// buttons too, and sizes, dates and numbers are written the language's way.
#include "desktopfixture.h"
#include "formatting.h"
#include "imagetablemodel.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

namespace {

// The texts a user reads on the window's actions (menu bar, toolbar, context menus) and menu
// titles, in the order the window built them: two windows built alike list them alike. The image
// operations belong to the OperationsController, not the window: they are found through the
// menus and toolbars that show them.
QStringList actionTexts(const QWidget *window) {
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QWidget *shown : window->findChildren<QWidget *>()) {
        if (qobject_cast<const QMenu *>(shown) || qobject_cast<const QToolBar *>(shown)) {
            for (QAction *action : shown->actions()) {
                if (!actions.contains(action))
                    actions << action;
            }
        }
    }
    QStringList texts;
    for (const QAction *action : std::as_const(actions)) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

// Whether a catalogue has a finished translation of `source` in one of the contexts that build
// the window: a translator may keep a word as it is in English ("Tags" in German), on purpose.
bool hasTranslation(const QTranslator &catalogue, const QString &source) {
    static const char *const contexts[] = {
        "ims::MainWindow",      "ims::MainMenu",    "ims::OperationsController",
        "ims::JobsPanel",       "ims::DetailsPane", "ims::ImageTableView",
        "ims::ProfileSwitcher", "ims::DesktopApp",  "ims::LogWindow",
        "ims::ErrorBanner",     "QObject"};
    for (const char *context : contexts) {
        if (!catalogue.translate(context, source.toUtf8().constData()).isEmpty())
            return true;
    }
    return false;
}

bool hasLetters(const QString &text) {
    return text.contains(QRegularExpression(QStringLiteral("\\p{L}")));
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theWindowSpeaksTheLanguage_data();
    void theWindowSpeaksTheLanguage();
    void formattingFollowsTheLanguage_data();
    void formattingFollowsTheLanguage();
    void theSystemChoosesTheLanguage_data();
    void theSystemChoosesTheLanguage();
    void theSettingsDialogChoosesIt_data();
    void theSettingsDialogChoosesIt();

private:
    void addLanguages();
};

void TestTranslations::initTestCase() {
    DesktopDriver::isolateHome();
}

void TestTranslations::addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestTranslations::theWindowSpeaksTheLanguage_data() {
    addLanguages();
}

void TestTranslations::theWindowSpeaksTheLanguage() {
    QFETCH(QString, language);
    DesktopFixture desk;
    QVERIFY(desk.port != 0);
    QVERIFY(desk.start()->session()->isReady()); // logged in: the image operations are there
    const QStringList english = actionTexts(desk.window());
    QVERIFY2(english.size() > 20, qPrintable(english.join(QLatin1Char('|'))));

    ims::Translations translations;
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    QVERIFY2(translations.install(language, false), "the embedded catalogue is missing");
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(":/i18n/imsdesk_") + language));
    QVERIFY(desk.start()->session()->isReady()); // a restart, with the translators installed
    const QStringList translated = actionTexts(desk.window());
    QCOMPARE(translated.size(), english.size());

    QStringList inEnglish;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (!hasLetters(english[i]))
            continue; // a profile's colour dot, an empty widget action
        const bool same = translated[i] == english[i] && !hasTranslation(catalogue, english[i]);
        if (translated[i].trimmed().isEmpty() || same)
            inEnglish << english[i];
    }
    QVERIFY2(inEnglish.isEmpty(), qPrintable(QStringLiteral("%1 of %2 still read in English: %3")
                                                 .arg(inEnglish.size())
                                                 .arg(english.size())
                                                 .arg(inEnglish.join(QStringLiteral(" | ")))));

    // Qt's own strings (qtbase_<language>.qm): the standard buttons of every dialog.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(!cancel.isEmpty() && cancel.remove(QLatin1Char('&')) != QLatin1String("Cancel"),
             qPrintable(cancel));
}

void TestTranslations::formattingFollowsTheLanguage_data() {
    addLanguages();
}

void TestTranslations::formattingFollowsTheLanguage() {
    QFETCH(QString, language);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chosen(language);
    ims::Translations translations;
    translations.install(language, false);
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });

    // The table's cells, as a user reads them.
    ims::Image image;
    image.id = QStringLiteral("8a2c4e06-0000-4000-8000-000000000001");
    image.name = QStringLiteral("debian-12");
    image.sizeBytes = 1610612736; // 1.5 GiB
    image.minRamMb = 4096;
    image.createdAt = QDateTime(QDate(2026, 12, 2), QTime(18, 30), Qt::UTC);
    ims::ImageTableModel model;
    model.upsert({image});
    const auto cell = [&](int column) {
        return model.index(0, column).data(Qt::DisplayRole).toString();
    };

    const QString date = cell(ims::ImageTableModel::Created);
    QCOMPARE(date, chosen.toString(image.createdAt.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(date != english.toString(image.createdAt.toLocalTime(), QLocale::ShortFormat),
             qPrintable(date));
    QCOMPARE(cell(ims::ImageTableModel::Size),
             chosen.formattedDataSize(image.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(ims::formatSize(image.sizeBytes), cell(ims::ImageTableModel::Size));
    QVERIFY(cell(ims::ImageTableModel::MinRam).startsWith(chosen.toString(4096)));
    if (language == QLatin1String("de")) { // a decimal comma, a dot between thousands
        QVERIFY2(cell(ims::ImageTableModel::Size).startsWith(QLatin1String("1,5")),
                 qPrintable(cell(ims::ImageTableModel::Size)));
        QVERIFY2(cell(ims::ImageTableModel::MinRam).startsWith(QLatin1String("4.096")),
                 qPrintable(cell(ims::ImageTableModel::MinRam)));
    }
}

void TestTranslations::theSystemChoosesTheLanguage_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("language");
    const QString system = QStringLiteral("system");
    QTest::newRow("Austrian German") << system << QStringList{"de-AT", "de", "en-US"} << "de";
    QTest::newRow("mainland Chinese") << system << QStringList{"zh-Hans-CN", "zh-CN"} << "zh_CN";
    QTest::newRow("Singapore Chinese") << system << QStringList{"zh-SG"} << "zh_CN";
    QTest::newRow("Taiwan: traditional, then English")
        << system << QStringList{"zh-Hant-TW", "en-GB"} << "en";
    QTest::newRow("French, then German") << system << QStringList{"fr-FR", "de-DE"} << "de";
    QTest::newRow("nothing imsdesk speaks") << system << QStringList{"fr-FR", "C"} << "en";
    QTest::newRow("the setting over the system") << "zh_CN" << QStringList{"de-DE"} << "zh_CN";
    QTest::newRow("English over a German system") << "en" << QStringList{"de-DE"} << "en";
    QTest::newRow("an unknown setting: the system's") << "klingon" << QStringList{"de"} << "de";
}

void TestTranslations::theSystemChoosesTheLanguage() {
    QFETCH(QString, setting);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, language);
    QCOMPARE(ims::Translations::resolve(setting, uiLanguages), language);
}

void TestTranslations::theSettingsDialogChoosesIt_data() {
    addLanguages();
}

// Settings > Language, then a start: the dialogs built after it speak the language chosen.
void TestTranslations::theSettingsDialogChoosesIt() {
    QFETCH(QString, language);
    const QString englishTitle = ims::SettingsDialog(nullptr).windowTitle();
    {
        ims::SettingsDialog dialog(nullptr);
        QComboBox *box = dialog.languageBox();
        const int index = box->findData(language);
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        QVERIFY(dialog.apply());
    }
    QCOMPARE(ims::settings::Language.read(QSettings()), language);

    ims::Translations translations; // what main() does at the next start
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    QCOMPARE(translations.installFromSettings(), language);
    QCOMPARE(QLocale().language(), QLocale(language).language());
    ims::SettingsDialog reopened(nullptr);
    QVERIFY2(reopened.windowTitle() != englishTitle, qPrintable(reopened.windowTitle()));
    QCOMPARE(reopened.languageBox()->currentData().toString(), language);
    QSettings().remove(QLatin1String(ims::settings::Language.name));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
