// Fault injection, concurrent clients and the state file of the sandbox, over loopback HTTP.
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

class TestSandboxFaults final : public QObject {
    Q_OBJECT

private slots:
    void faultsFromOptions_data();
    void faultsFromOptions();
    void errorRateIsApplied();
    void tokenExpiresEarly();
    void jobFails();
    void dropAfterMakesTheChange_data();
    void dropAfterMakesTheChange();
    void skipLetsTheFirstRequestsThrough();
    void adminRoute();
    void adminRoutesNeedTheToken_data();
    void adminRoutesNeedTheToken();
    void latencyIsCapped_data();
    void latencyIsCapped();
    void badFaultSpecStopsStart();
    void concurrentClients();
    void stateFileRoundTrip();
    void corruptStateFileIsRefused();
};

namespace {
bool isJson(const QByteArray &body) {
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}
} // namespace

void TestSandboxFaults::faultsFromOptions_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");     // of the first request
    QTest::addColumn<QString>("header"); // expected header name, or empty
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<bool>("validJson");
    QTest::newRow("503 once") << "error:status=503,route=GET /v2/cloudimages,count=1" << 503 << ""
                              << "" << true;
    QTest::newRow("500") << "error:route=/v2/cloudimages,count=1" << 500 << ""
                         << "" << true;
    QTest::newRow("429") << "throttle:route=cloudimages,retry_after=7,count=1" << 429
                         << "Retry-After"
                         << "7" << true;
    QTest::newRow("drop") << "drop:route=^GET /v2/cloudimages,count=1" << 0 << ""
                          << "" << false;
    QTest::newRow("malformed") << "malformed:route=cloudimages,count=1" << 200 << ""
                               << "" << false;
    QTest::newRow("truncated") << "truncated:route=cloudimages,count=1" << 200 << ""
                               << "" << false;
    QTest::newRow("gateway 404") << "gateway:route=cloudimages,count=1" << 404 << ""
                                 << "" << true;
    QTest::newRow("other route untouched") << "error:route=^POST /v2/images$" << 200 << ""
                                           << "" << true;
}

void TestSandboxFaults::faultsFromOptions() {
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QString, header);
    QFETCH(QString, headerValue);
    QFETCH(bool, validJson);
    sandbox::SandboxOptions options;
    options.faults = {spec};
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    const QString token = sandbox.login();
    const Reply first = sandbox.get("/v2/cloudimages?limit=5", token);
    QCOMPARE(first.status, status);
    if (!header.isEmpty())
        QCOMPARE(first.header(header.toLatin1().constData()), headerValue);
    QCOMPARE(isJson(first.body), validJson);
    if (status >= 400)
        QVERIFY(first.json().contains("error_code")); // the gateway's format on IMS paths
    // count=1: the next request is served normally.
    const Reply second = sandbox.get("/v2/cloudimages?limit=5", token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value("images").toArray().size(), 5);
}

void TestSandboxFaults::errorRateIsApplied() {
    sandbox::SandboxOptions options;
    options.faults = {QStringLiteral("error:status=500,rate=0.5,route=^GET /versions")};
    SandboxFixture sandbox(options);
    int failed = 0;
    for (int i = 0; i < 200; ++i)
        failed += sandbox.request("GET", "/versions").status == 500;
    QVERIFY2(failed > 60 && failed < 140, qPrintable(QString::number(failed)));
    QCOMPARE(sandbox.request("GET", "/").status, 300); // another route
}

void TestSandboxFaults::tokenExpiresEarly() {
    sandbox::SandboxOptions options;
    options.faults = {QStringLiteral("expire-token:route=^GET /v2/images$,count=1"),
                      QStringLiteral("latency:ms=250,route=^GET /v2/images$,count=1")};
    SandboxFixture sandbox(options);
    const QString token = sandbox.login();
    QElapsedTimer timer;
    timer.start();
    const Reply expired = sandbox.get("/v2/images", token);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(expired.status, 401);
    QCOMPARE(sandbox.get("/v2/cloudimages", token).status, 401);      // the token stays expired
    QCOMPARE(sandbox.get("/v2/images", sandbox.login()).status, 200); // a new one works
}

