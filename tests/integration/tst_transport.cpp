// Transport behaviour against a scripted loopback server: retries and backoff (instant, through
// the injected scheduler), Retry-After, timeouts vs cancel, redirects, token renewal, paging.
#include "requestwait.h"
#include "scriptedserver.h"

#include "imagerequests.h"
#include "inforequests.h"
#include "operationrequests.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThreadPool>

using namespace ims;

Q_DECLARE_METATYPE(ims::DeleteImageRequest::Backup)

namespace {

QByteArray imageJson(const QString &id) {
    return QJsonDocument(QJsonObject{{"id", id}, {"name", "img-" + id}, {"status", "active"}})
        .toJson(QJsonDocument::Compact);
}

// The marker of an IMS listing request of the images below (0 for the first page).
int markerOf(const ScriptedRequest &r) {
    const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
    return q.hasQueryItem("marker") ? q.queryItemValue("marker").toInt() : 0;
}

// GET /v2/cloudimages as IMS pages it (no links): images "1".."total", `pageSize` after the marker.
ScriptedResponse cloudImagesPage(const ScriptedRequest &r, int pageSize, int total) {
    const int start = markerOf(r);
    QJsonArray images;
    for (int i = start + 1; i <= std::min(start + pageSize, total); ++i)
        images.append(QJsonDocument::fromJson(imageJson(QString::number(i))).object());
    return ScriptedResponse{
        200, {}, QJsonDocument(QJsonObject{{"images", images}}).toJson(), 0, false};
}

QByteArray tokenBody(const QDateTime &expires, const QString &imageUrl,
                     const QDateTime &issued = {}) {
    QJsonObject token{
        {"token",
         QJsonObject{{"expires_at", expires.toString(Qt::ISODateWithMs)},
                     {"project",
                      QJsonObject{{"id", "0391e4486e864c26be5654c522f440f2"}, {"name", "eu-de"}}},
                     {"user", QJsonObject{{"id", "u1"}, {"name", "alice"}}},
                     {"catalog",
                      QJsonArray{QJsonObject{
                          {"type", "image"},
                          {"name", "glance"},
                          {"endpoints", QJsonArray{QJsonObject{{"interface", "public"},
                                                               {"region_id", "eu-de"},
                                                               {"url", imageUrl + "/v2/"}}}}}}}}}};
    if (issued.isValid()) {
        QJsonObject inner = token.value("token").toObject();
        inner.insert("issued_at", issued.toString(Qt::ISODateWithMs));
        token.insert("token", inner);
    }
    return QJsonDocument(token).toJson(QJsonDocument::Compact);
}

// A session with an instant scheduler (delays recorded, not waited) and a fixed jitter.
struct Fixture {
    explicit Fixture(const QString &base, AuthMode auth = AuthMode::Password) {
        Profile profile;
        profile.name = "test";
        profile.cloud = CloudKind::Sandbox;
        profile.region = "eu-de";
        profile.identityUrl = QUrl(base);
        profile.auth = auth;
        profile.userName = "alice";
        profile.domainName = "dom";
        profile.projectName = "eu-de";
        Credentials credentials;
        credentials.password = "pw-secret-123";
        if (auth == AuthMode::AkSk) {
            profile.accessKey = "AKEXAMPLE";
            profile.projectId = "0391e4486e864c26be5654c522f440f2";
            profile.imageUrl = QUrl(base);
            credentials.secretKey = "SKEXAMPLESECRET";
        }
        session = std::make_unique<Session>(profile, credentials);
        session->setClock(&clock);
        session->setRandomSource([] { return 0.5; });
        session->setScheduler([this](int ms, std::function<void()> callback) {
            delays.append(ms);
            QTimer::singleShot(0, callback);
        });
        RetryPolicy policy;
        policy.maxAttempts = 4;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 8000;
        policy.maxTotalDelayMs = 60'000;
        session->setRetryPolicy(policy);
    }
    FakeClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Session> session;
    QList<int> delays;
};

// The scripted IAM: every token request gets a new token valid for `lifetime`.
ScriptedResponse identity(const ScriptedRequest &r, int &issued, const QString &base,
                          const QDateTime &expires) {
    if (r.path() != "/v3/auth/tokens")
        return {};
    ++issued;
    return {201,
            {{"X-Subject-Token", "tok-" + QByteArray::number(issued)}},
            tokenBody(expires, base),
            0,
            false};
}

// A scripted cloud whose Keystone issues tokens valid for a day; `handler` answers the rest.
struct TokenCloud {
    explicit TokenCloud(std::function<ScriptedResponse(const ScriptedRequest &)> handler)
        : server([this, handler](const ScriptedRequest &r) {
            if (r.path() == "/v3/auth/tokens")
                return identity(r, issued, server.base(),
                                QDateTime::currentDateTimeUtc().addDays(1));
            return handler(r);
        }) {}
    int issued = 0;
    ScriptedServer server;
};

} // namespace

class TestTransport final : public QObject {
    Q_OBJECT

private slots:
    void retriesIdempotentRequests_data();
    void retriesIdempotentRequests();
    void neverRetriesPostBlindly();
    void retriesThrottledPost();
    void deleteOfAnImageAlreadyGone_data();
    void deleteOfAnImageAlreadyGone();
    void deleteBackupGoesInTheBody_data();
    void deleteBackupGoesInTheBody();
    void boundsAttempts();
    void timeoutIsNotCancel();
    void cancelWhileWaitingForRetry();
    void exactlyOneFinished_data();
    void exactlyOneFinished();
    void destroyedWhileARetryWaitsEmitsNothing();
    void renewsTokenOnceOn401();
    void renewsTokenAheadOfExpiry();
    void renewsAheadByATenthOfTheTokensOwnLifetime_data();
    void renewsAheadByATenthOfTheTokensOwnLifetime();
    void refusedLoginStopsEveryLogin_data();
    void refusedLoginStopsEveryLogin();
    void transientIamErrorsAreNoRefusal_data();
    void transientIamErrorsAreNoRefusal();
    void redirectKeepsCredentialsOnOrigin();
    void malformedJsonIsADecodeError();
    void glancePagingFollowsNextIncludingExactlyFullLastPage();
    void cloudImagesPagingByMarker();
    void pagesArriveInOrderUntilOneFails_data();
    void pagesArriveInOrderUntilOneFails();
    void akSkSignsEveryRequest();
    void unreadableCaBundleIsReported();
    void tlsVerifiesAgainstTheProfilesCaAndRefusesDowngrade();
    void extensionCallsOnPlainOpenStackSayWhy_data();
    void extensionCallsOnPlainOpenStackSayWhy();
    void uploadStreamsWithProgress();
    void uploadMemoryStaysFlat();
};

