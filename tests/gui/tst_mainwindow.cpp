#include "imagetablemodel.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using ims::ImageTableModel;
using ims::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTableToolbarStatusAndJobsDock();
    void typingInSearchFiltersRowsAndStatus();
    void ctrlFFocusesSearch();
    void viewTabsEmitTheChosenView();

private:
    ImageTableModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init() {
    m_model = new ImageTableModel;
    m_window = new MainWindow(m_model);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup() {
    delete m_window;
    delete m_model;
}

static void addImages(ImageTableModel *model) {
    QList<ims::Image> images;
    for (const char *name : {"web-ubuntu-22", "db-centos-7", "cache-debian-12"}) {
        ims::Image image;
        image.id = QStringLiteral("id-%1").arg(QLatin1String(name));
        image.name = QLatin1String(name);
        image.status = QStringLiteral("active");
        images << image;
    }
    model->upsert(images);
}

static QString statusText(MainWindow *window) {
    QStringList texts;
    for (auto *label : window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

void TestMainWindow::showsTableToolbarStatusAndJobsDock() {
    QTableView *table = m_window->imageTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->columnCount(), int(ImageTableModel::ColumnCount));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QVERIFY(!table->horizontalHeader()->isHidden());
    QVERIFY(m_window->findChild<QToolBar *>()->isVisible());
    QVERIFY(m_window->jobsDock()->isVisible());
    QCOMPARE(m_window->jobsDock()->windowTitle(), QStringLiteral("Jobs"));
    QVERIFY2(statusText(m_window).contains(QLatin1String("0 of 0 images")),
             qPrintable(statusText(m_window)));
}

void TestMainWindow::typingInSearchFiltersRowsAndStatus() {
    addImages(m_model);
    QTableView *table = m_window->imageTable();
    QCOMPARE(table->model()->rowCount(), 3);

    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("centos"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ImageTableModel::Name).data().toString(),
             QStringLiteral("db-centos-7"));
    QVERIFY2(statusText(m_window).contains(QLatin1String("1 of 3 images")),
             qPrintable(statusText(m_window)));

    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::ctrlFFocusesSearch() {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->imageTable()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("search"))->hasFocus());
}

void TestMainWindow::viewTabsEmitTheChosenView() {
    auto *tabs = m_window->findChild<QTabBar *>();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Shared with me"));
    QSignalSpy spy(m_window, &MainWindow::viewChanged);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<MainWindow::View>(), MainWindow::View::Public);
    QCOMPARE(m_window->currentView(), MainWindow::View::Public);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
