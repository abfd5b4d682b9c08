#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class QAction;
class QColor;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabBar;
class QTimer;

namespace ims {

class DetailsPane;
class ErrorBanner;
class ImageFilterProxyModel;
class ImageTableModel;
class ImageTableView;
class JobListModel;
class JobsPanel;
class MainMenu;
class RegionBar;
struct ApiError;
struct Image;

// The main window: the image table with its search field and view tabs, the details pane, the
// jobs dock and the status bar. It shows models and emits what the user asks for; it never
// touches the network.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Private, Public, SharedWithMe, AllRegions };
    Q_ENUM(View)
    enum class Connection { Offline, Online, Reconnecting, LoginFailed };

    MainWindow(ImageTableModel *images, JobListModel *jobs, QWidget *parent = nullptr);

    View currentView() const;
    ImageTableView *imageTable() const { return m_table; }
    DetailsPane *detailsPane() const { return m_details; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // The All regions view's chips and per-region errors (shown in that view only).
    RegionBar *regionBar() const { return m_regionBar; }
    // The All regions view's Profile column: shown while its inventory spans several profiles.
    void setProfileColumnShown(bool shown);
    QDockWidget *jobsDock() const { return m_jobsDock; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    QAction *refreshAction() const { return m_refresh; }
    // Where an action goes in the menu bar: the Image menu, or File for what needs no image
    // (Import).
    enum class MenuBarPlace { Image, File };
    // Toolbar actions appear in the table's context menu and in the menu bar too, in the same
    // order: the same object everywhere, so that enabling it enables it everywhere.
    void addImageAction(QAction *action, MenuBarPlace place = MenuBarPlace::Image);
    // The profiles' menu (switch, manage), as the File menu's first entry.
    void setProfileMenu(QMenu *menu);

    void setProfile(const QString &name, const QString &region, const QColor &colour = {});
    // Warns in the status bar that the profile allows plain http:// to remote hosts.
    void setInsecureTransport(bool allowed);
    void setConnection(Connection connection);
    void setLoading(int loaded, int expectedOrZero);
    void setLoaded(const QDateTime &when, bool stale);
    void setQuota(int used, int allowed);
    // `atLeast`: the count stopped early; there may be more.
    void setPendingShares(int count, bool atLeast = false);
    // In the banner above the table; its Retry calls `retry` (none: no Retry button).
    void showError(const QString &context, const ApiError &error, std::function<void()> retry = {});
    // The banner goes, with its Retry (a profile switch: nothing of the old connection stays).
    void clearError();

    // Writes the rows the view shows, in its order and visible columns; emits csvExported.
    void exportCsvTo(const QString &path);
    // Selects and shows the image, clearing a search that hides it; false when it is not listed.
    bool selectImage(const QString &imageId);
    // Brings the window to the front with the jobs dock shown and the job selected in it.
    void showJob(const QString &jobId);

signals:
    void viewChanged(ims::MainWindow::View view);
    void refreshRequested();
    void currentImageChanged(const QString &imageId);
    void csvExported(const QString &path, const QString &errorOrEmpty);
    // A local file was dropped on the window: to be imported.
    void fileDropped(const QString &path);
    // From the menu bar (File, View, Help): what the window itself does not own.
    void settingsRequested();
    void logWindowRequested();
    void copyDiagnosticsRequested();
    // View > Theme: "system", "light" or "dark", already written to settings::Theme.
    void themeChosen(const QString &theme);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildJobsDock();
    void buildStatusBar();
    void orderTabStops();
    void updateRowCount();
    void updateDetails();
    void showViewColumns(View view);
    void copySelected(QString Image::*field);
    void chooseCsvFile();

    ImageTableModel *m_images;
    ImageFilterProxyModel *m_proxy;
    ImageTableView *m_table = nullptr;
    DetailsPane *m_details;
    ErrorBanner *m_banner;
    RegionBar *m_regionBar;
    QTabBar *m_views;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QDockWidget *m_jobsDock = nullptr;
    JobsPanel *m_jobsPanel;
    QAction *m_refresh = nullptr;
    bool m_profileColumn = false; // setProfileColumnShown()
    QAction *m_copyId = nullptr;
    QAction *m_copyName = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_imageActionsEnd = nullptr;
    MainMenu *m_menu = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_rowCount = nullptr;
    QLabel *m_quota = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_insecure = nullptr; // the profile allows plain HTTP
    QProgressBar *m_loadProgress = nullptr;
};

} // namespace ims
