#include "apierror.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "joblistmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using ims::ImageTableModel;
using ims::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTableToolbarStatusAndJobsDock();
    void typingInSearchFiltersRowsAfterAPause();
    void searchSyntaxNarrowsByField_data();
    void searchSyntaxNarrowsByField();
    void ctrlFFocusesSearch();
    void viewTabsEmitTheChosenViewAndCountPendingShares();
    void selectingARowShowsEveryAttribute();
    void ctrlCCopiesSelectedIds();
    void removingOtherRowsKeepsSelectionScrollAndDetails();
    void removingTheSelectedRowClearsDetailsAndActions();
    void headerMenuHidesAColumnAndTheStateRestores();
    void csvExportWritesTheViewAsShown();
    void errorBannerShowsServerDetailsAndRetries();
    void errorBannerRetryOnlyWhenThereIsSomethingToRepeat_data();
    void errorBannerRetryOnlyWhenThereIsSomethingToRepeat();

private:
    ImageTableModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
    ims::JobListModel m_jobs;
};

void TestMainWindow::init() {
    m_model = new ImageTableModel;
    m_window = new MainWindow(m_model, &m_jobs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup() {
    delete m_window;
    delete m_model;
}

static void addImages(ImageTableModel *model) {
    QList<ims::Image> images;
    int n = 0;
    for (const char *name : {"web-ubuntu-22", "db-centos-7", "cache-debian-12"}) {
        ims::Image image;
        image.id = QStringLiteral("id-%1").arg(QLatin1String(name));
        image.name = QLatin1String(name);
        image.status = n == 1 ? QStringLiteral("queued") : QStringLiteral("active");
        image.platform = QString::fromLatin1(name).section(QLatin1Char('-'), 1, 1);
        image.sizeBytes = qint64(n + 1) * 1'000'000'000;
        image.tags = {QStringLiteral("env=%1").arg(n == 2 ? "dev" : "prod")};
        image.createdAt = QDateTime(QDate(2024, 1, 1 + n), QTime(12, 0), Qt::UTC);
        images << image;
        ++n;
    }
    model->upsert(images);
}

static QString statusText(MainWindow *window) {
    QStringList texts;
    for (auto *label : window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

static QStringList shownNames(MainWindow *window) {
    QStringList names;
    auto *model = window->imageTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ImageTableModel::Name).data().toString();
    return names;
}

void TestMainWindow::showsTableToolbarStatusAndJobsDock() {
    auto *table = m_window->imageTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QVERIFY(m_window->findChild<QToolBar *>()->isVisible());
    QVERIFY(m_window->jobsDock()->isVisible());
    QCOMPARE(m_window->jobsDock()->windowTitle(), QStringLiteral("Jobs"));
    QVERIFY2(statusText(m_window).contains(QLatin1String("0 of 0 images")),
             qPrintable(statusText(m_window)));
    QVERIFY2(statusText(m_window).contains(QLatin1String("Offline")),
             qPrintable(statusText(m_window)));
    QVERIFY(!m_window->errorBanner()->isVisible());
}

void TestMainWindow::typingInSearchFiltersRowsAfterAPause() {
    addImages(m_model);
    QCOMPARE(m_window->imageTable()->model()->rowCount(), 3);

    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("centos"));
    // Debounced: the table does not change on every key, but shortly after typing stops.
    QCOMPARE(m_window->imageTable()->model()->rowCount(), 3);
    QTRY_COMPARE(shownNames(m_window), QStringList{"db-centos-7"});
    QTRY_VERIFY2(statusText(m_window).contains(QLatin1String("1 of 3 images")),
                 qPrintable(statusText(m_window)));

    search->clear();
    QTRY_COMPARE(m_window->imageTable()->model()->rowCount(), 3);
}

void TestMainWindow::searchSyntaxNarrowsByField_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("status") << "status:queued" << QStringList{"db-centos-7"};
    QTest::newRow("os") << "os:debian" << QStringList{"cache-debian-12"};
    QTest::newRow("tag") << "tag:env=prod" << QStringList{"db-centos-7", "web-ubuntu-22"};
    QTest::newRow("negated tag") << "-tag:env=prod" << QStringList{"cache-debian-12"};
    QTest::newRow("word and term") << "web status:active" << QStringList{"web-ubuntu-22"};
}

void TestMainWindow::searchSyntaxNarrowsByField() {
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    addImages(m_model);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, query);
    QTRY_COMPARE(shownNames(m_window), names);
}

