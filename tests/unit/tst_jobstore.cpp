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
    job.state = jobStateFromName(status);
    job.stateText = status;
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
    void reconnectingBackoffIsCapped_data();
    void reconnectingBackoffIsCapped();
    void statusCodec_data();
    void statusCodec();
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
    // A status this version does not know is kept (a newer imsdesk wrote it), not dropped.
    QTest::newRow("unknown status") << QByteArray(R"({"job_id":"c","status":"EXPLODED"})"
                                                  "\n")
                                    << 3 << 0;
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

void TestJobStore::reconnectingBackoffIsCapped_data() {
    QTest::addColumn<int>("failedPolls");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("first failure") << 1 << 10 << 2000;
    QTest::newRow("third failure") << 3 << 10 << 8000;
    QTest::newRow("sixth failure: capped") << 6 << 10 << 60'000;
    QTest::newRow("hundredth failure: capped") << 100 << 10 << 60'000;
    QTest::newRow("old job, many failures") << 40 << 5 * 3600 << 60'000;
}

void TestJobStore::reconnectingBackoffIsCapped() {
    QFETCH(int, failedPolls);
    QFETCH(int, ageSeconds);
    QFETCH(int, expectedMs);
    TrackedJob job = makeJob("a", "RUNNING");
    job.reconnecting = true;
    job.failedPolls = failedPolls;
    job.pollsSinceProgress = 12;
    const int delay = JobTracker::pollDelayMs(job, job.startedAt.addSecs(ageSeconds));
    QCOMPARE(delay, expectedMs);
    QVERIFY(delay <= JobTracker::kMaxPollDelayMs);
    // Looking for the result of a lost answer is capped the same way.
    job.state = JobState::OutcomeUnknown;
    job.failedPolls = 0;
    job.pollsSinceProgress = failedPolls;
    QVERIFY(JobTracker::pollDelayMs(job, job.startedAt.addSecs(ageSeconds)) <=
            JobTracker::kMaxPollDelayMs);
}

void TestJobStore::statusCodec_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<JobState>("state");
    QTest::addColumn<bool>("finished");
    QTest::newRow("INIT") << "INIT" << JobState::Init << false;
    QTest::newRow("RUNNING") << "RUNNING" << JobState::Running << false;
    QTest::newRow("SUCCESS") << "SUCCESS" << JobState::Success << true;
    QTest::newRow("FAIL") << "FAIL" << JobState::Fail << true;
    QTest::newRow("LOST") << "LOST" << JobState::Lost << true;
    QTest::newRow("OUTCOME_UNKNOWN") << "OUTCOME_UNKNOWN" << JobState::OutcomeUnknown << false;
    QTest::newRow("a newer version's status") << "PAUSED" << JobState::Unrecognised << false;
}

void TestJobStore::statusCodec() {
    QFETCH(QString, status);
    QFETCH(JobState, state);
    QFETCH(bool, finished);
    TrackedJob job = makeJob("a", status);
    job.reconnecting = true;
    job.lastError = "The cloud had a problem (HTTP 500).";
    job.expected = {"web-copy", "eu-de"};
    const auto read = TrackedJob::fromJson(job.toJson());
    QVERIFY(read);
    QCOMPARE(read->state, state);
    QCOMPARE(read->statusName(), status); // unknown ones keep their text
    QCOMPARE(read->isFinished(), finished);
    QCOMPARE(read->lastError, job.lastError);
    QCOMPARE(read->expected.imageName, QStringLiteral("web-copy"));
    QCOMPARE(read->expected.region, QStringLiteral("eu-de"));
    // Only the job API's four names come from the cloud: it cannot make a job LOST.
    const JobState fromCloud = jobStateFromCloud(status.toLower());
    QCOMPARE(fromCloud, state == JobState::Lost || state == JobState::OutcomeUnknown
                            ? JobState::Unrecognised
                            : state);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
