// The limits of the transport against a scripted loopback server: the total deadline (a server
// trickling one byte now and then), the reply cap, paging that loops, leaves the origin or is
// short, retries of reads on 500, and plain http:// refused for remote hosts (api/ and imsctl).
#include "requestwait.h"
#include "scriptedserver.h"

#include "imagebrowser.h"
#include "imagerequests.h"
#include "imagetablemodel.h"
#include "operationrequests.h"
#include "session.h"
#include "transportpolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace ims;

namespace {

QJsonObject imageObject(const QString &id) {
    return QJsonObject{{"id", id}, {"name", "img-" + id}, {"status", "active"}};
}

QByteArray imagesPage(const QStringList &ids, const QString &next = {}) {
    QJsonArray images;
    for (const QString &id : ids)
        images.append(imageObject(id));
    QJsonObject page{{"images", images}};
    if (!next.isEmpty())
        page.insert("next", next);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QString queryValue(const ScriptedRequest &r, const char *key) {
    return QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(QLatin1String(key));
}

ScriptedResponse ok(const QByteArray &body) {
    return ScriptedResponse{200, {}, body, 0, false};
}

QByteArray tokenBody(const QString &imageUrl) {
    const QJsonObject token{
        {"token",
         QJsonObject{
             {"expires_at", QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)},
             {"project",
              QJsonObject{{"id", "0391e4486e864c26be5654c522f440f2"}, {"name", "eu-de"}}},
             {"catalog", QJsonArray{QJsonObject{
                             {"type", "image"},
                             {"endpoints", QJsonArray{QJsonObject{{"interface", "public"},
                                                                  {"region_id", "eu-de"},
                                                                  {"url", imageUrl}}}}}}}}}};
    return QJsonDocument(token).toJson(QJsonDocument::Compact);
}

// A scripted cloud: its IAM issues day-long tokens whose catalog names `imageUrl` (by default
// the server itself); `handler` answers everything else.
struct TokenCloud {
    explicit TokenCloud(std::function<ScriptedResponse(const ScriptedRequest &)> handler,
                        QString imageUrl = {})
        : server([this, handler, imageUrl](const ScriptedRequest &r) {
            if (r.path() == "/v3/auth/tokens")
                return ScriptedResponse{201,
                                        {{"X-Subject-Token", "tok-1"}},
                                        tokenBody(imageUrl.isEmpty() ? server.base() : imageUrl),
                                        0,
                                        false};
            return handler(r);
        }) {}
    int listRequests() const {
        int n = 0;
        for (const ScriptedRequest &r : server.requests)
            n += r.path().endsWith("/images") || r.path().endsWith("/cloudimages");
        return n;
    }
    ScriptedServer server;
};

Profile profileFor(const QString &identityUrl) {
    Profile profile;
    profile.name = "limits";
    profile.cloud = CloudKind::Sandbox;
    profile.region = "eu-de";
    profile.identityUrl = QUrl(identityUrl);
    profile.userName = "alice";
    profile.domainName = "dom";
    profile.projectName = "eu-de";
    return profile;
}

// A session whose retries wait nothing (the delays are recorded).
struct Fixture {
    explicit Fixture(const Profile &profile) {
        Credentials credentials;
        credentials.password = "pw-secret-123";
        credentials.secretKey = "SKEXAMPLESECRET";
        session = std::make_unique<Session>(profile, credentials);
        session->setRandomSource([] { return 0.5; });
        session->setScheduler([this](int ms, std::function<void()> callback) {
            delays.append(ms);
            QTimer::singleShot(0, callback);
        });
    }
    explicit Fixture(const QString &identityUrl)
        : Fixture(profileFor(identityUrl)) {}
    std::unique_ptr<Session> session;
    QList<int> delays;
};

// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB() {
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// imsctl with only `vars` (and PATH/HOME) set; the event loop keeps turning meanwhile, so an
// in-process ScriptedServer can answer it.
Run imsctl(const QStringList &args, const QList<QPair<QString, QString>> &vars,
           const QString &home) {
    QProcessEnvironment env;
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", home);
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_DATA_HOME", home + "/data");
    env.insert("QT_LOGGING_RULES", "imsdesk.*.debug=true");
    for (const auto &[name, value] : vars)
        env.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
    Run run;
    if (!process.waitForStarted())
        return run;
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < 30'000)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

using Vars = QList<QPair<QString, QString>>;

Vars passwordEnvironment(const QString &authUrl) {
    return {{"OS_AUTH_URL", authUrl},         {"OS_USERNAME", "alice"},
            {"OS_PASSWORD", "pw-secret-123"}, {"OS_PROJECT_NAME", "eu-de"},
            {"OS_USER_DOMAIN_NAME", "dom"},   {"OS_REGION_NAME", "eu-de"},
            {"IMSDESK_CLOUD", "sandbox"}};
}

} // namespace

Q_DECLARE_METATYPE(Vars)

class TestTransportLimits final : public QObject {
    Q_OBJECT

private slots:
    void deadlineEndsATricklingReply();
    void uploadThatKeepsMovingIsNotCut();
    void replyOverTheCapIsRefused_data();
    void replyOverTheCapIsRefused();
    void loopingPagesStop_data();
    void loopingPagesStop();
    void pageCapStops();
    void nextToAnotherOriginIsNotFollowed();
    void imsListingGoesOnAfterAShortPage();
    void readsAreRetriedOn500ButWritesNot_data();
    void readsAreRetriedOn500ButWritesNot();
    void plainHttpPolicy_data();
    void plainHttpPolicy();
    void plainHttpToARemoteHostSendsNothing_data();
    void plainHttpToARemoteHostSendsNothing();
    void failedListingKeepsUnseenRows_data();
    void failedListingKeepsUnseenRows();
    void imsctlRefusesPlainHttpBeforeSending_data();
    void imsctlRefusesPlainHttpBeforeSending();
    void imsctlInsecureOptInReachesTheNetwork();
    void imsctlTimeout();
};

void TestTransportLimits::deadlineEndsATricklingReply() {
    // One byte every 50 ms never leaves the idle timeout silent; only the deadline ends it.
    ScriptedResponse trickle = ok(imagesPage({"i1"}));
    trickle.padBytes = 100'000;
    trickle.dribbleMs = 50;
    TokenCloud cloud([&](const ScriptedRequest &) { return trickle; });
    Fixture f(cloud.server.base());
    f.session->setTimeoutMs(5'000);
    f.session->setDeadlineMs(600);
    ShowImageRequest request(f.session.get(), "i1");
    const auto result = waitFor<ShowImageRequest, Image>(request, 20'000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(describe(result.error()).contains("deadline of 0.6 s"),
             qPrintable(describe(result.error())));
    QCOMPARE(request.attempts(), 1); // not waited for again
    QVERIFY(cloud.server.streamed > 0 && cloud.server.streamed < 100'000);
}

void TestTransportLimits::uploadThatKeepsMovingIsNotCut() {
    TokenCloud cloud([](const ScriptedRequest &) {
        return ScriptedResponse{204, {}, {}, 0, false};
    });
    cloud.server.keepBodies = false;
    QTemporaryFile file;
    QVERIFY(file.open());
    constexpr qint64 size = 256LL * 1024 * 1024;
    QVERIFY(file.resize(size)); // sparse
    Fixture f(cloud.server.base());
    f.session->setDeadlineMs(100); // far less than 256 MiB take to send
    QElapsedTimer took;
    took.start();
    UploadImageFileRequest request(f.session.get(), "i1", file.fileName());
    const auto result = waitFor<UploadImageFileRequest, Done>(request, 60'000);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(cloud.server.requests.last().bodySize, size);
    qInfo("the upload ran %lld ms against a 100 ms deadline", qint64(took.elapsed()));
}

void TestTransportLimits::replyOverTheCapIsRefused_data() {
    QTest::addColumn<bool>("announce");
    QTest::newRow("Content-Length: 400 MB") << true;
    QTest::newRow("400 MB until the connection closes") << false;
}

void TestTransportLimits::replyOverTheCapIsRefused() {
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer's quarantine makes peak RSS meaningless");
#endif
    QFETCH(bool, announce);
    constexpr qint64 huge = 400LL * 1000 * 1000;
    ScriptedResponse answer = ok("{\"images\":[");
    answer.padBytes = huge;
    answer.announce = announce;
    TokenCloud cloud([&](const ScriptedRequest &) { return answer; });
    Fixture f(cloud.server.base());
    const qint64 before = peakRssKiB();
    ImageListQuery query;
    ListCloudImagesRequest request(f.session.get(), query);
    const auto result = waitFor<ListCloudImagesRequest, int>(request, 60'000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    QVERIFY2(describe(result.error()).contains("larger than 64 MiB"),
             qPrintable(describe(result.error())));
    QCOMPARE(cloud.listRequests(), 1); // not asked for again
    QVERIFY(cloud.server.streamed < huge);
    if (announce) // refused on the headers: the body was not waited for
        QVERIFY2(cloud.server.streamed < ApiRequest::kMaxReplyBytes,
                 qPrintable(QString::number(cloud.server.streamed)));
    const qint64 grown = peakRssKiB() - before;
    qInfo("refusing the reply raised the peak RSS by %lld KiB; %lld bytes were written", grown,
          cloud.server.streamed);
    // At most the cap (and a read chunk) is held before the reply is dropped, never the 400 MB,
    // nor the cap twice over (a growing array) or what a network thread raced ahead with.
    QVERIFY2(grown < 96 * 1024, qPrintable(QString::number(grown)));
}

void TestTransportLimits::loopingPagesStop_data() {
    QTest::addColumn<bool>("ims");
    QTest::addColumn<QString>("loop"); // what the server does instead of paging on
    QTest::newRow("IMS ignores the marker") << true << "same page";
    QTest::newRow("IMS markers go round") << true << "cycle";
    QTest::newRow("Glance next is the page itself") << false << "same page";
    QTest::newRow("Glance next links go round") << false << "cycle";
}

void TestTransportLimits::loopingPagesStop() {
    QFETCH(bool, ims);
    QFETCH(QString, loop);
    TokenCloud cloud([&](const ScriptedRequest &r) {
        const QString marker = queryValue(r, "marker");
        // "same page": always a and b. "cycle": a, b, then back to the first page's successor.
        const QStringList ids =
            loop == "cycle" && marker == "b" ? QStringList{"c", "a"} : QStringList{"a", "b"};
        const QString next =
            ims ? QString() : QStringLiteral("/v2/images?limit=2&marker=%1").arg(ids.last());
        return ok(imagesPage(ids, next));
    });
    Fixture f(cloud.server.base());
    ImageListQuery query;
    query.pageSize = 2;
    query.view = ImageView::All;
    std::unique_ptr<ImageListRequest> request;
    if (ims)
        request = std::make_unique<ListCloudImagesRequest>(f.session.get(), query);
    else
        request = std::make_unique<ListGlanceImagesRequest>(f.session.get(), query);
    const auto result = waitFor<ImageListRequest, int>(*request, 20'000);
    QVERIFY2(!result.ok(), "a looping listing must not end as a success");
    QVERIFY2(describe(result.error()).contains("sent before"),
             qPrintable(describe(result.error())));
    QVERIFY2(cloud.listRequests() <= 4, qPrintable(QString::number(cloud.listRequests())));
}

void TestTransportLimits::pageCapStops() {
    int pages = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        ++pages;
        return ok(imagesPage({QString::number(pages)},
                             QStringLiteral("/v2/images?marker=%1").arg(pages)));
    });
    Fixture f(cloud.server.base());
    ImageListQuery query;
    query.view = ImageView::All;
    ListGlanceImagesRequest request(f.session.get(), query);
    request.setMaxPages(5);
    int delivered = 0;
    connect(&request, &ImageListRequest::page, this,
            [&](const QList<Image> &p) { delivered += int(p.size()); });
    const auto result = waitFor<ListGlanceImagesRequest, int>(request, 20'000);
    QVERIFY(!result.ok());
    QVERIFY2(describe(result.error()).contains("more than 5 pages"),
             qPrintable(describe(result.error())));
    QCOMPARE(pages, 5);
    QCOMPARE(delivered, 5); // what came stays delivered
}

void TestTransportLimits::nextToAnotherOriginIsNotFollowed() {
    ScriptedServer other([](const ScriptedRequest &) { return ok(imagesPage({"evil"})); });
    TokenCloud cloud([&](const ScriptedRequest &) {
        return ok(imagesPage({"a", "b"}, other.base() + "/v2/images?marker=b"));
    });
    Fixture f(cloud.server.base());
    ImageListQuery query;
    query.view = ImageView::All;
    ListGlanceImagesRequest request(f.session.get(), query);
    QStringList ids;
    connect(&request, &ImageListRequest::page, this, [&](const QList<Image> &p) {
        for (const Image &image : p)
            ids << image.id;
    });
    const auto result = waitFor<ListGlanceImagesRequest, int>(request, 20'000);
    QVERIFY(!result.ok());
    QVERIFY2(describe(result.error()).contains("another server"),
             qPrintable(describe(result.error())));
    QCOMPARE(ids, (QStringList{"a", "b"}));
    QVERIFY(other.requests.isEmpty()); // nothing reached the other host
}

void TestTransportLimits::imsListingGoesOnAfterAShortPage() {
    // A gateway that caps `limit` at 3 although 500 were asked for: 8 images come as 3, 3, 2,
    // and only the empty page after them ends the listing.
    QStringList all;
    for (int i = 1; i <= 8; ++i)
        all << QStringLiteral("img%1").arg(i);
    TokenCloud cloud([&](const ScriptedRequest &r) {
        const QString marker = queryValue(r, "marker");
        const qsizetype from = marker.isEmpty() ? 0 : all.indexOf(marker) + 1;
        return ok(imagesPage(all.mid(from, 3)));
    });
    Fixture f(cloud.server.base());
    ImageListQuery query;
    ListCloudImagesRequest request(f.session.get(), query);
    QStringList ids;
    connect(&request, &ImageListRequest::page, this, [&](const QList<Image> &p) {
        for (const Image &image : p)
            ids << image.id;
    });
    const auto result = waitFor<ListCloudImagesRequest, int>(request, 20'000);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value(), 8);
    QCOMPARE(ids, all);
    QCOMPARE(cloud.listRequests(), 4);
    QVERIFY(cloud.server.requests.at(1).target.contains("limit=500"));
}

void TestTransportLimits::readsAreRetriedOn500ButWritesNot_data() {
    QTest::addColumn<bool>("post");
    QTest::newRow("GET /v2/images/{id}") << false;
    QTest::newRow("POST copy") << true;
}

void TestTransportLimits::readsAreRetriedOn500ButWritesNot() {
    QFETCH(bool, post);
    int calls = 0;
    TokenCloud cloud([&](const ScriptedRequest &) {
        if (++calls == 1)
            return ScriptedResponse{
                500, {}, R"({"error":{"code":"IMG.0500","message":"oops"}})", 0, false};
        return post ? ok(R"({"job_id":"j1"})") : ok(QJsonDocument(imageObject("i1")).toJson());
    });
    Fixture f(cloud.server.base());
    if (post) {
        CopyImageRequest request(f.session.get(), "i1", "copy");
        const auto result = waitFor<CopyImageRequest, JobAccepted>(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(calls, 1); // the copy may have been made: never sent twice
        QVERIFY(f.delays.isEmpty());
    } else {
        ShowImageRequest request(f.session.get(), "i1");
        const auto result = waitFor<ShowImageRequest, Image>(request);
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(result.value().id, QStringLiteral("i1"));
        QCOMPARE(calls, 2);
        QCOMPARE(f.delays.size(), 1);
    }
}

void TestTransportLimits::plainHttpPolicy_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("optIn");
    QTest::addColumn<bool>("refused");
    QTest::newRow("http remote") << "http://iam.example.com/v3" << false << true;
    QTest::newRow("http remote, IP") << "http://10.1.2.3:5000" << false << true;
    QTest::newRow("http remote, IPv6") << "http://[2001:db8::1]:5000" << false << true;
    QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com" << false << true;
    QTest::newRow("http 127.0.0.1.nip.io") << "http://127.0.0.1.nip.io" << false << true;
    QTest::newRow("HTTP upper case") << "HTTP://IAM.EXAMPLE.COM" << false << true;
    QTest::newRow("http remote, opted in") << "http://iam.example.com" << true << false;
    QTest::newRow("https remote") << "https://iam.example.com" << false << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << false << false;
    QTest::newRow("http 127.9.8.7") << "http://127.9.8.7" << false << false;
    QTest::newRow("http localhost") << "http://localhost:5000" << false << false;
    QTest::newRow("http LOCALHOST.") << "http://LOCALHOST.:5000" << false << false;
    QTest::newRow("http sandbox.localhost") << "http://sandbox.localhost" << false << false;
    QTest::newRow("http [::1]") << "http://[::1]:5000" << false << false;
    QTest::newRow("http [::ffff:127.0.0.1]") << "http://[::ffff:127.0.0.1]" << false << false;
}

void TestTransportLimits::plainHttpPolicy() {
    QFETCH(QString, url);
    QFETCH(bool, optIn);
    QFETCH(bool, refused);
    const QString why = insecureTransportReason(QUrl(url), optIn);
    QCOMPARE(!why.isEmpty(), refused);
    if (refused)
        QVERIFY2(why.contains(QUrl(url).host()), qPrintable(why));
}

void TestTransportLimits::plainHttpToARemoteHostSendsNothing_data() {
    QTest::addColumn<QString>("where"); // which URL of the profile is plain http to a remote host
    QTest::newRow("identity URL") << "identity";
    QTest::newRow("image endpoint override") << "image";
    QTest::newRow("ECS endpoint override") << "ecs";
    QTest::newRow("catalog endpoint") << "catalog";
    QTest::newRow("none (loopback http)") << "none";
    QTest::newRow("catalog endpoint, opted in") << "catalog opt-in";
}

void TestTransportLimits::plainHttpToARemoteHostSendsNothing() {
    QFETCH(QString, where);
    // The catalog names a remote http endpoint: refused before a connection is tried, or (opted
    // in) tried and failed at the network (.invalid never resolves).
    const bool viaCatalog = where.startsWith("catalog");
    TokenCloud cloud(
        [](const ScriptedRequest &) { return ok(QJsonDocument(imageObject("i1")).toJson()); },
        viaCatalog ? QStringLiteral("http://ims.example.invalid") : QString());
    Profile profile = profileFor(where == "identity" ? QStringLiteral("http://iam.example.com")
                                                     : cloud.server.base());
    if (where == "image")
        profile.imageUrl = QUrl("http://ims.example.com");
    if (where == "ecs")
        profile.ecsUrl = QUrl("http://ecs.example.com");
    profile.allowInsecureHttp = where.endsWith("opt-in");
    Fixture f(profile);
    ShowImageRequest request(f.session.get(), "i1");
    const auto result = waitFor<ShowImageRequest, Image>(request);
    if (where == "none") {
        QVERIFY2(result.ok(), qPrintable(why(result)));
        return;
    }
    QVERIFY(!result.ok());
    if (where.endsWith("opt-in")) {
        QVERIFY2(!result.error().isInsecureTransport(), qPrintable(why(result)));
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        return;
    }
    QVERIFY2(result.error().isInsecureTransport(), qPrintable(why(result)));
    QVERIFY2(describe(result.error()).contains("plain http://"), qPrintable(why(result)));
    QCOMPARE(request.attempts(), 0); // refused before an attempt
    // With a refused profile URL not even the login went out; a refused catalog endpoint is
    // known only after it.
    QCOMPARE(cloud.server.requests.size(), viaCatalog ? 1 : 0);
}

void TestTransportLimits::failedListingKeepsUnseenRows_data() {
    QTest::addColumn<QString>("second"); // how the second listing goes
    QTest::addColumn<QStringList>("rows");
    const QStringList all{"a", "b", "c", "d"};
    QTest::newRow("complete, without c and d") << "complete" << QStringList{"a", "b"};
    QTest::newRow("page 2 fails") << "fails" << all;
    QTest::newRow("page 2 repeats page 1") << "loop" << all;
    QTest::newRow("page 2 is on another server") << "cross-origin" << all;
}

void TestTransportLimits::failedListingKeepsUnseenRows() {
    QFETCH(QString, second);
    QFETCH(QStringList, rows);
    // The first refresh lists a, b | c, d | (empty); the second lists a, b, then goes as `second`
    // says. Only a second listing the cloud ended itself may remove c and d.
    int listing = 1;
    ScriptedServer other([](const ScriptedRequest &) { return ok(imagesPage({})); });
    const bool glance = second == "cross-origin"; // IMS has no links to leave the origin by
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (!r.path().endsWith("/cloudimages") && !r.path().endsWith("/images"))
            return ScriptedResponse{404, {}, {}, 0, false}; // the quota: a nicety
        if (queryValue(r, "member_status") == "pending")
            return ok(imagesPage({}));
        const auto page = [&](const QStringList &ids, const QString &next) {
            return ok(imagesPage(ids, glance && !next.isEmpty() ? "/v2/images?marker=" + next
                                                                : QString()));
        };
        const QString marker = queryValue(r, "marker");
        if (listing == 1)
            return marker.isEmpty() ? page({"a", "b"}, "b")
                   : marker == "b"  ? page({"c", "d"}, "d")
                                    : page({}, {});
        if (marker.isEmpty())
            return glance ? ok(imagesPage({"a", "b"}, other.base() + "/v2/images?marker=b"))
                          : page({"a", "b"}, "b");
        if (second == "fails")
            return ScriptedResponse{
                404, {}, R"({"error":{"code":"IMG.0027","message":"gone"}})", 0, false};
        if (second == "loop")
            return page({"a", "b"}, "b"); // page 2 is page 1 again: marker b once more
        return page({}, {});
    });
    Fixture f(cloud.server.base());
    if (glance)
        f.session->markImsExtensionMissing();
    ImageTableModel model;
    ImageBrowser browser(f.session.get(), &model, nullptr);
    QSignalSpy loaded(&browser, &ImageBrowser::loaded);
    QSignalSpy failed(&browser, &ImageBrowser::failed);
    browser.setView(ImageView::Private);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
    QCOMPARE(model.rowCount(), 4);
    listing = 2;
    browser.refresh();
    if (second == "complete")
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20'000);
    else
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.at(row).id;
    ids.sort();
    QCOMPARE(ids, rows);
    QVERIFY(other.requests.isEmpty());
}

void TestTransportLimits::imsctlRefusesPlainHttpBeforeSending_data() {
    QTest::addColumn<Vars>("vars");
    QTest::addColumn<QString>("host");
    QTest::newRow("http identity URL")
        << passwordEnvironment("http://iam.example.com/v3") << "iam.example.com";
    Vars override = passwordEnvironment("https://iam.example.com/v3");
    override << qMakePair(QStringLiteral("OS_IMAGE_ENDPOINT"),
                          QStringLiteral("http://ims.example.com"));
    QTest::newRow("https identity, http OS_IMAGE_ENDPOINT") << override << "ims.example.com";
    Vars ecs = passwordEnvironment("https://iam.example.com/v3");
    ecs << qMakePair(QStringLiteral("OS_ECS_ENDPOINT"), QStringLiteral("http://ecs.example.com"));
    QTest::newRow("http OS_ECS_ENDPOINT") << ecs << "ecs.example.com";
    const Vars aksk{{"OS_ACCESS_KEY", "AKEXAMPLE"},
                    {"OS_SECRET_KEY", "SKEXAMPLESECRET"},
                    {"OS_PROJECT_ID", "0391e4486e864c26be5654c522f440f2"},
                    {"OS_IMAGE_ENDPOINT", "http://ims.example.com"},
                    {"IMSDESK_CLOUD", "sandbox"}};
    QTest::newRow("AK/SK, http OS_IMAGE_ENDPOINT") << aksk << "ims.example.com";
}

void TestTransportLimits::imsctlRefusesPlainHttpBeforeSending() {
    QFETCH(Vars, vars);
    QFETCH(QString, host);
    QTemporaryDir home;
    const Run run = imsctl({"images", "list"}, vars, home.path());
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY2(run.err.contains("plain http://") && run.err.contains(host.toUtf8()),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Nothing was looked up or sent: no request was logged, no network error was met.
    QVERIFY2(!run.err.contains("attempt ") && !run.err.contains("requesting a token") &&
                 !run.err.contains("could not be reached"),
             run.err.constData());
}

void TestTransportLimits::imsctlInsecureOptInReachesTheNetwork() {
    QTemporaryDir home;
    Vars vars = passwordEnvironment("http://iam.example.invalid/v3");
    vars << qMakePair(QStringLiteral("IMSDESK_ALLOW_INSECURE_HTTP"), QStringLiteral("1"));
    const Run run = imsctl({"images", "list", "--timeout", "10"}, vars, home.path());
    // Let through to the network, where .invalid never resolves (RFC 6761).
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QVERIFY2(run.err.contains("allows plain HTTP"), run.err.constData()); // and warned
    QVERIFY2(!run.err.contains("Refused to connect"), run.err.constData());
}

void TestTransportLimits::imsctlTimeout() {
    ScriptedResponse trickle = ok(imagesPage({"a"}));
    trickle.padBytes = 1'000'000;
    trickle.dribbleMs = 100;
    TokenCloud cloud([&](const ScriptedRequest &r) {
        if (r.path().endsWith("/cloudimages"))
            return trickle;
        return ScriptedResponse{404, {}, {}, 0, false};
    });
    QTemporaryDir home;
    const Vars vars = passwordEnvironment(cloud.server.base() + "/v3");
    const Run run = imsctl({"--timeout", "2", "images", "list"}, vars, home.path());
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QVERIFY2(run.err.contains("deadline of 2 s"), run.err.constData());
    const Run bad = imsctl({"--timeout", "soon", "images", "list"}, vars, home.path());
    QCOMPARE(bad.exitCode, 2);
    const Run help = imsctl({"--help"}, {}, home.path());
    QVERIFY(help.out.contains("--timeout <SECONDS>"));
}

QTEST_GUILESS_MAIN(TestTransportLimits)
#include "tst_transport_limits.moc"
