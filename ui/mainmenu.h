#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTabBar;

namespace ims {

class ImageTableView;
class MainWindow;

// The main window's menu bar: File, Image, View and Help. It shows the window's own QAction
// objects (the toolbar's and the table's context menu's), so that an action enabled or hidden
// in one place is so everywhere. What the window does not own (settings, the log, diagnostics,
// the theme) it asks for through the window's signals.
class MainMenu final : public QObject {
    Q_OBJECT

public:
    // What the menus show of the window.
    struct Parts {
        QTabBar *views;
        ImageTableView *table;
        QDockWidget *jobsDock;
        QAction *refresh;
        QAction *copyId;
        QAction *copyName;
        QAction *exportCsv;
    };

    MainMenu(MainWindow *window, const Parts &parts);

    // An image operation, at the end of the Image menu's operations (in the order added).
    void addImageAction(QAction *action);
    // An action that needs no image (Import), before File's Export.
    void addFileAction(QAction *action);
    // The profiles (switch, manage) as File's first submenu.
    void setProfileMenu(QMenu *menu);

    // The "About imsdesk" text: the versions of imsdesk, Qt and QtKeychain, the app id, the
    // licence.
    static QString aboutText();

signals:
    // "system", "light" or "dark", already written to settings::Theme.
    void themeChosen(const QString &theme);

private:
    QMenu *addMenu(const QString &title, const char *objectName, QMenu *parent = nullptr);
    QAction *addAction(QMenu *menu, const QString &text, const char *objectName);
    void buildFileMenu(const Parts &parts);
    void buildImageMenu(const Parts &parts);
    void buildViewMenu(const Parts &parts);
    void buildThemeMenu(QMenu *view);
    void buildHelpMenu();
    void showShortcuts();
    void showAbout();

    MainWindow *m_window;
    QMenu *m_file = nullptr;
    QMenu *m_image = nullptr;
    QAction *m_fileActionsEnd = nullptr;  // before Export
    QAction *m_imageActionsEnd = nullptr; // the separator after the operations
    QActionGroup *m_themes = nullptr;
};

} // namespace ims
