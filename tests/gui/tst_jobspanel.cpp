#include "formatting.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "jobtracker.h"

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
    void uploadRowOffersWhatApplies_data();
    void uploadRowOffersWhatApplies();
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
    QVERIFY(!button(panel, "Re&try")->isEnabled()); // nothing selected yet
    selectRow(panel, 0);
    QVERIFY(button(panel, "Re&try")->isEnabled());
    QVERIFY(!button(panel, "Sh&ow image")->isEnabled());

    QSignalSpy retry(&panel, &JobsPanel::retryRequested);
    QTest::mouseClick(button(panel, "Re&try"), Qt::LeftButton);
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
    QTest::mouseClick(button(panel, "Sh&ow image"), Qt::LeftButton);
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
    QCOMPARE(button(panel, "Re&try")->isEnabled(), retry);
}

void TestJobsPanel::uploadRowOffersWhatApplies_data() {
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("bar");     // the progress bar's text
    QTest::addColumn<QString>("left");    // the Left column
    QTest::addColumn<QString>("offered"); // the one upload button shown: cancel, restart, none
    constexpr qint64 MiB = 1024 * 1024;
    QTest::newRow("sending") << "sending"
                             << QStringLiteral("%1 of %2 · %3/s")
                                    .arg(ims::formatSize(12 * MiB), ims::formatSize(50 * MiB),
                                         ims::formatSize(4 * MiB))
                             << "10 s" // 38 MiB at 4 MiB/s
                             << "cancel";
    QTest::newRow("sent, the cloud checks it") << "delivered"
                                               << "100%"
                                               << ""
                                               << "none";
    QTest::newRow("interrupted by a restart") << "interrupted"
                                              << "24%"
                                              << ""
                                              << "restart";
}

// An upload's row: its bytes while they go, Cancel then; Restart once a restart interrupted it.
void TestJobsPanel::uploadRowOffersWhatApplies() {
    QFETCH(QString, stage);
    QFETCH(QString, bar);
    QFETCH(QString, left);
    QFETCH(QString, offered);
    JobListModel model;
    JobsPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TrackedJob upload = job(QStringLiteral("local-upload"), QStringLiteral("RUNNING"));
    upload.type = QLatin1String(ims::JobTracker::kUploadType);
    upload.recipe = {{"op", "upload"}, {"file", "/data/web.qcow2"}};
    upload.transfer.total = 50 * 1024 * 1024;
    upload.transfer.sent = 12 * 1024 * 1024;
    upload.transfer.bytesPerSecond = 4 * 1024 * 1024;
    upload.percent = 24;
    if (stage == "delivered") {
        upload.transfer.sent = upload.transfer.total;
        upload.transfer.delivered = true;
        upload.percent = 100;
    } else if (stage == "interrupted") {
        upload.state = ims::JobState::Interrupted;
        upload.failReason = QStringLiteral("The upload stopped at 24%");
    }
    model.upsert(upload);
    selectRow(panel, 0);
    QCOMPARE(JobListModel::operationOf(upload), QStringLiteral("Upload"));
    const QModelIndex progress = model.index(0, JobListModel::Progress);
    const QString text = progress.data(JobListModel::TransferRole).toString();
    QCOMPARE(text.isEmpty() ? QStringLiteral("%1%").arg(progress.data().toInt()) : text, bar);
    QCOMPARE(model.index(0, JobListModel::Estimate).data().toString(), left);

    QPushButton *cancel = button(panel, "Ca&ncel upload");
    QPushButton *restart = button(panel, "Re&start upload");
    QCOMPARE(cancel->isVisible(), offered == "cancel");
    QCOMPARE(restart->isVisible(), offered == "restart");
    QVERIFY(!button(panel, "Re&try")->isEnabled()); // Restart says what it does
    if (offered == "cancel") {
        QSignalSpy cancelled(&panel, &JobsPanel::cancelRequested);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().first().toString(), QStringLiteral("local-upload"));
        QVERIFY(!cancel->isEnabled()); // once
    } else if (offered == "restart") {
        QSignalSpy restarted(&panel, &JobsPanel::retryRequested);
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(restarted.first().first().toString(), QStringLiteral("local-upload"));
    }
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
