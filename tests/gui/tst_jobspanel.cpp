#include "joblistmodel.h"
#include "jobspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using ims::JobListModel;
using ims::JobsPanel;
using ims::TrackedJob;

class TestJobsPanel final : public QObject {
    Q_OBJECT

private slots:
    void failedJobOffersRetryAndDetails();
    void succeededJobShowsItsImageAndClears();
    void longJobsNotifyUnlessTurnedOff();
    void statesInWordsAndRetryWhereItHelps_data();
    void statesInWordsAndRetryWhereItHelps();
};

static TrackedJob job(const QString &id, const QString &status) {
    TrackedJob j;
    j.jobId = id;
    j.type = QStringLiteral("imsCopyImageInRegionJob");
    j.description = QStringLiteral("web → web-copy");
    j.state = ims::jobStateFromName(status);
    j.stateText = status;
    j.startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    j.recipe = {{"op", "copy"}, {"image_id", "img-web"}, {"name", "web-copy"}};
    return j;
}

static QPushButton *button(JobsPanel &panel, const QString &text) {
    for (auto *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

static void selectRow(JobsPanel &panel, int row) {
    QTableView *view = panel.view();
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestJobsPanel::failedJobOffersRetryAndDetails() {
    JobListModel model;
    JobsPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TrackedJob failed = job(QStringLiteral("j-fail"), QStringLiteral("FAIL"));
    failed.errorCode = QStringLiteral("IMG.0015");
    failed.failReason =
        QStringLiteral("The number of private images has reached the maximum allowed.");
    model.upsert(failed);
    QVERIFY(!button(panel, "&Retry")->isEnabled()); // nothing selected yet
    selectRow(panel, 0);
    QVERIFY(button(panel, "&Retry")->isEnabled());
    QVERIFY(!button(panel, "&Show image")->isEnabled());

    QSignalSpy retry(&panel, &JobsPanel::retryRequested);
    QTest::mouseClick(button(panel, "&Retry"), Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.first().first().toString(), QStringLiteral("j-fail"));

    QTest::mouseClick(button(panel, "Copy &details"), Qt::LeftButton);
    const QString details = QApplication::clipboard()->text();
    QVERIFY2(details.contains(QLatin1String("IMG.0015")) &&
                 details.contains(QLatin1String("j-fail")),
             qPrintable(details));
}

void TestJobsPanel::succeededJobShowsItsImageAndClears() {
    JobListModel model;
    JobsPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TrackedJob done = job(QStringLiteral("j-ok"), QStringLiteral("SUCCESS"));
    done.imageId = QStringLiteral("new-image-id");
    model.upsert(done);
    model.upsert(job(QStringLiteral("j-run"), QStringLiteral("RUNNING")));
    selectRow(panel, 0);
    QSignalSpy show(&panel, &JobsPanel::showImageRequested);
    QTest::mouseClick(button(panel, "&Show image"), Qt::LeftButton);
    QCOMPARE(show.first().first().toString(), QStringLiteral("new-image-id"));

    QSignalSpy cleared(&panel, &JobsPanel::finishedCleared);
    QTest::mouseClick(button(panel, "C&lear finished"), Qt::LeftButton);
    QCOMPARE(cleared.first().first().toStringList(), QStringList{"j-ok"});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!button(panel, "C&lear finished")->isEnabled());
}

void TestJobsPanel::longJobsNotifyUnlessTurnedOff() {
    JobListModel model;
    JobsPanel panel(&model);
    TrackedJob done = job(QStringLiteral("j"), QStringLiteral("SUCCESS"));
    panel.jobEnded(done, 12);
    QCOMPARE(panel.lastNotification(), QString()); // short jobs end quietly
    panel.jobEnded(done, 95);
    QVERIFY2(panel.lastNotification().contains(QLatin1String("Replicate finished")),
             qPrintable(panel.lastNotification()));

    panel.notifyAction()->setChecked(false);
    TrackedJob failed = job(QStringLiteral("k"), QStringLiteral("FAIL"));
    panel.jobEnded(failed, 300);
    QVERIFY(!panel.lastNotification().contains(QLatin1String("failed")));
}

void TestJobsPanel::statesInWordsAndRetryWhereItHelps_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lastError"); // non-empty: reconnecting
    QTest::addColumn<QString>("state");     // the State column, in words
    QTest::addColumn<QString>("task");      // the Current task column contains
    QTest::addColumn<bool>("retry");
    QTest::newRow("running") << "RUNNING"
                             << ""
                             << "running"
                             << "copying" << false;
    QTest::newRow("reconnecting") << "RUNNING"
                                  << "The cloud had a problem (HTTP 500)."
                                  << "reconnecting"
                                  << "HTTP 500" << false;
    QTest::newRow("failed") << "FAIL"
                            << ""
                            << "failed"
                            << "IMG.0057" << true;
    QTest::newRow("lost") << "LOST"
                          << ""
                          << "lost"
                          << "no longer knows" << true;
    QTest::newRow("outcome unknown") << "OUTCOME_UNKNOWN"
                                     << ""
                                     << "outcome unknown"
                                     << "Looking for image" << true;
    QTest::newRow("outcome unknown, reconnecting") << "OUTCOME_UNKNOWN"
                                                   << "Looking for the result: timeout"
                                                   << "outcome unknown, reconnecting"
                                                   << "Looking for the result" << true;
    QTest::newRow("a status this version does not know") << "PAUSED"
                                                         << ""
                                                         << "PAUSED (unknown status)"
                                                         << "copying" << false;
    QTest::newRow("succeeded") << "SUCCESS"
                               << ""
                               << "succeeded"
                               << "copying" << false;
}

void TestJobsPanel::statesInWordsAndRetryWhereItHelps() {
    QFETCH(QString, status);
    QFETCH(QString, lastError);
    QFETCH(QString, state);
    QFETCH(QString, task);
    QFETCH(bool, retry);
    JobListModel model;
    JobsPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TrackedJob j = job(QStringLiteral("j"), status);
    j.currentTask = status == "OUTCOME_UNKNOWN" ? QStringLiteral("Looking for image “web-copy”")
                                                : QStringLiteral("copying");
    if (status == "FAIL") {
        j.errorCode = QStringLiteral("IMG.0057");
        j.failReason = QStringLiteral("The image file is damaged.");
    }
    if (status == "LOST")
        j.failReason = QStringLiteral("The cloud no longer knows this job.");
    j.reconnecting = !lastError.isEmpty();
    j.lastError = lastError;
    model.upsert(j);
    selectRow(panel, 0);
    QCOMPARE(model.index(0, JobListModel::State).data().toString(), state);
    const QString shown = model.index(0, JobListModel::CurrentTask).data().toString();
    QVERIFY2(shown.contains(task), qPrintable(shown));
    QCOMPARE(button(panel, "&Retry")->isEnabled(), retry);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
