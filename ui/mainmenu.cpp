#include "mainmenu.h"

#include "icons.h"
#include "imagetableview.h"
#include "imsdesk_version.h"
#include "mainwindow.h"
#include "settingskeys.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>

#include <iterator>

namespace ims {

namespace {
// The platform's keys for a standard action, or `fallback` where it has none: Preferences and
// Quit have none in Windows' key scheme, which desktops without a platform theme use too.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback) {
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}
} // namespace

MainMenu::MainMenu(MainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window) {
    buildFileMenu(parts);
    buildImageMenu(parts);
    buildViewMenu(parts);
    buildHelpMenu();
}

QMenu *MainMenu::addMenu(const QString &title, const char *objectName, QMenu *parent) {
    QMenu *menu = parent ? parent->addMenu(title) : m_window->menuBar()->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    menu->setIcon(Icons::forAction(QLatin1String(objectName)));
    return menu;
}

QAction *MainMenu::addAction(QMenu *menu, const QString &text, const char *objectName) {
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(objectName));
    Icons::decorate(action);
    return action;
}

void MainMenu::buildFileMenu(const Parts &parts) {
    m_file = addMenu(tr("&File"), "fileMenu");
    m_fileActionsEnd = parts.exportCsv;
    m_file->addAction(parts.exportCsv);
    m_file->addSeparator();
    QAction *settings = addAction(m_file, tr("&Settings…"), "settings");
    settings->setShortcuts(standardKeys(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, m_window, &MainWindow::settingsRequested);
    m_file->addSeparator();
    QAction *quit = addAction(m_file, tr("&Quit"), "quit");
    quit->setShortcuts(standardKeys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    // Closing the window is how imsdesk ends: as with its close button, a close event (which the
    // window may answer), then the state is saved on the way out of main().
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
}

void MainMenu::buildImageMenu(const Parts &parts) {
    m_image = addMenu(tr("&Image"), "imageMenu");
    m_image->addAction(parts.refresh);
    m_image->addSeparator();
    m_imageActionsEnd = m_image->addSeparator(); // the operations go before it
    m_image->addAction(parts.copyId);
    m_image->addAction(parts.copyName);
}

void MainMenu::addImageAction(QAction *action) {
    m_image->insertAction(m_imageActionsEnd, action);
}

void MainMenu::addFileAction(QAction *action) {
    m_file->insertAction(m_fileActionsEnd, action);
}

void MainMenu::setProfileMenu(QMenu *menu) {
    QAction *first = m_file->actions().value(0);
    m_file->insertMenu(first, menu);
    m_file->insertSeparator(first);
}

void MainMenu::buildViewMenu(const Parts &parts) {
    QMenu *view = addMenu(tr("&View"), "viewMenu");
    // One action per tab, in the tabs' order; each follows the other.
    auto *views = new QActionGroup(this);
    const char *names[] = {"viewPrivate", "viewPublic", "viewShared"};
    const QString texts[] = {tr("&Private"), tr("P&ublic"), tr("&Shared with me")};
    for (int tab = 0; tab < int(std::size(names)) && tab < parts.views->count(); ++tab) {
        QAction *action = addAction(view, texts[tab], names[tab]);
        action->setCheckable(true);
        action->setChecked(tab == parts.views->currentIndex());
        views->addAction(action);
        connect(action, &QAction::triggered, parts.views,
                [tabs = parts.views, tab] { tabs->setCurrentIndex(tab); });
    }
    connect(parts.views, &QTabBar::currentChanged, views, [views](int tab) {
        if (QAction *action = views->actions().value(tab))
            action->setChecked(true);
    });
    view->addSeparator();

    // The header's column chooser, filled afresh each time: it shows the columns as they are.
    QMenu *columns = addMenu(tr("&Columns"), "columnsMenu", view);
    connect(columns, &QMenu::aboutToShow, columns, [columns, table = parts.table] {
        columns->clear();
        table->fillColumnMenu(columns);
    });
    QAction *jobs = parts.jobsDock->toggleViewAction();
    jobs->setText(tr("&Jobs panel"));
    jobs->setObjectName(QStringLiteral("jobsPanel"));
    Icons::decorate(jobs);
    view->addAction(jobs);
    QAction *log = addAction(view, tr("&Log"), "logWindow");
    connect(log, &QAction::triggered, m_window, &MainWindow::logWindowRequested);
    view->addSeparator();
    buildThemeMenu(view);
}

void MainMenu::buildThemeMenu(QMenu *view) {
    QMenu *theme = addMenu(tr("&Theme"), "themeMenu", view);
    m_themes = new QActionGroup(this);
    const struct {
        QString text;
        const char *name;
        QString value;
    } themes[] = {{tr("&System"), "themeSystem", QStringLiteral("system")},
                  {tr("&Light"), "themeLight", QStringLiteral("light")},
                  {tr("&Dark"), "themeDark", QStringLiteral("dark")}};
    for (const auto &choice : themes) {
        QAction *action = addAction(theme, choice.text, choice.name);
        action->setCheckable(true);
        action->setData(choice.value);
        m_themes->addAction(action);
    }
    connect(m_themes, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings settings;
        settings::Theme.write(settings, action->data().toString());
        emit themeChosen(action->data().toString());
    });
    // The setting may have changed elsewhere (the settings dialog): the menu shows it as it is.
    connect(theme, &QMenu::aboutToShow, this, [this] {
        const QString current = settings::Theme.read(QSettings());
        for (QAction *action : m_themes->actions())
            action->setChecked(action->data().toString() == current);
    });
}

void MainMenu::buildHelpMenu() {
    QMenu *help = addMenu(tr("&Help"), "helpMenu");
    QAction *shortcuts = addAction(help, tr("&Keyboard shortcuts…"), "keyboardShortcuts");
    connect(shortcuts, &QAction::triggered, this, &MainMenu::showShortcuts);
    QAction *diagnostics = addAction(help, tr("&Copy diagnostics"), "copyDiagnostics");
    connect(diagnostics, &QAction::triggered, m_window, &MainWindow::copyDiagnosticsRequested);
    help->addSeparator();
    QAction *about = addAction(help, tr("&About imsdesk…"), "about");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainMenu::showAbout);
}

void MainMenu::showShortcuts() {
    // Every action of the window, wherever it was added: the window's own, the toolbar's, the
    // table's, the menus' (the image operations are owned by no widget, so findChildren<QAction>
    // would miss them).
    QList<QAction *> actions = m_window->actions();
    for (const QWidget *widget : m_window->findChildren<QWidget *>())
        actions += widget->actions();
    ShortcutsDialog dialog(actions, m_window);
    dialog.exec();
}

QString MainMenu::aboutText() {
    return tr("<h3>imsdesk %1</h3>"
              "<p>Manages the images of Huawei Cloud IMS, Open Telekom Cloud and OpenStack "
              "Glance.</p>"
              "<p>Qt %2 (built with Qt %3)<br>QtKeychain %4</p>"
              "<p>Application id: %5</p>"
              "<p>© 2026 imsdesk developers. imsdesk is not yet published under a licence: all "
              "rights are reserved.</p>")
        .arg(QLatin1String(kImsdeskVersion), QLatin1String(qVersion()),
             QLatin1String(QT_VERSION_STR), QLatin1String(kQtKeychainVersion),
             QLatin1String(kImsdeskAppId));
}

void MainMenu::showAbout() {
    QMessageBox::about(m_window, tr("About imsdesk"), aboutText());
}

} // namespace ims
