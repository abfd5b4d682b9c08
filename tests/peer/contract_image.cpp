// Contract scenarios on one image: PATCH, upload and download, tags, protected delete.

#include "nativecontract.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace contract;

namespace {
constexpr char kUnchanged[] = "min_disk"; // the field the rejected patches try to change
}

void NativeContract::patch_data() {
    QTest::addColumn<QByteArray>("mediaType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // the field afterwards; Undefined: absent
    const QByteArray v21 = kPatch21.toByteArray();
    const QByteArray v20 = kPatch20.toByteArray();
    const QJsonValue zero(0);

    QTest::newRow("replace name") << v21
                                  << QByteArray(
                                         R"([{"op":"replace","path":"/name","value":"renamed"}])")
                                  << 200 << "name" << QJsonValue("renamed");
    QTest::newRow("add a property")
        << v21 << QByteArray(R"([{"op":"add","path":"/os_version","value":"12"}])") << 200
        << "os_version" << QJsonValue("12");
    QTest::newRow("add replaces an existing property")
        << v21 << QByteArray(R"([{"op":"add","path":"/os_distro","value":"ubuntu"}])") << 200
        << "os_distro" << QJsonValue("ubuntu");
    QTest::newRow("remove a property")
        << v21 << QByteArray(R"([{"op":"remove","path":"/os_distro"}])") << 200 << "os_distro"
        << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("replace tags as a whole")
        << v21 << QByteArray(R"([{"op":"replace","path":"/tags","value":["t1"]}])") << 200 << "tags"
        << QJsonValue(QJsonArray{"t1"});
    QTest::newRow("v2.0 dialect") << v20 << QByteArray(R"([{"replace":"/min_disk","value":2}])")
                                  << 200 << kUnchanged << QJsonValue(2);

    // Rejected patches: the image is left exactly as it was (the whole patch is atomic).
    const QByteArray setMinDisk = R"({"op":"replace","path":"/min_disk","value":7})";
    QTest::newRow("application/json")
        << QByteArray("application/json") << QByteArray("[" + setMinDisk + "]") << 415 << kUnchanged
        << zero;
    QTest::newRow("remove a missing property")
        << v21 << QByteArray("[" + setMinDisk + R"(,{"op":"remove","path":"/no_such_property"}])")
        << 409 << kUnchanged << zero;
    QTest::newRow("replace a missing property")
        << v21
        << QByteArray("[" + setMinDisk + R"(,{"op":"replace","path":"/no_such","value":"x"}])")
        << 409 << kUnchanged << zero;
    QTest::newRow("read-only size")
        << v21 << QByteArray("[" + setMinDisk + R"(,{"op":"replace","path":"/size","value":5}])")
        << 403 << kUnchanged << zero;
    QTest::newRow("read-only status")
        << v21 << QByteArray(R"([{"op":"replace","path":"/status","value":"active"}])") << 403
        << "status" << QJsonValue("queued");
    QTest::newRow("unknown op") << v21
                                << QByteArray(R"([{"op":"frob","path":"/min_disk","value":7}])")
                                << 400 << kUnchanged << zero;
    QTest::newRow("not a list") << v21 << setMinDisk << 400 << kUnchanged << zero;
    QTest::newRow("append pointer /tags/-")
        << v21 << QByteArray(R"([{"op":"add","path":"/tags/-","value":"x"}])") << 400 << "tags"
        << QJsonValue(QJsonArray{});
}

void NativeContract::patch() {
    QFETCH(QByteArray, mediaType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QString id = createImage({{"os_distro", "debian"}});
    QVERIFY(!id.isEmpty());

    const WireReply reply = m_http->send("PATCH", "/v2/images/" + id, body,
                                         {{"Content-Type", mediaType}}, m_ownerToken);
    EXPECT_STATUS(reply, status);
    int shownStatus = 0;
    const QJsonObject shown = getImage(id, &shownStatus);
    QCOMPARE(shownStatus, 200);
    QCOMPARE(shown[field], value);
    if (status == 200) { // the answer is the whole image, already changed
        QCOMPARE(reply.json()["id"].toString(), id);
        QCOMPARE(reply.json().value(field), value);
    }
}

void NativeContract::uploadAndDownload() {
    const QByteArray data = "hello world";
    const QString id = createImage();
    QVERIFY(!id.isEmpty());
    const WireReply put =
        m_http->send("PUT", "/v2/images/" + id + "/file", data,
                     {{"Content-Type", "application/octet-stream"}}, m_ownerToken);
    EXPECT_STATUS(put, 204);

    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    const QByteArray sha512 = QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex();
    const QJsonObject image = getImage(id);
    QCOMPARE(image["status"].toString(), QStringLiteral("active"));
    QCOMPARE(image["size"].toInteger(), qint64(data.size()));
    QCOMPARE(image["checksum"].toString().toLatin1(), md5);
    QCOMPARE(image["os_hash_algo"].toString(), QStringLiteral("sha512"));
    QCOMPARE(image["os_hash_value"].toString().toLatin1(), sha512);

    const WireReply file = m_http->send("GET", "/v2/images/" + id + "/file", {}, {}, m_ownerToken);
    EXPECT_STATUS(file, 200);
    QCOMPARE(file.body, data);
    QVERIFY(file.header("Content-Type").startsWith("application/octet-stream"));
    QCOMPARE(file.header("Content-MD5"), md5); // hex, not base64 as RFC 1864 has it

    const WireReply range = m_http->send("GET", "/v2/images/" + id + "/file", {},
                                         {{"Range", "bytes=0-4"}}, m_ownerToken);
    EXPECT_STATUS(range, 206);
    QCOMPARE(range.body, QByteArray("hello"));
    QCOMPARE(range.header("Content-Range"), QByteArray("bytes 0-4/11"));

    const WireReply again =
        m_http->send("PUT", "/v2/images/" + id + "/file", data,
                     {{"Content-Type", "application/octet-stream"}}, m_ownerToken);
    EXPECT_STATUS(again, 409); // active -> saving is not allowed
}

void NativeContract::uploadRejected_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("formatsSet");
    QTest::addColumn<int>("status");
    QTest::newRow("application/json") << QByteArray("application/json") << true << 415;
    QTest::newRow("text/plain") << QByteArray("text/plain") << true << 415;
    QTest::newRow("formats not set yet") << QByteArray("application/octet-stream") << false << 400;
}

void NativeContract::uploadRejected() {
    QFETCH(QByteArray, contentType);
    QFETCH(bool, formatsSet);
    QFETCH(int, status);
    const QJsonObject noFormats{{"disk_format", QJsonValue::Null},
                                {"container_format", QJsonValue::Null}};
    const QString id = createImage(formatsSet ? QJsonObject{} : noFormats);
    QVERIFY(!id.isEmpty());
    const WireReply put = m_http->send("PUT", "/v2/images/" + id + "/file", "data",
                                       {{"Content-Type", contentType}}, m_ownerToken);
    EXPECT_STATUS(put, status);
    const QJsonObject image = getImage(id);
    QCOMPARE(image["status"].toString(), QStringLiteral("queued"));
    QVERIFY(image["size"].isNull());
}

void NativeContract::uploadOverSizeCap() {
    bool ok = false;
    const qint64 cap = qEnvironmentVariable("IMSDESK_PEER_SIZE_CAP").toLongLong(&ok);
    if (!ok || cap <= 0 || cap > 256 * 1024 * 1024)
        QSKIP(
            "IMSDESK_PEER_SIZE_CAP does not give the server's image_size_cap (bytes, <= 256 MiB)");
    const QString id = createImage();
    QVERIFY(!id.isEmpty());
    const WireReply put =
        m_http->send("PUT", "/v2/images/" + id + "/file", QByteArray(qsizetype(cap + 1), 'x'),
                     {{"Content-Type", "application/octet-stream"}}, m_ownerToken);
    EXPECT_STATUS(put, 413);
    const QJsonObject image = getImage(id); // back to queued, nothing stored
    QCOMPARE(image["status"].toString(), QStringLiteral("queued"));
    QVERIFY(image["size"].isNull());
}

void NativeContract::tags() {
    const QString id = createImage();
    QVERIFY(!id.isEmpty());
    const QString tag = "/v2/images/" + id + "/tags/" + uniqueTag("tag");
    EXPECT_STATUS(m_http->send("PUT", tag, {}, {}, m_ownerToken), 204);
    EXPECT_STATUS(m_http->send("PUT", tag, {}, {}, m_ownerToken), 204); // idempotent
    QCOMPARE(getImage(id)["tags"].toArray(), QJsonArray{uniqueTag("tag")});
    EXPECT_STATUS(m_http->send("DELETE", tag, {}, {}, m_ownerToken), 204);
    QCOMPARE(getImage(id)["tags"].toArray(), QJsonArray{});
    EXPECT_STATUS(m_http->send("DELETE", tag, {}, {}, m_ownerToken), 404);
}

void NativeContract::protectedImageDelete() {
    const QString id = createImage({{"protected", true}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(getImage(id)["protected"], QJsonValue(true));
    const QString path = "/v2/images/" + id;

    EXPECT_STATUS(m_http->send("DELETE", path, {}, {}, m_ownerToken), 403);
    int status = 0;
    getImage(id, &status);
    QCOMPARE(status, 200); // still there

    const WireReply unprotect = m_http->sendJson(
        "PATCH", path, parseArray(R"([{"op":"replace","path":"/protected","value":false}])"),
        m_ownerToken, kPatch21.toByteArray());
    EXPECT_STATUS(unprotect, 200);
    QCOMPARE(unprotect.json()["protected"], QJsonValue(false));
    EXPECT_STATUS(m_http->send("DELETE", path, {}, {}, m_ownerToken), 204);
    getImage(id, &status);
    QCOMPARE(status, 404);
    EXPECT_STATUS(m_http->send("DELETE", path, {}, {}, m_ownerToken), 404);
}
