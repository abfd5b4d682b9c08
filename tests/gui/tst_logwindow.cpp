// The log window and Copy diagnostics, driven offscreen: redacted lines only, the level and
// category filters, a bounded view under a flood, Clear, and the report on the clipboard.
#include "desktopfixture.h"
#include "imsdesk_version.h"
#include "logbuffer.h"
#include "logging.h"
#include "logwindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>

using ims::LogBuffer;
using ims::LogWindow;

class TestLogWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSecretsRedacted();
    void filtersByLevelAndCategory_data();
    void filtersByLevelAndCategory();
    void staysWithinItsCapAndFollowsTheTail();
    void clearEmptiesTheViewOnly();
    void copyCopiesTheShownLines();
    void openedFromTheMainWindow();
    void copyDiagnosticsPutsTheReportOnTheClipboard();
};

namespace {

// The rows the view shows, as the user reads them.
QStringList shownLines(const LogWindow &window) {
    QStringList lines;
    const QAbstractItemModel *model = window.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->index(row, 0).data().toString());
    return lines;
}

// A buffer with one line per level and category, for the filters.
void fill(LogBuffer &buffer) {
    buffer.append(QtDebugMsg, "imsdesk.api", QStringLiteral("api debug line"));
    buffer.append(QtInfoMsg, "imsdesk.auth", QStringLiteral("auth info line"));
    buffer.append(QtWarningMsg, "imsdesk.jobs", QStringLiteral("jobs warning line"));
    buffer.append(QtCriticalMsg, "imsdesk.api", QStringLiteral("api critical line"));
}

} // namespace

void TestLogWindow::initTestCase() {
    DesktopDriver::isolateHome();
    ims::installRedactingMessageHandler();
    ims::applyLogLevel(QStringLiteral("debug"));
}

void TestLogWindow::showsSecretsRedacted() {
    const QString secret = QStringLiteral("hunter2-but-much-longer-secret");
    ims::registerSecret(secret);
    qCInfo(lcAuth).noquote() << "logging in with password" << secret;
    LogWindow window(&LogBuffer::global());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString text = shownLines(window).join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(secret), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("logging in with password <redacted>")), qPrintable(text));
    QVERIFY(!window.shownText().contains(secret));
}

void TestLogWindow::filtersByLevelAndCategory_data() {
    QTest::addColumn<QString>("level"); // the level filter's text
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("shown");
    const QString all = QStringLiteral("All categories");
    QTest::newRow("debug, all") << "Debug" << all
                                << QStringList{"api debug", "auth info", "jobs warning",
                                               "api critical"};
    QTest::newRow("info, all") << "Info" << all
                               << QStringList{"auth info", "jobs warning", "api critical"};
    QTest::newRow("warnings, all")
        << "Warnings" << all << QStringList{"jobs warning", "api critical"};
    QTest::newRow("debug, imsdesk.api")
        << "Debug"
        << "imsdesk.api" << QStringList{"api debug", "api critical"};
    QTest::newRow("info, imsdesk.api") << "Info"
                                       << "imsdesk.api" << QStringList{"api critical"};
    QTest::newRow("warnings, imsdesk.auth") << "Warnings"
                                            << "imsdesk.auth" << QStringList{};
}

void TestLogWindow::filtersByLevelAndCategory() {
    QFETCH(QString, level);
    QFETCH(QString, category);
    QFETCH(QStringList, shown);
    LogBuffer buffer;
    fill(buffer);
    LogWindow window(&buffer);
    window.show();
    QCOMPARE(shownLines(window).size(), 4); // everything at first
    const int levelIndex = window.levelFilter()->findText(level);
    const int categoryIndex = window.categoryFilter()->findText(category);
    QVERIFY(levelIndex >= 0);
    QVERIFY2(categoryIndex >= 0, qPrintable(category));
    window.levelFilter()->setCurrentIndex(levelIndex);
    window.categoryFilter()->setCurrentIndex(categoryIndex);
    const QStringList lines = shownLines(window);
    QCOMPARE(lines.size(), shown.size());
    for (int i = 0; i < shown.size(); ++i)
        QVERIFY2(lines[i].contains(shown[i] + QLatin1String(" line")), qPrintable(lines[i]));
    // A line that arrives later passes the same filters.
    QSignalSpy added(&buffer, &LogBuffer::entriesAdded); // after the window's own connection
    buffer.append(QtCriticalMsg, "imsdesk.auth", QStringLiteral("late auth critical line"));
    QVERIFY(added.wait());
    const bool lateShown = category == QLatin1String("imsdesk.auth") || category.startsWith("All");
    QCOMPARE(shownLines(window).size(), shown.size() + (lateShown ? 1 : 0));
    // Back to all: every line again.
    window.levelFilter()->setCurrentIndex(window.levelFilter()->findText(QStringLiteral("Debug")));
    window.categoryFilter()->setCurrentIndex(0);
    QCOMPARE(shownLines(window).size(), 5);
}

