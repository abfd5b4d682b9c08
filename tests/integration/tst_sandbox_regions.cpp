// The sandbox as an account of several regions (issue 13): IAM lists a project per region for
// every kind of credential, --regions N seeds N regions whose images and servers stay apart,
// a fault scoped to one region hits only that region, and copies name their source in
// __originalimagename.
#include "akskheaders.h"
#include "sandboxfixture.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QStringList kFourRegions{"eu-de", "eu-nl", "eu-ch2", "ap-southeast-1"};

sandbox::SandboxOptions withRegions(int regions, const QStringList &faults = {}) {
    sandbox::SandboxOptions options;
    options.regions = regions;
    options.faults = faults;
    options.jobSeconds = 6;
    return options;
}

// The endpoint base of a region, as the catalog gives it: the first region is the server root.
QString base(const QString &region) {
    return region == QLatin1String("eu-de") ? QString() : QStringLiteral("/region/") + region;
}

// A token scoped to the project named after `region`, and that project's id.
struct Scoped {
    QString token;
    QString projectId;
};

Scoped loginTo(const SandboxFixture &sandbox, const QString &region) {
    const Reply r = sandbox.request(
        "POST", QStringLiteral("/v3/auth/tokens"),
        SandboxFixture::tokenBody(sandbox.env("OS_USERNAME"), sandbox.env("OS_PASSWORD"), region));
    return {r.header("X-Subject-Token"),
            r.json().value("token").toObject().value("project").toObject().value("id").toString()};
}

// The private images a region's project lists (IMS extension), by id: their names.
QHash<QString, QString> privateImageNames(const SandboxFixture &sandbox, const QString &region,
                                          const QString &token) {
    QHash<QString, QString> names;
    const QJsonArray images =
        sandbox.get(base(region) + "/v2/cloudimages?__imagetype=private&limit=1000", token)
            .json()
            .value("images")
            .toArray();
    for (const QJsonValue &v : images)
        names.insert(v.toObject().value("id").toString(), v.toObject().value("name").toString());
    return names;
}

QSet<QString> privateImages(const SandboxFixture &sandbox, const QString &region,
                            const QString &token) {
    const QHash<QString, QString> names = privateImageNames(sandbox, region, token);
    return {names.keyBegin(), names.keyEnd()};
}

QJsonObject imageNamed(const SandboxFixture &sandbox, const QString &region, const QString &token,
                       const QString &name) {
    const QJsonArray images =
        sandbox.get(base(region) + "/v2/cloudimages?__imagetype=private&name=" + name, token)
            .json()
            .value("images")
            .toArray();
    return images.size() == 1 ? images.first().toObject() : QJsonObject();
}

} // namespace

class TestSandboxRegions final : public QObject {
    Q_OBJECT

private slots:
    void authProjects_data();
    void authProjects();
    void regionsKeepTheirImagesApart_data();
    void regionsKeepTheirImagesApart();
    void imagesPerRegion_data();
    void imagesPerRegion();
    void regionScopedFault_data();
    void regionScopedFault();
    void unknownFaultRegionIsRefused();
    void copiesNameTheirSource_data();
    void copiesNameTheirSource();
    void seededCopiesNameTheirSource();
};

void TestSandboxRegions::authProjects_data() {
    QTest::addColumn<int>("regions");
    QTest::addColumn<QString>("auth"); // password, aksk, aksk+project, none, bad
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names");
    const QStringList two{"eu-de", "eu-nl"};
    QTest::newRow("password token, 2 regions") << 2 << "password" << 200 << two;
    QTest::newRow("AK/SK, 2 regions") << 2 << "aksk" << 200 << two;
    QTest::newRow("password token, 4 regions") << 4 << "password" << 200 << kFourRegions;
    QTest::newRow("AK/SK, 4 regions") << 4 << "aksk" << 200 << kFourRegions;
    QTest::newRow("AK/SK with X-Project-Id, 4 regions")
        << 4 << "aksk+project" << 200 << kFourRegions;
    QTest::newRow("no credentials") << 4 << "none" << 401 << QStringList();
    QTest::newRow("unknown token") << 4 << "bad" << 401 << QStringList();
}

