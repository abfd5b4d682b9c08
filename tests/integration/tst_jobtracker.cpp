// The JobTracker against a scripted job API: backoff reset on progress, "reconnecting" through
// dropped connections, the optional progress API, persistence and resume after a restart.
#include "scriptedserver.h"

#include "jobtracker.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

const QString kProject = QStringLiteral("0391e4486e864c26be5654c522f440f2");

QByteArray jobBody(const QString &id, const QString &status, double fraction,
                   const QString &imageId = {}) {
    QJsonObject entities{{"process_percent", fraction}, {"current_task", "copying"}};
    if (!imageId.isEmpty())
        entities.insert("image_id", imageId);
    QJsonObject job{{"job_id", id},
                    {"job_type", "imsCopyImageInRegionJob"},
                    {"status", status},
                    {"entities", entities}};
    if (status == "FAIL") {
        job.insert("error_code", "IMG.0057");
        job.insert("fail_reason", "The image file is damaged.");
    }
    return QJsonDocument(job).toJson(QJsonDocument::Compact);
}

std::unique_ptr<Session> makeSession(const QString &base, const Clock *clock, QList<int> *delays) {
    Profile profile;
    profile.name = "jobs";
    profile.cloud = CloudKind::Sandbox;
    profile.auth = AuthMode::AkSk; // no token round trips in these tests
    profile.accessKey = "AK";
    profile.projectId = kProject;
    profile.imageUrl = QUrl(base);
    Credentials credentials;
    credentials.secretKey = "SK-secret";
    auto session = std::make_unique<Session>(profile, credentials);
    session->setClock(clock);
    session->setRandomSource([] { return 0.0; });
    session->setScheduler([delays](int ms, std::function<void()> callback) {
        if (delays)
            delays->append(-ms); // transport retries, told apart from polls by the sign
        QTimer::singleShot(0, callback);
    });
    return session;
}

} // namespace

class TestJobTracker final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsToSuccessWithBackoffAndReconnecting();
    void reportsFailureWithCodeAndReason();
    void resumesAfterRestart();
};

void TestJobTracker::followsToSuccessWithBackoffAndReconnecting() {
    // Scripted job states, one per poll; "drop" closes the connection.
    const QStringList script = {"RUNNING:0.1", "RUNNING:0.1", "RUNNING:0.1", "drop",
                                "drop",        "drop",        "drop",        "drop",
                                "RUNNING:0.6", "SUCCESS:1"};
    int polls = 0;
    bool progressApiSeen = false;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path().startsWith("/v1/cloudimages/job/")) { // this cloud lacks the progress API
            progressApiSeen = true;
            return ScriptedResponse{
                404, {}, R"({"error_code":"APIG.0101","error_msg":"API not found"})", 0, false};
        }
        if (r.path() != "/v1/" + kProject.toLatin1() + "/jobs/job1")
            return ScriptedResponse{404, {}, {}, 0, false};
        const QString step = script.value(std::min<int>(polls++, int(script.size()) - 1));
        if (step == "drop")
            return ScriptedResponse{200, {}, {}, 0, true};
        return ScriptedResponse{
            200,
            {},
            jobBody("job1", step.section(':', 0, 0), step.section(':', 1).toDouble(), "img-new"),
            0,
            false};
    });
    FakeClock clock;
    QList<int> delays;
    auto session = makeSession(server.base(), &clock, &delays);
    RetryPolicy once;
    once.maxAttempts = 1; // network errors go to the tracker, which keeps following
    session->setRetryPolicy(once);
    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setClock(&clock);
    tracker.setScheduler([&](int ms, std::function<void()> callback) {
        delays.append(ms);
        clock.advanceMs(ms);
        QTimer::singleShot(0, callback);
    });
    QList<TrackedJob> updates;
    connect(&tracker, &JobTracker::jobUpdated, this,
            [&](const TrackedJob &j) { updates.append(j); });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow("job1", "Copy of base as web");
    QVERIFY(finished.wait(10000));

    const TrackedJob done = finished.first().first().value<TrackedJob>();
    QCOMPARE(done.status, QStringLiteral("SUCCESS"));
    QCOMPARE(done.imageId, QStringLiteral("img-new"));
    QVERIFY(progressApiSeen);
    QVERIFY(!session->hasJobProgressApi());
    // Fast first; doubling while nothing moves; back to fast after progress.
    QCOMPARE(delays.mid(0, 3), (QList<int>{1000, 2000, 4000}));
    const bool sawReconnecting = std::any_of(updates.begin(), updates.end(),
                                             [](const TrackedJob &j) { return j.reconnecting; });
    QVERIFY(sawReconnecting);
    QCOMPARE(delays.last(), 1000); // progress (10% → 60%) reset the backoff
    bool sawForty = false;
    for (const TrackedJob &j : updates)
        sawForty |= qFuzzyCompare(j.percent, 60.0);
    QVERIFY(sawForty);
    // Persisted with the outcome (writes are batched: flush as at quit).
    QCOMPARE(tracker.flush(), QString());
    const QList<TrackedJob> stored = JobStore(dir.filePath("jobs.jsonl")).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().status, QStringLiteral("SUCCESS"));
    QCOMPARE(stored.first().imageId, QStringLiteral("img-new"));
}