void TestTransport::retriesIdempotentRequests_data() {
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expectedDelay");
    const QByteArray inTenSeconds = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(10),
                                                  "ddd, dd MMM yyyy HH:mm:ss 'GMT'")
                                        .toLatin1();
    QTest::newRow("503") << ScriptedResponse{503, {}, "busy", 0, false} << 1 << 500;
    QTest::newRow("502") << ScriptedResponse{502, {}, "", 0, false} << 1 << 500;
    QTest::newRow("504") << ScriptedResponse{504, {}, "", 0, false} << 1 << 500;
    QTest::newRow("429 Retry-After seconds")
        << ScriptedResponse{429, {{"Retry-After", "7"}}, "", 0, false} << 1 << 7000;
    QTest::newRow("503 Retry-After date")
        << ScriptedResponse{503, {{"Retry-After", inTenSeconds}}, "", 0, false} << 1 << 9000;
    // Qt itself resends once when a kept-alive connection drops; ours come after that.
    QTest::newRow("dropped connections") << ScriptedResponse{200, {}, "", 0, true} << 3 << 500;
}

void TestTransport::retriesIdempotentRequests() {
    QFETCH(ScriptedResponse, failure);
    QFETCH(int, failures);
    QFETCH(int, expectedDelay);
    int shows = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ++shows <= failures ? failure : ScriptedResponse{200, {}, imageJson("i1"), 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ShowImageRequest request(f.session.get(), "i1");
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    const auto result = waitFor<ShowImageRequest, Image>(request);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value().id, QStringLiteral("i1"));
    QCOMPARE(shows, failures + 1);
    QVERIFY(!retrying.isEmpty());
    // The date has a one-second resolution: allow for the second that passed.
    QVERIFY2(f.delays.first() >= expectedDelay - 1000 && f.delays.first() <= expectedDelay + 1000,
             qPrintable(QString::number(f.delays.first())));
}

void TestTransport::neverRetriesPostBlindly() {
    int posts = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        ++posts;
        return ScriptedResponse{
            503, {}, R"({"error":{"code":"IMG.0503","message":"busy"}})", 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    CopyImageRequest request(f.session.get(), "i1", "copy");
    const auto result = waitFor<CopyImageRequest, JobAccepted>(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 503);
    QCOMPARE(posts, 1);
    QVERIFY(f.delays.isEmpty());
}

void TestTransport::retriesThrottledPost() {
    // The gateway throttles before the service sees the request (APIG.0308): sending the copy
    // again after Retry-After cannot copy twice.
    int posts = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        if (++posts == 1)
            return ScriptedResponse{429,
                                    {{"Retry-After", "1"}},
                                    R"({"error_code":"APIG.0308","error_msg":"throttled"})",
                                    0,
                                    false};
        return ScriptedResponse{200, {}, R"({"job_id":"j1"})", 0, false};
    });
    Fixture f(cloud.server.base());
    CopyImageRequest request(f.session.get(), "i1", "copy");
    const auto result = waitFor<CopyImageRequest, JobAccepted>(request);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(result.value().jobId, QStringLiteral("j1"));
    QCOMPARE(posts, 2);
    QCOMPARE(f.delays.size(), 1);
    QVERIFY(f.delays.first() >= 1000); // Retry-After honoured
}

void TestTransport::deleteOfAnImageAlreadyGone_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("done");
    QTest::newRow("Glance: no such image") << QByteArray("<html><body>404 Not Found: No image "
                                                         "found with ID i1</body></html>")
                                           << true;
    QTest::newRow("IMS error") << QByteArray(R"({"error":{"code":"IMG.0027","message":"gone"}})")
                               << true;
    QTest::newRow("gateway: the API is not there")
        << QByteArray(R"({"error_code":"APIG.0101","error_msg":"The API does not exist"})")
        << false;
    QTest::newRow("OTC gateway") << QByteArray(R"({"error_code":"APIGW.0101","error_msg":"no"})")
                                 << false;
}

void TestTransport::deleteOfAnImageAlreadyGone() {
    // The image may be gone because an earlier try did it (its answer lost, or Qt sent the
    // DELETE again on a closed connection): deleted is what the user asked for.
    QFETCH(QByteArray, body);
    QFETCH(bool, done);
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ScriptedResponse{404, {}, body, 0, false};
    });
    Fixture f(cloud.server.base());
    DeleteImageRequest request(f.session.get(), "i1");
    const auto result = waitFor<DeleteImageRequest, Done>(request);
    QCOMPARE(result.ok(), done);
    if (!done)
        QCOMPARE(result.error().httpStatus, 404);
}

void TestTransport::deleteBackupGoesInTheBody_data() {
    QTest::addColumn<DeleteImageRequest::Backup>("backup");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("keep the backup: no body") << DeleteImageRequest::Backup::Keep << QByteArray();
    QTest::newRow("delete the backup (full-ECS image)")
        << DeleteImageRequest::Backup::Delete << QByteArray(R"({"delete_backup":true})");
}