void TestSandboxRegions::authProjects() {
    QFETCH(int, regions);
    QFETCH(QString, auth);
    QFETCH(int, status);
    QFETCH(QStringList, names);
    SandboxFixture sandbox(withRegions(regions));
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    const QString path = QStringLiteral("/v3/auth/projects");
    httplib::Headers headers;
    if (auth == "password")
        headers = {{"X-Auth-Token", sandbox.login().toStdString()}};
    else if (auth == "aksk")
        headers = akskHeaders(sandbox, "GET", path);
    else if (auth == "aksk+project")
        headers = akskHeaders(sandbox, "GET", path, sandbox.env("OS_PROJECT_ID"));
    else if (auth == "bad")
        headers = {{"X-Auth-Token", "gAAAAAnot-a-token"}};
    const Reply r = sandbox.request("GET", path, {}, "", headers);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(r.json().value("error").toObject().contains("message")); // Keystone's format
        return;
    }
    const QJsonObject body = r.json();
    QCOMPARE(body.value("links").toObject().value("self").toString(),
             QStringLiteral("http://127.0.0.1:%1/v3/auth/projects").arg(sandbox.port()));
    QVERIFY(body.value("links").toObject().contains("next"));
    QStringList listed;
    for (const QJsonValue &v : body.value("projects").toArray()) {
        const QJsonObject p = v.toObject();
        listed.append(p.value("name").toString());
        QCOMPARE(p.value("id").toString().size(), 32);
        QCOMPARE(p.value("domain_id").toString(), QStringLiteral("default"));
        QCOMPARE(p.value("enabled").toBool(), true);
        QCOMPARE(p.value("is_domain").toBool(true), false);
        QVERIFY(p.contains("parent_id"));
        QVERIFY(p.value("links").toObject().value("self").toString().endsWith(
            "/v3/projects/" + p.value("id").toString()));
        // Each listed project is one a token can be scoped to, in the region it is named after.
        QCOMPARE(loginTo(sandbox, p.value("name").toString()).projectId, p.value("id").toString());
    }
    QCOMPARE(listed, names);
}

void TestSandboxRegions::regionsKeepTheirImagesApart_data() {
    QTest::addColumn<QString>("region");
    for (const QString &region : kFourRegions)
        QTest::newRow(qPrintable(region)) << region;
}

void TestSandboxRegions::regionsKeepTheirImagesApart() {
    QFETCH(QString, region);
    SandboxFixture sandbox(withRegions(4));
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    const Scoped own = loginTo(sandbox, region);
    QVERIFY(!own.token.isEmpty());
    const QSet<QString> mine = privateImages(sandbox, region, own.token);
    QVERIFY(!mine.isEmpty());
    for (const QString &other : kFourRegions) {
        if (other == region)
            continue;
        const Scoped them = loginTo(sandbox, other);
        const QSet<QString> theirs = privateImages(sandbox, other, them.token);
        QVERIFY(!theirs.isEmpty());
        QVERIFY2(!mine.intersects(theirs), qPrintable(region + " and " + other + " share images"));
        // Not even by id: an image of this region is unknown at the other region's endpoint.
        QCOMPARE(sandbox.get(base(other) + "/v2/images/" + *mine.begin(), them.token).status, 404);
    }
    // The region's servers, each made from an image of this region.
    const QJsonArray servers =
        sandbox.get(base(region) + "/v1/" + own.projectId + "/cloudservers/detail", own.token)
            .json()
            .value("servers")
            .toArray();
    QVERIFY(!servers.isEmpty());
    for (const QJsonValue &v : servers) {
        const QString image = v.toObject().value("image").toObject().value("id").toString();
        QCOMPARE(sandbox.get(base(region) + "/v2/images/" + image, own.token).status, 200);
    }
}

