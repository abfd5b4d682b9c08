#include "apierror.h"

#include <QFile>
#include <QTest>

using ims::ApiError;

class TestApiError final : public QObject {
    Q_OBJECT

private slots:
    void decodesEveryBodyFormat_data();
    void decodesEveryBodyFormat();
    void retriableStatuses_data();
    void retriableStatuses();
    void describeNamesCodeMessageAndRequest();
    void describeNonHttpErrors();
};

static QByteArray example(const char *name) {
    QFile file(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

void TestApiError::decodesEveryBodyFormat_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("IMS") << 400 << example("error_ims_400.json") << "IMG.0024"
                         << "The imagetype is invalid."
                         << "";
    QTest::newRow("IMS quota") << 400 << example("error_ims_quota_400.json") << "IMG.0015"
                               << "The number of private images has reached the maximum allowed."
                               << "";
    QTest::newRow("gateway")
        << 401 << example("error_apig_401.json") << "APIG.0301"
        << "Incorrect IAM authentication information: verify aksk signature fail"
        << "c1a4f1f9d2e44a8b9f0e6d7c5b4a3921";
    QTest::newRow("IAM token") << 401 << example("error_iam_token_401.json") << "401"
                               << "The username or password is wrong."
                               << "";
    QTest::newRow("Glance JSON")
        << 404
        << QByteArray(R"({"message": "No image found with ID 42<br /><br />\n\n\n", )"
                      R"("code": "404 Not Found", "title": "Not Found"})")
        << "404 Not Found"
        << "No image found with ID 42"
        << "";
    QTest::newRow("Glance HTML")
        << 404
        << QByteArray("<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  "
                      "<h1>404 Not Found</h1>\n  No image found with ID 0000<br /><br />\n\n\n\n "
                      "</body>\n</html>")
        << "404 Not Found"
        << "No image found with ID 0000"
        << "";
    QTest::newRow("plain text") << 502 << QByteArray("Bad Gateway\n") << "502"
                                << "Bad Gateway"
                                << "";
    QTest::newRow("empty") << 503 << QByteArray() << "503"
                           << ""
                           << "";
    QTest::newRow("truncated JSON") << 500 << QByteArray(R"({"error": {"code": "IMG.)") << "500"
                                    << R"({"error": {"code": "IMG.)"
                                    << "";
    QTest::newRow("JSON array") << 400 << QByteArray("[1,2]") << "400"
                                << "[1,2]"
                                << "";
    QTest::newRow("error is a string") << 400 << QByteArray(R"({"error": "bad thing"})") << "400"
                                       << "bad thing"
                                       << "";
    QTest::newRow("wrong types") << 400
                                 << QByteArray(R"({"error": {"code": [1], "message": {"a": 1}}})")
                                 << "400"
                                 << ""
                                 << "";
}

void TestApiError::decodesEveryBodyFormat() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);

    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
}

void TestApiError::retriableStatuses_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retriable");
    for (int status : {429, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {400, 401, 403, 404, 409, 413, 500, 501})
        QTest::addRow("%d", status) << status << false;
}

void TestApiError::retriableStatuses() {
    QFETCH(int, status);
    QFETCH(bool, retriable);
    QCOMPARE(ApiError::fromHttp(status, {}).retriable, retriable);
}

void TestApiError::describeNamesCodeMessageAndRequest() {
    const ApiError quota = ApiError::fromHttp(400, example("error_ims_quota_400.json"), "req-7");
    const QString text = ims::describe(quota);
    QVERIFY2(text.contains(QLatin1String("quota")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("IMG.0015")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("maximum allowed")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("(request req-7)")), qPrintable(text));

    const QString denied = ims::describe(ApiError::fromHttp(401, example("error_apig_401.json")));
    QVERIFY2(denied.contains(QLatin1String("credentials")), qPrintable(denied));
    QVERIFY2(denied.contains(QLatin1String("c1a4f1f9d2e44a8b9f0e6d7c5b4a3921")),
             qPrintable(denied));
}

void TestApiError::describeNonHttpErrors() {
    QVERIFY(ims::describe(ApiError::network(QStringLiteral("Connection refused")))
                .contains(QLatin1String("could not be reached (Connection refused)")));
    QVERIFY(ims::describe(ApiError::timeout(30000)).contains(QLatin1String("30 s")));
    QCOMPARE(ims::describe(ApiError::cancelled()), QStringLiteral("The request was cancelled."));
    QVERIFY(ApiError::timeout(1000).retriable);
    QVERIFY(!ApiError::cancelled().retriable);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