// SPEC §6.6: the backup of a full-ECS image goes only when the DELETE says so in its body.
void TestTransport::deleteBackupGoesInTheBody() {
    QFETCH(DeleteImageRequest::Backup, backup);
    QFETCH(QByteArray, body);
    QList<ScriptedRequest> deletes;
    TokenCloud cloud([&](const ScriptedRequest &r) {
        deletes.append(r);
        return ScriptedResponse{204, {}, "", 0, false};
    });
    Fixture f(cloud.server.base());
    DeleteImageRequest request(f.session.get(), "i1", backup);
    const auto result = waitFor<DeleteImageRequest, Done>(request);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().method, QByteArray("DELETE"));
    QVERIFY(deletes.first().path().endsWith("/images/i1"));
    QCOMPARE(deletes.first().body, body);
}

void TestTransport::boundsAttempts() {
    int shows = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        ++shows;
        return ScriptedResponse{503, {}, "", 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ShowImageRequest request(f.session.get(), "i1");
    const auto result = waitFor<ShowImageRequest, Image>(request);
    QVERIFY(!result.ok());
    QVERIFY(result.error().retriable);
    QCOMPARE(shows, 4); // maxAttempts
    // Full jitter with random 0.5: half of 1 s, 2 s, 4 s.
    QCOMPARE(f.delays, (QList<int>{500, 1000, 2000}));
}

void TestTransport::timeoutIsNotCancel() {
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ScriptedResponse{200, {}, imageJson("i1"), 3000, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    f.session->setTimeoutMs(150);
    RetryPolicy once;
    once.maxAttempts = 1;
    f.session->setRetryPolicy(once);
    ShowImageRequest slow(f.session.get(), "i1");
    const auto timedOut = waitFor<ShowImageRequest, Image>(slow);
    QVERIFY(!timedOut.ok());
    QCOMPARE(timedOut.error().kind, ApiError::Kind::Timeout);

    ShowImageRequest cancelled(f.session.get(), "i1");
    QTimer::singleShot(50, &cancelled, [&] { cancelled.cancel(); });
    f.session->setTimeoutMs(5000);
    const auto result = waitFor<ShowImageRequest, Image>(cancelled);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
}

void TestTransport::cancelWhileWaitingForRetry() {
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ScriptedResponse{503, {}, "", 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    // A scheduler that never fires: the request waits until cancelled.
    f.session->setScheduler([](int, std::function<void()>) {});
    ShowImageRequest request(f.session.get(), "i1");
    connect(&request, &ApiRequest::retrying, &request, [&] { request.cancel(); });
    const auto result = waitFor<ShowImageRequest, Image>(request);
    QCOMPARE(result.error().kind, ApiError::Kind::Cancelled);
}

namespace {

// The ways a request can end, for exactlyOneFinished.
enum class Ending {
    Success,
    StartTwice,
    CancelBeforeStart,
    CancelInFlight,
    CancelAfterFinished,
    CancelDuringRetry,
    RetryBudgetSpent,
    Deadline,
    Oversized,
    RedirectRefused,
    SessionGoneBeforeStart,
    SessionGoneDuringLogin,
    SessionGoneDuringRetry,
    SessionGoneInFlight,
    ListingCancelledWhileDecoding,
};

} // namespace

Q_DECLARE_METATYPE(Ending)

void TestTransport::exactlyOneFinished_data() {
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<int>("kind"); // ApiError::Kind, or -1 for a success
    QTest::addColumn<bool>("sessionClosed");
    const int ok = -1;
    const auto kind = [](ApiError::Kind k) { return int(k); };
    QTest::newRow("success") << Ending::Success << ok << false;
    QTest::newRow("start() twice") << Ending::StartTwice << ok << false;
    QTest::newRow("cancel() before start()")
        << Ending::CancelBeforeStart << kind(ApiError::Kind::Cancelled) << false;
    QTest::newRow("cancel() while the reply is on the way")
        << Ending::CancelInFlight << kind(ApiError::Kind::Cancelled) << false;
    QTest::newRow("cancel() after it finished") << Ending::CancelAfterFinished << ok << false;
    QTest::newRow("cancel() while a retry waits")
        << Ending::CancelDuringRetry << kind(ApiError::Kind::Cancelled) << false;
    QTest::newRow("retries spent")
        << Ending::RetryBudgetSpent << kind(ApiError::Kind::Http) << false;
    QTest::newRow("deadline") << Ending::Deadline << kind(ApiError::Kind::Timeout) << false;
    QTest::newRow("oversized reply") << Ending::Oversized << kind(ApiError::Kind::Decode) << false;
    QTest::newRow("redirect refused")
        << Ending::RedirectRefused << kind(ApiError::Kind::Network) << false;
    QTest::newRow("session deleted before start()")
        << Ending::SessionGoneBeforeStart << kind(ApiError::Kind::Network) << true;
    QTest::newRow("session deleted during the login")
        << Ending::SessionGoneDuringLogin << kind(ApiError::Kind::Network) << true;
    QTest::newRow("session deleted while a retry waits")
        << Ending::SessionGoneDuringRetry << kind(ApiError::Kind::Network) << true;
    QTest::newRow("session deleted while the reply is on the way")
        << Ending::SessionGoneInFlight << kind(ApiError::Kind::Network) << true;
    QTest::newRow("listing cancelled while its page is decoded")
        << Ending::ListingCancelledWhileDecoding << kind(ApiError::Kind::Cancelled) << false;
}

// Whatever way a request ends, its owner hears of it once: ims::send deletes the request on the
// first `finished`, so a second would reach freed memory and none would leave a spinner forever.
void TestTransport::exactlyOneFinished() {
    QFETCH(Ending, ending);
    QFETCH(int, kind);
    QFETCH(bool, sessionClosed);

    std::unique_ptr<Fixture> f;
    std::function<void()> onImageRequest; // runs when the server receives the call itself
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (onImageRequest)
            QTimer::singleShot(0, onImageRequest);
        switch (ending) {
        case Ending::CancelInFlight:
        case Ending::SessionGoneInFlight:
            return ScriptedResponse{200, {}, imageJson("i1"), 5000, false};
        case Ending::CancelDuringRetry:
        case Ending::RetryBudgetSpent:
        case Ending::SessionGoneDuringRetry:
            return ScriptedResponse{503, {}, "", 0, false};
        case Ending::Deadline: {
            ScriptedResponse slow{200, {}, imageJson("i1"), 0, false};
            slow.dribbleMs = 100;
            return slow;
        }
        case Ending::Oversized: {
            ScriptedResponse huge{200, {}, "{", 0, false};
            huge.padBytes = ApiRequest::kMaxReplyBytes + 1;
            return huge;
        }
        case Ending::RedirectRefused: // plain http:// to a remote host is never followed
            return ScriptedResponse{
                302, {{"Location", "http://images.example.com" + r.path()}}, "", 0, false};
        case Ending::ListingCancelledWhileDecoding:
            return cloudImagesPage(r, 500, 500);
        default:
            return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
        }
    });
    // The login itself is slow when the session is to go during it.
    ScriptedServer slowLogin([&](const ScriptedRequest &r) {
        QTimer::singleShot(0, [&] { f->session.reset(); });
        ScriptedResponse token = identity(r, cloud.issued, cloud.server.base(),
                                          QDateTime::currentDateTimeUtc().addDays(1));
        token.delayMs = 5000;
        return token;
    });
    const bool loginIsSlow = ending == Ending::SessionGoneDuringLogin;
    f = std::make_unique<Fixture>(loginIsSlow ? slowLogin.base() : cloud.server.base());
    if (ending == Ending::CancelDuringRetry || ending == Ending::SessionGoneDuringRetry)
        f->session->setScheduler([](int, std::function<void()>) {}); // the retry never comes
    if (ending == Ending::Deadline)
        f->session->setDeadlineMs(300);

    std::unique_ptr<ApiRequest> request;
    int finished = 0;
    std::optional<ApiError> error;
    const auto count = [&](const auto &result) {
        ++finished;
        if (!result.ok())
            error = result.error();
    };
    if (ending == Ending::ListingCancelledWhileDecoding) {
        auto *listing = new ListCloudImagesRequest(f->session.get(), ImageListQuery{});
        connect(listing, &ListCloudImagesRequest::finished, listing, count);
        request.reset(listing);
    } else {
        auto *show = new ShowImageRequest(f->session.get(), "i1");
        connect(show, &ShowImageRequest::finished, show, count);
        request.reset(show);
    }

    // The thread pool held shut: the page is still being decoded when cancel() comes.
    QSemaphore gate;
    const int poolThreads = QThreadPool::globalInstance()->maxThreadCount();
    if (ending == Ending::ListingCancelledWhileDecoding) {
        for (int i = 0; i < poolThreads; ++i)
            QThreadPool::globalInstance()->start([&gate] { gate.acquire(); });
        connect(f->session->network(), &QNetworkAccessManager::finished, request.get(), [&] {
            QTimer::singleShot(0, request.get(), [&] {
                request->cancel();
                gate.release(poolThreads);
            });
        });
    }
    switch (ending) {
    case Ending::CancelInFlight:
        onImageRequest = [&] { request->cancel(); };
        break;
    case Ending::SessionGoneInFlight:
        onImageRequest = [&] { f->session.reset(); };
        break;
    case Ending::CancelDuringRetry:
        connect(request.get(), &ApiRequest::retrying, request.get(), [&] { request->cancel(); });
        break;
    case Ending::SessionGoneDuringRetry:
        connect(request.get(), &ApiRequest::retrying, request.get(), [&] { f->session.reset(); });
        break;
    case Ending::CancelBeforeStart:
        request->cancel();
        break;
    case Ending::SessionGoneBeforeStart:
        f->session.reset();
        break;
    default:
        break;
    }

    request->start();
    if (ending == Ending::StartTwice)
        request->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished > 0, 30000);
    if (ending == Ending::CancelAfterFinished)
        request->cancel();
    // Settled: whatever was still on its way (timers, the aborted reply, decoding) has come.
    gate.release(poolThreads);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(300);
    QCOMPARE(finished, 1);
    QVERIFY(request->isFinished());

    if (kind < 0) {
        QVERIFY2(!error, error ? qPrintable(describe(*error)) : "");
        return;
    }
    QVERIFY(error);
    QVERIFY2(int(error->kind) == kind, qPrintable(describe(*error)));
    QCOMPARE(error->isSessionClosed(), sessionClosed);
    if (sessionClosed)
        QVERIFY2(describe(*error).contains("profile switched"), qPrintable(describe(*error)));
}

