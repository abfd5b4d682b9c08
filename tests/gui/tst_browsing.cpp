// Issue 5's browsing, through the real window against the sandbox: views, the search syntax,
// sorting by size, the column chooser surviving a restart, CSV export, and an injected 503
// that shows the banner until Retry recovers.
#include "desktopfixture.h"

#include "errorbanner.h"
#include "imagerequests.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>

using namespace ims;

class TestBrowsing final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void viewsListTheirImages_data();
    void viewsListTheirImages();
    void searchSyntaxFiltersTheTable_data();
    void searchSyntaxFiltersTheTable();
    void sortsBySizeAsNumbers();
    void columnChooserSurvivesARestart();
    void csvExportHasTheShownRows();
    void serviceUnavailableShowsBannerAndRetryRecovers();
    void restartShowsTheCachedListingUntilTheCloudAnswers();

private:
    QStringList shownNames() const;
    QString statusText(const QString &startingWith) const;
    // The sandbox's fault injection (its admin API): add one, or lift them all.
    bool addFault(const QString &spec);
    bool liftFaults();
    std::unique_ptr<DesktopFixture> m_desk;
};

QStringList TestBrowsing::shownNames() const {
    QStringList names;
    const auto *model = m_desk->window()->imageTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ImageTableModel::Name).data().toString();
    return names;
}

QString TestBrowsing::statusText(const QString &startingWith) const {
    for (const QLabel *label : m_desk->window()->statusBar()->findChildren<QLabel *>()) {
        if (label->text().startsWith(startingWith))
            return label->text();
    }
    return {};
}

bool TestBrowsing::addFault(const QString &spec) {
    return m_desk->admin("POST", QStringLiteral("/_sandbox/faults"),
                         QJsonDocument(QJsonObject{{"spec", spec}}).toJson()) == 201;
}

bool TestBrowsing::liftFaults() {
    return m_desk->admin("DELETE", QStringLiteral("/_sandbox/faults")) == 204;
}

void TestBrowsing::init() {
    m_desk.reset(); // the previous application saves its state before this test clears it
    m_desk = std::make_unique<DesktopFixture>();
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0);
    QVERIFY(m_desk->waitForListing()); // the tests compare row counts
}

void TestBrowsing::viewsListTheirImages_data() {
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("absent");
    QTest::newRow("private") << 0 << "db-golden"
                             << "partner-monitoring";
    QTest::newRow("public") << 1 << "Standard_Ubuntu_22.04_latest"
                            << "db-golden";
    QTest::newRow("shared with me: pending and accepted") << 2 << "partner-monitoring"
                                                          << "db-golden";
}

void TestBrowsing::viewsListTheirImages() {
    QFETCH(int, tab);
    QFETCH(QString, present);
    QFETCH(QString, absent);
    auto *tabs = m_desk->window()->findChild<QTabBar *>();
    tabs->setCurrentIndex(tab);
    QTRY_VERIFY2_WITH_TIMEOUT(shownNames().join(QLatin1Char('|')).contains(present),
                              qPrintable(shownNames().join(QLatin1Char('|'))), 10000);
    QVERIFY2(!shownNames().contains(absent), qPrintable(shownNames().join(QLatin1Char('|'))));
    if (tab == 2) {
        QVERIFY(shownNames().contains(QStringLiteral("partner-hardened-base"))); // accepted
        QVERIFY(tabs->tabText(2).contains(QLatin1String("pending")));
    }
}

void TestBrowsing::searchSyntaxFiltersTheTable_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("status") << "status:queued" << QStringList{"upload-pending"};
    QTest::newRow("os and tag") << "os:ubuntu tag:env=prod" << QStringList{"web-frontend-2025"};
    QTest::newRow("protected") << "protected:yes" << QStringList{"db-golden"};
    QTest::newRow("encrypted") << "encrypted:yes" << QStringList{"build-agent-encrypted"};
    QTest::newRow("free word") << "import" << QStringList{"import-failed", "import-in-progress"};
}

void TestBrowsing::searchSyntaxFiltersTheTable() {
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QTest::keyClicks(m_desk->window()->findChild<QLineEdit *>(QStringLiteral("search")), query);
    QTRY_COMPARE(shownNames(), names); // sorted by name
}