void TestSandboxRegions::imagesPerRegion_data() {
    QTest::addColumn<int>("images"); // --images: eu-de's bulk-NNNNNN
    QTest::addColumn<int>("perRegion");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("--images-per-region 40") << 0 << 40;
    QTest::newRow("--images 15 --images-per-region 40") << 15 << 40;
    QTest::newRow("--images 15 alone stays eu-de's") << 15 << 0;
}

void TestSandboxRegions::imagesPerRegion() {
    QFETCH(int, images);
    QFETCH(int, perRegion);
    sandbox::SandboxOptions options = withRegions(4);
    options.images = images;
    options.imagesPerRegion = perRegion;
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    sandbox::SandboxOptions plainOptions = withRegions(4);
    plainOptions.images = images;
    SandboxFixture plain(plainOptions); // the same seed without --images-per-region
    QVERIFY2(plain.started(), qPrintable(plain.error()));
    static const QRegularExpression euDeBulk(QStringLiteral("^bulk-\\d{6}$"));
    for (const QString &region : kFourRegions) {
        const QHash<QString, QString> listed =
            privateImageNames(sandbox, region, loginTo(sandbox, region).token);
        QHash<QString, QString> seeded = listed; // what the store has without them
        int own = 0;
        int euDe = 0;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (it.value().startsWith("bulk-" + region + "-")) {
                ++own;
                seeded.remove(it.key());
            } else if (euDeBulk.match(it.value()).hasMatch()) {
                ++euDe;
            }
        }
        QCOMPARE(own, perRegion);
        QCOMPARE(euDe, region == QLatin1String("eu-de") ? images : 0);
        // Drawn last: every image seeded without them keeps its id (the same seed, the same
        // data), so a test's expectations of a seed hold with or without the option.
        QCOMPARE(seeded, privateImageNames(plain, region, loginTo(plain, region).token));
    }
}

void TestSandboxRegions::regionScopedFault_data() {
    QTest::addColumn<bool>("atRunTime");
    QTest::addColumn<QString>("faulted");
    QTest::newRow("--fault, eu-nl") << false << "eu-nl";
    QTest::newRow("admin API, eu-nl") << true << "eu-nl";
    QTest::newRow("--fault, eu-de (the server root)") << false << "eu-de";
    QTest::newRow("admin API, ap-southeast-1") << true << "ap-southeast-1";
}

void TestSandboxRegions::regionScopedFault() {
    QFETCH(bool, atRunTime);
    QFETCH(QString, faulted);
    const QString spec = "error:status=500,route=^GET /v2/cloudimages,region=" + faulted;
    SandboxFixture sandbox(withRegions(4, atRunTime ? QStringList() : QStringList{spec}));
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    if (atRunTime)
        QCOMPARE(
            sandbox
                .admin("POST", "/_sandbox/faults",
                       QJsonDocument(QJsonObject{{"spec", spec}}).toJson(QJsonDocument::Compact))
                .status,
            201);
    for (const QString &region : kFourRegions) {
        const Scoped scoped = loginTo(sandbox, region); // IAM is global: never faulted
        QVERIFY2(!scoped.token.isEmpty(), qPrintable(region));
        const Reply list = sandbox.get(base(region) + "/v2/cloudimages?limit=5", scoped.token);
        QCOMPARE(list.status, region == faulted ? 500 : 200);
        // Another route of the faulted region still answers.
        QCOMPARE(sandbox.get(base(region) + "/v2/images?limit=5", scoped.token).status, 200);
    }
    const QJsonArray listed =
        sandbox.admin("GET", "/_sandbox/faults").json().value("faults").toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value("region").toString(), faulted);
}

void TestSandboxRegions::unknownFaultRegionIsRefused() {
    sandbox::SandboxServer refused(withRegions(2, {"error:region=eu-ch2"}));
    QCOMPARE(refused.start(0), quint16(0));
    QVERIFY(refused.errorString().contains("eu-ch2"));
    SandboxFixture sandbox(withRegions(2));
    const Reply r = sandbox.admin("POST", "/_sandbox/faults", R"({"spec": "error:region=eu-ch2"})");
    QCOMPARE(r.status, 400);
    QVERIFY(r.json().value("error").toString().contains("eu-ch2"));
}