void TestMainWindow::ctrlFFocusesSearch() {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->imageTable()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());
}

void TestMainWindow::viewTabsEmitTheChosenViewAndCountPendingShares() {
    auto *tabs = m_window->findChild<QTabBar *>();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Shared with me"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("All regions"));
    QSignalSpy spy(m_window, &MainWindow::viewChanged);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<MainWindow::View>(), MainWindow::View::Public);
    QCOMPARE(m_window->currentView(), MainWindow::View::Public);

    m_window->setPendingShares(2);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Shared with me (2 pending)"));
}

static QTreeWidgetItem *detailsRow(MainWindow *window, const QString &text) {
    const auto items =
        window->detailsPane()->tree()->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive);
    return items.size() == 1 ? items.first() : nullptr;
}

void TestMainWindow::selectingARowShowsEveryAttribute() {
    addImages(m_model);
    QSignalSpy current(m_window, &MainWindow::currentImageChanged);
    auto *table = m_window->imageTable();
    const QRect cell = table->visualRect(table->model()->index(0, ImageTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(current.count(), 1);
    const QString id = current.first().first().toString();
    ims::DetailsPane *pane = m_window->detailsPane();
    QCOMPARE(pane->imageId(), id);
    // The listing's fields at once; every attribute once the image has been read.
    QVERIFY(detailsRow(m_window, QStringLiteral("Status")));
    QVERIFY(detailsRow(m_window, QStringLiteral("Loading attributes")));

    pane->showAttributes(QStringLiteral("some-other-image"),
                         {{QStringLiteral("__stale"), QStringLiteral("late answer")}});
    QVERIFY(!detailsRow(m_window, QStringLiteral("__stale"))); // not this image's
    pane->showAttributes(id, {{QStringLiteral("__vendor_secret_flag"), QStringLiteral("shiny")},
                              {QStringLiteral("id"), id}});
    QTreeWidgetItem *flag = detailsRow(m_window, QStringLiteral("__vendor_secret_flag"));
    QVERIFY(flag); // an attribute imsdesk does not know is still shown
    QCOMPARE(flag->text(1), QStringLiteral("shiny"));
    QVERIFY(!detailsRow(m_window, QStringLiteral("Loading attributes")));
    QVERIFY(detailsRow(m_window, QStringLiteral("All attributes from the cloud (2)")));

    // A refresh of the row redraws the pane and keeps what was read; so does a failed re-read.
    ims::Image updated = *m_model->image(id);
    updated.status = QStringLiteral("saving");
    m_model->upsert({updated});
    QCOMPARE(detailsRow(m_window, QStringLiteral("Status"))->text(1), QStringLiteral("Saving"));
    pane->showAttributesError(id, QStringLiteral("connection refused"));
    QVERIFY(detailsRow(m_window, QStringLiteral("__vendor_secret_flag")));

    m_window->detailsPane()->showMembers(
        id, {{QStringLiteral("project-b"), QStringLiteral("accepted")}});
    QCOMPARE(m_window->detailsPane()
                 ->tree()
                 ->findItems(QStringLiteral("project-b"), Qt::MatchRecursive)
                 .size(),
             1);

    // Another image: its attributes are not the previous one's, and a failure is shown.
    const QRect second = table->visualRect(table->model()->index(1, ImageTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(current.count(), 2);
    const QString secondId = current.last().first().toString();
    QVERIFY(secondId != id);
    QVERIFY(!detailsRow(m_window, QStringLiteral("__vendor_secret_flag")));
    QVERIFY(detailsRow(m_window, QStringLiteral("Loading attributes")));
    pane->showAttributesError(secondId, QStringLiteral("IMG.0001 no such image"));
    QTreeWidgetItem *problem = detailsRow(m_window, QStringLiteral("The attributes could not"));
    QVERIFY(problem);
    QVERIFY(problem->text(0).contains(QLatin1String("IMG.0001 no such image")));
    QVERIFY(problem->parent()->isExpanded());
}

// 200 images named so that the view's name order is the id order.
static void addManyImages(ImageTableModel *model) {
    QList<ims::Image> images;
    for (int n = 0; n < 200; ++n) {
        ims::Image image;
        image.id = QStringLiteral("id-%1").arg(n, 3, 10, QLatin1Char('0'));
        image.name = QStringLiteral("image-%1").arg(n, 3, 10, QLatin1Char('0'));
        image.status = QStringLiteral("active");
        images << image;
    }
    model->upsert(images);
}

static QString idAt(QTableView *table, const QPoint &point) {
    return table->indexAt(point).data(ImageTableModel::IdRole).toString();
}

void TestMainWindow::removingOtherRowsKeepsSelectionScrollAndDetails() {
    addManyImages(m_model);
    auto *table = m_window->imageTable();
    const QModelIndex selected = table->model()->index(100, ImageTableModel::Name);
    table->setCurrentIndex(selected);
    table->scrollTo(selected, QAbstractItemView::PositionAtTop);
    const QString selectedId = QStringLiteral("id-100");
    QCOMPARE(table->selectedImages().size(), 1);
    QCOMPARE(m_window->detailsPane()->imageId(), selectedId);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const QPoint topLeft(2, 2);
    QCOMPARE(idAt(table, topLeft), selectedId);
    // The pane's first item: the same object afterwards means the pane was not rebuilt.
    const QTreeWidgetItem *paneItem = m_window->detailsPane()->tree()->topLevelItem(0);
    QSignalSpy current(m_window, &MainWindow::currentImageChanged);

    m_model->remove(QStringLiteral("id-103")); // a delete of a row shown below the selected one
    m_model->remove(QStringLiteral("id-199")); // and of one far below
    // A refresh that brings every image back unchanged but one further down.
    m_model->beginRefresh();
    QList<ims::Image> refreshed = m_model->images();
    refreshed.removeIf([](const ims::Image &image) { return image.id == "id-150"; });
    m_model->upsert(refreshed);
    m_model->removeUnrefreshed();
    QCoreApplication::processEvents();

    QCOMPARE(table->model()->rowCount(), 197);
    QCOMPARE(table->selectedImages().size(), 1);
    QCOMPARE(table->selectedImages().first().id, selectedId);
    QCOMPARE(table->currentIndex().data(ImageTableModel::IdRole).toString(), selectedId);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(idAt(table, topLeft), selectedId);
    QCOMPARE(m_window->detailsPane()->imageId(), selectedId);
    QCOMPARE(m_window->detailsPane()->tree()->topLevelItem(0), paneItem);
    QCOMPARE(current.count(), 0);

    // The shown image itself changes: the pane shows the change.
    ims::Image saving = *m_model->image(selectedId);
    saving.status = QStringLiteral("saving");
    m_model->upsert({saving});
    QCOMPARE(detailsRow(m_window, QStringLiteral("Status"))->text(1), QStringLiteral("Saving"));
    QCOMPARE(table->selectedImages().first().id, selectedId);
}

void TestMainWindow::removingTheSelectedRowClearsDetailsAndActions() {
    addManyImages(m_model);
    auto *table = m_window->imageTable();
    // An image action enabled by the selection, as app/operations.cpp enables its own.
    auto *action = new QAction(QStringLiteral("Needs a selection"), m_window);
    m_window->addImageAction(action);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, action,
            [table, action] { action->setEnabled(!table->selectedImages().isEmpty()); });
    table->setCurrentIndex(table->model()->index(10, ImageTableModel::Name));
    QVERIFY(action->isEnabled());
    QCOMPARE(m_window->detailsPane()->imageId(), QStringLiteral("id-010"));
    QSignalSpy selection(table->selectionModel(), &QItemSelectionModel::selectionChanged);

    m_model->remove(QStringLiteral("id-010"));

    QCOMPARE(selection.count(), 1);
    QVERIFY(table->selectedImages().isEmpty());
    QVERIFY(!action->isEnabled());
    QCOMPARE(m_window->detailsPane()->imageId(), QString());
    QVERIFY(!detailsRow(m_window, QStringLiteral("Status")));
    QCOMPARE(table->model()->rowCount(), 199);

    // An image the search hides goes: no row of the view goes, the total still counts down.
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("search")), "image-0");
    QTRY_COMPARE(table->model()->rowCount(), 99);
    m_model->remove(QStringLiteral("id-150"));
    QVERIFY2(statusText(m_window).contains(QLatin1String("99 of 198 images")),
             qPrintable(statusText(m_window)));
}

void TestMainWindow::ctrlCCopiesSelectedIds() {
    addImages(m_model);
    auto *table = m_window->imageTable();
    table->setFocus();
    table->selectAll();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    copied.sort();
    QCOMPARE(copied, (QStringList{"id-cache-debian-12", "id-db-centos-7", "id-web-ubuntu-22"}));

    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("db-centos-7")));
    QVERIFY(!QApplication::clipboard()->text().contains(QLatin1String("id-")));
}