// A request deleted with a retry pending says nothing more (its signals went with it) and the
// pending retry does not touch it.
void TestTransport::destroyedWhileARetryWaitsEmitsNothing() {
    int shows = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        ++shows;
        return ScriptedResponse{503, {}, "", 0, false};
    });
    Fixture f(cloud.server.base());
    std::function<void()> pending;
    f.session->setScheduler([&](int, std::function<void()> callback) { pending = callback; });
    auto *request = new ShowImageRequest(f.session.get(), "i1");
    QSignalSpy finished(request, &ShowImageRequest::finished);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    request->start();
    QTRY_VERIFY_WITH_TIMEOUT(retrying.count() == 1, 30000);
    delete request;
    QVERIFY(pending);
    pending(); // the session's scheduler fires after all
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(shows, 1);
}

void TestTransport::renewsTokenOnceOn401() {
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (r.path() == "/v2/images/i1" && r.header("x-auth-token") == "tok-2")
            return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
        return ScriptedResponse{
            401, {}, R"({"error_code":"APIG.0301","error_msg":"token expires"})", 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ShowImageRequest first(f.session.get(), "i1");
    const auto ok = waitFor<ShowImageRequest, Image>(first);
    QVERIFY2(ok.ok(), qPrintable(why(ok)));
    QCOMPARE(cloud.issued,
             2); // the first token was refused, a second one fetched, the call replayed

    // A 401 that persists with a fresh token is the user's problem: reported, not looped.
    ShowImageRequest second(f.session.get(), "missing");
    const auto refused = waitFor<ShowImageRequest, Image>(second);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 401);
    QCOMPARE(refused.error().code, QStringLiteral("APIG.0301"));
    QCOMPARE(cloud.issued, 3);
}

