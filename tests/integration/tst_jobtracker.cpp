// The JobTracker against a scripted job API: backoff reset on progress, "reconnecting" through
// every answer that is not the job API's (5xx, gateway pages, drops, timeouts, IAM errors while
// the login is renewed), Lost after repeated 404s from the job API itself, the optional progress
// API, persistence and resume after a restart; a job POST whose answer was lost (sent once, kept
// as "outcome unknown", resolved by finding its image); and one HTTP 500 from the sandbox while
// a replication is polled.
#include "requestwait.h"
#include "scriptedserver.h"

#include "imagerequests.h"
#include "inforequests.h"
#include "jobtracker.h"
#include "operationrequests.h"
#include "sandboxserver.h"
#include "session.h"

#include <QJsonArray>
#include <QProcessEnvironment>

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

const QByteArray kImsNotFound =
    R"({"error":{"code":"IMG.0031","message":"The resource ID in the request is incorrect."}})";

QByteArray tokenBody(const QDateTime &expires, const QString &imageUrl) {
    const QJsonObject token{
        {"token",
         QJsonObject{{"expires_at", expires.toString(Qt::ISODateWithMs)},
                     {"project", QJsonObject{{"id", kProject}, {"name", "eu-de"}}},
                     {"user", QJsonObject{{"id", "u1"}, {"name", "alice"}}},
                     {"catalog",
                      QJsonArray{QJsonObject{
                          {"type", "image"},
                          {"name", "glance"},
                          {"endpoints", QJsonArray{QJsonObject{{"interface", "public"},
                                                               {"region_id", "eu-de"},
                                                               {"url", imageUrl + "/v2/"}}}}}}}}}};
    return QJsonDocument(token).toJson(QJsonDocument::Compact);
}

// A password session (tokens from the scripted IAM), so that renewing the login is part of it.
std::unique_ptr<Session> makeTokenSession(const QString &base, const Clock *clock) {
    Profile profile;
    profile.name = "jobs";
    profile.cloud = CloudKind::Sandbox;
    profile.region = "eu-de";
    profile.identityUrl = QUrl(base);
    profile.auth = AuthMode::Password;
    profile.userName = "alice";
    profile.domainName = "dom";
    profile.projectName = "eu-de";
    Credentials credentials;
    credentials.password = "pw-secret-123";
    auto session = std::make_unique<Session>(profile, credentials);
    session->setClock(clock);
    session->setRandomSource([] { return 0.0; });
    session->setScheduler(
        [](int, std::function<void()> callback) { QTimer::singleShot(0, callback); });
    RetryPolicy once;
    once.maxAttempts = 1; // what reaches the tracker is what the cloud answered
    session->setRetryPolicy(once);
    session->setTimeoutMs(400);
    return session;
}

QByteArray imageListing(const QList<QJsonObject> &images) {
    QJsonArray array;
    for (const QJsonObject &image : images)
        array.append(image);
    return QJsonDocument(QJsonObject{{"images", array}}).toJson(QJsonDocument::Compact);
}

QJsonObject imageObject(const QString &id, const QString &name, const QDateTime &created,
                        const QString &status = "active") {
    return {{"id", id},
            {"name", name},
            {"status", status},
            {"visibility", "private"},
            {"created_at", created.toString(Qt::ISODate)},
            {"updated_at", created.toString(Qt::ISODate)}};
}

} // namespace

class TestJobTracker final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsToSuccessWithBackoffAndReconnecting();
    void reportsFailureWithCodeAndReason();
    void resumesAfterRestart();
    void reconnectsUntilTheJobApiAnswers_data();
    void reconnectsUntilTheJobApiAnswers();
    void notFoundFromTheJobApiItselfMakesItLost_data();
    void notFoundFromTheJobApiItselfMakesItLost();
    void unansweredPostIsSentOnceAndKeptAsOutcomeUnknown();
    void retryOfALostJobFindsItsImageFirst();
    void sandboxHttp500WhileAReplicationIsPolled();
    void unknownCloudStatusIsKeptAndFollowed();
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
    QCOMPARE(done.state, JobState::Success);
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
    QCOMPARE(stored.first().state, JobState::Success);
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
    QCOMPARE(done.state, JobState::Fail);
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