void TestMainWindow::headerMenuHidesAColumnAndTheStateRestores() {
    auto *table = m_window->imageTable();
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ImageTableModel::Size));

    // Right-click the header, untick "Size" in the column chooser.
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == QLatin1String("Size"))
                action->trigger();
        }
        menu->close();
    });
    QSignalSpy changed(table, &ims::ImageTableView::headerStateChanged);
    emit header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(header->isSectionHidden(ImageTableModel::Size));
    QVERIFY(changed.count() >= 1);
    QVERIFY(!table->visibleColumnsInOrder().contains(ImageTableModel::Size));

    const QByteArray state = table->saveHeaderState();
    MainWindow restarted(m_model, &m_jobs);
    QVERIFY(restarted.imageTable()->restoreHeaderState(state));
    QVERIFY(restarted.imageTable()->horizontalHeader()->isSectionHidden(ImageTableModel::Size));
}

void TestMainWindow::csvExportWritesTheViewAsShown() {
    addImages(m_model);
    m_window->imageTable()->sortByColumn(ImageTableModel::Size, Qt::DescendingOrder);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("tag:env=prod"));
    QTRY_COMPARE(m_window->imageTable()->model()->rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.csv"));
    QSignalSpy exported(m_window, &MainWindow::csvExported);
    m_window->exportCsvTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Name,Status,OS,OS version,Disk format,Size")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("db-centos-7,queued,centos,,,2000000000,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("web-ubuntu-22,active,ubuntu,,,1000000000,")),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(1).contains(QLatin1String("2024-01-02T12:00:00Z")));
}

