// The persisted job list (restart, damaged file) and the polling schedule of the tracker.
#include "jobstore.h"
#include "jobtracker.h"
#include "session.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
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
    // Several processes on one file.
    void newestRecordWins_data();
    void newestRecordWins();
    void mergeWritesOnlyTheChangedRecords();
    void removedJobStaysRemoved();
    void prunesFinishedJobsAfterThirtyDays();
    void largeFileIsNeverOverwritten();
    void unreadableRecordsOfANewerVersionAreKept();
    void staleLockOfADeadProcessIsTakenOver();
    void trackerNeverRevertsAnotherProcessRecord();
    void clearedJobDoesNotComeBackFromAnotherTracker();
    void trackerRefusesToWriteOverAnUnreadableFile();
    void reconnectingBackoffIsCapped_data();
    void reconnectingBackoffIsCapped();
    void statusCodec_data();
    void statusCodec();
    // Uploads: their transfer in the file, and the process that sends them going away.
    void transferRoundTrip();
    void abandonedUploadIsInterrupted_data();
    void abandonedUploadIsInterrupted();
    void uploadOfThisProcessIsNeverInterrupted();
};

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

TrackedJob stamped(const QString &id, const QString &status, int secondsAgo, qint64 revision) {
    TrackedJob job = makeJob(id, status);
    job.updatedAt = kNow.addSecs(-secondsAgo);
    job.revision = revision;
    return job;
}

JobStore::Changes changesOf(QList<TrackedJob> jobs, QList<JobStore::Removal> removals = {}) {
    JobStore::Changes changes;
    changes.jobs = std::move(jobs);
    changes.removals = std::move(removals);
    changes.now = kNow;
    return changes;
}

std::unique_ptr<Session> offlineSession(const Clock *clock) {
    Profile profile;
    profile.name = "p";
    profile.cloud = CloudKind::Sandbox;
    profile.auth = AuthMode::AkSk;
    profile.accessKey = "AK";
    profile.projectId = "project";
    profile.imageUrl = QUrl("http://127.0.0.1:9"); // never reached: nothing is polled here
    Credentials credentials;
    credentials.secretKey = "SK";
    auto session = std::make_unique<Session>(profile, credentials);
    session->setClock(clock);
    return session;
}

QString statusIn(const JobStore &store, const QString &id) {
    for (const TrackedJob &job : store.load())
        if (job.jobId == id)
            return job.statusName();
    return QString();
}

} // namespace

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

void TestJobStore::newestRecordWins_data() {
    QTest::addColumn<TrackedJob>("stored");
    QTest::addColumn<TrackedJob>("change");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<qint64>("expectedRevision");
    QTest::newRow("newer change") << stamped("a", "RUNNING", 60, 3)
                                  << stamped("a", "RUNNING", 10, 4) << "RUNNING" << qint64(4);
    QTest::newRow("older change (a slower process)")
        << stamped("a", "RUNNING", 10, 4) << stamped("a", "INIT", 60, 5) << "RUNNING" << qint64(4);
    QTest::newRow("same time, higher revision")
        << stamped("a", "RUNNING", 10, 4) << stamped("a", "RUNNING", 10, 5) << "RUNNING"
        << qint64(5);
    QTest::newRow("an end is not undone by a newer running")
        << stamped("a", "SUCCESS", 60, 4) << stamped("a", "RUNNING", 1, 9) << "SUCCESS"
        << qint64(4);
    QTest::newRow("an older end replaces running")
        << stamped("a", "RUNNING", 1, 9) << stamped("a", "FAIL", 60, 4) << "FAIL" << qint64(4);
    TrackedJob version1 = makeJob("a", "RUNNING"); // no stamp: its start counts
    QTest::newRow("record of version 1")
        << version1 << stamped("a", "RUNNING", 10, 1) << "RUNNING" << qint64(1);
}

void TestJobStore::newestRecordWins() {
    QFETCH(TrackedJob, stored);
    QFETCH(TrackedJob, change);
    QFETCH(QString, expectedStatus);
    QFETCH(qint64, expectedRevision);
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.merge(changesOf({stored})).written);
    const JobStore::MergeResult result = store.merge(changesOf({change}));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QList<TrackedJob> jobs = store.load();
    QCOMPARE(jobs.size(), 1); // one record per job, whatever the order of the writes
    QCOMPARE(jobs.first().statusName(), expectedStatus);
    QCOMPARE(jobs.first().revision, expectedRevision);
}