void TestJobTracker::reconnectsUntilTheJobApiAnswers_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason"); // what the jobs panel and imsctl show meanwhile
    QTest::newRow("500") << "500"
                         << "HTTP 500";
    QTest::newRow("502 HTML page") << "502 html"
                                   << "502 Bad Gateway";
    QTest::newRow("503") << "503"
                         << "HTTP 503";
    QTest::newRow("dropped connection") << "drop"
                                        << "could not be reached";
    QTest::newRow("timeout") << "timeout"
                             << "did not answer in time";
    QTest::newRow("gateway 404, HTML") << "404 html"
                                       << "404 Not Found";
    QTest::newRow("gateway 404, empty body") << "404 empty"
                                             << "gateway or proxy answered";
    QTest::newRow("gateway 403, API gateway JSON") << "403 apig"
                                                   << "APIG.0308";
    QTest::newRow("IAM 403 while the login is renewed") << "iam 403"
                                                        << "Renewing the login";
    QTest::newRow("IAM 503 while the login is renewed") << "iam 503"
                                                        << "Renewing the login";
}

void TestJobTracker::reconnectsUntilTheJobApiAnswers() {
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    FakeClock clock(QDateTime::currentDateTimeUtc());
    // Poll 1 answers RUNNING; then `fault` until the tracker says it is reconnecting; then the
    // job API answers SUCCESS.
    enum class Phase { First, Faulting, Healthy } phase = Phase::First;
    const bool iamFault = fault.startsWith("iam");
    int tokens = 0;
    int jobPolls = 0;
    ScriptedServer *self = nullptr;
    ScriptedServer server([&](const ScriptedRequest &r) -> ScriptedResponse {
        if (r.path() == "/v3/auth/tokens") {
            ++tokens;
            if (iamFault && phase == Phase::Faulting)
                return fault == "iam 403"
                           ? ScriptedResponse{403,
                                              {},
                                              R"({"error":{"code":403,"title":"Forbidden",)"
                                              R"("message":"The request you have made requires )"
                                              R"(authentication."}})",
                                              0,
                                              false}
                           : ScriptedResponse{503, {}, "busy", 0, false};
            // Tokens for an hour: the test moves the clock past it to force a renewal.
            return {201,
                    {{"X-Subject-Token", "tok-" + QByteArray::number(tokens)}},
                    tokenBody(clock.now().addSecs(3600), self->base()),
                    0,
                    false};
        }
        if (r.path().startsWith("/v1/cloudimages/job/")) // this cloud lacks the progress API
            return {404, {}, R"({"error_code":"APIG.0101","error_msg":"API not found"})", 0, false};
        ++jobPolls;
        if (phase == Phase::First)
            return {200, {}, jobBody("job5", "RUNNING", 0.2), 0, false};
        if (phase == Phase::Healthy || iamFault)
            return {200, {}, jobBody("job5", "SUCCESS", 1, "img-5"), 0, false};
        if (fault == "500")
            return {500, {}, R"({"error":{"code":"IMG.0500","message":"internal"}})", 0, false};
        if (fault == "502 html")
            return {502,
                    {{"Content-Type", "text/html"}},
                    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                    "Gateway</h1>nginx</body></html>",
                    0,
                    false};
        if (fault == "503")
            return {503, {}, "Service Unavailable", 0, false};
        if (fault == "drop")
            return {200, {}, {}, 0, true};
        if (fault == "timeout")
            return {200, {}, jobBody("job5", "RUNNING", 0.3), 3000, false};
        if (fault == "404 html")
            return {404,
                    {{"Content-Type", "text/html"}},
                    "<html><head><title>404 Not Found</title></head><body><h1>404 Not "
                    "Found</h1>The resource could not be found.</body></html>",
                    0,
                    false};
        if (fault == "404 empty")
            return {404, {}, {}, 0, false};
        return {
            403, {}, R"({"error_code":"APIG.0308","error_msg":"Throttled by a proxy"})", 0, false};
    });
    self = &server;
    auto session = makeTokenSession(server.base(), &clock);
    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setClock(&clock);
    QList<int> delays;
    tracker.setScheduler([&](int ms, std::function<void()> callback) {
        delays.append(ms);
        if (phase == Phase::First) {
            phase = Phase::Faulting;
            if (iamFault) // the token expired meanwhile: the next poll renews the login first
                clock.advanceMs(2 * 3600 * 1000);
        }
        clock.advanceMs(ms);
        QTimer::singleShot(0, callback);
    });
    QList<TrackedJob> updates;
    connect(&tracker, &JobTracker::jobUpdated, this, [&](const TrackedJob &j) {
        updates.append(j);
        if (j.reconnecting)
            phase = Phase::Healthy;
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow("job5", "web → web-copy");
    QVERIFY(finished.wait(15000));

    const TrackedJob done = finished.first().first().value<TrackedJob>();
    QCOMPARE(done.state, JobState::Success); // only the job API's answer ended it
    QCOMPARE(done.imageId, QStringLiteral("img-5"));
    QVERIFY(!done.reconnecting);
    QCOMPARE(finished.size(), 1);
    const auto reconnecting = std::find_if(updates.begin(), updates.end(),
                                           [](const TrackedJob &j) { return j.reconnecting; });
    QVERIFY2(reconnecting != updates.end(), "never shown as reconnecting");
    QVERIFY2(reconnecting->lastError.contains(reason), qPrintable(reconnecting->lastError));
    QCOMPARE(reconnecting->state, JobState::Running); // still what the job API last said
    for (const TrackedJob &j : std::as_const(updates))
        QVERIFY(j.state != JobState::Fail && j.state != JobState::Lost);
    for (int delay : std::as_const(delays))
        QVERIFY(delay <= JobTracker::kMaxPollDelayMs);
    if (iamFault)
        QCOMPARE(tokens, 3);              // the first login, the refused renewal, the next renewal
    QCOMPARE(tracker.flush(), QString()); // writes are batched: as at quit
    QCOMPARE(JobStore(dir.filePath("jobs.jsonl")).load().first().state, JobState::Success);
}

void TestJobTracker::notFoundFromTheJobApiItselfMakesItLost_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("lost");
    QTest::newRow("IMS error body: the job API's own word") << kImsNotFound << true;
    QTest::newRow("HTML page: a proxy's")
        << QByteArray("<html><title>404 Not Found</title></html>") << false;
    QTest::newRow("API gateway JSON") << QByteArray(R"({"error_code":"APIG.0101"})") << false;
}

