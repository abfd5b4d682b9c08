#include "mainwindow.h"

#include "csvexport.h"
#include "detailspane.h"
#include "dialogparts.h"
#include "errorbanner.h"
#include "icons.h"
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "mainmenu.h"
#include "profileform.h"
#include "regionbar.h"
#include "themecolours.h"

#include <QHeaderView>
#include <QTableView>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ims {

namespace {
// The one local file a drag carries; empty for anything else (several files, a folder, a link).
QString droppedFile(const QMimeData *mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

// Long enough that a fast typist's word is filtered once, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;
} // namespace

MainWindow::MainWindow(ImageTableModel *images, JobListModel *jobs, QWidget *parent)
    : QMainWindow(parent)
    , m_images(images)
    , m_proxy(new ImageFilterProxyModel(this))
    , m_details(new DetailsPane)
    , m_banner(new ErrorBanner)
    , m_regionBar(new RegionBar)
    , m_views(new QTabBar)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_jobsPanel(new JobsPanel(jobs)) {
    setWindowTitle(tr("imsdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/imsdesk.svg")));
    resize(1280, 780);
    m_proxy->setSourceModel(m_images);
    m_table = new ImageTableView(m_proxy); // after the source: a reset would undo its column setup
    m_table->setObjectName(QStringLiteral("imageTable"));
    m_table->setAccessibleName(tr("Images"));
    m_table->setAccessibleDescription(
        tr("The images of this view. The context menu (Menu key) holds what can be done with "
           "the selected images."));

    m_views->setObjectName(QStringLiteral("views"));
    m_views->addTab(tr("Private"));
    m_views->addTab(tr("Public"));
    m_views->addTab(tr("Shared with me"));
    m_views->addTab(tr("All regions"));
    m_views->setDocumentMode(true);
    m_views->setAccessibleName(tr("Image views"));
    m_views->setExpanding(false);
    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        showViewColumns(static_cast<View>(index));
        emit viewChanged(static_cast<View>(index));
    });
    m_regionBar->setObjectName(QStringLiteral("regionBar"));
    m_regionBar->hide();
    connect(m_regionBar, &RegionBar::filterChanged, m_proxy,
            &ImageFilterProxyModel::setRegionFilter);
    connect(m_regionBar, &RegionBar::groupCopiesToggled, this, [this](bool on) {
        m_table->sortByColumn(on ? ImageTableModel::Source : ImageTableModel::Name,
                              Qt::AscendingOrder);
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_views);
    layout->addWidget(m_regionBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildActions();
    buildToolBar();
    buildJobsDock();
    m_menu = new MainMenu(
        this, {m_views, m_table, m_jobsDock, m_refresh, m_copyId, m_copyName, m_exportCsv});
    connect(m_menu, &MainMenu::themeChosen, this, &MainWindow::themeChosen);
    buildStatusBar();
    orderTabStops();
    setAcceptDrops(true); // a disk image dropped on the window is imported

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowCount);
    // The source's: removing images the search hides removes no row of the view.
    connect(m_images, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    // Removing rows deselects them (selectionChanged) and moves the current row to a neighbour:
    // the pane follows both, so it never shows an image that is gone or no longer selected.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
    updateRowCount();
    showViewColumns(currentView());
}

void MainWindow::showViewColumns(View view) {
    // Where a row lives, its source and its servers mean something across regions only; the
    // chips filter that view alone.
    const bool all = view == View::AllRegions;
    m_regionBar->setVisible(all);
    m_proxy->setRegionFilter(all ? m_regionBar->filter() : QStringList{});
    // The Profile column is the inventory's to show, when it spans profiles.
    for (int column : {ImageTableModel::Region, ImageTableModel::Source, ImageTableModel::UsedBy,
                       ImageTableModel::Profile})
        m_table->setColumnHidden(column,
                                 !all || (column == ImageTableModel::Profile && !m_profileColumn));
    // Where a row lives, read with its name: beside it (once; the user may move it after).
    QHeaderView *header = m_table->horizontalHeader();
    if (all && header->visualIndex(ImageTableModel::Region) == ImageTableModel::Region)
        header->moveSection(ImageTableModel::Region, 1);
    if (all && m_profileColumn &&
        header->visualIndex(ImageTableModel::Profile) == ImageTableModel::Profile)
        header->moveSection(header->visualIndex(ImageTableModel::Profile), 1); // whose, where
}

void MainWindow::setProfileColumnShown(bool shown) {
    m_profileColumn = shown;
    showViewColumns(currentView());
}

void MainWindow::orderTabStops() {
    // As the window reads: the search field in the toolbar, the banner's buttons, the view tabs,
    // the table, the details beside it, then the jobs panel below (widgets are made in another
    // order). The profile switcher joins the toolbar later, before the search field.
    QList<QWidget *> stops{m_search};
    for (QPushButton *button : m_banner->findChildren<QPushButton *>())
        stops << button;
    stops << m_views << m_table << m_details->tree() << m_jobsPanel->view();
    for (QPushButton *button : m_jobsPanel->findChildren<QPushButton *>())
        stops << button;
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops[i - 1], stops[i]);
}

