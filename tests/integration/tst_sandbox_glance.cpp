// The sandbox's Glance-compatible native API over loopback HTTP, checked against what real
// Glance answers (shared/peers/openstack.md): the sandbox runs as plain Glance (--flavor glance).
// Where IMS answers differently (native PATCH of base attributes, no extension API), a second
// sandbox in the default IMS flavour answers the same request.
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUrlQuery>

class TestSandboxGlance final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void versions();
    void rejectsMissingOrBadTokens();
    void pagesWithNextOnFullPages();
    void listParameters_data();
    void listParameters();
    void createsImages_data();
    void createsImages();
    void patches_data();
    void patches();
    void deletes();
    void tags();
    void membersAndVisibility();
    void uploadsAndDownloads();
    void uploadOverCapIs413();
    void quotaIs413();
    void glanceDirectImport();
    void wrongMethodIs405();
    void schemas();
    void nativePatchByFlavour_data();
    void nativePatchByFlavour();
    void imsNativePatchIsAtomicAndKeepsTagRoutes();
    void imsSharesPrivateImagesNatively();
    void glanceFlavourHasNoImsApi_data();
    void glanceFlavourHasNoImsApi();
    void deleteNotFoundByApiOrGateway();
    void deleteRefusalsByFlavour_data();
    void deleteRefusalsByFlavour();

private:
    std::unique_ptr<SandboxFixture> m_sandbox; // --flavor glance
    std::unique_ptr<SandboxFixture> m_ims;     // the default flavour, for comparison
    QString m_token;
    QString m_memberToken;
    QString m_imsToken;
    QString createQueued(const QString &name, const QJsonObject &extra = {});
};

void TestSandboxGlance::initTestCase() {
    sandbox::SandboxOptions options;
    options.images = 60;
    options.uploadCapBytes = 1024 * 1024;
    options.flavor = sandbox::Flavor::Glance;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->started(), qPrintable(m_sandbox->error()));
    m_ims = std::make_unique<SandboxFixture>();
    QVERIFY2(m_ims->started(), qPrintable(m_ims->error()));
    m_imsToken = m_ims->login();
    m_token = m_sandbox->login();
    m_memberToken = m_sandbox->login(true);
    QVERIFY(!m_token.isEmpty());
    QVERIFY(m_token != m_memberToken);
}

QString TestSandboxGlance::createQueued(const QString &name, const QJsonObject &extra) {
    QJsonObject body{{"name", name}, {"disk_format", "qcow2"}, {"container_format", "bare"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply r = m_sandbox->send("POST", "/v2/images", m_token, body);
    return r.status == 201 ? r.json().value("id").toString() : QString();
}

void TestSandboxGlance::versions() {
    const Reply root = m_sandbox->request("GET", "/");
    QCOMPARE(root.status, 300);
    const QJsonObject current = root.json().value("versions").toArray().first().toObject();
    QCOMPARE(current.value("id").toString(), QStringLiteral("v2.15"));
    QCOMPARE(current.value("links").toArray().first().toObject().value("href").toString(),
             QStringLiteral("http://127.0.0.1:%1/v2/").arg(m_sandbox->port()));
    QCOMPARE(m_sandbox->request("GET", "/versions").status, 200);
    QCOMPARE(m_sandbox->request("GET", "/v2.8").status, 300); // an unknown version prefix
    QCOMPARE(m_sandbox->request("GET", "/v1").status, 300);
    QCOMPARE(m_sandbox->request("GET", "/favicon.ico").status, 404);
    // The second region's endpoint has its own base in the links.
    const Reply nl = m_sandbox->request("GET", "/region/eu-nl/");
    QCOMPARE(nl.status, 300);
    QVERIFY(nl.body.contains("/region/eu-nl/v2/"));
    QCOMPARE(m_sandbox->request("GET", "/region/atlantis/").status, 404);
    // No version document under /v2: 401 without a token, else 302 to /v2/, which is 404.
    QCOMPARE(m_sandbox->request("GET", "/v2").status, 401);
    const Reply redirect = m_sandbox->get("/v2", m_token);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.header("Location"),
             QStringLiteral("http://127.0.0.1:%1/v2/").arg(m_sandbox->port()));
    QCOMPARE(m_sandbox->get("/v2/", m_token).status, 404);
}

void TestSandboxGlance::rejectsMissingOrBadTokens() {
    const Reply none = m_sandbox->request("GET", "/v2/images");
    QCOMPARE(none.status, 401);
    QVERIFY(none.header("Content-Type").startsWith("text/html"));
    QVERIFY(none.header("Www-Authenticate").startsWith("Keystone uri="));
    const Reply bad = m_sandbox->get("/v2/images", "gAAAAAnot-a-token");
    QCOMPARE(bad.status, 401);
    const Reply json = m_sandbox->request(
        "GET", "/v2/images/x", {}, "",
        {{"X-Auth-Token", m_token.toStdString()}, {"Accept", "application/json"}});
    QCOMPARE(json.status, 404);
    QCOMPARE(json.json().value("code").toString(), QStringLiteral("404 Not Found"));
    QVERIFY(json.json().value("message").toString().startsWith("No image found with ID x"));
    QVERIFY(json.header("X-Openstack-Request-Id").startsWith("req-"));
}

void TestSandboxGlance::pagesWithNextOnFullPages() {
    // Count what the default list holds by following next links at limit 7.
    QString next = QStringLiteral("/v2/images?limit=7");
    QStringList seen;
    int pages = 0;
    while (!next.isEmpty() && pages < 100) {
        const Reply r = m_sandbox->get(next, m_token);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value("schema").toString(), QStringLiteral("/v2/schemas/images"));
        QCOMPARE(body.value("first").toString(), QStringLiteral("/v2/images?limit=7"));
        const QJsonArray images = body.value("images").toArray();
        for (const QJsonValue &v : images)
            seen.append(v.toObject().value("id").toString());
        // next exactly when the page is full (a full last page still has one).
        QCOMPARE(body.contains("next"), images.size() == 7);
        next = body.value("next").toString();
        ++pages;
    }
    QCOMPARE(seen.size(), QSet<QString>(seen.begin(), seen.end()).size()); // no repeats
    const Reply all = m_sandbox->get("/v2/images?limit=1000", m_token);
    QCOMPARE(all.json().value("images").toArray().size(), seen.size());
    QVERIFY(seen.size() > 60); // 60 bulk + seeded + public
    // The default page size is 25 and the default order is created_at desc.
    const QJsonArray page = m_sandbox->get("/v2/images", m_token).json().value("images").toArray();
    QCOMPARE(page.size(), 25);
    for (qsizetype i = 1; i < page.size(); ++i)
        QVERIFY(page[i - 1].toObject().value("created_at").toString() >=
                page[i].toObject().value("created_at").toString());
    // A full last page: limit = total gives next, and following it gives an empty page.
    const Reply full =
        m_sandbox->get(QStringLiteral("/v2/images?limit=%1").arg(seen.size()), m_token);
    QVERIFY(full.json().contains("next"));
    const Reply empty = m_sandbox->get(full.json().value("next").toString(), m_token);
    QCOMPARE(empty.json().value("images").toArray().size(), 0);
    QVERIFY(!empty.json().contains("next"));
}

