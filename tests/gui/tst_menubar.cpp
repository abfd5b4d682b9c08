// The main window's menu bar (issue 14): every action reachable from it and doing what it says,
// the same actions as the toolbar's, unique mnemonics, the shortcuts and About dialogs.
#include "desktopfixture.h"
#include "editdialog.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "imsdesk_version.h"
#include "joblistmodel.h"
#include "mainwindow.h"
#include "mnemonic.h"
#include "profileswitcher.h"
#include "settingskeys.h"
#include "shortcutsdialog.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

using ims::MainWindow;

namespace {

// The menu named `objectName` anywhere under the window's menu bar.
QMenu *menuNamed(const MainWindow *window, const QString &objectName) {
    for (QAction *top : window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        if (menu->objectName() == objectName)
            return menu;
        for (QAction *entry : menu->actions()) {
            if (entry->menu() && entry->menu()->objectName() == objectName)
                return entry->menu();
        }
    }
    return nullptr;
}

// Every action the menu bar reaches, submenus' included.
QList<QAction *> reachable(const QMenu *menu) {
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        actions << action;
        if (action->menu())
            actions += reachable(action->menu());
    }
    return actions;
}
QList<QAction *> reachable(const MainWindow *window) {
    QList<QAction *> actions;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            actions += reachable(top->menu());
    }
    return actions;
}

QAction *actionNamed(const QMenu *menu, const QString &objectName) {
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

// Clicks the action named (object name or text) `entry` in `menu`, opened as a user opens it
// (its aboutToShow runs first). A dialog the click opens is checked by a timer started before.
void clickInMenu(QMenu *menu, const QString &entry) {
    menu->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QAction *action = actionNamed(menu, entry);
    for (QAction *candidate : menu->actions()) {
        if (!action && candidate->text() == entry)
            action = candidate;
    }
    QVERIFY2(action, qPrintable(entry));
    QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(entry));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    if (menu->isVisible())
        menu->close();
}

// Runs `check` on the modal dialog shown next (looking for it until it is there), then closes
// it: the click that opens it only returns once it is closed.
template <typename Dialog> void onModal(std::function<void(Dialog *)> check, bool *seen) {
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, check, seen, tries = 0]() mutable {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && ++tries < 500)
            return;
        poll->deleteLater();
        poll->stop();
        *seen = dialog != nullptr;
        if (!dialog)
            return;
        check(dialog);
        dialog->reject();
    });
    poll->start();
}

} // namespace

class TestMenuBar final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theBarHasFileImageViewHelp();
    void everyActionIsReachable_data();
    void everyActionIsReachable();
    void windowsSignalsAreEmitted_data();
    void windowsSignalsAreEmitted();
    void settingsAndQuitHaveTheirKeys();
    void quitClosesTheWindow();
    void viewActionsFollowTheTabsBothWays();
    void columnsSubmenuTogglesColumns();
    void jobsPanelTogglesTheDock();
    void themeIsWrittenAndSignalled_data();
    void themeIsWrittenAndSignalled();
    void themeMenuShowsTheCurrentSetting();
    void shortcutsDialogListsEveryShortcut();
    void aboutShowsTheVersions();
    // The whole application: its image operations and profiles are in the menu bar too.
    void everyToolbarActionIsInTheMenuBar();
    void operationsAreTheSameActions_data();
    void operationsAreTheSameActions();
    void editFromTheImageMenuOpensItsDialog();
    void profileNamesAreNoMnemonics();
    void themeFromTheMenuReachesTheApp();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();

private:
    MainWindow *desktopWindow();

    ims::ImageTableModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
    ims::JobListModel m_jobs;
    std::unique_ptr<DesktopFixture> m_desk;
    ims::ProfileSwitcher *m_switcher = nullptr;
};

void TestMenuBar::initTestCase() {
    DesktopDriver::isolateHome(); // the theme is written to this test's own settings
}