void TestSandboxFaults::dropAfterMakesTheChange_data() {
    QTest::addColumn<QString>("when");
    QTest::addColumn<int>("copies"); // the cloud holds afterwards
    QTest::newRow("before: nothing happens") << "before" << 0;
    QTest::newRow("after: the copy is made, its answer lost") << "after" << 1;
}

void TestSandboxFaults::dropAfterMakesTheChange() {
    QFETCH(QString, when);
    QFETCH(int, copies);
    sandbox::SandboxOptions options;
    options.jobSeconds = 1;
    options.faults = {QStringLiteral("drop:when=%1,route=/copy$,count=1").arg(when)};
    SandboxFixture sandbox(options);
    const QString token = sandbox.login();
    const QString image = sandbox.imageId("web-frontend-2025", token);
    const Reply lost = sandbox.send("POST", "/v1/cloudimages/" + image + "/copy", token,
                                    QJsonObject{{"name", "lost-answer"}});
    QCOMPARE(lost.status, 0); // no answer at all
    sandbox.advance(1000);
    const Reply listed = sandbox.get("/v2/cloudimages?name=lost-answer", token);
    QCOMPARE(listed.json().value("images").toArray().size(), copies);
}

void TestSandboxFaults::skipLetsTheFirstRequestsThrough() {
    sandbox::SandboxOptions options;
    options.faults = {QStringLiteral("error:status=503,route=^GET /versions,skip=2,count=1")};
    SandboxFixture sandbox(options);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses << sandbox.request("GET", "/versions").status;
    QCOMPARE(statuses, (QList<int>{200, 200, 503, 200}));
}

void TestSandboxFaults::jobFails() {
    sandbox::SandboxOptions options;
    options.jobSeconds = 2;
    options.faults = {
        QStringLiteral("job-fail:route=/copy,code=IMG.0014,reason=backend broke,count=1")};
    SandboxFixture sandbox(options);
    const QString token = sandbox.login();
    const QString image = sandbox.imageId("web-frontend-2025", token);
    const auto copy = [&] {
        return sandbox
            .send("POST", "/v1/cloudimages/" + image + "/copy", token,
                  QJsonObject{{"name", "copy"}})
            .json()
            .value("job_id")
            .toString();
    };
    const QString failing = copy();
    const QString fine = copy();
    sandbox.advance(2000);
    const QString project = sandbox.env("OS_PROJECT_ID");
    const QJsonObject failed = sandbox.get("/v1/" + project + "/jobs/" + failing, token).json();
    QCOMPARE(failed.value("status").toString(), QStringLiteral("FAIL"));
    QCOMPARE(failed.value("error_code").toString(), QStringLiteral("IMG.0014"));
    QCOMPARE(failed.value("fail_reason").toString(), QStringLiteral("backend broke"));
    QCOMPARE(
        sandbox.get("/v1/" + project + "/jobs/" + fine, token).json().value("status").toString(),
        QStringLiteral("SUCCESS"));
}