void TestSandboxGlance::listParameters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count"); // -1: do not check
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // every image has field == value
    QTest::newRow("limit=-1") << "limit=-1" << 400 << -1 << ""
                              << "";
    QTest::newRow("limit=abc") << "limit=abc" << 400 << -1 << ""
                               << "";
    QTest::newRow("unknown marker")
        << "marker=00000000-0000-4000-8000-000000000000" << 400 << -1 << ""
        << "";
    QTest::newRow("unknown sort key") << "sort_key=flavour" << 400 << -1 << ""
                                      << "";
    QTest::newRow("bad visibility") << "visibility=bogus" << 400 << -1 << ""
                                    << "";
    QTest::newRow("name") << "name=db-golden" << 200 << 1 << "name"
                          << "db-golden";
    QTest::newRow("status queued") << "status=queued&limit=1000" << 200 << -1 << "status"
                                   << "queued";
    QTest::newRow("visibility public") << "visibility=public" << 200 << 8 << "visibility"
                                       << "public";
    QTest::newRow("owner") << "owner=%1&limit=1000" << 200 << -1 << "owner"
                           << "%1";
    QTest::newRow("tag") << "tag=env%3Dprod&tag=team%3Dweb" << 200 << 1 << "name"
                         << "web-frontend-2025";
    // Our two shared images and the partner's image that we have not accepted yet.
    QTest::newRow("member_status pending")
        << "member_status=pending&visibility=shared" << 200 << 3 << "visibility"
        << "shared";
    QTest::newRow("shared accepted") << "visibility=shared" << 200 << 3 << "visibility"
                                     << "shared";
    QTest::newRow("property filter") << "__platform=Windows" << 200 << 1 << "__os_type"
                                     << "Windows";
    QTest::newRow("in: filter") << "status=in:killed,saving&limit=1000" << 200 << -1 << ""
                                << "";
    QTest::newRow("limit over max clamps") << "limit=5000" << 200 << -1 << ""
                                           << "";
}

void TestSandboxGlance::listParameters() {
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString project = m_sandbox->env("OS_PROJECT_ID");
    const Reply r = m_sandbox->get(
        QStringLiteral("/v2/images?") + QString(query).replace("%1", project), m_token);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        return;
    }
    const QJsonArray images = r.json().value("images").toArray();
    if (count >= 0)
        QCOMPARE(images.size(), count);
    QVERIFY(!images.isEmpty());
    for (const QJsonValue &v : images)
        if (!field.isEmpty())
            QCOMPARE(v.toObject().value(field).toString(), QString(value).replace("%1", project));
}