void TestJobStore::mergeWritesOnlyTheChangedRecords() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.merge(changesOf({stamped("a", "RUNNING", 60, 1), stamped("b", "RUNNING", 60, 1)}))
                .written);
    // Another process finishes b; this one then adds c without knowing of it.
    QVERIFY(store.merge(changesOf({stamped("b", "SUCCESS", 30, 2)})).written);
    const JobStore::MergeResult result = store.merge(changesOf({stamped("c", "INIT", 5, 1)}));
    QVERIFY(result.written);
    QCOMPARE(result.contents.jobs.size(), 3);
    QCOMPARE(statusIn(store, "a"), QStringLiteral("RUNNING"));
    QCOMPARE(statusIn(store, "b"), QStringLiteral("SUCCESS"));
    QCOMPARE(statusIn(store, "c"), QStringLiteral("INIT"));
    QVERIFY(!QFile::exists(store.path() + ".lock")); // released
}

void TestJobStore::removedJobStaysRemoved() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.merge(changesOf({stamped("a", "SUCCESS", 60, 1), stamped("b", "FAIL", 60, 1)}))
                .written);
    QVERIFY(store.merge(changesOf({}, {{{"p", "a"}, kNow.addSecs(-20)}})).written);
    QCOMPARE(store.load().size(), 1);
    // A process that still had "a" writes its newer copy: the removal wins.
    QVERIFY(store.merge(changesOf({stamped("a", "SUCCESS", 1, 7)})).written);
    QCOMPARE(statusIn(store, "a"), QString());
    QCOMPARE(statusIn(store, "b"), QStringLiteral("FAIL"));
    // Only the profile that removed it: the same id of another profile stays.
    TrackedJob other = stamped("a", "RUNNING", 1, 1);
    other.profile = "q";
    QVERIFY(store.merge(changesOf({other})).written);
    QCOMPARE(store.load().size(), 2);
}

void TestJobStore::prunesFinishedJobsAfterThirtyDays() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    const int day = 24 * 3600;
    QVERIFY(store.save({stamped("old-done", "SUCCESS", 31 * day, 1),
                        stamped("old-failed", "FAIL", 31 * day, 1),
                        stamped("old-running", "RUNNING", 40 * day, 1),
                        stamped("recent-done", "SUCCESS", 29 * day, 1)}));
    QVERIFY(store.merge(changesOf({}, {{{"p", "gone"}, kNow.addDays(-31)}})).written);
    JobStore::Contents contents = store.read();
    QStringList ids;
    for (const TrackedJob &job : contents.jobs)
        ids << job.jobId;
    QCOMPARE(ids, (QStringList{"old-running", "recent-done"}));
    QVERIFY(contents.removals.isEmpty()); // as old as the jobs it could bring back
}

void TestJobStore::largeFileIsNeverOverwritten() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.save({makeJob("a", "RUNNING")}));
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::Append));
    const QByteArray line =
        R"({"job_id":"pad","status":"SUCCESS","description":")" + QByteArray(1000, 'x') + "\"}\n";
    while (file.size() <= JobStore::kMaxFileSize)
        file.write(line);
    file.close();
    const qint64 size = QFileInfo(store.path()).size();

    const JobStore::Contents contents = store.read();
    QCOMPARE(contents.state, JobStore::State::Unreadable);
    QVERIFY(contents.error.contains(store.path()));
    const JobStore::MergeResult result = store.merge(changesOf({stamped("b", "INIT", 1, 1)}));
    QVERIFY(!result.written);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(QFileInfo(store.path()).size(), size); // not emptied, not rewritten
}

void TestJobStore::unreadableRecordsOfANewerVersionAreKept() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    QVERIFY(store.save({makeJob("a", "RUNNING")}));
    QFile file(store.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("%%% not json\n");
    file.write(R"({"job_id":"x","status":"RUNN)"
               "\n");
    file.write(R"({"job_id":"z","profile":"p","status":"EXPLODED"})"
               "\n");
    file.close();
    QVERIFY(store.read().skipped >= 2); // the garbage and the truncated line at least
    QVERIFY(store.merge(changesOf({stamped("b", "INIT", 1, 1)})).written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    // A record with an id survives a rewrite (as a job, or as it was); garbage does not.
    QVERIFY(written.contains(R"("job_id":"z")"));
    QVERIFY(!written.contains("%%%"));
    QVERIFY(!written.contains("RUNN\n"));
    QCOMPARE(statusIn(store, "a"), QStringLiteral("RUNNING"));
    QCOMPARE(statusIn(store, "b"), QStringLiteral("INIT"));
}