void TestBrowsing::sortsBySizeAsNumbers() {
    auto *table = m_desk->window()->imageTable();
    table->horizontalHeader()->setSortIndicator(ImageTableModel::Size, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    const auto *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, ImageTableModel::Id).data().toString();
        const qint64 size = m_desk->app->images()->image(id)->sizeBytes;
        QVERIFY2(
            size <= previous,
            qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(size).arg(previous)));
        previous = size;
    }
}

void TestBrowsing::columnChooserSurvivesARestart() {
    auto *table = m_desk->window()->imageTable();
    QVERIFY(!table->isColumnHidden(ImageTableModel::OsVersion));
    table->setColumnHidden(ImageTableModel::OsVersion, true); // as the header menu does
    table->horizontalHeader()->moveSection(
        table->horizontalHeader()->visualIndex(ImageTableModel::Size), 1);
    m_desk->start(); // quit and start again: the state goes through the settings
    auto *restarted = m_desk->window()->imageTable();
    QVERIFY(restarted->isColumnHidden(ImageTableModel::OsVersion));
    QCOMPARE(restarted->horizontalHeader()->visualIndex(ImageTableModel::Size), 1);
}

void TestBrowsing::csvExportHasTheShownRows() {
    QTest::keyClicks(m_desk->window()->findChild<QLineEdit *>(QStringLiteral("search")),
                     QStringLiteral("tag:env=prod"));
    QTRY_COMPARE(shownNames(), (QStringList{"db-golden", "web-frontend-2025"}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("images.csv"));
    QSignalSpy exported(m_desk->window(), &MainWindow::csvExported);
    m_desk->window()->exportCsvTo(path);
    QVERIFY(exported.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Name,Status,OS,")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("db-golden,active,")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("web-frontend-2025,active,")));
    const QString id =
        m_desk->app->images()->at(m_desk->waitForImage(QStringLiteral("db-golden"))).id;
    QVERIFY(lines.at(1).contains(id));
}

void TestBrowsing::serviceUnavailableShowsBannerAndRetryRecovers() {
    // Every listing answers 503 until the fault is lifted (the request's own retries give up).
    QVERIFY(addFault(QStringLiteral("error:status=503,route=GET /v2/cloudimages")));

    const int rowsBefore = m_desk->app->images()->rowCount();
    m_desk->window()->refreshAction()->trigger();
    ErrorBanner *banner = m_desk->window()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
    QVERIFY2(banner->text().contains(QLatin1String("503")), qPrintable(banner->text()));
    QCOMPARE(m_desk->app->images()->rowCount(), rowsBefore); // nothing lost

    QVERIFY(liftFaults());
    QPushButton *retry = nullptr;
    for (auto *button : banner->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Retry"))
            retry = button;
    }
    QVERIFY(retry);
    QSignalSpy loaded(m_desk->app->browser(), &ImageBrowser::loaded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!banner->isVisible());
}

void TestBrowsing::restartShowsTheCachedListingUntilTheCloudAnswers() {
    // The last listing is on disk once loaded; an image is then deleted elsewhere.
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                     QStringLiteral("/listings"));
    QTRY_VERIFY_WITH_TIMEOUT(!cache.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty(),
                             10000);
    const QString gone = QStringLiteral("web-frontend-2025");
    DeleteImageRequest remove(m_desk->app->session(),
                              m_desk->app->images()->at(m_desk->waitForImage(gone)).id);
    QSignalSpy removed(&remove, &DoneRequest::finished);
    remove.start();
    QVERIFY(removed.wait(10000));

    // After a restart the cloud is slow to list: the cached rows show first, marked stale…
    QVERIFY(addFault(QStringLiteral("latency:ms=2000,route=GET /v2/cloudimages")));
    m_desk->start();
    QVERIFY(m_desk->waitForImage(gone, 1500) >= 0);
    QVERIFY(m_desk->waitForImage(QStringLiteral("db-golden"), 0) >= 0);
    QVERIFY2(!statusText(QStringLiteral("Stale: cached from")).isEmpty(),
             "the status bar does not say the rows are stale");
    // …then the cloud's own listing replaces them, without the deleted image.
    QTRY_VERIFY_WITH_TIMEOUT(!statusText(QStringLiteral("Refreshed")).isEmpty(), 20000);
    QCOMPARE(m_desk->waitForImage(gone, 0), -1);
    QVERIFY(m_desk->waitForImage(QStringLiteral("db-golden"), 0) >= 0);
    QVERIFY(liftFaults());
}

QTEST_MAIN(TestBrowsing)
#include "tst_browsing.moc"