void TestSandboxGlance::createsImages_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("minimal") << QByteArray(R"({"name": "new-one"})") << 201 << "";
    QTest::newRow("client id")
        << QByteArray(R"({"id": "6f1f1d2c-0b7a-4c55-9a8f-2d1e0c9b8a71", "name": "x"})") << 201
        << "";
    QTest::newRow("malformed") << QByteArray("{nope") << 400 << "Malformed JSON in request body.";
    QTest::newRow("bad disk_format")
        << QByteArray(R"({"disk_format": "nope"})") << 400 << "'nope' is not one of";
    QTest::newRow("read-only status")
        << QByteArray(R"({"status": "active"})") << 403 << "Attribute 'status' is read-only.";
    QTest::newRow("read-only size")
        << QByteArray(R"({"size": 5})") << 403 << "Attribute 'size' is read-only.";
    QTest::newRow("extra not a string")
        << QByteArray(R"({"color": 5})") << 400 << "not of type 'string'";
    QTest::newRow("public") << QByteArray(R"({"visibility": "public"})") << 403
                            << "publicize_image";
    QTest::newRow("too many tags")
        << QByteArray("{\"tags\": [" + QByteArray("\"t\",").repeated(128) + "\"u\"]}") << 413
        << "Maximum: 128";
    QTest::newRow("not an object") << QByteArray("[1]") << 400 << "is not of type 'object'";
    // Upstream Glance's disk formats: IMS's zvhd/zvhd2 are not among them.
    QTest::newRow("zvhd2") << QByteArray(R"({"disk_format": "zvhd2"})") << 400
                           << "'zvhd2' is not one of";
    QTest::newRow("zvhd") << QByteArray(R"({"disk_format": "zvhd"})") << 400
                          << "'zvhd' is not one of";
    for (const char *format : {"vmdk", "vhdx", "vdi", "iso", "ploop", "qcow2", "raw", "vhd"})
        QTest::newRow(format) << "{\"disk_format\": \"" + QByteArray(format) + "\"}" << 201 << "";
    QTest::newRow("a name IMS refuses") << QByteArray(R"({"name": "a<b>"})") << 201 << "";
}