void TestJobTracker::notFoundFromTheJobApiItselfMakesItLost() {
    QFETCH(QByteArray, body);
    QFETCH(bool, lost);
    int polls = 0;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path().startsWith("/v1/cloudimages/job/"))
            return ScriptedResponse{404, {}, R"({"error_code":"APIG.0101"})", 0, false};
        ++polls;
        return ScriptedResponse{404, {}, body, 0, false};
    });
    FakeClock clock;
    auto session = makeSession(server.base(), &clock, nullptr);
    RetryPolicy once;
    once.maxAttempts = 1;
    session->setRetryPolicy(once);
    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setClock(&clock);
    int scheduled = 0;
    tracker.setScheduler([&](int ms, std::function<void()> callback) {
        clock.advanceMs(ms);
        if (++scheduled < 8) // then stop polling, to look at where it stands
            QTimer::singleShot(0, callback);
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    QSignalSpy updated(&tracker, &JobTracker::jobUpdated);
    tracker.follow("gone", "web → web-copy", {{"op", "copy"}, {"name", "web-copy"}});
    if (lost) {
        QVERIFY(finished.wait(10000));
        const TrackedJob job = finished.first().first().value<TrackedJob>();
        QCOMPARE(job.state, JobState::Lost);
        QCOMPARE(polls, JobTracker::kLostAfterNotFound);
        QCOMPARE(job.errorCode, QStringLiteral("IMG.0031"));
        QVERIFY(job.outcomeNotKnown());
        QCOMPARE(tracker.flush(), QString());
        QCOMPARE(JobStore(dir.filePath("jobs.jsonl")).load().first().state, JobState::Lost);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(scheduled, 8, 10000);
        QVERIFY(finished.isEmpty());
        const TrackedJob job = *tracker.job("gone");
        QVERIFY(!job.isFinished());
        QVERIFY(job.reconnecting);
        QVERIFY(polls >= 7);
    }
}

void TestJobTracker::unansweredPostIsSentOnceAndKeptAsOutcomeUnknown() {
    FakeClock clock(QDateTime::currentDateTimeUtc());
    const QDateTime before = clock.now();
    int posts = 0;
    int listings = 0;
    QSet<QByteArray> connectionsOfPosts;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.method == "POST") {
            ++posts; // read whole, then the connection closes without an answer
            return ScriptedResponse{200, {}, {}, 0, true};
        }
        if (r.path() == "/v1/cloudimages/quota") // opens the keep-alive connection first
            return ScriptedResponse{200, {}, R"({"quotas":{"resources":[]}})", 0, false};
        if (r.path() == "/v2/cloudimages" && r.target.contains("marker="))
            return ScriptedResponse{200, {}, imageListing({}), 0, false}; // the listing's end
        if (r.path() == "/v2/cloudimages") {
            // The copy appears after a while, created after the POST; an older namesake never
            // counts.
            QList<QJsonObject> images{imageObject("old", "web-copy", before.addSecs(-3600))};
            if (++listings >= 2)
                images.append(imageObject("img-copy", "web-copy", before.addSecs(20)));
            return ScriptedResponse{200, {}, imageListing(images), 0, false};
        }
        return ScriptedResponse{404, {}, {}, 0, false};
    });
    auto session = makeSession(server.base(), &clock, nullptr);
    QuotaRequest quota(session.get());
    QVERIFY((waitFor<QuotaRequest, QList<QuotaResource>>(quota).ok()));
    CopyImageRequest copy(session.get(), "img-web", "web-copy");
    const auto result = waitFor<CopyImageRequest, JobAccepted>(copy, 10000);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().outcomeUnknown, qPrintable(describe(result.error())));
    QTest::qWait(300); // a re-send by Qt would have arrived by now
    QCOMPARE(posts, 1);
    QCOMPARE(server.connections, 1); // the POST went over the kept-alive connection

    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setClock(&clock);
    tracker.setScheduler([&](int ms, std::function<void()> callback) {
        clock.advanceMs(ms);
        QTimer::singleShot(0, callback);
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    const QString id = tracker.addOutcomeUnknown(
        "img-web → web-copy", {{"op", "copy"}, {"image_id", "img-web"}, {"name", "web-copy"}},
        {"web-copy", {}}, before, describe(result.error()));
    const auto unknown = tracker.job(id);
    QVERIFY(unknown);
    QCOMPARE(unknown->state, JobState::OutcomeUnknown);
    QCOMPARE(tracker.flush(), QString());
    QCOMPARE(JobStore(dir.filePath("jobs.jsonl")).load().first().state, JobState::OutcomeUnknown);
    QVERIFY(finished.wait(10000));
    const TrackedJob found = finished.first().first().value<TrackedJob>();
    QCOMPARE(found.jobId, id);
    QCOMPARE(found.state, JobState::Success);
    QCOMPARE(found.imageId, QStringLiteral("img-copy"));
    QCOMPARE(listings, 2);
    QCOMPARE(posts, 1); // nothing was sent again
}

void TestJobTracker::retryOfALostJobFindsItsImageFirst() {
    FakeClock clock(QDateTime::currentDateTimeUtc());
    int posts = 0;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.method == "POST")
            ++posts;
        if (r.path() == "/v2/cloudimages" && r.target.contains("marker="))
            return ScriptedResponse{200, {}, imageListing({}), 0, false}; // the listing's end
        if (r.path() == "/v2/cloudimages")
            return ScriptedResponse{
                200,
                {},
                imageListing({imageObject("img-made", "web-copy", clock.now().addSecs(-30))}),
                0,
                false};
        if (r.path().startsWith("/v1/cloudimages/job/"))
            return ScriptedResponse{404, {}, R"({"error_code":"APIG.0101"})", 0, false};
        return ScriptedResponse{404, {}, kImsNotFound, 0, false};
    });
    auto session = makeSession(server.base(), &clock, nullptr);
    QTemporaryDir dir;
    JobTracker tracker(session.get(), JobStore(dir.filePath("jobs.jsonl")));
    tracker.setClock(&clock);
    tracker.setScheduler([&](int ms, std::function<void()> callback) {
        clock.advanceMs(ms);
        QTimer::singleShot(0, callback);
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow("gone", "web → web-copy", {{"op", "copy"}, {"name", "web-copy"}});
    QVERIFY(finished.wait(10000));
    QCOMPARE(tracker.job("gone")->state, JobState::Lost);

    std::optional<resultsearch::Found> answer;
    tracker.lookForResult("gone", {"web-copy", {}},
                          [&](const resultsearch::Found &found) { answer = found; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(answer->ok());
    QVERIFY(answer->value().has_value());
    QCOMPARE(answer->value()->id, QStringLiteral("img-made"));
    QCOMPARE(tracker.job("gone")->state, JobState::Success);
    QCOMPARE(tracker.job("gone")->imageId, QStringLiteral("img-made"));
    QCOMPARE(posts, 0);

    // A copy to another region cannot be looked for from this session: the job says where to
    // look, and Retry gets no "not found" that would send the copy again.
    tracker.follow("gone-elsewhere", "web → web-copy in eu-nl",
                   {{"op", "cross_region_copy"}, {"name", "web-copy"}, {"region", "eu-nl"}});
    QTRY_VERIFY_WITH_TIMEOUT(tracker.job("gone-elsewhere")->state == JobState::Lost, 10000);
    bool told = false;
    tracker.lookForResult("gone-elsewhere", {"web-copy", "eu-nl"},
                          [&](const resultsearch::Found &) { told = true; });
    QTRY_VERIFY2(tracker.job("gone-elsewhere")->failReason.contains("eu-nl"),
                 qPrintable(tracker.job("gone-elsewhere")->failReason + " | " +
                            tracker.job("gone-elsewhere")->statusName()));
    QVERIFY(tracker.job("gone-elsewhere")->currentTask.contains("look for it in eu-nl"));
    QTest::qWait(100);
    QVERIFY(!told);
    QCOMPARE(tracker.job("gone-elsewhere")->state, JobState::Lost);
    QCOMPARE(posts, 0);
}

void TestJobTracker::sandboxHttp500WhileAReplicationIsPolled() {
    sandbox::SandboxOptions options;
    options.jobSeconds = 1;
    // Both job APIs (progress and status) answer one HTTP 500.
    options.faults = {"error:status=500,route=^GET /v1/.*/jobs?/,count=1"};
    sandbox::SandboxServer server(options);
    QVERIFY(server.start(0) != 0);
    QProcessEnvironment env;
    for (const auto &[name, value] : server.environment())
        env.insert(name, value);
    Credentials credentials;
    QString why;
    auto profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    profile->name = "sandbox-jobs";
    Session session(*profile, credentials);
    RetryPolicy once;
    once.maxAttempts = 1; // the 500 reaches the tracker
    session.setRetryPolicy(once);

    const auto imagesNamed = [&](const QString &name) {
        ImageListQuery query;
        query.filters = {{"name", name}};
        ListCloudImagesRequest list(&session, query);
        QList<Image> images;
        connect(&list, &ImageListRequest::page, this,
                [&](const QList<Image> &page) { images += page; });
        waitFor<ListCloudImagesRequest, int>(list, 10000);
        return images;
    };
    const QList<Image> sources = imagesNamed("web-frontend-2025");
    QCOMPARE(sources.size(), 1);

    CopyImageRequest copy(&session, sources.first().id, "web-frontend-once");
    const auto accepted = waitFor<CopyImageRequest, JobAccepted>(copy, 10000);
    QVERIFY2(accepted.ok(), qPrintable(::why(accepted)));

    QTemporaryDir dir;
    JobTracker tracker(&session, JobStore(dir.filePath("jobs.jsonl")));
    tracker.setScheduler([this](int ms, std::function<void()> callback) {
        QTimer::singleShot(std::min(ms, 300), this, callback);
    });
    bool sawReconnecting = false;
    connect(&tracker, &JobTracker::jobUpdated, this, [&](const TrackedJob &j) {
        sawReconnecting |= j.reconnecting && j.lastError.contains("HTTP 500");
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow(accepted.value().jobId, "web-frontend-2025 → web-frontend-once");
    QVERIFY(finished.wait(20000));
    const TrackedJob done = finished.first().first().value<TrackedJob>();
    QCOMPARE(done.state, JobState::Success);
    QVERIFY(sawReconnecting);
    const QList<Image> copies = imagesNamed("web-frontend-once");
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().id, done.imageId);
}

void TestJobTracker::unknownCloudStatusIsKeptAndFollowed() {
    int polls = 0;
    ScriptedServer server([&](const ScriptedRequest &) {
        return ScriptedResponse{200,
                                {},
                                ++polls < 3 ? jobBody("job6", "PAUSED", 0.5)
                                            : jobBody("job6", "SUCCESS", 1, "img-6"),
                                0,
                                false};
    });
    FakeClock clock;
    auto session = makeSession(server.base(), &clock, nullptr);
    QTemporaryDir dir;
    const QString file = dir.filePath("jobs.jsonl");
    JobTracker tracker(session.get(), JobStore(file));
    QList<TrackedJob> updates;
    tracker.setScheduler([&](int, std::function<void()> callback) {
        // Between polls, the file keeps the status as the cloud sent it.
        tracker.flush();
        updates.append(JobStore(file).load().first());
        QTimer::singleShot(0, callback);
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow("job6", "web → web-copy");
    QVERIFY(finished.wait(10000));
    QVERIFY(!updates.isEmpty());
    QCOMPARE(updates.first().state, JobState::Unrecognised);
    QCOMPARE(updates.first().statusName(), QStringLiteral("PAUSED"));
    QVERIFY(!updates.first().isFinished());
    QCOMPARE(finished.first().first().value<TrackedJob>().state, JobState::Success);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
