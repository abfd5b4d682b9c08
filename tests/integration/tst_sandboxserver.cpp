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

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