void TestTransport::renewsTokenAheadOfExpiry() {
    int issued = 0;
    ScriptedServer *serverPtr = nullptr;
    Fixture *fixture = nullptr;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path() == "/v3/auth/tokens")
            return identity(r, issued, serverPtr->base(), fixture->clock.now().addSecs(3600));
        return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
    });
    serverPtr = &server;
    Fixture f(server.base());
    fixture = &f;
    for (int i = 0; i < 2; ++i) {
        ShowImageRequest request(f.session.get(), "i1");
        QVERIFY((waitFor<ShowImageRequest, Image>(request).ok()));
    }
    QCOMPARE(issued, 1);               // cached
    f.clock.advanceMs(56 * 60 * 1000); // 4 minutes before expiry: inside the renewal margin
    ShowImageRequest later(f.session.get(), "i1");
    QVERIFY((waitFor<ShowImageRequest, Image>(later).ok()));
    QCOMPARE(issued, 2);
    QCOMPARE(server.requests.last().header("x-auth-token"), QByteArray("tok-2"));
}

void TestTransport::renewsAheadByATenthOfTheTokensOwnLifetime_data() {
    QTest::addColumn<int>("ttlSeconds");
    QTest::addColumn<int>("skewSeconds"); // the server's clock minus the client's
    QTest::addColumn<int>("aheadSeconds");
    QTest::newRow("120 s token") << 120 << 0 << 12;
    QTest::newRow("1 h token: 5 min ahead") << 3600 << 0 << 300;
    QTest::newRow("24 h token: 5 min ahead") << 86400 << 0 << 300;
    QTest::newRow("120 s token, server 2 h ahead") << 120 << 7200 << 12;
    QTest::newRow("120 s token, server 2 h behind") << 120 << -7200 << 12;
    QTest::newRow("1 h token, server 2 h behind") << 3600 << -7200 << 300;
}

void TestTransport::renewsAheadByATenthOfTheTokensOwnLifetime() {
    QFETCH(int, ttlSeconds);
    QFETCH(int, skewSeconds);
    QFETCH(int, aheadSeconds);
    int issued = 0;
    ScriptedServer *serverPtr = nullptr;
    Fixture *fixture = nullptr;
    // The scripted IAM stamps its tokens with its own (skewed) clock, as a real one does.
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path() != "/v3/auth/tokens")
            return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
        const QDateTime serverNow = fixture->clock.now().addSecs(skewSeconds);
        ++issued;
        return ScriptedResponse{
            201,
            {{"X-Subject-Token", "tok-" + QByteArray::number(issued)}},
            tokenBody(serverNow.addSecs(ttlSeconds), serverPtr->base(), serverNow),
            0,
            false};
    });
    serverPtr = &server;
    Fixture f(server.base());
    fixture = &f;
    const auto show = [&f] {
        ShowImageRequest request(f.session.get(), "i1");
        return waitFor<ShowImageRequest, Image>(request).ok();
    };
    // Requests all through the token's useful life share one login…
    const qint64 usefulMs = qint64(ttlSeconds - aheadSeconds) * 1000;
    for (int step = 0; step < 10; ++step) {
        QVERIFY(show());
        f.clock.advanceMs((usefulMs - 1000) / 10);
    }
    QCOMPARE(issued, 1);
    QCOMPARE(Session::renewAheadMs(qint64(ttlSeconds) * 1000), qint64(aheadSeconds) * 1000);
    // …and the token is renewed once `aheadSeconds` before it expires, not later.
    f.clock.advanceMs(2000);
    QVERIFY(show());
    QCOMPARE(issued, 2);
    QVERIFY(show());
    QCOMPARE(issued, 2);
}

void TestTransport::refusedLoginStopsEveryLogin_data() {
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("refusal"); // the 401 body
    QTest::newRow("wrong password (IAM)")
        << int(AuthMode::Password)
        << QByteArray(R"({"error":{"code":401,"title":"Unauthorized",)"
                      R"("message":"The username or password is wrong."}})");
    QTest::newRow("disabled user (Keystone)")
        << int(AuthMode::Password)
        << QByteArray(R"({"error":{"code":401,"title":"Unauthorized",)"
                      R"("message":"The account is disabled for user: u1."}})");
    QTest::newRow("wrong secret key (AK/SK)")
        << int(AuthMode::AkSk)
        << QByteArray(R"({"error_code":"APIG.0301","error_msg":"verify aksk signature fail"})");
}