void TestSandboxGlance::createsImages() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Reply r = m_sandbox->request("POST", "/v2/images", body, "text/plain",
                                       {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(r.status, status);
    if (status == 201) {
        const QJsonObject image = r.json();
        QCOMPARE(image.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(image.value("visibility").toString(),
                 QStringLiteral("shared")); // Glance's default
        QVERIFY(image.value("size").isNull());
        QVERIFY(image.value("checksum").isNull());
        QCOMPARE(image.value("min_disk").toInt(-1), 0);
        QCOMPARE(image.value("protected").toBool(true), false);
        QCOMPARE(image.value("self").toString(), "/v2/images/" + image.value("id").toString());
        QCOMPARE(r.header("Location"), QStringLiteral("http://127.0.0.1:%1/v2/images/%2")
                                           .arg(m_sandbox->port())
                                           .arg(image.value("id").toString()));
        QCOMPARE(r.header("OpenStack-image-import-methods"), QStringLiteral("glance-direct"));
        // Nothing of IMS on a plain Glance's new image.
        for (const QString &key : image.keys())
            QVERIFY2(!key.startsWith("__") || key == QLatin1String("__imagetype"), qPrintable(key));
        QVERIFY(!image.contains("virtual_env_type"));
    } else {
        QVERIFY2(QString::fromUtf8(r.body).contains(message), r.body.constData());
    }
}

void TestSandboxGlance::patches_data() {
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString v21 = "application/openstack-images-v2.1-json-patch";
    QTest::newRow("replace name") << v21
                                  << QByteArray(
                                         R"([{"op":"replace","path":"/name","value":"renamed"}])")
                                  << 200 << "name"
                                  << "renamed";
    QTest::newRow("v2.0 dialect") << "application/openstack-images-v2.0-json-patch"
                                  << QByteArray(R"([{"replace":"/min_disk","value":2}])") << 200
                                  << "min_disk"
                                  << "2";
    QTest::newRow("add property") << v21
                                  << QByteArray(R"([{"op":"add","path":"/color","value":"blue"}])")
                                  << 200 << "color"
                                  << "blue";
    QTest::newRow("add existing replaces")
        << v21 << QByteArray(R"([{"op":"add","path":"/color","value":"red"}])") << 200 << "color"
        << "red";
    QTest::newRow("remove missing")
        << v21 << QByteArray(R"([{"op":"remove","path":"/nothere"}])") << 409 << ""
        << "";
    QTest::newRow("replace missing")
        << v21 << QByteArray(R"([{"op":"replace","path":"/nothere","value":"x"}])") << 409 << ""
        << "";
    QTest::newRow("read-only") << v21
                               << QByteArray(R"([{"op":"replace","path":"/size","value":1}])")
                               << 403 << ""
                               << "";
    QTest::newRow("unknown op") << v21
                                << QByteArray(R"([{"op":"frob","path":"/name","value":"x"}])")
                                << 400 << ""
                                << "";
    QTest::newRow("not a list") << v21 << QByteArray(R"({"op":"replace"})") << 400 << ""
                                << "";
    QTest::newRow("tags append pointer")
        << v21 << QByteArray(R"([{"op":"add","path":"/tags/-","value":"x"}])") << 400 << ""
        << "";
    QTest::newRow("json media type")
        << "application/json" << QByteArray(R"([{"op":"replace","path":"/name","value":"x"}])")
        << 415 << ""
        << "";
    QTest::newRow("atomic: one bad op")
        << v21
        << QByteArray(
               R"([{"op":"replace","path":"/name","value":"half"},{"op":"remove","path":"/nothere"}])")
        << 409 << "name"
        << "renamed";
    QTest::newRow("remove property")
        << v21 << QByteArray(R"([{"op":"remove","path":"/color"}])") << 200 << "color"
        << "";
    QTest::newRow("tags replace") << v21
                                  << QByteArray(
                                         R"([{"op":"replace","path":"/tags","value":["a","b"]}])")
                                  << 200 << ""
                                  << "";
}

void TestSandboxGlance::patches() {
    static QString id;
    if (id.isEmpty())
        id = createQueued("to-patch");
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Reply r = m_sandbox->request("PATCH", "/v2/images/" + id, body, contentType.toStdString(),
                                       {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(r.status, status);
    const QJsonObject image = m_sandbox->get("/v2/images/" + id, m_token).json();
    if (!field.isEmpty()) {
        const QJsonValue v = image.value(field);
        QCOMPARE(v.isDouble() ? QString::number(v.toInt()) : v.toString(), value);
    }
}

void TestSandboxGlance::deletes() {
    const QString protectedId = createQueued("protected-one", {{"protected", true}});
    const Reply refused = m_sandbox->send("DELETE", "/v2/images/" + protectedId, m_token, {});
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("is protected and cannot be deleted"));
    QCOMPARE(m_sandbox
                 ->request("PATCH", "/v2/images/" + protectedId,
                           R"([{"op":"replace","path":"/protected","value":false}])",
                           "application/openstack-images-v2.1-json-patch",
                           {{"X-Auth-Token", m_token.toStdString()}})
                 .status,
             200);
    QCOMPARE(m_sandbox->send("DELETE", "/v2/images/" + protectedId, m_token, {}).status, 204);
    QCOMPARE(m_sandbox->get("/v2/images/" + protectedId, m_token).status, 404);
    const Reply again = m_sandbox->send("DELETE", "/v2/images/" + protectedId, m_token, {});
    QCOMPARE(again.status, 404);
    QVERIFY(again.body.contains("Failed to find image"));
    // Someone else's image: public is visible but not deletable; private is invisible.
    const QString publicId = m_sandbox->imageId("Standard_Debian_12_latest", m_token);
    QCOMPARE(m_sandbox->send("DELETE", "/v2/images/" + publicId, m_token, {}).status, 403);
    const QString partnerPrivate = m_sandbox->imageId("partner-private", m_memberToken);
    QVERIFY(!partnerPrivate.isEmpty());
    QCOMPARE(m_sandbox->get("/v2/images/" + partnerPrivate, m_token).status, 404);
}

void TestSandboxGlance::tags() {
    const QString id = createQueued("tagged");
    QCOMPARE(m_sandbox->send("PUT", "/v2/images/" + id + "/tags/blue", m_token, {}).status, 204);
    QCOMPARE(m_sandbox->send("PUT", "/v2/images/" + id + "/tags/blue", m_token, {}).status,
             204); // idempotent
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("tags").toArray(),
             QJsonArray{"blue"});
    QCOMPARE(m_sandbox->send("DELETE", "/v2/images/" + id + "/tags/blue", m_token, {}).status, 204);
    QCOMPARE(m_sandbox->send("DELETE", "/v2/images/" + id + "/tags/blue", m_token, {}).status, 404);
    QCOMPARE(
        m_sandbox
            ->send("PUT", "/v2/images/00000000-0000-4000-8000-000000000000/tags/x", m_token, {})
            .status,
        404);
}

void TestSandboxGlance::membersAndVisibility() {
    const QString member = m_sandbox->env("OS_MEMBER_PROJECT_ID");
    const QString privateId = createQueued("private-one", {{"visibility", "private"}});
    const Reply onPrivate = m_sandbox->send("POST", "/v2/images/" + privateId + "/members", m_token,
                                            QJsonObject{{"member", member}});
    QCOMPARE(onPrivate.status, 403);

    const QString id = createQueued("to-share");
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_memberToken).status, 404); // not yet a member
    const Reply added = m_sandbox->send("POST", "/v2/images/" + id + "/members", m_token,
                                        QJsonObject{{"member", member}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value("status").toString(), QStringLiteral("pending"));
    QCOMPARE(added.json().value("schema").toString(), QStringLiteral("/v2/schemas/member"));
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/images/" + id + "/members", m_token,
                        QJsonObject{{"member", member}})
                 .status,
             409);

    // Pending: visible by id, not in the default list, in the pending list.
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_memberToken).status, 200);
    const auto listed = [&](const QString &query) {
        for (const QJsonValue &v : m_sandbox->get("/v2/images?limit=1000&" + query, m_memberToken)
                                       .json()
                                       .value("images")
                                       .toArray())
            if (v.toObject().value("id").toString() == id)
                return true;
        return false;
    };
    QVERIFY(!listed(""));
    QVERIFY(listed("member_status=pending"));
    QVERIFY(listed("member_status=all"));

    // Only the member sets its status; the owner gets 403.
    const QString memberPath = "/v2/images/" + id + "/members/" + member;
    QCOMPARE(
        m_sandbox->send("PUT", memberPath, m_token, QJsonObject{{"status", "accepted"}}).status,
        403);
    QCOMPARE(
        m_sandbox->send("PUT", memberPath, m_memberToken, QJsonObject{{"status", "maybe"}}).status,
        400);
    QCOMPARE(m_sandbox->send("PUT", memberPath, m_memberToken, QJsonObject{{"status", "accepted"}})
                 .json()
                 .value("status")
                 .toString(),
             QStringLiteral("accepted"));
    QVERIFY(listed(""));
    // The member lists members (its own entry) but cannot add any, patch or delete the image.
    QCOMPARE(m_sandbox->get("/v2/images/" + id + "/members", m_memberToken)
                 .json()
                 .value("members")
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/images/" + id + "/members", m_memberToken,
                        QJsonObject{{"member", member}})
                 .status,
             403);
    QCOMPARE(m_sandbox
                 ->request("PATCH", "/v2/images/" + id,
                           R"([{"op":"replace","path":"/name","value":"x"}])",
                           "application/openstack-images-v2.1-json-patch",
                           {{"X-Auth-Token", m_memberToken.toStdString()}})
                 .status,
             403);
    QCOMPARE(m_sandbox->send("DELETE", "/v2/images/" + id, m_memberToken, {}).status, 403);
    QCOMPARE(m_sandbox->get(memberPath, m_token).status, 200);
    QCOMPARE(
        m_sandbox->get("/v2/images/" + id + "/members/" + m_sandbox->env("OS_PROJECT_ID"), m_token)
            .status,
        404);
    // Removal: 204, again 404, and the member loses sight of the image.
    QCOMPARE(m_sandbox->send("DELETE", memberPath, m_token, {}).status, 204);
    QCOMPARE(m_sandbox->send("DELETE", memberPath, m_token, {}).status, 404);
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_memberToken).status, 404);
}

