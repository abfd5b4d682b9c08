#include "mainwindow.h"

#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ims {

MainWindow::MainWindow(ImageTableModel *images, QWidget *parent)
    : QMainWindow(parent)
    , m_images(images)
    , m_proxy(new ImageFilterProxyModel(this))
    , m_table(new QTableView)
    , m_views(new QTabBar)
    , m_search(new QLineEdit)
    , m_rowCount(new QLabel) {
    setWindowTitle(tr("imsdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/imsdesk.svg")));
    resize(1200, 720);

    m_proxy->setSourceModel(m_images);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(ImageTableModel::Name, 260);
    m_table->setColumnWidth(ImageTableModel::OsVersion, 200);

    m_views->addTab(tr("Private"));
    m_views->addTab(tr("Public"));
    m_views->addTab(tr("Shared with me"));
    m_views->setDocumentMode(true);
    m_views->setExpanding(false);
    connect(m_views, &QTabBar::currentChanged, this,
            [this](int index) { emit viewChanged(static_cast<View>(index)); });

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_views);
    layout->addWidget(m_table);
    setCentralWidget(central);

    buildToolBar();
    buildJobsDock();

    statusBar()->addWidget(m_rowCount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    updateRowCount();
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_views->currentIndex());
}

void MainWindow::buildToolBar() {
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, ID, tags, OS  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ImageFilterProxyModel::setSearchText);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
}

void MainWindow::buildJobsDock() {
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *empty = new QLabel(tr("No jobs yet. Image creation, replication and exports appear here "
                                "and are followed until they finish, across restarts."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(12);
    empty->setEnabled(false);
    m_jobsDock->setWidget(empty);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    resizeDocks({m_jobsDock}, {140}, Qt::Vertical);
}

void MainWindow::updateRowCount() {
    m_rowCount->setText(tr("%1 of %2 images").arg(m_proxy->rowCount()).arg(m_images->rowCount()));
}

} // namespace ims
