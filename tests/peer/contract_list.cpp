// Contract scenarios: creating images, listing with paging and filters, unknown images.

#include "nativecontract.h"

#include <QJsonDocument>
#include <QUuid>

using namespace contract;

void NativeContract::create() {
    const QString tagA = uniqueTag("create-a");
    const QString tagB = uniqueTag("create-b");
    const WireReply reply = m_http->sendJson("POST", "/v2/images",
                                             QJsonObject{{"name", m_run + "-create"},
                                                         {"disk_format", "qcow2"},
                                                         {"container_format", "bare"},
                                                         {"min_ram", 512},
                                                         {"tags", QJsonArray{tagA, tagB}},
                                                         {"os_distro", "debian"}},
                                             m_ownerToken);
    EXPECT_STATUS(reply, 201);
    const QJsonObject image = reply.json();
    const QString id = image["id"].toString();
    m_created << id;
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));

    const QUrl location(QString::fromUtf8(reply.header("Location")));
    QVERIFY2(!location.isRelative() && location.path().endsWith("/v2/images/" + id),
             reply.header("Location").constData());
    QVERIFY(reply.header("OpenStack-image-import-methods").contains("glance-direct"));

    QCOMPARE(image["status"].toString(), QStringLiteral("queued"));
    QCOMPARE(image["visibility"].toString(), QStringLiteral("shared")); // the default since Ocata
    QCOMPARE(image["owner"].toString(), m_owner.projectId);
    for (const char *field : {"size", "virtual_size", "checksum", "os_hash_algo", "os_hash_value"})
        QVERIFY2(image[field].isNull(), field); // present, and null until an upload
    QCOMPARE(image["min_ram"].toInt(), 512);
    QCOMPARE(image["min_disk"].toInt(-1), 0);
    QCOMPARE(image["protected"], QJsonValue(false));
    QCOMPARE(image["os_hidden"], QJsonValue(false));
    QCOMPARE(image["os_distro"].toString(), QStringLiteral("debian")); // extras at the top level
    QStringList tags;
    for (const QJsonValue &tag : image["tags"].toArray())
        tags << tag.toString();
    QCOMPARE(toSet(tags), (QSet<QString>{tagA, tagB}));     // a set: the order is arbitrary
    QCOMPARE(image["self"].toString(), "/v2/images/" + id); // links are relative
    QCOMPARE(image["file"].toString(), "/v2/images/" + id + "/file");
    QCOMPARE(image["schema"].toString(), QStringLiteral("/v2/schemas/image"));

    int status = 0;
    const QJsonObject shown = getImage(id, &status);
    QCOMPARE(status, 200);
    QCOMPARE(shown["id"].toString(), id);
    QCOMPARE(shown["name"].toString(), m_run + "-create");
}

void NativeContract::createRejected_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed JSON") << QByteArray(R"({"name": )") << 400;
    QTest::newRow("unknown disk_format")
        << QByteArray(R"({"name":"x","disk_format":"nope","container_format":"bare"})") << 400;
    QTest::newRow("read-only status") << QByteArray(R"({"name":"x","status":"active"})") << 403;
    QTest::newRow("read-only size") << QByteArray(R"({"name":"x","size":5})") << 403;
    QTest::newRow("extra property not a string")
        << QByteArray(R"({"name":"x","os_distro":5})") << 400;
    QTest::newRow("public by a non-admin")
        << QByteArray(R"({"name":"x","visibility":"public"})") << 403;
}

void NativeContract::createRejected() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const WireReply reply = m_http->send("POST", "/v2/images", body,
                                         {{"Content-Type", "application/json"}}, m_ownerToken);
    if (reply.status == 201) // accepted by mistake: still clean it up
        m_created << reply.json()["id"].toString();
    EXPECT_STATUS(reply, status);
}

void NativeContract::listPaging_data() {
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("pageSizes");
    // `next` appears whenever a page is full, so an exactly full last page is followed by an
    // empty one; a partial page ends the list.
    QTest::newRow("limit 1") << 1 << QList<int>{1, 1, 1, 0};
    QTest::newRow("limit 2: partial last page") << 2 << QList<int>{2, 1};
    QTest::newRow("limit 3: exactly full last page") << 3 << QList<int>{3, 0};
    QTest::newRow("limit 4: one partial page") << 4 << QList<int>{3};
}