static QPushButton *bannerButton(ims::ErrorBanner *banner, const QString &text) {
    for (auto *candidate : banner->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

void TestMainWindow::errorBannerShowsServerDetailsAndRetries() {
    const auto error = ims::ApiError::fromHttp(
        503, R"({"error_code":"APIG.0503","error_msg":"Service busy","request_id":"req-9f"})");
    int retried = 0;
    m_window->showError(QStringLiteral("Loading images"), error, [&retried] { ++retried; });
    auto *banner = m_window->errorBanner();
    QVERIFY(banner->isVisible());
    for (const char *part : {"Loading images", "APIG.0503", "Service busy", "req-9f"})
        QVERIFY2(banner->text().contains(QLatin1String(part)), qPrintable(banner->text()));
    QVERIFY(m_window->imageTable()->isEnabled()); // non-modal: the window stays usable

    QPushButton *button = bannerButton(banner, QStringLiteral("&Retry"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retried, 1); // what failed, once
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::errorBannerRetryOnlyWhenThereIsSomethingToRepeat_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("withAction");
    QTest::addColumn<bool>("retryShown");
    using Kind = ims::ApiError::Kind;
    QTest::newRow("server error, action") << int(Kind::Http) << true << true;
    QTest::newRow("network error, action") << int(Kind::Network) << true << true;
    QTest::newRow("server error, nothing to repeat") << int(Kind::Http) << false << false;
    QTest::newRow("refused by a rule") << int(Kind::Refused) << true << false;
    QTest::newRow("cancelled") << int(Kind::Cancelled) << true << false;
}

void TestMainWindow::errorBannerRetryOnlyWhenThereIsSomethingToRepeat() {
    QFETCH(int, kind);
    QFETCH(bool, withAction);
    QFETCH(bool, retryShown);
    ims::ApiError error =
        ims::ApiError::refused(QStringLiteral("Public images cannot be deleted."));
    error.kind = ims::ApiError::Kind(kind);
    // A Retry-less error after one with a Retry: the old action must not linger.
    m_window->showError(QStringLiteral("Loading images"), ims::ApiError::network("reset"), [] {});
    m_window->showError(QStringLiteral("Deleting web"), error,
                        withAction ? std::function<void()>([] {}) : std::function<void()>());
    auto *banner = m_window->errorBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QLatin1String("Deleting web: ")));
    QPushButton *retry = bannerButton(banner, QStringLiteral("&Retry"));
    QVERIFY(retry);
    QCOMPARE(retry->isVisible(), retryShown);
    QCOMPARE(banner->canRetry(), retryShown);
    QPushButton *dismiss = bannerButton(banner, QStringLiteral("Dismiss"));
    QVERIFY(dismiss && dismiss->isVisible()); // always: the banner can always go
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