void TestTransport::refusedLoginStopsEveryLogin() {
    QFETCH(int, auth);
    QFETCH(QByteArray, refusal);
    const bool aksk = auth == int(AuthMode::AkSk);
    int logins = 0;
    bool accept = false; // the credentials the cloud takes: the first ones are refused
    ScriptedServer *serverPtr = nullptr;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path() == "/v3/auth/tokens") {
            ++logins;
            if (!accept)
                return ScriptedResponse{401, {}, refusal, 0, false};
            return identity(r, logins, serverPtr->base(),
                            QDateTime::currentDateTimeUtc().addDays(1));
        }
        if (aksk && !accept) {
            ++logins; // every signed request is a login of the keys
            return ScriptedResponse{401, {}, refusal, 0, false};
        }
        return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
    });
    serverPtr = &server;
    Fixture f(server.base(), AuthMode(auth));
    QSignalSpy refused(f.session.get(), &Session::loginRefused);
    QSignalSpy restored(f.session.get(), &Session::loginRestored);
    // Many requests queued at once (a listing, a job poll, the details pane) and more later.
    std::vector<std::unique_ptr<ShowImageRequest>> queued;
    QList<ApiError> errors;
    for (int i = 0; i < 8; ++i) {
        queued.push_back(std::make_unique<ShowImageRequest>(f.session.get(), "i1"));
        connect(queued.back().get(), &ShowImageRequest::finished, this,
                [&errors](const Result<Image> &r) {
                    if (!r)
                        errors.append(r.error());
                });
    }
    for (auto &request : queued)
        request->start();
    QTRY_COMPARE(errors.size(), 8);
    // Queued behind one token request; signed AK/SK requests were all on the wire already.
    QCOMPARE(logins, aksk ? 8 : 1);
    const int afterBatch = logins;
    for (int i = 0; i < 5; ++i) {
        ShowImageRequest later(f.session.get(), "i1");
        const auto result = waitFor<ShowImageRequest, Image>(later);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 401);
        QVERIFY(result.error().duringLogin);
    }
    QCOMPARE(logins, afterBatch); // never repeated
    QVERIFY(f.session->isLoginRefused());
    QCOMPARE(refused.size(), 1);
    for (const ApiError &e : errors)
        QCOMPARE(e.httpStatus, 401);
    QVERIFY(f.session->loginRefusal()->message.contains(
        aksk ? "verify aksk signature fail" : "The ", Qt::CaseSensitive));

    // New credentials from the user: one login, and requests work again.
    accept = true;
    Credentials fresh;
    fresh.password = "new-password-456";
    fresh.secretKey = "SKNEWSECRET";
    f.session->relogin(fresh);
    QTRY_COMPARE(restored.size(), 1);
    QVERIFY(!f.session->isLoginRefused());
    ShowImageRequest again(f.session.get(), "i1");
    const auto ok = waitFor<ShowImageRequest, Image>(again);
    QVERIFY2(ok.ok(), qPrintable(why(ok)));
    if (!aksk) {
        QCOMPARE(logins, 3); // identity() counts the good one as well
        QVERIFY(server.requests.last().header("x-auth-token").startsWith("tok-"));
        QVERIFY(!server.requests.last().header("x-auth-token").isEmpty());
    }
}

void TestTransport::transientIamErrorsAreNoRefusal_data() {
    QTest::addColumn<int>("status"); // 0: the connection drops
    QTest::newRow("403 forbidden") << 403;
    QTest::newRow("429 throttled") << 429;
    QTest::newRow("500 internal error") << 500;
    QTest::newRow("503 unavailable") << 503;
    QTest::newRow("dropped connection") << 0;
}

void TestTransport::transientIamErrorsAreNoRefusal() {
    QFETCH(int, status);
    int logins = 0;
    bool iamDown = true;
    ScriptedServer *serverPtr = nullptr;
    ScriptedServer server([&](const ScriptedRequest &r) {
        if (r.path() != "/v3/auth/tokens")
            return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
        if (iamDown) {
            ++logins;
            return ScriptedResponse{
                status, {}, R"({"error":{"code":"IAM.0001","message":"busy"}})", 0, status == 0};
        }
        return identity(r, logins, serverPtr->base(), QDateTime::currentDateTimeUtc().addDays(1));
    });
    serverPtr = &server;
    Fixture f(server.base());
    QSignalSpy refused(f.session.get(), &Session::loginRefused);
    ShowImageRequest first(f.session.get(), "i1");
    const auto failed = waitFor<ShowImageRequest, Image>(first);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().httpStatus, status);
    QVERIFY(failed.error().duringLogin); // the call itself was never sent
    QVERIFY(!f.session->isLoginRefused());
    QCOMPARE(refused.size(), 0);
    // IAM is back: the next request logs in again by itself.
    const int before = logins;
    iamDown = false;
    ShowImageRequest second(f.session.get(), "i1");
    const auto ok = waitFor<ShowImageRequest, Image>(second);
    QVERIFY2(ok.ok(), qPrintable(why(ok)));
    QCOMPARE(logins, before + 1);
}

void TestTransport::redirectKeepsCredentialsOnOrigin() {
    ScriptedServer other([](const ScriptedRequest &) {
        return ScriptedResponse{200, {}, imageJson("moved"), 0, false};
    });
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (r.path() == "/v2/images/same")
            return ScriptedResponse{302, {{"Location", "/v2/images/i1"}}, "", 0, false};
        if (r.path() == "/v2/images/away")
            return ScriptedResponse{
                302, {{"Location", other.base().toLatin1() + "/v2/images/x"}}, "", 0, false};
        return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ShowImageRequest same(f.session.get(), "same");
    QVERIFY((waitFor<ShowImageRequest, Image>(same).ok()));
    QCOMPARE(server.requests.last().path(), QByteArray("/v2/images/i1"));
    QCOMPARE(server.requests.last().header("x-auth-token"), QByteArray("tok-1"));

    ShowImageRequest away(f.session.get(), "away");
    const auto moved = waitFor<ShowImageRequest, Image>(away);
    QVERIFY2(moved.ok(), qPrintable(why(moved)));
    QCOMPARE(moved.value().id, QStringLiteral("moved"));
    QCOMPARE(other.requests.size(), 1);
    QVERIFY(other.requests.first().header("x-auth-token").isEmpty());
    QVERIFY(other.requests.first().header("authorization").isEmpty());
}