void NativeContract::listPaging() {
    QFETCH(int, limit);
    QFETCH(QList<int>, pageSizes);
    const QString first =
        QStringLiteral("/v2/images?tag=%1&limit=%2").arg(uniqueTag("list")).arg(limit);

    const WireReply firstPage = m_http->send("GET", first, {}, {}, m_ownerToken);
    EXPECT_STATUS(firstPage, 200);
    const QJsonObject body = firstPage.json();
    QVERIFY(body["images"].isArray());
    QVERIFY2(body["first"].toString().startsWith("/v2/images?"),
             qPrintable(body["first"].toString()));
    QCOMPARE(body["schema"].toString(), QStringLiteral("/v2/schemas/images"));

    const QList<QStringList> pages = followPages(first, m_ownerToken);
    QList<int> sizes;
    QStringList all;
    for (const QStringList &page : pages) {
        sizes << int(page.size());
        all << page;
    }
    QCOMPARE(sizes, pageSizes);
    QCOMPARE(all.size(), toSet(all).size()); // no image twice
    QCOMPARE(toSet(all), toSet(m_fixture.values()));
}

void NativeContract::listFilters_data() {
    // %L the fixture's tag, %X gamma's extra tag, %R this run's name prefix, %P the project id,
    // %A alpha's id
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // fixture keys
    QTest::addColumn<bool>("ordered");
    const QStringList all{"alpha", "beta", "gamma"};
    QTest::newRow("tag") << "tag=%L" << all << false;
    QTest::newRow("two tags: both required") << "tag=%L&tag=%X" << QStringList{"gamma"} << false;
    QTest::newRow("name") << "name=%R-alpha" << QStringList{"alpha"} << false;
    QTest::newRow("status active") << "tag=%L&status=active" << QStringList{"beta"} << false;
    QTest::newRow("status queued")
        << "tag=%L&status=queued" << QStringList{"alpha", "gamma"} << false;
    QTest::newRow("visibility private")
        << "tag=%L&visibility=private" << QStringList{"gamma"} << false;
    QTest::newRow("visibility shared")
        << "tag=%L&visibility=shared" << QStringList{"alpha", "beta"} << false;
    QTest::newRow("owner") << "tag=%L&owner=%P" << all << false;
    QTest::newRow("sort_key name asc") << "tag=%L&sort_key=name&sort_dir=asc" << all << true;
    QTest::newRow("marker: after alpha by name")
        << "tag=%L&sort_key=name&sort_dir=asc&marker=%A" << QStringList{"beta", "gamma"} << true;
    QTest::newRow("marker and limit")
        << "tag=%L&sort=name:asc&limit=1&marker=%A" << QStringList{"beta"} << true;
    QTest::newRow("sort name:desc")
        << "tag=%L&sort=name:desc" << QStringList{"gamma", "beta", "alpha"} << true;
}

void NativeContract::listFilters() {
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(bool, ordered);
    query.replace("%L", uniqueTag("list"))
        .replace("%X", uniqueTag("extra"))
        .replace("%R", m_run)
        .replace("%P", m_owner.projectId)
        .replace("%A", m_fixture.value("alpha"));
    const WireReply reply = m_http->send("GET", "/v2/images?" + query, {}, {}, m_ownerToken);
    EXPECT_STATUS(reply, 200);
    const QStringList ids = imageIds(reply.json());
    QStringList wanted;
    for (const QString &key : std::as_const(expected))
        wanted << m_fixture.value(key);
    if (ordered)
        QCOMPARE(ids, wanted);
    else
        QCOMPARE(toSet(ids), toSet(wanted));
}

void NativeContract::listRejected_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("negative limit") << "limit=-1";
    QTest::newRow("limit not a number") << "limit=abc";
    QTest::newRow("unknown marker")
        << "marker=" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("unknown sort_key") << "sort_key=no_such_key";
    QTest::newRow("bad visibility") << "visibility=bogus";
}

void NativeContract::listRejected() {
    QFETCH(QString, query);
    const WireReply reply = m_http->send("GET", "/v2/images?" + query, {}, {}, m_ownerToken);
    EXPECT_STATUS(reply, 400); // an unknown marker too: 400, not 404
}

void NativeContract::showUnknown_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    const QString missing = "/v2/images/" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("show") << QByteArray("GET") << missing;
    QTest::newRow("show, not a uuid") << QByteArray("GET") << QStringLiteral("/v2/images/nope");
    QTest::newRow("download") << QByteArray("GET") << missing + "/file";
    QTest::newRow("delete") << QByteArray("DELETE") << missing;
    QTest::newRow("add tag") << QByteArray("PUT") << missing + "/tags/x";
}

void NativeContract::showUnknown() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const WireReply html = m_http->send(verb, path, {}, {}, m_ownerToken);
    EXPECT_STATUS(html, 404);
    QVERIFY(html.header("X-Openstack-Request-Id").startsWith("req-")); // what support asks for
    // With Accept: application/json the error is webob's JSON: {"message","code","title"}.
    const WireReply json =
        m_http->send(verb, path, {}, {{"Accept", "application/json"}}, m_ownerToken);
    EXPECT_STATUS(json, 404);
    QVERIFY2(json.isJsonObject(), json.body.constData());
    QVERIFY2(json.json()["code"].toString().startsWith("404"), json.body.constData());
    QVERIFY(!json.json()["message"].toString().isEmpty());
}