void TestSandboxGlance::uploadsAndDownloads() {
    const QString id = createQueued("with-data");
    const QByteArray data = QByteArray("hello image").repeated(5000);
    const httplib::Headers auth{{"X-Auth-Token", m_token.toStdString()}};
    QCOMPARE(m_sandbox->request("PUT", "/v2/images/" + id + "/file", data, "application/json", auth)
                 .status,
             415);
    QCOMPARE(
        m_sandbox
            ->request("PUT", "/v2/images/" + id + "/file", data, "application/octet-stream", auth)
            .status,
        204);
    const QJsonObject image = m_sandbox->get("/v2/images/" + id, m_token).json();
    QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(image.value("size").toInteger(), data.size());
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    QCOMPARE(image.value("checksum").toString(), md5);
    QCOMPARE(image.value("os_hash_algo").toString(), QStringLiteral("sha512"));
    QCOMPARE(
        image.value("os_hash_value").toString(),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()));
    // A second upload conflicts.
    QCOMPARE(
        m_sandbox
            ->request("PUT", "/v2/images/" + id + "/file", data, "application/octet-stream", auth)
            .status,
        409);

    const Reply download = m_sandbox->get("/v2/images/" + id + "/file", m_token);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, data);
    QCOMPARE(download.header("Content-MD5"), md5);
    httplib::Headers range = auth;
    range.emplace("Range", "bytes=0-4");
    const Reply partial = m_sandbox->request("GET", "/v2/images/" + id + "/file", {}, "", range);
    QCOMPARE(partial.status, 206);
    QCOMPARE(partial.body, QByteArray("hello"));
    QCOMPARE(partial.header("Content-Range"), QStringLiteral("bytes 0-4/%1").arg(data.size()));

    // Upload before the formats are set: 400.
    const QString bare =
        m_sandbox->send("POST", "/v2/images", m_token, QJsonObject{{"name", "bare"}})
            .json()
            .value("id")
            .toString();
    QCOMPARE(
        m_sandbox
            ->request("PUT", "/v2/images/" + bare + "/file", data, "application/octet-stream", auth)
            .status,
        400);
    QCOMPARE(m_sandbox->get("/v2/images/" + bare + "/file", m_token).status, 204); // no data yet
}