void TestSandboxFaults::adminRoute() {
    SandboxFixture sandbox;
    const QString token = sandbox.login();
    const Reply added = sandbox.admin("POST", "/_sandbox/faults",
                                      R"({"spec": "error:status=503,route=^GET /v2/images$"})");
    QCOMPARE(added.status, 201);
    const int id = added.json().value("id").toInt();
    QCOMPARE(sandbox.get("/v2/images", token).status, 503);
    QCOMPARE(sandbox.admin("GET", "/_sandbox/faults").json().value("faults").toArray().size(), 1);
    QCOMPARE(sandbox.admin("POST", "/_sandbox/faults", R"({"spec": "explode"})").status, 400);
    QCOMPARE(sandbox.admin("POST", "/_sandbox/faults", R"({"spec": "latency:ms=nope"})").status,
             400);
    QCOMPARE(sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults/%1").arg(id)).status, 204);
    QCOMPARE(sandbox.get("/v2/images", token).status, 200);
    QCOMPARE(sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults/%1").arg(id)).status, 404);
    QCOMPARE(sandbox.admin("POST", "/_sandbox/faults", R"({"spec": "drop"})").status, 201);
    QCOMPARE(sandbox.get("/v2/images", token).status, 0);
    QCOMPARE(sandbox.admin("DELETE", "/_sandbox/faults").status,
             204); // admin routes are never faulted
    QCOMPARE(sandbox.get("/v2/images", token).status, 200);
}

void TestSandboxFaults::adminRoutesNeedTheToken_data() {
    // Every admin route, without the token, with a wrong one (also a prefix and one of the right
    // length), and with this run's token.
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("token"); // "right", "none", or the literal value sent
    QTest::addColumn<int>("status");
    const QByteArray spec = R"({"spec": "error:status=503,route=^GET /v2/images$"})";
    const QByteArray quota = R"({"project_id": "PROJECT", "images": 99})";
    const QList<std::tuple<const char *, const char *, QByteArray, int>> routes = {
        {"GET", "/_sandbox/faults", {}, 200},
        {"POST", "/_sandbox/faults", spec, 201},
        {"DELETE", "/_sandbox/faults", {}, 204},
        {"DELETE", "/_sandbox/faults/1", {}, 204},
        {"PUT", "/_sandbox/quota", quota, 204}};
    for (const auto &[method, path, body, ok] : routes) {
        const QString name =
            QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(path));
        QTest::newRow(qPrintable(name + " no token")) << method << path << body << "none" << 401;
        QTest::newRow(qPrintable(name + " empty")) << method << path << body << "" << 401;
        QTest::newRow(qPrintable(name + " wrong"))
            << method << path << body << "0123456789abcdef0123456789abcdef" << 403;
        QTest::newRow(qPrintable(name + " prefix")) << method << path << body << "PREFIX" << 403;
        QTest::newRow(qPrintable(name + " right")) << method << path << body << "right" << ok;
    }
}

void TestSandboxFaults::adminRoutesNeedTheToken() {
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, token);
    QFETCH(int, status);
    SandboxFixture sandbox;
    const QString userToken = sandbox.login();
    const QString admin = sandbox.env("IMSDESK_SANDBOX_ADMIN_TOKEN");
    QVERIFY(!admin.isEmpty());
    QCOMPARE(admin, sandbox.server().adminToken());
    // Something for DELETE /_sandbox/faults/1 to remove, added with the token.
    QCOMPARE(sandbox.admin("POST", "/_sandbox/faults", R"({"spec": "latency:ms=1"})").status, 201);
    body.replace("PROJECT", sandbox.env("OS_PROJECT_ID").toUtf8());

    httplib::Headers headers;
    if (token == QLatin1String("right"))
        headers.emplace("X-Sandbox-Admin-Token", admin.toStdString());
    else if (token == QLatin1String("PREFIX"))
        headers.emplace("X-Sandbox-Admin-Token", admin.left(admin.size() - 1).toStdString());
    else if (token != QLatin1String("none"))
        headers.emplace("X-Sandbox-Admin-Token", token.toStdString());
    // A user's IAM token is no admin token.
    headers.emplace("X-Auth-Token", userToken.toStdString());
    const Reply reply =
        sandbox.request(method.toStdString(), path, body, "application/json", headers);
    QCOMPARE(reply.status, status);
    if (status >= 400) {
        // A clear JSON error naming the header, and nothing changed.
        QVERIFY(reply.json().value("error").toString().contains("X-Sandbox-Admin-Token"));
        QVERIFY(!reply.body.contains(admin.toUtf8())); // never echoed
        QCOMPARE(sandbox.admin("GET", "/_sandbox/faults").json().value("faults").toArray().size(),
                 1);
        QCOMPARE(sandbox.get("/v2/images", userToken).status, 200);
    }
}