void TestJobTracker::reportsFailureWithCodeAndReason() {
    ScriptedServer server([](const ScriptedRequest &r) {
        if (r.path().startsWith("/v1/cloudimages/job/"))
            return ScriptedResponse{200, {}, jobBody("job2", "FAIL", 0.3), 0, false};
        return ScriptedResponse{500, {}, {}, 0, false};
    });
    FakeClock clock;
    auto session = makeSession(server.base(), &clock, nullptr);
    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setScheduler(
        [](int, std::function<void()> callback) { QTimer::singleShot(0, callback); });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow("job2", "Import");
    QVERIFY(finished.wait(10000));
    const TrackedJob done = finished.first().first().value<TrackedJob>();
    QCOMPARE(done.status, QStringLiteral("FAIL"));
    QCOMPARE(done.errorCode, QStringLiteral("IMG.0057"));
    QCOMPARE(done.failReason, QStringLiteral("The image file is damaged."));
    QVERIFY(session->hasJobProgressApi());
}

void TestJobTracker::resumesAfterRestart() {
    QString state = "RUNNING:0.5";
    ScriptedServer server([&](const ScriptedRequest &r) {
        const QByteArray id = r.path().mid(r.path().lastIndexOf('/') + 1);
        return ScriptedResponse{200,
                                {},
                                jobBody(QString::fromLatin1(id), state.section(':', 0, 0),
                                        state.section(':', 1).toDouble(),
                                        "img-" + QString::fromLatin1(id)),
                                0,
                                false};
    });
    FakeClock clock;
    QTemporaryDir dir;
    const QString file = dir.filePath("jobs.jsonl");
    {
        auto session = makeSession(server.base(), &clock, nullptr);
        JobTracker first(session.get(), JobStore(file));
        first.add("job3", "Copy before restart");
        first.add("job4", "Another");
    } // the app quits with two jobs running
    state = "SUCCESS:1";
    auto session = makeSession(server.base(), &clock, nullptr);
    JobTracker second(session.get(), JobStore(file));
    QCOMPARE(second.jobs().size(), 2);
    second.setScheduler(
        [](int, std::function<void()> callback) { QTimer::singleShot(0, callback); });
    QSignalSpy finished(&second, &JobTracker::jobFinished);
    second.resume();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(second.job("job3")->imageId, QStringLiteral("img-job3"));
    QCOMPARE(second.job("job3")->description, QStringLiteral("Copy before restart"));
    QCOMPARE(second.flush(), QString());
    QCOMPARE(JobStore(file).load().size(), 2);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