void TestSandboxRegions::copiesNameTheirSource_data() {
    QTest::addColumn<QString>("to"); // empty: in the region
    QTest::newRow("in region") << "";
    QTest::newRow("to eu-nl") << "eu-nl";
    QTest::newRow("to ap-southeast-1") << "ap-southeast-1";
}

void TestSandboxRegions::copiesNameTheirSource() {
    QFETCH(QString, to);
    SandboxFixture sandbox(withRegions(4));
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    const Scoped de = loginTo(sandbox, "eu-de");
    const QString source =
        imageNamed(sandbox, "eu-de", de.token, "db-golden").value("id").toString();
    QVERIFY(!source.isEmpty());
    QJsonObject body{{"name", "db-copy"}};
    if (!to.isEmpty()) {
        body.insert("region", to);
        body.insert("project_name", to);
        body.insert("agency_name", "ims_admin_agency");
    }
    const Reply started = sandbox.send(
        "POST", "/v1/cloudimages/" + source + (to.isEmpty() ? "/copy" : "/cross_region_copy"),
        de.token, body);
    QCOMPARE(started.status, 200);
    const QString job = started.json().value("job_id").toString();
    sandbox.advance(10000);
    const QJsonObject done = sandbox.get("/v1/" + de.projectId + "/jobs/" + job, de.token).json();
    QCOMPARE(done.value("status").toString(), QStringLiteral("SUCCESS"));
    const QString region = to.isEmpty() ? QStringLiteral("eu-de") : to;
    const Scoped there = loginTo(sandbox, region);
    const QJsonObject copy = imageNamed(sandbox, region, there.token, "db-copy");
    QCOMPARE(copy.value("id").toString(),
             done.value("entities").toObject().value("image_id").toString());
    QCOMPARE(copy.value("__originalimagename").toString(), source);
    QCOMPARE(copy.value("owner").toString(), there.projectId);
}

void TestSandboxRegions::seededCopiesNameTheirSource() {
    SandboxFixture sandbox(withRegions(4));
    QVERIFY2(sandbox.started(), qPrintable(sandbox.error()));
    const Scoped de = loginTo(sandbox, "eu-de");
    const QString web =
        imageNamed(sandbox, "eu-de", de.token, "web-frontend-2025").value("id").toString();
    QVERIFY(!web.isEmpty());
    // Every other region holds a copy of eu-de's web-frontend-2025, under the same name.
    for (const QString &region : kFourRegions.mid(1)) {
        const Scoped there = loginTo(sandbox, region);
        const QJsonObject copy = imageNamed(sandbox, region, there.token, "web-frontend-2025");
        QVERIFY2(!copy.isEmpty(), qPrintable(region));
        QVERIFY(copy.value("id").toString() != web);
        QCOMPARE(copy.value("__originalimagename").toString(), web);
    }
    const Scoped nl = loginTo(sandbox, "eu-nl");
    // An in-region copy, and a copy whose source is gone from every region.
    const QJsonObject nlWeb = imageNamed(sandbox, "eu-nl", nl.token, "nl-web");
    QCOMPARE(imageNamed(sandbox, "eu-nl", nl.token, "nl-web-copy").value("__originalimagename"),
             nlWeb.value("id"));
    const QString gone = imageNamed(sandbox, "eu-nl", nl.token, "db-legacy-copy")
                             .value("__originalimagename")
                             .toString();
    QVERIFY(!gone.isEmpty());
    for (const QString &region : kFourRegions) {
        const Scoped there = loginTo(sandbox, region);
        QCOMPARE(sandbox.get(base(region) + "/v2/images/" + gone, there.token).status, 404);
    }
}

QTEST_GUILESS_MAIN(TestSandboxRegions)
#include "tst_sandbox_regions.moc"