void TestSandboxFaults::latencyIsCapped_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero") << "latency:ms=0" << true;
    QTest::newRow("five minutes") << "latency:ms=300000" << true;
    QTest::newRow("a millisecond more") << "latency:ms=300001" << false;
    QTest::newRow("ten minutes") << "latency:ms=600000" << false;
    QTest::newRow("a day") << "latency:ms=86400000" << false;
    QTest::newRow("overflow") << "latency:ms=99999999999" << false;
    QTest::newRow("negative") << "latency:ms=-1" << false;
}

void TestSandboxFaults::latencyIsCapped() {
    QFETCH(QString, spec);
    QFETCH(bool, accepted);
    // At run time over the admin API …
    SandboxFixture sandbox;
    const Reply added = sandbox.admin(
        "POST", "/_sandbox/faults",
        QJsonDocument(QJsonObject{{"spec", spec + ",route=^GET /nothing$"}}).toJson());
    QCOMPARE(added.status, accepted ? 201 : 400);
    if (!accepted && spec.contains("00001"))
        QVERIFY2(added.json().value("error").toString().contains("five minutes"),
                 added.body.constData());
    // … and at start (--fault).
    sandbox::SandboxOptions options;
    options.faults = {spec};
    SandboxFixture started(options);
    QCOMPARE(started.started(), accepted);
}

void TestSandboxFaults::badFaultSpecStopsStart() {
    sandbox::SandboxOptions options;
    options.faults = {QStringLiteral("error:status=200")};
    SandboxFixture sandbox(options);
    QVERIFY(!sandbox.started());
    QVERIFY(sandbox.error().contains("status=200"));
}