void MainWindow::buildActions() {
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the images again from the cloud (F5)"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    addAction(m_refresh);

    m_copyId = new QAction(tr("Copy &ID"), this);
    m_copyId->setObjectName(QStringLiteral("copyId"));
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetShortcut); // the details pane copies its own values
    connect(m_copyId, &QAction::triggered, this, [this] { copySelected(&Image::id); });
    m_copyName = new QAction(tr("Copy &name"), this);
    m_copyName->setObjectName(QStringLiteral("copyName"));
    m_copyName->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyName->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyName, &QAction::triggered, this, [this] { copySelected(&Image::name); });
    m_exportCsv = new QAction(tr("&Export view as CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::chooseCsvFile);

    auto *find = new QAction(tr("Find"), this);
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    for (QAction *action : {m_refresh, m_copyId, m_copyName, m_exportCsv, find})
        Icons::decorate(action);
}

void MainWindow::buildToolBar() {
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profile = new QLabel(tr("Not connected"));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setMargin(6);
    toolBar->addWidget(m_profile);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    m_imageActionsEnd = toolBar->addSeparator(); // image actions go before it, in the order added

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search images")); // its tooltip describes the syntax
    m_search->setPlaceholderText(tr("Search  (Ctrl+F)   e.g. ubuntu status:active tag:env=prod"));
    m_search->setToolTip(
        tr("Words match name, ID, tags and OS. Terms: status: os: tag: type: vis: "
           "format: name: id: encrypted:yes|no protected:yes|no; -term excludes."));
    enableClearButton(m_search);
    // Not wider: a toolbar too narrow for it moves the search field into its overflow menu,
    // where neither Tab nor Ctrl+F reaches it.
    m_search->setMinimumWidth(280);
    toolBar->addWidget(m_search);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_proxy->setSearchText(m_search->text()); });

    // Shown when the window is too narrow for every action; Qt gives it no name.
    if (auto *more = toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar actions"));

    // The table's context menu is built from the same actions as the toolbar.
    m_table->addActions({m_refresh, m_copyId, m_copyName, m_exportCsv});
}

void MainWindow::addImageAction(QAction *action, MenuBarPlace place) {
    Icons::decorate(action);
    findChild<QToolBar *>(QStringLiteral("mainToolBar"))->insertAction(m_imageActionsEnd, action);
    m_table->insertAction(m_copyId, action);
    if (place == MenuBarPlace::File)
        m_menu->addFileAction(action);
    else
        m_menu->addImageAction(action);
}

