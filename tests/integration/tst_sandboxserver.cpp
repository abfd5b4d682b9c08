#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestSandboxServer final : public QObject {
    Q_OBJECT

private slots:
    void servesVersionDiscoveryOnLoopback();
    void stopsAndFreesThePort();
    void environmentLogsIn();
};

void TestSandboxServer::servesVersionDiscoveryOnLoopback() {
    sandbox::SandboxServer server;
    const quint16 port = server.start(0);
    QVERIFY2(port != 0, qPrintable(server.errorString()));
    QCOMPARE(server.baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(server.baseUrl() + "/")));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 300);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QJsonArray versions = body.value("versions").toArray();
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first().toObject().value("status").toString(), QStringLiteral("CURRENT"));
    reply->deleteLater();
}

void TestSandboxServer::stopsAndFreesThePort() {
    quint16 port = 0;
    {
        sandbox::SandboxServer server;
        port = server.start(0);
        QVERIFY(port != 0);
        server.stop();
    }
    sandbox::SandboxServer again;
    QCOMPARE(again.start(port), port); // the port was released
}

void TestSandboxServer::environmentLogsIn() {
    sandbox::SandboxOptions options;
    options.seed = 7;
    sandbox::SandboxServer server(options);
    QVERIFY(server.start(0) != 0);
    const auto env = server.environment();
    QStringList names;
    QMap<QString, QString> values;
    for (const auto &[name, value] : env) {
        names.append(name);
        values.insert(name, value);
    }
    QCOMPARE(names,
             (QStringList{"OS_AUTH_URL", "OS_IDENTITY_API_VERSION", "OS_INTERFACE", "OS_USERNAME",
                          "OS_PASSWORD", "OS_USER_DOMAIN_NAME", "OS_PROJECT_NAME",
                          "OS_PROJECT_DOMAIN_NAME", "OS_PROJECT_ID", "OS_REGION_NAME",
                          "OS_ACCESS_KEY", "OS_SECRET_KEY", "OS_IMAGE_ENDPOINT", "OS_ECS_ENDPOINT",
                          "OS_MEMBER_USERNAME", "OS_MEMBER_PASSWORD", "OS_MEMBER_PROJECT_NAME",
                          "OS_MEMBER_PROJECT_ID", "IMSDESK_SANDBOX_ADMIN_TOKEN"}));
    QCOMPARE(values["IMSDESK_SANDBOX_ADMIN_TOKEN"], server.adminToken());
    QVERIFY(server.adminToken().size() >= 32);
    QCOMPARE(values["OS_AUTH_URL"], server.baseUrl() + "/v3");
    QCOMPARE(values["OS_IMAGE_ENDPOINT"], server.baseUrl());
    // The same seed gives the same credentials; another seed others.
    sandbox::SandboxServer same(options);
    QVERIFY(same.start(0) != 0);
    QCOMPARE(same.environment()[4].second, values["OS_PASSWORD"]);
    QCOMPARE(same.environment()[8].second, values["OS_PROJECT_ID"]);
    QVERIFY(same.adminToken() != server.adminToken()); // the admin token is new each run
    options.seed = 8;
    sandbox::SandboxServer other(options);
    QVERIFY(other.start(0) != 0);
    QVERIFY(other.environment()[4].second != values["OS_PASSWORD"]);

    // A client logs in with exactly these values and gets a token for OS_PROJECT_ID.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(values["OS_AUTH_URL"] + "/auth/tokens"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = network.post(
        request,
        SandboxFixture::tokenBody(values["OS_USERNAME"], values["OS_PASSWORD"],
                                  values["OS_PROJECT_NAME"], values["OS_USER_DOMAIN_NAME"]));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QVERIFY(!reply->rawHeader("X-Subject-Token").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                 .object()["token"]
                 .toObject()["project"]
                 .toObject()["id"]
                 .toString(),
             values["OS_PROJECT_ID"]);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