void TestSandboxFaults::concurrentClients() {
    SandboxFixture sandbox;
    const QString token = sandbox.login();
    const int before =
        sandbox.get("/v2/images?limit=1000", token).json().value("images").toArray().size();
    // Quota room for all the images the threads create.
    QCOMPARE(sandbox
                 .admin("PUT", "/_sandbox/quota",
                        QJsonDocument(QJsonObject{{"project_id", sandbox.env("OS_PROJECT_ID")},
                                                  {"images", 10000}})
                            .toJson())
                 .status,
             204);
    constexpr int kThreads = 32;
    constexpr int kRounds = 8;
    std::atomic<int> unexpected{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            // One keep-alive connection per thread, all open at once.
            httplib::Client client("127.0.0.1", sandbox.port());
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            const httplib::Headers auth{{"X-Auth-Token", token.toStdString()}};
            for (int i = 0; i < kRounds; ++i) {
                const std::string name = "c-" + std::to_string(t) + "-" + std::to_string(i);
                auto created = client.Post("/v2/images", auth, "{\"name\": \"" + name + "\"}",
                                           "application/json");
                if (!created || created->status != 201) {
                    qWarning() << "create" << (created ? created->status : -1)
                               << int(created.error()) << (created ? created->body.c_str() : "");
                    ++unexpected;
                    continue;
                }
                const std::string id =
                    QJsonDocument::fromJson(QByteArray::fromStdString(created->body))
                        .object()
                        .value("id")
                        .toString()
                        .toStdString();
                auto patched = client.Patch("/v2/images/" + id, auth,
                                            R"([{"op":"add","path":"/round","value":"x"}])",
                                            "application/openstack-images-v2.1-json-patch");
                auto listed = client.Get("/v2/cloudimages?limit=20", auth);
                if (!patched || patched->status != 200 || !listed || listed->status != 200) {
                    qWarning() << "patch/list" << (patched ? patched->status : -1)
                               << (listed ? listed->status : -1);
                    ++unexpected;
                }
                if (i % 2 == 0) {
                    auto deleted = client.Delete("/v2/images/" + id, auth);
                    if (!deleted || deleted->status != 204)
                        ++unexpected;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(unexpected.load(), 0);
    const QJsonArray after =
        sandbox.get("/v2/images?limit=1000", token).json().value("images").toArray();
    QCOMPARE(after.size(), before + kThreads * kRounds / 2);
    for (const QJsonValue &v : after)
        if (v.toObject().value("name").toString().startsWith("c-"))
            QCOMPARE(v.toObject().value("round").toString(), QStringLiteral("x"));
}

void TestSandboxFaults::stateFileRoundTrip() {
    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.stateFile = dir.filePath("state.json");
    options.jobSeconds = 10;
    QString token, id, jobId, password;
    const QByteArray data("persisted bytes");
    {
        SandboxFixture first(options);
        QVERIFY(first.started());
        token = first.login();
        password = first.env("OS_PASSWORD");
        id = first
                 .send("POST", "/v2/images", token,
                       QJsonObject{
                           {"name", "kept"}, {"disk_format", "raw"}, {"container_format", "bare"}})
                 .json()
                 .value("id")
                 .toString();
        QCOMPARE(first
                     .request("PUT", "/v2/images/" + id + "/file", data, "application/octet-stream",
                              {{"X-Auth-Token", token.toStdString()}})
                     .status,
                 204);
        first.advance(1500); // saving, then active: only active images are copied
        jobId = first
                    .send("POST", "/v1/cloudimages/" + id + "/copy", token,
                          QJsonObject{{"name", "kept-copy"}})
                    .json()
                    .value("job_id")
                    .toString();
        const QString whole = first.imageId("full-ecs-backup", token);
        QCOMPARE(first
                     .request("DELETE", "/v2/images/" + whole, R"({"delete_backup": true})",
                              "application/json", {{"X-Auth-Token", token.toStdString()}})
                     .status,
                 204);
        first.server().stop();
    }
    QVERIFY(QFile::exists(options.stateFile));
    const QByteArray file = [&] {
        QFile f(options.stateFile);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(!file.contains(token.toLatin1()));    // tokens are kept as digests
    QVERIFY(!file.contains(password.toLatin1())); // passwords come from the seed
    QVERIFY(QFile::exists(dir.filePath("state.json.data/") + id));

    options.seed = 99; // ignored: the state file's seed wins
    SandboxFixture second(options);
    QVERIFY2(second.started(), qPrintable(second.error()));
    QCOMPARE(second.env("OS_PASSWORD"), password);
    QCOMPARE(second.get("/v2/images/" + id, token).json().value("name").toString(),
             QStringLiteral("kept"));
    QCOMPARE(second.get("/v2/images/" + id + "/file", token).body, data);
    QCOMPARE(second.admin("GET", "/_sandbox/deleted-backups")
                 .json()
                 .value("deleted_backups")
                 .toArray()
                 .size(),
             1);
    second.advance(11500); // the job (begun 1.5 s in) resumes with the clock
    const QJsonObject job = second.get("/v1/cloudimages/job/" + jobId, token).json();
    QCOMPARE(job.value("status").toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(second
                 .get("/v2/images/" + job.value("entities").toObject().value("image_id").toString(),
                      token)
                 .json()
                 .value("name")
                 .toString(),
             QStringLiteral("kept-copy"));
}

void TestSandboxFaults::corruptStateFileIsRefused() {
    QTemporaryDir dir;
    QFile file(dir.filePath("state.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"seed\": ");
    file.close();
    sandbox::SandboxOptions options;
    options.stateFile = file.fileName();
    SandboxFixture sandbox(options);
    QVERIFY(!sandbox.started());
    QVERIFY(sandbox.error().contains("not a sandbox state file"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