void TestSandboxGlance::uploadOverCapIs413() {
    const QString id = createQueued("too-big");
    const QByteArray data(1024 * 1024 + 1, 'x');
    const Reply r =
        m_sandbox->request("PUT", "/v2/images/" + id + "/file", data, "application/octet-stream",
                           {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(r.status, 413);
    QVERIFY(r.body.contains("The incoming image is too large"));
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("status").toString(),
             QStringLiteral("queued"));
}

// Glance's unified limits answer a full image quota with 413 in Glance's format, not IMG.0015.
void TestSandboxGlance::quotaIs413() {
    SandboxFixture glance([] {
        sandbox::SandboxOptions options;
        options.flavor = sandbox::Flavor::Glance;
        return options;
    }());
    const QString token = glance.login();
    const QString project = glance.env("OS_PROJECT_ID");
    QCOMPARE(glance.send("POST", "/v2/images", token, QJsonObject{{"name", "fits"}}).status, 201);
    QCOMPARE(glance
                 .admin("PUT", "/_sandbox/quota",
                        QJsonDocument(QJsonObject{{"project_id", project}, {"images", 0}}).toJson())
                 .status,
             204);
    const Reply r =
        glance.request("POST", "/v2/images", R"({"name": "over"})", "application/json",
                       {{"X-Auth-Token", token.toStdString()}, {"Accept", "application/json"}});
    QCOMPARE(r.status, 413);
    QVERIFY2(r.body.contains("image_count_total"), r.body.constData());
    QVERIFY(!r.body.contains("IMG."));
}

void TestSandboxGlance::glanceDirectImport() {
    const QString id = createQueued("imported");
    const httplib::Headers auth{{"X-Auth-Token", m_token.toStdString()}};
    const QByteArray data("staged bytes");
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/images/" + id + "/import", m_token,
                        QJsonObject{{"method", QJsonObject{{"name", "glance-direct"}}}})
                 .status,
             409); // nothing staged
    QCOMPARE(
        m_sandbox
            ->request("PUT", "/v2/images/" + id + "/stage", data, "application/octet-stream", auth)
            .status,
        204);
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("status").toString(),
             QStringLiteral("uploading"));
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/images/" + id + "/import", m_token,
                        QJsonObject{{"method", QJsonObject{{"name", "web-download"}}}})
                 .status,
             400);
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/images/" + id + "/import", m_token,
                        QJsonObject{{"method", QJsonObject{{"name", "glance-direct"}}}})
                 .status,
             202);
    const QJsonObject image = m_sandbox->get("/v2/images/" + id, m_token).json();
    QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(image.value("checksum").toString(),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QCOMPARE(m_sandbox->get("/v2/images/" + id + "/file", m_token).body, data);
}