void TestTransport::malformedJsonIsADecodeError() {
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ScriptedResponse{200, {}, R"({"id": "i1", "name": )", 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ShowImageRequest request(f.session.get(), "i1");
    const auto result = waitFor<ShowImageRequest, Image>(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
}

void TestTransport::glancePagingFollowsNextIncludingExactlyFullLastPage() {
    // 6 images, pages of 3: page 2 is exactly full and still has `next`; page 3 is empty.
    TokenCloud cloud([&](const ScriptedRequest &r) {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
        const int start = q.hasQueryItem("marker") ? q.queryItemValue("marker").toInt() : 0;
        QJsonArray images;
        for (int i = start + 1; i <= std::min(start + 3, 6); ++i)
            images.append(QJsonDocument::fromJson(imageJson(QString::number(i))).object());
        QJsonObject page{{"images", images}, {"first", "/v2/images?limit=3"}};
        if (!images.isEmpty())
            page.insert("next",
                        QStringLiteral("/v2/images?limit=3&marker=%1").arg(start + images.size()));
        return ScriptedResponse{200, {}, QJsonDocument(page).toJson(), 0, false};
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ImageListQuery query;
    query.view = ImageView::All;
    query.pageSize = 3;
    ListGlanceImagesRequest request(f.session.get(), query);
    QList<QList<Image>> pages;
    connect(&request, &ImageListRequest::page, this,
            [&](const QList<Image> &p) { pages.append(p); });
    const auto total = waitFor<ListGlanceImagesRequest, int>(request);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), 6);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.last().last().id, QStringLiteral("6"));
    QCOMPARE(request.pagesFetched(), 3);
}

void TestTransport::cloudImagesPagingByMarker() {
    TokenCloud cloud([&](const ScriptedRequest &r) { return cloudImagesPage(r, 2, 5); });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ImageListQuery query;
    query.view = ImageView::Public;
    query.pageSize = 2;
    ListCloudImagesRequest request(f.session.get(), query);
    int delivered = 0;
    connect(&request, &ImageListRequest::page, this,
            [&](const QList<Image> &p) { delivered += p.size(); });
    const auto total = waitFor<ListCloudImagesRequest, int>(request);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), 5);
    QCOMPARE(delivered, 5);
    const QByteArray first = server.requests.at(1).target;
    QVERIFY2(first.contains("__imagetype=gold") && first.contains("limit=2"), first.constData());
}

void TestTransport::pagesArriveInOrderUntilOneFails_data() {
    QTest::addColumn<int>("brokenPage"); // 0: none
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delivered");  // images handed over, in order from "1"
    QTest::addColumn<int>("httpStatus"); // of the error that ends the listing; 0: success
    // Page 3 is asked for while page 2 may still be decoding: either way pages 1 and 2 come first.
    QTest::newRow("every page") << 0 << 200 << QByteArray() << 9 << 0;
    QTest::newRow("page 3 is gone")
        << 3 << 404 << QByteArray(R"({"error":{"code":"IMG.0027","message":"gone"}})") << 4 << 404;
    QTest::newRow("page 3 is not JSON") << 3 << 200 << QByteArray("{\"images\": [oops") << 4 << 0;
}

void TestTransport::pagesArriveInOrderUntilOneFails() {
    QFETCH(int, brokenPage);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, delivered);
    QFETCH(int, httpStatus);
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (markerOf(r) / 2 + 1 == brokenPage)
            return ScriptedResponse{status, {}, body, 0, false};
        return cloudImagesPage(r, 2, 9);
    });
    ScriptedServer &server = cloud.server;
    Fixture f(server.base());
    ImageListQuery query;
    query.pageSize = 2;
    ListCloudImagesRequest request(f.session.get(), query);
    QStringList ids;
    connect(&request, &ImageListRequest::page, this, [&](const QList<Image> &p) {
        for (const Image &image : p)
            ids << image.id;
    });
    const auto total = waitFor<ListCloudImagesRequest, int>(request);
    QStringList expected;
    for (int i = 1; i <= delivered; ++i)
        expected << QString::number(i);
    QCOMPARE(ids, expected);
    if (brokenPage == 0) {
        QVERIFY(total.ok());
        QCOMPARE(total.value(), delivered);
    } else {
        QVERIFY(!total.ok());
        QCOMPARE(total.error().httpStatus, httpStatus);
    }
}

void TestTransport::akSkSignsEveryRequest() {
    ScriptedServer server([](const ScriptedRequest &) {
        return ScriptedResponse{200, {}, imageJson("i1"), 0, false};
    });
    Fixture f(server.base(), AuthMode::AkSk);
    ShowImageRequest request(f.session.get(), "i1");
    QVERIFY((waitFor<ShowImageRequest, Image>(request).ok()));
    const ScriptedRequest &seen = server.requests.first();
    QVERIFY(seen.header("authorization")
                .startsWith("SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders="));
    QVERIFY(seen.header("authorization").contains("x-project-id"));
    QCOMPARE(seen.header("x-project-id"), QByteArray("0391e4486e864c26be5654c522f440f2"));
    QCOMPARE(seen.header("x-sdk-date").size(), 16);
    QVERIFY(seen.header("x-auth-token").isEmpty());
}

void TestTransport::unreadableCaBundleIsReported() {
    Profile profile;
    profile.cloud = CloudKind::OpenStack;
    profile.identityUrl = QUrl("https://127.0.0.1:1");
    profile.imageUrl = QUrl("https://127.0.0.1:1");
    profile.caBundle = "/nonexistent/private-ca.pem";
    Session session(profile, Credentials{});
    ShowImageRequest request(&session, "i1");
    const auto result = waitFor<ShowImageRequest, Image>(request);
    QVERIFY(!result.ok());
    QVERIFY(describe(result.error()).contains("/nonexistent/private-ca.pem"));
    QVERIFY(session.sslConfiguration().peerVerifyMode() == QSslSocket::VerifyPeer);
}

