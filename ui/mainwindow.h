#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;

namespace ims {

class ImageFilterProxyModel;
class ImageTableModel;

// The main window: the image table with its search field and view tabs, the jobs dock and the
// status bar. It shows models and emits what the user asks for; it never touches the network.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Private, Public, SharedWithMe };
    Q_ENUM(View)

    explicit MainWindow(ImageTableModel *images, QWidget *parent = nullptr);

    View currentView() const;
    QTableView *imageTable() const { return m_table; }
    QDockWidget *jobsDock() const { return m_jobsDock; }

signals:
    void viewChanged(ims::MainWindow::View view);

private:
    void buildToolBar();
    void buildJobsDock();
    void updateRowCount();

    ImageTableModel *m_images;
    ImageFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabBar *m_views;
    QLineEdit *m_search;
    QDockWidget *m_jobsDock = nullptr;
    QLabel *m_rowCount;
};

} // namespace ims