void MainWindow::setProfileMenu(QMenu *menu) {
    m_menu->setProfileMenu(menu);
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
    auto *stack = new QStackedWidget;
    stack->addWidget(empty);
    stack->addWidget(m_jobsPanel);
    const auto showPanelWhenJobs = [stack, jobs = m_jobsPanel->view()->model()] {
        stack->setCurrentIndex(jobs->rowCount() > 0 ? 1 : 0);
    };
    connect(m_jobsPanel->view()->model(), &QAbstractItemModel::rowsInserted, stack,
            showPanelWhenJobs);
    connect(m_jobsPanel->view()->model(), &QAbstractItemModel::rowsRemoved, stack,
            showPanelWhenJobs);
    showPanelWhenJobs();
    m_jobsDock->setWidget(stack);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    resizeDocks({m_jobsDock}, {170}, Qt::Vertical);
    // A job's notification was clicked: the user wants to see that job, wherever the window was.
    connect(m_jobsPanel, &JobsPanel::jobShowRequested, this, &MainWindow::showJob);
}

void MainWindow::showJob(const QString &jobId) {
    m_jobsDock->show();
    m_jobsDock->raise(); // tabbed with another dock
    m_jobsPanel->selectJob(jobId);
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::buildStatusBar() {
    m_rowCount = new QLabel;
    m_loadProgress = new QProgressBar;
    m_loadProgress->setMaximumWidth(160);
    m_loadProgress->setTextVisible(false);
    m_loadProgress->setAccessibleName(tr("Loading images"));
    m_loadProgress->hide();
    m_quota = new QLabel;
    m_lastRefresh = new QLabel;
    m_connection = new QLabel;
    m_insecure = new QLabel(tr("⚠ Plain HTTP allowed"));
    m_insecure->setObjectName(QStringLiteral("insecureTransport"));
    m_insecure->setTextFormat(Qt::PlainText);
    m_insecure->setToolTip(tr("This profile allows plain http:// to remote hosts: passwords and "
                              "tokens may travel unencrypted. Turn it off in the profile."));
    QFont bold = m_insecure->font();
    bold.setBold(true);
    m_insecure->setFont(bold);
    ThemeColours::setTextTone(m_insecure, Tone::Error);
    m_insecure->hide();
    m_connection->setObjectName(QStringLiteral("connection"));
    statusBar()->addWidget(m_rowCount);
    statusBar()->addWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_quota);
    statusBar()->addPermanentWidget(m_lastRefresh);
    statusBar()->addPermanentWidget(m_insecure);
    statusBar()->addPermanentWidget(m_connection);
    setConnection(Connection::Offline);
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_views->currentIndex());
}

void MainWindow::setProfile(const QString &name, const QString &region, const QColor &colour) {
    // The profile's colour tells production from test at a glance.
    // The profile's own colour (a user's choice, like a label's), else the palette's accent.
    const QColor dot = colour.isValid() ? colour : palette().color(QPalette::Highlight);
    m_profile->setText(tr("<span style='color:%1'>●</span> <b>%2</b> · %3")
                           .arg(dot.name(), name.toHtmlEscaped(), region.toHtmlEscaped()));
    setWindowTitle(tr("%1 · %2 — imsdesk").arg(name, region));
    // The dot's colour is the profile's mark (production, test…): read as its name.
    const QString mark = ProfileForm::colourName(colour);
    m_profile->setAccessibleName(
        mark.isEmpty() ? tr("Profile %1, region %2").arg(name, region)
                       : tr("Profile %1, region %2, marked %3").arg(name, region, mark));
}

void MainWindow::setInsecureTransport(bool allowed) {
    m_insecure->setVisible(allowed);
}