void TestTransport::tlsVerifiesAgainstTheProfilesCaAndRefusesDowngrade() {
    QTemporaryDir dir;
    const QString cert = dir.filePath("cert.pem");
    const QString key = dir.filePath("key.pem");
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                              "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                              "-keyout", key, "-out", cert});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    int plainRequests = 0;
    ScriptedServer plain([&](const ScriptedRequest &) {
        ++plainRequests;
        return ScriptedResponse{200, {}, imageJson("plain"), 0, false};
    });
    ScriptedServer secure([&](const ScriptedRequest &r) {
        if (r.path() == "/v2/images/down")
            return ScriptedResponse{
                302, {{"Location", plain.base().toLatin1() + "/v2/images/x"}}, {}, 0, false};
        return ScriptedResponse{200, {}, imageJson("tls"), 0, false};
    });
    secure.enableTls(cert, key);

    const auto session = [&](const QString &ca) {
        Profile profile;
        profile.cloud = CloudKind::OpenStack;
        profile.auth = AuthMode::AkSk; // no login round trip
        profile.accessKey = "AK";
        profile.projectId = "p";
        profile.identityUrl = QUrl(secure.base());
        profile.imageUrl = QUrl(secure.base());
        profile.caBundle = ca;
        Credentials credentials;
        credentials.secretKey = "SK";
        auto s = std::make_unique<Session>(profile, credentials);
        RetryPolicy once;
        once.maxAttempts = 1;
        s->setRetryPolicy(once);
        return s;
    };
    // The self-signed certificate is trusted only through the profile's CA bundle.
    auto untrusted = session({});
    ShowImageRequest refused(untrusted.get(), "i1");
    const auto tlsError = waitFor<ShowImageRequest, Image>(refused);
    QVERIFY(!tlsError.ok());
    QCOMPARE(tlsError.error().kind, ApiError::Kind::Network);

    auto trusted = session(cert);
    ShowImageRequest ok(trusted.get(), "i1");
    const auto shown = waitFor<ShowImageRequest, Image>(ok);
    QVERIFY2(shown.ok(), qPrintable(why(shown)));
    QCOMPARE(shown.value().id, QStringLiteral("tls"));

    ShowImageRequest downgrade(trusted.get(), "down");
    const auto result = waitFor<ShowImageRequest, Image>(downgrade);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains("https to http"), qPrintable(result.error().message));
    QCOMPARE(plainRequests, 0);
}

void TestTransport::extensionCallsOnPlainOpenStackSayWhy_data() {
    QTest::addColumn<QString>("call");
    QTest::newRow("copy") << "copy";
    QTest::newRow("quota") << "quota";
    QTest::newRow("cloudimages") << "cloudimages";
}

void TestTransport::extensionCallsOnPlainOpenStackSayWhy() {
    QFETCH(QString, call);
    int requests = 0;
    ScriptedServer server([&](const ScriptedRequest &) {
        ++requests;
        return ScriptedResponse{500, {}, {}, 0, false};
    });
    Profile profile;
    profile.cloud = CloudKind::OpenStack;
    profile.identityUrl = QUrl(server.base());
    profile.imageUrl = QUrl(server.base());
    Session session(profile, Credentials{});
    ApiError error;
    if (call == "copy") {
        CopyImageRequest request(&session, "i1", "copy");
        error = waitFor<CopyImageRequest, JobAccepted>(request).error();
    } else if (call == "quota") {
        QuotaRequest request(&session);
        error = waitFor<QuotaRequest, QList<QuotaResource>>(request).error();
    } else {
        ListCloudImagesRequest request(&session, ImageListQuery{});
        error = waitFor<ListCloudImagesRequest, int>(request).error();
    }
    QCOMPARE(error.kind, ApiError::Kind::Unsupported);
    QVERIFY(describe(error).contains("plain OpenStack"));
    QCOMPARE(requests, 0); // nothing sent, not even a login
}

void TestTransport::uploadStreamsWithProgress() {
    TokenCloud cloud([](const ScriptedRequest &) {
        return ScriptedResponse{204, {}, {}, 0, false};
    });
    ScriptedServer &server = cloud.server;
    server.keepBodies = false;
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 8; ++i)
        file.write(chunk);
    file.flush();
    Fixture f(server.base());
    UploadImageFileRequest request(f.session.get(), "i1", file.fileName());
    qint64 lastProgress = 0;
    connect(&request, &ApiRequest::transferProgress, this,
            [&](qint64 done, qint64) { lastProgress = done; });
    const auto result = waitFor<UploadImageFileRequest, Done>(request);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(server.requests.last().bodySize, qint64(8 * 1024 * 1024));
    QCOMPARE(server.requests.last().header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(lastProgress, qint64(8 * 1024 * 1024));
}

// Peak resident memory of this process (VmHWM), in KiB.
static qint64 peakRssKiB() {
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void TestTransport::uploadMemoryStaysFlat() {
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's quarantine makes peak RSS meaningless");
#endif
    TokenCloud cloud([](const ScriptedRequest &) {
        return ScriptedResponse{204, {}, {}, 0, false};
    });
    ScriptedServer &server = cloud.server;
    server.keepBodies = false;
    QTemporaryFile file;
    QVERIFY(file.open());
    constexpr qint64 size = 256LL * 1024 * 1024;
    QVERIFY(file.resize(size)); // sparse: no disk or page cache cost to set up
    Fixture f(server.base());
    const qint64 before = peakRssKiB();
    UploadImageFileRequest request(f.session.get(), "i1", file.fileName());
    const auto result = waitFor<UploadImageFileRequest, Done>(request, 60000);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(server.requests.last().bodySize, size);
    const qint64 grown = peakRssKiB() - before;
    qInfo("uploading 256 MiB raised the peak RSS by %lld KiB", grown);
    QVERIFY2(grown < 48 * 1024, qPrintable(QString::number(grown)));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