void TestJobStore::staleLockOfADeadProcessIsTakenOver() {
    QTemporaryDir dir;
    JobStore store(dir.filePath("jobs.jsonl"));
    store.setLockTimeout(2000);
    QFile lock(store.path() + ".lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999\nimsctl\n" + QSysInfo::machineHostName().toUtf8() + "\n"); // no such pid
    lock.close();
    QVERIFY(store.merge(changesOf({stamped("a", "INIT", 1, 1)})).written);

    // A live holder: the merge waits, then gives up and says so.
    QLockFile held(store.path() + ".lock");
    QVERIFY(held.tryLock(0));
    store.setLockTimeout(100);
    const JobStore::MergeResult result = store.merge(changesOf({stamped("b", "INIT", 1, 1)}));
    QVERIFY(!result.written);
    QVERIFY2(result.error.contains("locked"), qPrintable(result.error));
    QCOMPARE(store.load().size(), 1);
}

void TestJobStore::trackerNeverRevertsAnotherProcessRecord() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jobs.jsonl");
    FakeClock clock(kNow);
    auto session = offlineSession(&clock);
    JobTracker tracker(session.get(), JobStore(path));
    tracker.add("j1", "Copy one");
    QCOMPARE(tracker.flush(), QString());
    // Another process follows j1 to its end.
    TrackedJob done = JobStore(path).load().first();
    done.state = JobState::Success;
    done.stateText = "SUCCESS";
    done.imageId = "img-1";
    done.revision += 1;
    done.updatedAt = kNow.addSecs(5);
    QVERIFY(JobStore(path).merge(changesOf({done})).written);
    clock.advanceMs(10'000);
    tracker.add("j2", "Copy two"); // this tracker still knows j1 as INIT
    QCOMPARE(tracker.flush(), QString());
    QCOMPARE(statusIn(JobStore(path), "j1"), QStringLiteral("SUCCESS"));
    QCOMPARE(statusIn(JobStore(path), "j2"), QStringLiteral("INIT"));
    QCOMPARE(tracker.job("j1")->state, JobState::Success); // taken over
}

void TestJobStore::clearedJobDoesNotComeBackFromAnotherTracker() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jobs.jsonl");
    QVERIFY(JobStore(path).save({stamped("done", "SUCCESS", 60, 1)}));
    FakeClock clock(kNow);
    auto session = offlineSession(&clock);
    JobTracker window(session.get(), JobStore(path));
    JobTracker second(session.get(), JobStore(path)); // a second window, same list
    QVERIFY(second.job("done"));
    QSignalSpy removed(&second, &JobTracker::jobRemoved);
    window.forget("done"); // Clear finished
    QCOMPARE(window.flush(), QString());
    second.add("new", "Copy");
    QCOMPARE(second.flush(), QString());
    QCOMPARE(statusIn(JobStore(path), "done"), QString());
    QCOMPARE(statusIn(JobStore(path), "new"), QStringLiteral("INIT"));
    QVERIFY(!second.job("done")); // the second window drops it too
    QCOMPARE(removed.size(), 1);
}

void TestJobStore::trackerRefusesToWriteOverAnUnreadableFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jobs.jsonl");
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    QVERIFY(QFile::resize(path, JobStore::kMaxFileSize + 1));
    FakeClock clock(kNow);
    auto session = offlineSession(&clock);
    JobTracker tracker(session.get(), JobStore(path));
    QSignalSpy failed(&tracker, &JobTracker::storeFailed);
    QVERIFY(failed.wait(1000)); // said to the user, not only to the log
    QVERIFY(failed.first().first().toString().contains(path));
    tracker.add("j1", "Copy");
    QVERIFY(!tracker.flush().isEmpty());
    QCOMPARE(QFileInfo(path).size(), JobStore::kMaxFileSize + 1);
    QVERIFY(tracker.job("j1")); // still followed in memory
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
    QTest::newRow("INTERRUPTED") << "INTERRUPTED" << JobState::Interrupted << true;
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
    QCOMPARE(fromCloud, state == JobState::Lost || state == JobState::OutcomeUnknown ||
                                state == JobState::Interrupted
                            ? JobState::Unrecognised
                            : state);
}