void TestMenuBar::init() {
    m_model = new ims::ImageTableModel;
    m_window = new MainWindow(m_model, &m_jobs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMenuBar::cleanup() {
    delete m_window;
    delete m_model;
}

// A logged-in DesktopApp, with the profile switcher the LoginController gives it in main().
MainWindow *TestMenuBar::desktopWindow() {
    if (!m_desk) {
        m_desk = std::make_unique<DesktopFixture>();
        if (m_desk->port == 0)
            return nullptr;
        m_desk->start();
        m_switcher = new ims::ProfileSwitcher(m_desk->window());
        m_switcher->setProfiles({QStringLiteral("lab"), QStringLiteral("R&D")}, {{}, {}},
                                QStringLiteral("lab"));
        m_desk->window()->setProfileMenu(m_switcher->profileMenu());
    }
    return m_desk->window();
}

void TestMenuBar::theBarHasFileImageViewHelp() {
    QStringList titles;
    for (QAction *top : m_window->menuBar()->actions())
        titles << top->text();
    QCOMPARE(titles, QStringList({"&File", "&Image", "&View", "&Help"}));
}

void TestMenuBar::everyActionIsReachable_data() {
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::newRow("export CSV") << "fileMenu"
                                << "exportCsv"
                                << "&Export view as CSV…";
    QTest::newRow("settings") << "fileMenu"
                              << "settings"
                              << "&Settings…";
    QTest::newRow("quit") << "fileMenu"
                          << "quit"
                          << "&Quit";
    QTest::newRow("refresh") << "imageMenu"
                             << "refresh"
                             << "&Refresh";
    QTest::newRow("copy ID") << "imageMenu"
                             << "copyId"
                             << "Copy &ID";
    QTest::newRow("copy name") << "imageMenu"
                               << "copyName"
                               << "Copy &name";
    QTest::newRow("private") << "viewMenu"
                             << "viewPrivate"
                             << "&Private";
    QTest::newRow("public") << "viewMenu"
                            << "viewPublic"
                            << "P&ublic";
    QTest::newRow("shared") << "viewMenu"
                            << "viewShared"
                            << "&Shared with me";
    QTest::newRow("jobs panel") << "viewMenu"
                                << "jobsPanel"
                                << "&Jobs panel";
    QTest::newRow("log") << "viewMenu"
                         << "logWindow"
                         << "&Log";
    QTest::newRow("system theme") << "themeMenu"
                                  << "themeSystem"
                                  << "&System";
    QTest::newRow("light theme") << "themeMenu"
                                 << "themeLight"
                                 << "&Light";
    QTest::newRow("dark theme") << "themeMenu"
                                << "themeDark"
                                << "&Dark";
    QTest::newRow("shortcuts") << "helpMenu"
                               << "keyboardShortcuts"
                               << "&Keyboard shortcuts…";
    QTest::newRow("diagnostics") << "helpMenu"
                                 << "copyDiagnostics"
                                 << "&Copy diagnostics";
    QTest::newRow("about") << "helpMenu"
                           << "about"
                           << "&About imsdesk…";
}

void TestMenuBar::everyActionIsReachable() {
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QMenu *found = menuNamed(m_window, menu);
    QVERIFY2(found, qPrintable(menu));
    QAction *entry = actionNamed(found, action);
    QVERIFY2(entry, qPrintable(action));
    QCOMPARE(entry->text(), text);
    QVERIFY(entry->isVisible());
    QVERIFY(entry->isEnabled());
}

void TestMenuBar::windowsSignalsAreEmitted_data() {
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("settings") << "fileMenu"
                              << "settings" << QByteArray(SIGNAL(settingsRequested()));
    QTest::newRow("refresh") << "imageMenu"
                             << "refresh" << QByteArray(SIGNAL(refreshRequested()));
    QTest::newRow("log") << "viewMenu"
                         << "logWindow" << QByteArray(SIGNAL(logWindowRequested()));
    QTest::newRow("diagnostics") << "helpMenu"
                                 << "copyDiagnostics"
                                 << QByteArray(SIGNAL(copyDiagnosticsRequested()));
}

void TestMenuBar::windowsSignalsAreEmitted() {
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QByteArray, signal);
    QSignalSpy emitted(m_window, signal.constData());
    QMenu *found = menuNamed(m_window, menu);
    QVERIFY(found);
    clickInMenu(found, action);
    QCOMPARE(emitted.count(), 1);
}

void TestMenuBar::settingsAndQuitHaveTheirKeys() {
    QMenu *file = menuNamed(m_window, QStringLiteral("fileMenu"));
    QVERIFY(!actionNamed(file, QStringLiteral("settings"))->shortcuts().isEmpty());
    QVERIFY(actionNamed(file, QStringLiteral("quit"))
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QCOMPARE(
        actionNamed(menuNamed(m_window, QStringLiteral("imageMenu")), QStringLiteral("refresh"))
            ->shortcut(),
        QKeySequence(Qt::Key_F5));

    // The keys work with the menus closed, the table focused.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->imageTable()->setFocus();
    QSignalSpy settings(m_window, &MainWindow::settingsRequested);
    const QKeySequence settingsKey = actionNamed(file, QStringLiteral("settings"))->shortcut();
    QTest::keySequence(m_window, settingsKey);
    QCOMPARE(settings.count(), 1);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMenuBar::quitClosesTheWindow() {
    // Closed as by its close button (a close event, which the window may answer): that is
    // what saves its state and ends the application.
    struct CloseCounter : QObject {
        int closes = 0;
        bool eventFilter(QObject *, QEvent *event) override {
            closes += event->type() == QEvent::Close;
            return false;
        }
    } counter;
    m_window->installEventFilter(&counter);
    QMenu *file = menuNamed(m_window, QStringLiteral("fileMenu"));
    clickInMenu(file, QStringLiteral("quit"));
    QCOMPARE(counter.closes, 1);
    QVERIFY(!m_window->isVisible());
}

void TestMenuBar::viewActionsFollowTheTabsBothWays() {
    QMenu *view = menuNamed(m_window, QStringLiteral("viewMenu"));
    QVERIFY(actionNamed(view, QStringLiteral("viewPrivate"))->isChecked());
    QSignalSpy changed(m_window, &MainWindow::viewChanged);
    clickInMenu(view, QStringLiteral("viewPublic"));
    QCOMPARE(m_window->currentView(), MainWindow::View::Public);
    QCOMPARE(changed.count(), 1);
    QVERIFY(actionNamed(view, QStringLiteral("viewPublic"))->isChecked());
    QVERIFY(!actionNamed(view, QStringLiteral("viewPrivate"))->isChecked());

    // A click on the tab: the menu shows it.
    auto *tabs = m_window->findChild<QTabBar *>();
    QTest::mouseClick(tabs, Qt::LeftButton, {},
                      tabs->tabRect(int(MainWindow::View::SharedWithMe)).center());
    QCOMPARE(m_window->currentView(), MainWindow::View::SharedWithMe);
    QVERIFY(actionNamed(view, QStringLiteral("viewShared"))->isChecked());
    QVERIFY(!actionNamed(view, QStringLiteral("viewPublic"))->isChecked());
}

void TestMenuBar::columnsSubmenuTogglesColumns() {
    QHeaderView *header = m_window->imageTable()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ims::ImageTableModel::Size));
    QMenu *columns = menuNamed(m_window, QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    QSignalSpy stateChanged(m_window->imageTable(), &ims::ImageTableView::headerStateChanged);
    const auto sizeEntry = [columns] {
        for (QAction *action : columns->actions()) {
            if (action->text() == QLatin1String("Size"))
                return action;
        }
        return static_cast<QAction *>(nullptr);
    };
    emit columns->aboutToShow(); // filled when opened
    QVERIFY(sizeEntry() && sizeEntry()->isChecked());
    clickInMenu(columns, QStringLiteral("Size"));
    QVERIFY(header->isSectionHidden(ims::ImageTableModel::Size));
    QCOMPARE(stateChanged.count(), 1);

    // Opened again: it shows the column hidden, and one click brings it back.
    columns->popup(QPoint(0, 0));
    QVERIFY(!sizeEntry()->isChecked());
    columns->close();
    clickInMenu(columns, QStringLiteral("Size"));
    QVERIFY(!header->isSectionHidden(ims::ImageTableModel::Size));
}

void TestMenuBar::jobsPanelTogglesTheDock() {
    QMenu *view = menuNamed(m_window, QStringLiteral("viewMenu"));
    QAction *jobs = actionNamed(view, QStringLiteral("jobsPanel"));
    QVERIFY(jobs);
    QVERIFY(m_window->jobsDock()->isVisible());
    QVERIFY(jobs->isChecked());
    clickInMenu(view, QStringLiteral("jobsPanel"));
    QVERIFY(!m_window->jobsDock()->isVisible());
    QVERIFY(!jobs->isChecked());
    clickInMenu(view, QStringLiteral("jobsPanel"));
    QVERIFY(m_window->jobsDock()->isVisible());
}

void TestMenuBar::themeIsWrittenAndSignalled_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("theme");
    QTest::newRow("dark") << "themeDark"
                          << "dark";
    QTest::newRow("light") << "themeLight"
                           << "light";
    QTest::newRow("system") << "themeSystem"
                            << "system";
}

void TestMenuBar::themeIsWrittenAndSignalled() {
    QFETCH(QString, action);
    QFETCH(QString, theme);
    QSettings().remove(QLatin1String(ims::settings::Theme.name));
    if (theme == QLatin1String("system")) // else choosing the default would not show a change
        ims::settings::Theme.write(*std::make_unique<QSettings>(), QStringLiteral("dark"));
    QSignalSpy chosen(m_window, &MainWindow::themeChosen);
    QMenu *menu = menuNamed(m_window, QStringLiteral("themeMenu"));
    clickInMenu(menu, action);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), theme);
    QCOMPARE(QSettings().value(QLatin1String(ims::settings::Theme.name)).toString(), theme);
    QVERIFY(actionNamed(menu, action)->isChecked());
}