void MainWindow::setConnection(Connection connection) {
    switch (connection) {
    case Connection::Offline:
        m_connection->setText(tr("● Offline"));
        m_connection->setAccessibleName(tr("Connection: offline"));
        break;
    case Connection::Online:
        m_connection->setText(tr("● Online"));
        m_connection->setAccessibleName(tr("Connection: online"));
        break;
    case Connection::Reconnecting:
        m_connection->setText(tr("● Reconnecting…"));
        m_connection->setAccessibleName(tr("Connection: reconnecting"));
        break;
    case Connection::LoginFailed:
        m_connection->setText(tr("● Login failed"));
        m_connection->setAccessibleName(tr("Connection: login failed"));
        break;
    }
    static const Tone tones[] = {Tone::Gone, Tone::Success, Tone::Warning, Tone::Error};
    ThemeColours::setTextTone(m_connection, tones[int(connection)]);
}

void MainWindow::setLoading(int loaded, int expectedOrZero) {
    m_loadProgress->setRange(0, expectedOrZero); // 0..0 is the busy indicator
    m_loadProgress->setValue(std::min(loaded, expectedOrZero));
    m_loadProgress->show();
    m_lastRefresh->setText(tr("Loading… %L1 images").arg(loaded));
}

void MainWindow::setLoaded(const QDateTime &when, bool stale) {
    m_loadProgress->hide();
    const QString time = QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
    m_lastRefresh->setText(
        stale ? tr("Stale: cached from %1, refreshing…")
                    .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
              : tr("Refreshed %1").arg(time));
}

void MainWindow::setQuota(int used, int allowed) {
    m_quota->setText(tr("Quota: %L1 / %L2 images").arg(used).arg(allowed));
    ThemeColours::setTextTone(m_quota, used >= allowed ? Tone::Error : Tone::Neutral);
}

void MainWindow::setPendingShares(int count, bool atLeast) {
    const QString text = count <= 0 ? tr("Shared with me")
                         : atLeast  ? tr("Shared with me (%1+ pending)").arg(count)
                                    : tr("Shared with me (%1 pending)").arg(count);
    m_views->setTabText(int(View::SharedWithMe), text);
}

void MainWindow::showError(const QString &context, const ApiError &error,
                           std::function<void()> retry) {
    m_banner->showError(context, error, std::move(retry));
}

void MainWindow::clearError() {
    m_banner->clear();
}

void MainWindow::updateRowCount() {
    m_rowCount->setText(tr("%L1 of %L2 images").arg(m_proxy->rowCount()).arg(m_images->rowCount()));
}

void MainWindow::updateDetails() {
    // The current image while it is selected: after its row is removed the current index moves
    // to a neighbour the user did not select.
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isSelected(current)) {
        m_details->clear();
        return;
    }
    const Image &image = m_proxy->imageAt(current.row());
    const bool changed = image.id != m_details->imageId();
    // The pane first: what is loaded for the new image (members, attributes) finds it shown.
    m_details->showImage(image);
    if (changed)
        emit currentImageChanged(image.id);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileDropped(path);
}

bool MainWindow::selectImage(const QString &imageId) {
    const int sourceRow = m_images->rowOf(imageId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_images->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by the search
        m_search->clear();
        m_proxy->setSearchText(QString());
        index = m_proxy->mapFromSource(m_images->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void MainWindow::copySelected(QString Image::*field) {
    QStringList values;
    for (const Image &image : m_table->selectedImages())
        values << image.*field;
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
}

void MainWindow::chooseCsvFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export view as CSV"), QStringLiteral("images.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void MainWindow::exportCsvTo(const QString &path) {
    // A snapshot of the view (implicitly shared values) is written on a worker thread.
    QList<Image> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->imageAt(row);
    const QList<int> columns = m_table->visibleColumnsInOrder();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        statusBar()->showMessage(error.isEmpty()
                                     ? tr("Exported to %1").arg(path)
                                     : tr("Could not export to %1: %2").arg(path, error),
                                 8000);
        emit csvExported(path, error);
    });
    watcher->setFuture(QtConcurrent::run([rows, columns, path] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        const QString error = writeImagesCsv(rows, columns, file);
        if (!error.isEmpty())
            return error;
        return file.commit() ? QString() : file.errorString();
    }));
}

} // namespace ims