void TestJobStore::transferRoundTrip() {
    TrackedJob job = makeJob("local-1", "RUNNING");
    job.type = JobTracker::kUploadType;
    job.transfer = {1'200'000'000, 2'000'000'000, 48e6, kNow, false};
    const auto read = TrackedJob::fromJson(job.toJson());
    QVERIFY(read);
    QCOMPARE(read->transfer, job.transfer);
    // A record of a version without transfers reads as having none.
    QJsonObject old = job.toJson();
    old.remove("transfer");
    const auto older = TrackedJob::fromJson(old);
    QVERIFY(older);
    QVERIFY(older->transfer.isEmpty());
    QVERIFY(!older->transfer.heartbeatAt.isValid());
}

void TestJobStore::abandonedUploadIsInterrupted_data() {
    QTest::addColumn<int>("heartbeatSecondsAgo");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<bool>("watched"); // seen first while fresh, then gone stale
    QTest::addColumn<QString>("status");
    QTest::newRow("another process sends it") << 5 << false << false << "RUNNING";
    QTest::newRow("its process went away") << 120 << false << false << "INTERRUPTED";
    QTest::newRow("went away while watched") << 5 << false << true << "INTERRUPTED";
    QTest::newRow("bytes delivered: the image is followed") << 120 << true << false << "RUNNING";
}

void TestJobStore::abandonedUploadIsInterrupted() {
    QFETCH(int, heartbeatSecondsAgo);
    QFETCH(bool, delivered);
    QFETCH(bool, watched);
    QFETCH(QString, status);
    QTemporaryDir dir;
    const QString path = dir.filePath("jobs.jsonl");
    // As another process writes it while it uploads.
    TrackedJob upload = stamped("local-up", "RUNNING", heartbeatSecondsAgo, 3);
    upload.type = JobTracker::kUploadType;
    upload.transfer = {10, 100, 5, kNow.addSecs(-heartbeatSecondsAgo), delivered};
    upload.imageId = delivered ? "img-up" : QString();
    QVERIFY(JobStore(path).save({upload}));
    FakeClock clock(kNow);
    auto session = offlineSession(&clock);
    JobTracker tracker(session.get(), JobStore(path));
    if (watched) {
        QCOMPARE(tracker.job("local-up")->state, JobState::Running);
        clock.advanceMs(JobTracker::kTransferStaleSecs * 1000 + 1000); // no heartbeat since
        QSignalSpy refreshed(&tracker, &JobTracker::refreshed);
        tracker.refreshOnce();
        QVERIFY(refreshed.wait(5000));
    }
    // Shown so from the first look (never running), and written so for every process.
    QCOMPARE(tracker.job("local-up")->statusName(), status);
    if (status == QLatin1String("INTERRUPTED"))
        QVERIFY2(tracker.job("local-up")->failReason.contains("Retry"),
                 qPrintable(tracker.job("local-up")->failReason));
    QCOMPARE(tracker.flush(), QString());
    QCOMPARE(statusIn(JobStore(path), "local-up"), status);
}

void TestJobStore::uploadOfThisProcessIsNeverInterrupted() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jobs.jsonl");
    FakeClock clock(kNow);
    auto session = offlineSession(&clock);
    JobTracker sender(session.get(), JobStore(path));
    const QString id = sender.addUpload("disk.qcow2 → web", {{"op", "upload"}}, 100);
    QCOMPARE(sender.flush(), QString());
    JobTracker window(session.get(), JobStore(path)); // a second window, while it sends
    QCOMPARE(window.job(id)->state, JobState::Running);
    // A stall longer than the heartbeat's period: the sender knows it still sends.
    clock.advanceMs(JobTracker::kTransferStaleSecs * 2000);
    QSignalSpy refreshed(&sender, &JobTracker::refreshed);
    sender.refreshOnce();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(sender.job(id)->state, JobState::Running);
    sender.updateUpload(id, [](TrackedJob &job) { job.transfer.sent = 50; });
    QCOMPARE(sender.flush(), QString());
    QCOMPARE(JobStore(path).load().first().transfer.sent, 50);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
