#include "joblistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ims::JobListModel;
using ims::TrackedJob;

class TestJobListModel final : public QObject {
    Q_OBJECT

private slots:
    void showsStateProgressElapsedAndEstimate();
    void updatesInPlaceAndClearsFinished();
    void states_data();
    void states();
    void operations_data();
    void operations();
};

static const QDateTime kStart(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

static TrackedJob job(const QString &id, const QString &status, double percent) {
    TrackedJob j;
    j.jobId = id;
    j.type = QStringLiteral("imsCopyImageInRegionJob");
    j.description = QStringLiteral("web → web-copy");
    j.state = ims::jobStateFromName(status);
    j.stateText = status;
    j.percent = percent;
    j.currentTask = QStringLiteral("copying");
    j.startedAt = kStart;
    return j;
}

void TestJobListModel::showsStateProgressElapsedAndEstimate() {
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.tick(kStart.addSecs(90));
    model.upsert(job(QStringLiteral("j1"), QStringLiteral("RUNNING"), 25));
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(JobListModel::Operation), QStringLiteral("Replicate"));
    QCOMPARE(cell(JobListModel::State), QStringLiteral("running"));
    QCOMPARE(model.index(0, JobListModel::Progress).data().toInt(), 25);
    QCOMPARE(cell(JobListModel::CurrentTask), QStringLiteral("copying"));
    QCOMPARE(cell(JobListModel::Elapsed), QStringLiteral("1 min 30 s"));
    QCOMPARE(cell(JobListModel::Estimate), QStringLiteral("4 min 30 s")); // 25% in 90 s: 270 s left

    TrackedJob unknown = job(QStringLiteral("j2"), QStringLiteral("RUNNING"), -1);
    model.upsert(unknown);
    QVERIFY(!model.index(1, JobListModel::Progress).data().isValid()); // busy bar, no number
    QCOMPARE(model.index(1, JobListModel::Estimate).data().toString(), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tick(kStart.addSecs(3 * 3600 + 65));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(JobListModel::Elapsed), QStringLiteral("3 h 01 min"));
}

void TestJobListModel::updatesInPlaceAndClearsFinished() {
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(job(QStringLiteral("a"), QStringLiteral("RUNNING"), 10));
    model.upsert(job(QStringLiteral("b"), QStringLiteral("RUNNING"), 10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    TrackedJob failed = job(QStringLiteral("a"), QStringLiteral("FAIL"), 10);
    failed.errorCode = QStringLiteral("IMG.0015");
    failed.failReason = QStringLiteral("quota");
    model.upsert(failed);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, JobListModel::CurrentTask).data().toString(),
             QStringLiteral("IMG.0015: quota"));

    model.clearFinished();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.at(0).jobId, QStringLiteral("b"));
}

void TestJobListModel::states_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("reconnecting");
    QTest::addColumn<QString>("state");
    QTest::newRow("init") << "INIT" << false << "queued";
    QTest::newRow("running") << "RUNNING" << false << "running";
    QTest::newRow("reconnecting") << "RUNNING" << true << "reconnecting";
    QTest::newRow("success") << "SUCCESS" << false << "succeeded";
    QTest::newRow("fail") << "FAIL" << false << "failed";
    QTest::newRow("lost") << "LOST" << false << "lost";
    QTest::newRow("interrupted") << "INTERRUPTED" << false << "interrupted";
    QTest::newRow("outcome unknown") << "OUTCOME_UNKNOWN" << false << "outcome unknown";
    QTest::newRow("outcome unknown, reconnecting")
        << "OUTCOME_UNKNOWN" << true << "outcome unknown, reconnecting";
    QTest::newRow("unknown status kept") << "PAUSED" << false << "PAUSED (unknown status)";
}

void TestJobListModel::states() {
    QFETCH(QString, status);
    QFETCH(bool, reconnecting);
    QFETCH(QString, state);
    TrackedJob j = job(QStringLiteral("x"), status, 50);
    j.reconnecting = reconnecting;
    QCOMPARE(JobListModel::stateName(j), state);
}

void TestJobListModel::operations_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("operation");
    QTest::newRow("create") << "imsCreateImageByInstance"
                            << "Create from server";
    QTest::newRow("copy") << "imsCopyImageInRegionJob"
                          << "Replicate";
    QTest::newRow("cross region, current") << "imsCrossRegionCopyImageJob"
                                           << "Replicate to region";
    QTest::newRow("cross region, older") << "imsCopyImageCrossUserJob"
                                         << "Replicate to region";
    QTest::newRow("export") << "imsNativeExportImageJob"
                            << "Export";
    QTest::newRow("share") << "imsAddImageMembersJob"
                           << "Share";
    QTest::newRow("unknown type shown as is") << "imsSomethingNew"
                                              << "imsSomethingNew";
}

void TestJobListModel::operations() {
    QFETCH(QString, type);
    QFETCH(QString, operation);
    QCOMPARE(JobListModel::operationName(type), operation);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
