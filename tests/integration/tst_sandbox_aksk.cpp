// The sandbox's SDK-HMAC-SHA256 verifier: the published vectors (tests/data/ims-api), then
// signed requests over loopback HTTP, including the failures the gateway answers with APIG.0301.
#include "aksk.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QUrl>

class TestSandboxAksk final : public QObject {
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void signedRequests_data();
    void signedRequests();
    void parsesAuthorization();
};

void TestSandboxAksk::vectors_data() {
    QFile file(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/aksk_signing_vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v :
         QJsonDocument::fromJson(file.readAll()).object().value("vectors").toArray())
        QTest::newRow(qPrintable(v.toObject().value("name").toString())) << v.toObject();
}

void TestSandboxAksk::vectors() {
    QFETCH(QJsonObject, vector);
    const QUrl url(vector.value("url").toString());
    QMap<QString, QString> headers;
    const QJsonObject input = vector.value("signed_headers_input").toObject();
    for (auto it = input.begin(); it != input.end(); ++it)
        headers.insert(it.key().toLower(), it.value().toString());
    const QByteArray canonical = sandbox::aksk::canonicalRequest(
        vector.value("method").toString(), url.path(QUrl::FullyEncoded),
        url.query(QUrl::FullyEncoded), headers, headers.keys(),
        sandbox::aksk::sha256Hex(vector.value("body_utf8").toString().toUtf8()));
    QCOMPARE(QString::fromUtf8(canonical), vector.value("canonical_request").toString());
    const QString toSign = sandbox::aksk::stringToSign(headers.value("x-sdk-date"), canonical);
    QCOMPARE(toSign, vector.value("string_to_sign").toString());
    const auto parsed = sandbox::aksk::parseAuthorization(vector.value("authorization").toString());
    QVERIFY(parsed);
    QCOMPARE(parsed->access, vector.value("ak").toString());
    QCOMPARE(sandbox::aksk::signature(vector.value("sk").toString(), toSign), parsed->signature);
}

void TestSandboxAksk::parsesAuthorization() {
    QVERIFY(!sandbox::aksk::parseAuthorization("Bearer x"));
    QVERIFY(!sandbox::aksk::parseAuthorization("SDK-HMAC-SHA256 Access=a, Signature=00"));
    const auto ok = sandbox::aksk::parseAuthorization(
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;X-Sdk-Date, Signature=ABCDEF");
    QVERIFY(ok);
    QCOMPARE(ok->signedHeaders, (QStringList{"host", "x-sdk-date"}));
    QCOMPARE(ok->signature, QStringLiteral("abcdef"));
}

void TestSandboxAksk::signedRequests_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("tamper"); // what goes wrong, or empty
    QTest::addColumn<int>("status");
    QTest::newRow("list") << "GET"
                          << "/v2/cloudimages?__imagetype=gold&sort_key=name&limit=1"
                          << QByteArray() << "" << 200;
    QTest::newRow("encoded query")
        << "GET"
        << "/v2/cloudimages?name=Standard%20Ubuntu&limit=2" << QByteArray() << "" << 200;
    QTest::newRow("projects") << "GET"
                              << "/v3/projects?name=eu-de" << QByteArray() << "" << 200;
    QTest::newRow("post body") << "POST"
                               << "/v2/images" << QByteArray(R"({"name":"signed"})") << "" << 201;
    QTest::newRow("unsigned payload")
        << "POST"
        << "/v2/images" << QByteArray(R"({"name":"signed2"})") << "unsigned" << 201;
    QTest::newRow("body changed") << "POST"
                                  << "/v2/images" << QByteArray(R"({"name":"x"})") << "body" << 401;
    QTest::newRow("wrong secret") << "GET"
                                  << "/v2/cloudimages" << QByteArray() << "secret" << 401;
    QTest::newRow("unknown key") << "GET"
                                 << "/v2/cloudimages" << QByteArray() << "ak" << 401;
    QTest::newRow("skew 16 min") << "GET"
                                 << "/v2/cloudimages" << QByteArray() << "skew" << 401;
    QTest::newRow("query changed") << "GET"
                                   << "/v2/cloudimages?limit=1" << QByteArray() << "query" << 401;
    QTest::newRow("foreign project") << "GET"
                                     << "/v2/cloudimages" << QByteArray() << "project" << 401;
}

void TestSandboxAksk::signedRequests() {
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, tamper);
    QFETCH(int, status);
    SandboxFixture sandbox;
    const QString ak =
        tamper == "ak" ? QStringLiteral("AKUNKNOWNUNKNOWN0000") : sandbox.env("OS_ACCESS_KEY");
    const QString sk = tamper == "secret" ? QStringLiteral("wrong") : sandbox.env("OS_SECRET_KEY");
    const qint64 when = sandbox.now() + (tamper == "skew" ? 16 * 60 * 1000 : 0);
    const QString date =
        QDateTime::fromMSecsSinceEpoch(when, Qt::UTC).toString("yyyyMMdd'T'HHmmss'Z'");
    const QString host = QStringLiteral("127.0.0.1:%1").arg(sandbox.port());
    QMap<QString, QString> headers{{"host", host},
                                   {"x-sdk-date", date},
                                   {"content-type", "application/json"},
                                   {"x-project-id", tamper == "project"
                                                        ? sandbox.env("OS_MEMBER_PROJECT_ID")
                                                        : sandbox.env("OS_PROJECT_ID")}};
    if (method == "GET")
        headers.remove("content-type"); // only what is sent can be signed
    if (tamper == "unsigned")
        headers.insert("x-sdk-content-sha256", "UNSIGNED-PAYLOAD");
    const qsizetype q = target.indexOf('?');
    const QByteArray payloadHash =
        tamper == "unsigned" ? QByteArray("UNSIGNED-PAYLOAD") : sandbox::aksk::sha256Hex(body);
    const QByteArray canonical = sandbox::aksk::canonicalRequest(
        method, target.left(q), q < 0 ? QString() : target.mid(q + 1), headers, headers.keys(),
        payloadHash);
    const QString signature =
        sandbox::aksk::signature(sk, sandbox::aksk::stringToSign(date, canonical));
    httplib::Headers sent{
        {"X-Sdk-Date", date.toStdString()},
        {"X-Project-Id", headers.value("x-project-id").toStdString()},
        {"Authorization",
         QStringLiteral("SDK-HMAC-SHA256 Access=%1, SignedHeaders=%2, Signature=%3")
             .arg(ak, headers.keys().join(';'), signature)
             .toStdString()}};
    if (tamper == "unsigned")
        sent.emplace("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
    const QString sentTarget = tamper == "query" ? target + "0" : target;
    const QByteArray sentBody = tamper == "body" ? body + " " : body;
    const Reply r =
        sandbox.request(method.toStdString(), sentTarget, sentBody, "application/json", sent);
    QCOMPARE(r.status, status);
    if (status == 401 && target.startsWith("/v2/cloudimages")) {
        QCOMPARE(r.json().value("error_code").toString(), QStringLiteral("APIG.0301"));
        QVERIFY(r.json().value("error_msg").toString().contains("verify aksk signature fail"));
    }
}

QTEST_GUILESS_MAIN(TestSandboxAksk)
#include "tst_sandbox_aksk.moc"