void TestLogWindow::staysWithinItsCapAndFollowsTheTail() {
    LogBuffer buffer(300, LogBuffer::kDefaultMaxBytes);
    LogWindow window(&buffer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int batch = 0; batch < 20; ++batch) {
        for (int i = 0; i < 1000; ++i)
            buffer.append(QtInfoMsg, "imsdesk.api",
                          QStringLiteral("flood %1").arg(batch * 1000 + i));
        QCoreApplication::processEvents();
        QVERIFY(window.view()->model()->rowCount() <= 300);
    }
    QTRY_COMPARE(window.view()->model()->rowCount(), 300);
    const QStringList lines = shownLines(window);
    QVERIFY2(lines.last().endsWith(QLatin1String("flood 19999")), qPrintable(lines.last()));
    QVERIFY2(lines.first().endsWith(QLatin1String("flood 19700")), qPrintable(lines.first()));
    // The newest line is in view.
    QScrollBar *bar = window.view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
    // Scrolled up to read, the view stays where the user put it.
    bar->setValue(0);
    buffer.append(QtInfoMsg, "imsdesk.api", QStringLiteral("one more"));
    QTRY_VERIFY(shownLines(window).last().endsWith(QLatin1String("one more")));
    QCOMPARE(bar->value(), 0);
}

void TestLogWindow::clearEmptiesTheViewOnly() {
    LogBuffer buffer;
    fill(buffer);
    LogWindow window(&buffer);
    window.show();
    QCOMPARE(shownLines(window).size(), 4);
    window.clearButton()->click();
    QCOMPARE(shownLines(window).size(), 0);
    QCOMPARE(buffer.size(), 4); // the diagnostics still have them
    buffer.append(QtWarningMsg, "imsdesk.jobs", QStringLiteral("after clear"));
    QTRY_COMPARE(shownLines(window).size(), 1); // new lines only, the cleared ones stay gone
    QVERIFY(shownLines(window).first().endsWith(QLatin1String("after clear")));
}

void TestLogWindow::copyCopiesTheShownLines() {
    LogBuffer buffer;
    fill(buffer);
    LogWindow window(&buffer);
    window.show();
    window.levelFilter()->setCurrentIndex(window.levelFilter()->findText("Warnings"));
    window.copyButton()->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.count(QLatin1Char('\n')), 1); // two lines
    QVERIFY(copied.contains(QLatin1String("warning imsdesk.jobs: jobs warning line")));
    QVERIFY(copied.contains(QLatin1String("critical imsdesk.api: api critical line")));
    // With a selection, only the selected line.
    window.view()->setCurrentIndex(window.view()->model()->index(1, 0));
    window.copyButton()->click();
    QVERIFY(QApplication::clipboard()->text().endsWith(QLatin1String("api critical line")));
    QVERIFY(!QApplication::clipboard()->text().contains(QLatin1String("jobs warning")));
}

void TestLogWindow::openedFromTheMainWindow() {
    DesktopFixture fixture;
    ims::DesktopApp *app = fixture.start();
    QVERIFY(!app->logWindow());
    emit app->window()->logWindowRequested();
    QVERIFY(app->logWindow());
    QVERIFY(app->logWindow()->isVisible());
    QVERIFY(app->logWindow()->isWindow()); // beside the main window, not inside it
    LogWindow *first = app->logWindow();
    app->logWindow()->close();
    emit app->window()->logWindowRequested(); // the same window again, its filters kept
    QCOMPARE(app->logWindow(), first);
    QVERIFY(first->isVisible());
}

void TestLogWindow::copyDiagnosticsPutsTheReportOnTheClipboard() {
    DesktopFixture fixture;
    ims::Credentials credentials;
    QString why;
    const auto profile = ims::sandboxProfile(fixture.server, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    QVERIFY(!credentials.password.isEmpty());
    ims::DesktopApp *app = fixture.startWith(*profile, credentials);
    const QString secret = QStringLiteral("registered-secret-for-diagnostics");
    ims::registerSecret(secret);
    qCWarning(lcJobs).noquote() << "a line with" << secret;
    QApplication::clipboard()->clear();
    emit app->window()->copyDiagnosticsRequested();
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.contains(QStringLiteral("imsdesk: ") + QLatin1String(kImsdeskVersion)),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Qt (running): ") + QLatin1String(qVersion())));
    QVERIFY(report.contains(QStringLiteral("Cloud: sandbox\n")));
    QVERIFY(report.contains(QStringLiteral("Platform (QPA): offscreen")));
    QVERIFY(report.contains(QStringLiteral("a line with <redacted>")));
    QVERIFY(!report.contains(secret));
    QVERIFY(!report.contains(credentials.password));
    QVERIFY(!report.contains(profile->userName));
    QVERIFY2(
        app->window()->statusBar()->currentMessage().contains(QLatin1String("Diagnostics copied")),
        qPrintable(app->window()->statusBar()->currentMessage()));
    // The log window's button asks for the same report.
    emit app->window()->logWindowRequested();
    QApplication::clipboard()->clear();
    app->logWindow()->copyDiagnosticsButton()->click();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Cloud: sandbox\n")));
}

QTEST_MAIN(TestLogWindow)
#include "tst_logwindow.moc"