void TestSandboxGlance::wrongMethodIs405() {
    const QString id = m_sandbox->imageId("db-golden", m_token);
    const Reply r = m_sandbox->request("HEAD", "/v2/images/" + id, {}, "",
                                       {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(r.status, 405);
    QCOMPARE(m_sandbox->send("PUT", "/v2/images", m_token, QJsonObject{}).status, 405);
    QCOMPARE(m_sandbox->get("/v2/nothing/here", m_token).status, 404);
}

void TestSandboxGlance::schemas() {
    for (const char *name : {"image", "images", "member", "members"}) {
        const Reply r =
            m_sandbox->get(QStringLiteral("/v2/schemas/") + QLatin1String(name), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), QString::fromLatin1(name));
    }
    QCOMPARE(m_sandbox->get("/v2/schemas/image", m_token)
                 .json()
                 .value("additionalProperties")
                 .toObject()
                 .value("type")
                 .toString(),
             QStringLiteral("string"));
    QCOMPARE(m_sandbox->request("GET", "/v2/schemas/image").status, 401);
}

// Each row patches one attribute of a fresh queued image natively on both flavours. IMS changes
// only the name, __description and extension attributes (SPEC §6.5) and refuses base ones with
// Glance's 403 for read-only attributes; upstream Glance changes them.
void TestSandboxGlance::nativePatchByFlavour_data() {
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("imsStatus");
    QTest::addColumn<int>("glanceStatus");
    QTest::newRow("min_disk") << "min_disk" << QJsonValue(40) << 403 << 200;
    QTest::newRow("min_ram") << "min_ram" << QJsonValue(1024) << 403 << 200;
    QTest::newRow("max_ram") << "max_ram" << QJsonValue("2048") << 403 << 200;
    QTest::newRow("protected") << "protected" << QJsonValue(true) << 403 << 200;
    QTest::newRow("visibility") << "visibility" << QJsonValue("private") << 403 << 200;
    QTest::newRow("tags") << "tags" << QJsonValue(QJsonArray{"a", "b"}) << 403 << 200;
    QTest::newRow("disk_format") << "disk_format" << QJsonValue("raw") << 403 << 200;
    QTest::newRow("container_format") << "container_format" << QJsonValue("ovf") << 403 << 200;
    QTest::newRow("os_hidden") << "os_hidden" << QJsonValue(true) << 403 << 200;
    QTest::newRow("virtual_env_type") << "virtual_env_type" << QJsonValue("Ironic") << 403 << 200;
    QTest::newRow("size (read-only on both)") << "size" << QJsonValue(1) << 403 << 403;
    QTest::newRow("name") << "name" << QJsonValue("renamed") << 200 << 200;
    QTest::newRow("__description") << "__description" << QJsonValue("about") << 200 << 200;
    QTest::newRow("extension __os_feature") << "__support_xen" << QJsonValue("true") << 200 << 200;
    QTest::newRow("hw_firmware_type") << "hw_firmware_type" << QJsonValue("uefi") << 200 << 200;
    QTest::newRow("custom") << "color" << QJsonValue("blue") << 200 << 200;
}

void TestSandboxGlance::nativePatchByFlavour() {
    QFETCH(QString, attribute);
    QFETCH(QJsonValue, value);
    QFETCH(int, imsStatus);
    QFETCH(int, glanceStatus);
    for (const auto &[fixture, token, status] :
         {std::tuple{m_ims.get(), m_imsToken, imsStatus},
          std::tuple{m_sandbox.get(), m_token, glanceStatus}}) {
        const QJsonObject body{
            {"name", "patch-" + attribute}, {"disk_format", "qcow2"}, {"container_format", "bare"}};
        const QString id =
            fixture->send("POST", "/v2/images", token, body).json().value("id").toString();
        QVERIFY(!id.isEmpty());
        const QJsonValue before = fixture->get("/v2/images/" + id, token).json().value(attribute);
        const QJsonArray patch{
            QJsonObject{{"op", "add"}, {"path", "/" + attribute}, {"value", value}}};
        const Reply r = fixture->send("PATCH", "/v2/images/" + id, token, patch,
                                      "application/openstack-images-v2.1-json-patch");
        QCOMPARE(r.status, status);
        const QJsonValue after = fixture->get("/v2/images/" + id, token).json().value(attribute);
        if (status == 200) {
            QCOMPARE(after, value);
        } else {
            QVERIFY2(r.body.contains("Attribute '" + attribute.toUtf8() + "' is read-only."),
                     r.body.constData());
            QCOMPARE(after, before);
        }
    }
}

void TestSandboxGlance::imsNativePatchIsAtomicAndKeepsTagRoutes() {
    const QString id = m_ims->imageId("web-frontend-2025", m_imsToken);
    QVERIFY(!id.isEmpty());
    const QJsonArray patch{
        QJsonObject{{"op", "replace"}, {"path", "/name"}, {"value", "half-renamed"}},
        QJsonObject{{"op", "replace"}, {"path", "/min_disk"}, {"value", 80}}};
    QCOMPARE(m_ims
                 ->send("PATCH", "/v2/images/" + id, m_imsToken, patch,
                        "application/openstack-images-v2.1-json-patch")
                 .status,
             403);
    const QJsonObject image = m_ims->get("/v2/images/" + id, m_imsToken).json();
    QCOMPARE(image.value("name").toString(), QStringLiteral("web-frontend-2025"));
    QVERIFY(image.value("min_disk").toInt() != 80);
    // Removing a base attribute is refused alike.
    QCOMPARE(m_ims
                 ->send("PATCH", "/v2/images/" + id, m_imsToken,
                        QJsonArray{QJsonObject{{"op", "remove"}, {"path", "/tags"}}},
                        "application/openstack-images-v2.1-json-patch")
                 .status,
             403);
    // Tags change through the native tag routes (SPEC §6.8), which IMS offers.
    QCOMPARE(m_ims->send("PUT", "/v2/images/" + id + "/tags/blue", m_imsToken, {}).status, 204);
    QVERIFY(m_ims->get("/v2/images/" + id, m_imsToken)
                .json()
                .value("tags")
                .toArray()
                .contains(QJsonValue("blue")));
    QCOMPARE(m_ims->send("DELETE", "/v2/images/" + id + "/tags/blue", m_imsToken, {}).status, 204);
}

// IMS keeps visibility out of native PATCH, so its native members route cannot need a shared
// image the way Glance does (membersAndVisibility): a private image takes members and turns
// shared. Public images still take none.
void TestSandboxGlance::imsSharesPrivateImagesNatively() {
    const QString member = m_ims->env("OS_MEMBER_PROJECT_ID");
    const QString id = m_ims
                           ->send("POST", "/v2/images", m_imsToken,
                                  QJsonObject{{"name", "ims-private"}, {"visibility", "private"}})
                           .json()
                           .value("id")
                           .toString();
    QVERIFY(!id.isEmpty());
    const Reply added = m_ims->send("POST", "/v2/images/" + id + "/members", m_imsToken,
                                    QJsonObject{{"member", member}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value("status").toString(), QStringLiteral("pending"));
    QCOMPARE(m_ims->get("/v2/images/" + id, m_imsToken).json().value("visibility").toString(),
             QStringLiteral("shared"));
    const QString publicId = m_ims->imageId("Standard_Debian_12_latest", m_imsToken);
    QCOMPARE(m_ims
                 ->send("POST", "/v2/images/" + publicId + "/members", m_imsToken,
                        QJsonObject{{"member", member}})
                 .status,
             403);
}

// Plain Glance has no IMS extension: its version negotiation answers /v1/… with the version
// list, and a /v2 path no route takes is 401 without a token and 404 with one.
void TestSandboxGlance::glanceFlavourHasNoImsApi_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("glanceStatus");
    QTest::addColumn<int>("imsStatus");
    QTest::newRow("list") << "GET"
                          << "/v2/cloudimages" << true << 404 << 200;
    QTest::newRow("list without token") << "GET"
                                        << "/v2/cloudimages" << false << 401 << 401;
    QTest::newRow("update") << "PATCH"
                            << "/v2/cloudimages/IMAGE" << true << 404 << 200;
    QTest::newRow("create") << "POST"
                            << "/v2/cloudimages/action" << true << 404 << 400;
    QTest::newRow("quota") << "GET"
                           << "/v1/cloudimages/quota" << true << 300 << 200;
    QTest::newRow("job") << "GET"
                         << "/v1/PROJECT/jobs/0123" << true << 300 << 404;
    QTest::newRow("extension tags") << "GET"
                                    << "/v2/PROJECT/images/tags" << true << 404 << 200;
}

void TestSandboxGlance::glanceFlavourHasNoImsApi() {
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(int, glanceStatus);
    QFETCH(int, imsStatus);
    for (const auto &[fixture, token, status] : {std::tuple{m_sandbox.get(), m_token, glanceStatus},
                                                 std::tuple{m_ims.get(), m_imsToken, imsStatus}}) {
        const QString resolved = QString(path)
                                     .replace("IMAGE", fixture->imageId("web-frontend-2025", token))
                                     .replace("PROJECT", fixture->env("OS_PROJECT_ID"));
        const QByteArray body = method == "PATCH"
                                    ? R"([{"op":"replace","path":"/__description","value":"x"}])"
                                : method == "POST" ? "{}"
                                                   : "";
        httplib::Headers headers;
        if (withToken)
            headers.emplace("X-Auth-Token", token.toStdString());
        const Reply r =
            fixture->request(method.toStdString(), resolved, body, "application/json", headers);
        QCOMPARE(r.status, status);
        if (fixture == m_sandbox.get() && status == 404) {
            QVERIFY(r.header("Content-Type").startsWith("text/html")); // Glance's, not APIG's
            QVERIFY(r.body.contains("The resource could not be found."));
        }
        if (fixture == m_sandbox.get() && status == 300)
            QCOMPARE(r.json().value("versions").toArray().first().toObject().value("id"),
                     QJsonValue("v2.15"));
    }
    // The catalog still names the image endpoint.
    const Reply login = m_sandbox->request(
        "POST", "/v3/auth/tokens",
        SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"), m_sandbox->env("OS_PASSWORD"),
                                  m_sandbox->env("OS_PROJECT_NAME")));
    QStringList types;
    for (const QJsonValue &service :
         login.json().value("token").toObject().value("catalog").toArray())
        types << service.toObject().value("type").toString();
    QVERIFY2(types.contains("image"), qPrintable(types.join(',')));
}

