// Bad input of every kind on every route answers a 4xx (or a success), never a 5xx or a crash,
// and an upload that breaks off leaves nothing behind.
#include "sandboxfixture.h"

#include <QFile>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class TestSandboxRobustness final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badBodies_data();
    void badBodies();
    void interruptedUpload();
    void largeUploadKeepsMemoryFlat();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_token;
};

void TestSandboxRobustness::initTestCase() {
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->started());
    m_token = m_sandbox->login();
}

void TestSandboxRobustness::badBodies_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    const QString image = QStringLiteral("IMAGE");
    const QStringList routes = {"POST /v3/auth/tokens",
                                "POST /v2/images",
                                "PATCH /v2/images/IMAGE",
                                "POST /v2/images/IMAGE/members",
                                "PUT /v2/images/IMAGE/members/PROJECT",
                                "PATCH /v2/cloudimages/IMAGE",
                                "POST /v2/cloudimages/action",
                                "POST /v2/cloudimages/quickimport/action",
                                "POST /v1/cloudimages/dataimages/action",
                                "POST /v1/cloudimages/wholeimages/action",
                                "PUT /v1/cloudimages/IMAGE/upload",
                                "POST /v1/cloudimages/IMAGE/file",
                                "POST /v1/cloudimages/members",
                                "PUT /v1/cloudimages/members",
                                "DELETE /v1/cloudimages/members",
                                "POST /v1/cloudimages/IMAGE/copy",
                                "POST /v1/cloudimages/IMAGE/cross_region_copy",
                                "POST /v2/PROJECT/images/IMAGE/tags",
                                "POST /v2/PROJECT/images/IMAGE/tags/action",
                                "POST /v2/PROJECT/images/resource_instances/action",
                                "PUT /v1/cloudimages/tags",
                                "POST /v1/PROJECT/cloudservers/action",
                                "POST /_sandbox/faults",
                                "PUT /_sandbox/quota"};
    for (const QString &route : routes) {
        const QStringList parts = route.split(' ');
        QTest::newRow(qPrintable(route)) << parts[0] << parts[1];
    }
}

void TestSandboxRobustness::badBodies() {
    QFETCH(QString, method);
    QFETCH(QString, path);
    const QString id = m_sandbox->imageId("web-frontend-2025", m_token);
    path.replace("IMAGE", id).replace("PROJECT", m_sandbox->env("OS_PROJECT_ID"));
    const QList<QByteArray> bodies = {
        "",
        "{",
        "[]",
        "null",
        "\"text\"",
        "12345678901234567890",
        R"({"name": 5, "images": "x", "projects": {}, "tags": "x", "image_tags": [1], "member": [], "status": 7})",
        R"({"name": "ok", "instance_id": {}, "image_url": [], "min_disk": "x", "data_images": [null, 3]})",
        R"([{"op": 1, "path": null}, null, "x"])",
        R"({"auth": {"identity": {"methods": "password", "password": {"user": []}}, "scope": "x"}})",
        R"({"os-stop": {"servers": [1, {"id": []}]}, "tag": "x", "action": "filter", "limit": "-1"})",
        QByteArray(70000, '['),
        "\xff\xfe\x00garbage",
    };
    for (const QByteArray &body : bodies) {
        // The admin token too, so that the admin routes read the body rather than refuse it.
        const Reply r =
            m_sandbox->request(method.toStdString(), path, body, "application/json",
                               {{"X-Auth-Token", m_token.toStdString()},
                                {"X-Sandbox-Admin-Token",
                                 m_sandbox->env("IMSDESK_SANDBOX_ADMIN_TOKEN").toStdString()}});
        QVERIFY2(r.status >= 200 && r.status < 500,
                 qPrintable(QStringLiteral("%1 %2 with %3 → %4")
                                .arg(method, path, QString::fromLatin1(body.left(40)))
                                .arg(r.status)));
    }
    QCOMPARE(m_sandbox->request("GET", "/").status, 300); // still serving
}

void TestSandboxRobustness::interruptedUpload() {
    const QString id =
        m_sandbox
            ->send(
                "POST", "/v2/images", m_token,
                QJsonObject{{"name", "cut"}, {"disk_format", "raw"}, {"container_format", "bare"}})
            .json()
            .value("id")
            .toString();
    // Promise 1 MB, send a few bytes, hang up.
    const int fd = m_sandbox->connectRaw();
    QVERIFY(fd >= 0);
    const QByteArray request =
        "PUT /v2/images/" + id.toLatin1() +
        "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token.toLatin1() +
        "\r\nContent-Type: application/octet-stream\r\nContent-Length: 1048576\r\n\r\npartial";
    QCOMPARE(::write(fd, request.constData(), size_t(request.size())), ssize_t(request.size()));
    QTest::qWait(100);
    ::close(fd);
    // The server notices, and the image is queued again with no data.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox->get("/v2/images/" + id, m_token).json().value("status").toString(),
        QStringLiteral("queued"), 5000);
    QVERIFY(m_sandbox->get("/v2/images/" + id, m_token).json().value("size").isNull());
    QCOMPARE(m_sandbox->get("/v2/images/" + id + "/file", m_token).status, 204);
}

namespace {
// Peak resident memory of this process (the sandbox runs in it), in KiB.
long peakRssKib() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
} // namespace

void TestSandboxRobustness::largeUploadKeepsMemoryFlat() {
    const QString id =
        m_sandbox
            ->send(
                "POST", "/v2/images", m_token,
                QJsonObject{{"name", "big"}, {"disk_format", "raw"}, {"container_format", "bare"}})
            .json()
            .value("id")
            .toString();
    const long before = peakRssKib();
    constexpr size_t kSize = 128u * 1024 * 1024;
    constexpr size_t kChunk = 1024 * 1024;
    const std::string chunk(kChunk, 'z');
    httplib::Client client("127.0.0.1", m_sandbox->port());
    client.set_write_timeout(60, 0);
    client.set_read_timeout(60, 0);
    // Streamed from a content provider, so neither side holds the whole image.
    auto result =
        client.Put(("/v2/images/" + id + "/file").toStdString(),
                   {{"X-Auth-Token", m_token.toStdString()}}, kSize,
                   [&](size_t offset, size_t length, httplib::DataSink &sink) {
                       sink.write(chunk.data(), std::min({length, kChunk, kSize - offset}));
                       return true;
                   },
                   "application/octet-stream");
    QVERIFY(result);
    QCOMPARE(result->status, 204);
    const long grown = peakRssKib() - before;
    QVERIFY2(grown < 40 * 1024,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB for a 128 MiB upload").arg(grown)));
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("size").toInteger(),
             qint64(kSize));
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