void TestMenuBar::themeMenuShowsTheCurrentSetting() {
    QMenu *menu = menuNamed(m_window, QStringLiteral("themeMenu"));
    for (const QString theme : {"light", "dark", "system"}) {
        {
            QSettings settings; // as the settings dialog writes it
            ims::settings::Theme.write(settings, theme);
        }
        menu->popup(QPoint(0, 0));
        QStringList checked;
        for (QAction *action : menu->actions()) {
            if (action->isChecked())
                checked << action->data().toString();
        }
        menu->close();
        QCOMPARE(checked, QStringList{theme});
    }
}

void TestMenuBar::shortcutsDialogListsEveryShortcut() {
    QMap<QString, QString> listed;
    bool seen = false;
    onModal<ims::ShortcutsDialog>(
        [&listed](ims::ShortcutsDialog *dialog) {
            QTreeWidget *list = dialog->list();
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                listed.insert(list->topLevelItem(row)->text(0), list->topLevelItem(row)->text(1));
        },
        &seen);
    QMenu *help = menuNamed(m_window, QStringLiteral("helpMenu"));
    clickInMenu(help, QStringLiteral("keyboardShortcuts"));
    QVERIFY(seen);
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    QCOMPARE(listed.value(QStringLiteral("Refresh")), native(QKeySequence(Qt::Key_F5)));
    QCOMPARE(listed.value(QStringLiteral("Copy ID")), native(QKeySequence::Copy));
    QCOMPARE(listed.value(QStringLiteral("Copy name")),
             native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
    QCOMPARE(listed.value(QStringLiteral("Find")), native(QKeySequence::Find));
    QCOMPARE(listed.value(QStringLiteral("Quit")), native(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(listed.contains(QStringLiteral("Settings…")));
    // Without mnemonic markers, and only what has a shortcut.
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        QVERIFY2(!it.key().contains(QLatin1Char('&')), qPrintable(it.key()));
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }
    QVERIFY(!listed.contains(QStringLiteral("About imsdesk…")));
    QCOMPARE(ims::ShortcutsDialog::withoutMnemonic(QStringLiteral("Save && &quit")),
             QStringLiteral("Save & quit"));
}

void TestMenuBar::aboutShowsTheVersions() {
    QString text;
    bool seen = false;
    onModal<QMessageBox>([&text](QMessageBox *box) { text = box->text(); }, &seen);
    QMenu *help = menuNamed(m_window, QStringLiteral("helpMenu"));
    clickInMenu(help, QStringLiteral("about"));
    QVERIFY(seen);
    QVERIFY2(text.contains(QStringLiteral("Qt %1 (built with Qt %2)")
                               .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("imsdesk %1").arg(QLatin1String(kImsdeskVersion))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("QtKeychain %1").arg(QLatin1String(kQtKeychainVersion))),
             qPrintable(text));
    QVERIFY(QByteArray(kQtKeychainVersion).startsWith("0.")); // configured, not "@…@" or empty
    QVERIFY(text.contains(QLatin1String("io.github.imsdesk.imsdesk")));
    QVERIFY(text.contains(QLatin1String("all rights are reserved")));
}

void TestMenuBar::everyToolbarActionIsInTheMenuBar() {
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    const QList<QAction *> inMenus = reachable(window);
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    int buttons = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue; // the profile label, the search field
        ++buttons;
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
    }
    QVERIFY(buttons >= 10); // Refresh and the operations
    // And the table's context menu: the same actions too.
    for (QAction *action : window->imageTable()->actions())
        QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
}

void TestMenuBar::operationsAreTheSameActions_data() {
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::newRow("import") << "fileMenu"
                            << "import";
    for (const char *name :
         {"create", "replicateHere", "replicate", "edit", "share", "export", "delete"})
        QTest::newRow(name) << "imageMenu" << name;
    QTest::newRow("profiles") << "fileMenu"
                              << "manageProfiles";
}

void TestMenuBar::operationsAreTheSameActions() {
    QFETCH(QString, menu);
    QFETCH(QString, action);
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    QList<QAction *> entries = reachable(menuNamed(window, menu));
    QAction *own = action == QLatin1String("manageProfiles")
                       ? m_switcher->profileMenu()->findChild<QAction *>(action)
                       : m_desk->app->operations()->action(action);
    QVERIFY(own);
    QVERIFY2(entries.contains(own), qPrintable(action));
}

void TestMenuBar::editFromTheImageMenuOpensItsDialog() {
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    QMenu *image = menuNamed(window, QStringLiteral("imageMenu"));
    QAction *edit = actionNamed(image, QStringLiteral("edit"));
    window->imageTable()->clearSelection();
    QVERIFY(!edit->isEnabled()); // no image selected: greyed in the menu as in the toolbar
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    QVERIFY(edit->isEnabled());
    clickInMenu(image, QStringLiteral("edit"));
    const auto shownDialog = [window] {
        auto *dialog = window->findChild<ims::EditDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    };
    QTRY_VERIFY(shownDialog());
    delete shownDialog();

    // Accept and reject are there in the shared view only, as in the toolbar.
    QVERIFY(!actionNamed(image, QStringLiteral("accept"))->isVisible());
    QMenu *view = menuNamed(window, QStringLiteral("viewMenu"));
    clickInMenu(view, QStringLiteral("viewShared"));
    QVERIFY(actionNamed(image, QStringLiteral("accept"))->isVisible());
    QVERIFY(actionNamed(image, QStringLiteral("reject"))->isVisible());
    clickInMenu(view, QStringLiteral("viewPrivate"));
}

void TestMenuBar::profileNamesAreNoMnemonics() {
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    QStringList shown;
    for (const QAction *entry : menuNamed(window, QStringLiteral("profileMenu"))->actions())
        shown << ims::ShortcutsDialog::withoutMnemonic(entry->text());
    QVERIFY2(shown.contains(QStringLiteral("R&D")), qPrintable(shown.join(", ")));
    QVERIFY(shown.contains(QStringLiteral("lab")));
}

void TestMenuBar::themeFromTheMenuReachesTheApp() {
    // View > Theme and the settings dialog choose one setting: whoever applies the palette
    // hears both through DesktopApp::themeChanged.
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    ims::settings::Theme.write(*std::make_unique<QSettings>(), QStringLiteral("system"));
    QSignalSpy changed(m_desk->app.get(), &ims::DesktopApp::themeChanged);
    clickInMenu(menuNamed(window, QStringLiteral("themeMenu")), QStringLiteral("themeDark"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("dark"));
}

void TestMenuBar::mnemonicsAreUnique_data() {
    QTest::addColumn<QString>("menu");
    for (const char *menu : {"", "fileMenu", "profileMenu", "imageMenu", "viewMenu", "columnsMenu",
                             "themeMenu", "helpMenu"})
        QTest::newRow(*menu ? menu : "the bar's titles") << menu;
}

void TestMenuBar::mnemonicsAreUnique() {
    QFETCH(QString, menu);
    MainWindow *window = desktopWindow();
    QVERIFY(window);
    QList<QAction *> entries;
    if (menu.isEmpty()) {
        entries = window->menuBar()->actions();
    } else {
        QMenu *found = menuNamed(window, menu);
        QVERIFY2(found, qPrintable(menu));
        emit found->aboutToShow(); // the columns are filled when the menu opens
        entries = found->actions();
    }
    QMap<QChar, QString> taken;
    for (const QAction *entry : entries) {
        const QChar key = mnemonicOf(entry->text());
        if (key.isNull())
            continue;
        QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("'%1' in both %2 and %3")
                                                      .arg(key)
                                                      .arg(taken.value(key), entry->text())));
        taken.insert(key, entry->text());
    }
    if (menu.isEmpty())
        QCOMPARE(taken.size(), entries.size()); // each title has its own
}

QTEST_MAIN(TestMenuBar)
#include "tst_menubar.moc"