// A 404 from the image API (no such image: Glance's body) and one from the API gateway (no such
// API: APIG.0101) look alike by status; the gateway fault makes the second on a native route.
void TestSandboxGlance::deleteNotFoundByApiOrGateway() {
    const QString missing = "/v2/images/00000000-0000-4000-8000-000000000000";
    const httplib::Headers headers{{"X-Auth-Token", m_imsToken.toStdString()},
                                   {"Accept", "application/json"}};
    const Reply byApi = m_ims->request("DELETE", missing, {}, "", headers);
    QCOMPARE(byApi.status, 404);
    QCOMPARE(byApi.json().value("code").toString(), QStringLiteral("404 Not Found"));
    QVERIFY(byApi.json().value("message").toString().startsWith("Failed to find image"));
    QVERIFY(!byApi.json().contains("error_code"));

    const Reply added = m_ims->admin("POST", "/_sandbox/faults",
                                     R"({"spec":"gateway:route=^DELETE /v2/images/,count=1"})");
    QCOMPARE(added.status, 201);
    const Reply byGateway = m_ims->request("DELETE", missing, {}, "", headers);
    QCOMPARE(byGateway.status, 404);
    QCOMPARE(byGateway.json().value("error_code").toString(), QStringLiteral("APIG.0101"));
    QVERIFY(!byGateway.json().value("request_id").toString().isEmpty());
    // count=1: the next one is the image API's again.
    QCOMPARE(m_ims->request("DELETE", missing, {}, "", headers).json().value("code").toString(),
             QStringLiteral("404 Not Found"));
}

// IMS refuses a delete with 400 and an IMS code (SPEC §6.6) where Glance answers 403 (or
// deletes: Glance lets the owner delete an image that is still saving).
void TestSandboxGlance::deleteRefusalsByFlavour_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("imsCode");
    QTest::addColumn<int>("glanceStatus");
    QTest::newRow("protected") << "db-golden"
                               << "IMG.0028" << 403;
    QTest::newRow("public") << "Standard_Debian_12_latest"
                            << "IMG.0094" << 403;
    QTest::newRow("not the owner") << "partner-hardened-base"
                                   << "IMG.0092" << 403;
    QTest::newRow("being created") << "import-in-progress"
                                   << "IMG.0090" << 204;
}

void TestSandboxGlance::deleteRefusalsByFlavour() {
    QFETCH(QString, image);
    QFETCH(QString, imsCode);
    QFETCH(int, glanceStatus);
    for (const sandbox::Flavor flavor : {sandbox::Flavor::Ims, sandbox::Flavor::Glance}) {
        sandbox::SandboxOptions options;
        options.flavor = flavor;
        SandboxFixture fixture(options);
        QVERIFY(fixture.started());
        const QString token = fixture.login();
        const QString id = fixture.imageId(image, token);
        QVERIFY(!id.isEmpty());
        const Reply r = fixture.send("DELETE", "/v2/images/" + id, token, {});
        if (flavor == sandbox::Flavor::Ims) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value("error").toObject().value("code").toString(), imsCode);
            QCOMPARE(fixture.get("/v2/images/" + id, token).status, 200);
        } else {
            QCOMPARE(r.status, glanceStatus);
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxGlance)
#include "tst_sandbox_glance.moc"
