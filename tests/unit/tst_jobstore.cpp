// The persisted job list (restart, damaged file) and the polling schedule of the tracker.
#include "jobstore.h"
#include "jobtracker.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

static TrackedJob makeJob(const QString &id, const QString &status) {
    TrackedJob job;
    job.jobId = id;
    job.profile = "p";
    job.description = "Copy of ubuntu as \"web\"\nline two";
    job.status = status;
    job.percent = 40;
    job.imageId = status == "SUCCESS" ? "img-" + id : QString();
    job.startedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    return job;
}

class TestJobStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip();
    void damagedFileLosesOnlyBadRecords_data();
    void damagedFileLosesOnlyBadRecords();
    void defaultPathIsInAppData();
    void pollDelay_data();
    void pollDelay();
};

void TestJobStore::roundTrip() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("sub/jobs.jsonl"));
    const QList<TrackedJob> jobs{makeJob("a", "RUNNING"), makeJob("b", "SUCCESS")};
    QVERIFY(store.save(jobs));
    int skipped = -1;
    const QList<TrackedJob> loaded = store.load(&skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).jobId, QStringLiteral("a"));
    QCOMPARE(loaded.at(0).description, jobs.at(0).description);
    QCOMPARE(loaded.at(0).percent, 40.0);
    QCOMPARE(loaded.at(0).startedAt, jobs.at(0).startedAt);
    QCOMPARE(loaded.at(1).imageId, QStringLiteral("img-b"));
    QVERIFY(!QFile::exists(dir.filePath("sub/jobs.jsonl.tmp")));
}

void TestJobStore::damagedFileLosesOnlyBadRecords_data() {
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<int>("expectedJobs");
    QTest::addColumn<int>("expectedSkipped");
    QTest::newRow("garbage line") << QByteArray("%%% not json\n") << 2 << 1;
    QTest::newRow("truncated last line") << QByteArray(R"({"job_id":"c","status":"RUNN)") << 2 << 1;
    QTest::newRow("unknown status") << QByteArray(R"({"job_id":"c","status":"EXPLODED"})"
                                                  "\n")
                                    << 2 << 1;
    QTest::newRow("no id") << QByteArray(R"({"status":"RUNNING"})"
                                         "\n")
                           << 2 << 1;
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\n", 4) << 2 << 1;
    QTest::newRow("valid extra") << QByteArray(
                                        R"({"job_id":"c","status":"FAIL","error_code":"IMG.0057"})"
                                        "\n")
                                 << 3 << 0;
}

void TestJobStore::damagedFileLosesOnlyBadRecords() {
    QFETCH(QByteArray, damage);
    QFETCH(int, expectedJobs);
    QFETCH(int, expectedSkipped);
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.save({makeJob("a", "RUNNING"), makeJob("b", "INIT")}));
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write(damage);
    file.close();
    int skipped = -1;
    const QList<TrackedJob> jobs = store.load(&skipped);
    QCOMPARE(jobs.size(), expectedJobs);
    QCOMPARE(skipped, expectedSkipped);
    QCOMPARE(jobs.first().jobId, QStringLiteral("a"));
}

void TestJobStore::defaultPathIsInAppData() {
    QVERIFY(JobStore::defaultPath().endsWith("/imsdesk/jobs.jsonl"));
}

void TestJobStore::pollDelay_data() {
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<int>("pollsSinceProgress");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("first poll") << 0 << 0 << 1000;
    QTest::newRow("no progress twice") << 5 << 2 << 4000;
    QTest::newRow("capped young") << 120 << 10 << 10'000;
    QTest::newRow("long job, no progress") << 3600 << 10 << 30'000;
    QTest::newRow("long job, just progressed") << 3600 << 0 << 1000;
}

void TestJobStore::pollDelay() {
    QFETCH(int, ageSeconds);
    QFETCH(int, pollsSinceProgress);
    QFETCH(int, expectedMs);
    TrackedJob job = makeJob("a", "RUNNING");
    job.pollsSinceProgress = pollsSinceProgress;
    QCOMPARE(JobTracker::pollDelayMs(job, job.startedAt.addSecs(ageSeconds)), expectedMs);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
