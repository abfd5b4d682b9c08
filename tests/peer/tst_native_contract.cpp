// The native-API contract: what a Keystone v3 + Glance v2 server answers on the wire, as
// recorded in shared/peers/openstack.md. The same suite runs against real Keystone + Glance
// (with-peer-env.sh) and against imsdesk-sandbox (with-sandbox-env.sh), so the sandbox cannot
// drift from the real servers unnoticed. Everything it needs comes from the OS_* environment.

#include "nativecontract.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace contract;

QJsonArray contract::parseArray(const char *json) {
    return QJsonDocument::fromJson(json).array();
}

namespace {
QString env(const char *name) {
    return qEnvironmentVariable(name);
}
} // namespace

// ---- helpers -------------------------------------------------------------------------------

QString NativeContract::createImage(const QJsonObject &extra, const QByteArray &token) {
    QJsonObject body{
        {"name", m_run + "-image"}, {"disk_format", "raw"}, {"container_format", "bare"}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const WireReply reply =
        m_http->sendJson("POST", "/v2/images", body, token.isEmpty() ? m_ownerToken : token);
    if (reply.status != 201) {
        qWarning("create failed: %s", qPrintable(reply.describe()));
        return {};
    }
    const QString id = reply.json().value("id").toString();
    m_created << id;
    return id;
}

void NativeContract::deleteImage(const QString &id) {
    WireReply reply = m_http->send("DELETE", "/v2/images/" + id, {}, {}, m_ownerToken);
    if (reply.status == 403) { // protected: unprotect, then delete
        m_http->sendJson("PATCH", "/v2/images/" + id,
                         parseArray(R"([{"op":"replace","path":"/protected","value":false}])"),
                         m_ownerToken, kPatch21.toByteArray());
        reply = m_http->send("DELETE", "/v2/images/" + id, {}, {}, m_ownerToken);
    }
    if (reply.status != 204 && reply.status != 404)
        qWarning("could not delete image %s: %s", qPrintable(id), qPrintable(reply.describe()));
}

bool NativeContract::upload(const QString &id, const QByteArray &data) {
    const WireReply reply =
        m_http->send("PUT", "/v2/images/" + id + "/file", data,
                     {{"Content-Type", "application/octet-stream"}}, m_ownerToken);
    if (reply.status != 204)
        qWarning("upload failed: %s", qPrintable(reply.describe()));
    return reply.status == 204;
}

QJsonObject NativeContract::getImage(const QString &id, int *status) {
    const WireReply reply = m_http->send("GET", "/v2/images/" + id, {}, {}, m_ownerToken);
    if (status)
        *status = reply.status;
    return reply.json();
}

// Follows `next` from firstPath; returns the ids of every page, the empty last page included.
QList<QStringList> NativeContract::followPages(const QString &firstPath, const QByteArray &token) {
    QList<QStringList> pages;
    QString path = firstPath;
    while (!path.isEmpty() && pages.size() < 20) {
        const WireReply reply = m_http->send("GET", path, {}, {}, token);
        if (reply.status != 200) {
            qWarning("page %s: %s", qPrintable(path), qPrintable(reply.describe()));
            return {};
        }
        const QJsonObject body = reply.json();
        pages << imageIds(body);
        path = body.value("next").toString();
        if (!path.isEmpty() && !path.startsWith("/v2/images?")) {
            qWarning("next is not a relative /v2/images link: %s", qPrintable(path));
            return {};
        }
    }
    return pages;
}

// ---- suite set-up --------------------------------------------------------------------------

void NativeContract::initTestCase() {
    const char *required[] = {
        "OS_AUTH_URL",         "OS_USERNAME",         "OS_PASSWORD",
        "OS_PROJECT_NAME",     "OS_USER_DOMAIN_NAME", "OS_IMAGE_ENDPOINT",
        "OS_MEMBER_USERNAME",  "OS_MEMBER_PASSWORD",  "OS_MEMBER_PROJECT_NAME",
        "OS_MEMBER_PROJECT_ID"};
    for (const char *name : required)
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run under with-peer-env.sh or "
                                           "with-sandbox-env.sh")
                                .arg(name)));
    const QString projectDomain = env("OS_PROJECT_DOMAIN_NAME").isEmpty()
                                      ? env("OS_USER_DOMAIN_NAME")
                                      : env("OS_PROJECT_DOMAIN_NAME");
    m_owner = {env("OS_USERNAME"),   env("OS_PASSWORD"),         env("OS_PROJECT_NAME"),
               env("OS_PROJECT_ID"), env("OS_USER_DOMAIN_NAME"), projectDomain};
    m_member = {env("OS_MEMBER_USERNAME"),     env("OS_MEMBER_PASSWORD"),
                env("OS_MEMBER_PROJECT_NAME"), env("OS_MEMBER_PROJECT_ID"),
                env("OS_USER_DOMAIN_NAME"),    projectDomain};
    m_http = std::make_unique<WireClient>(QUrl(env("OS_AUTH_URL")), QUrl(env("OS_IMAGE_ENDPOINT")));
    m_run = QStringLiteral("contract-%1")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));

    const Token owner = m_http->issueToken(m_owner);
    EXPECT_STATUS(owner.reply, 201);
    m_ownerToken = owner.value;
    const Token member = m_http->issueToken(m_member);
    EXPECT_STATUS(member.reply, 201);
    m_memberToken = member.value;
    if (m_owner.projectId.isEmpty())
        m_owner.projectId = owner.body["token"]["project"]["id"].toString();

    // Images for the list scenarios: alpha queued + shared, beta active + shared,
    // gamma queued + private with an extra tag.
    const QString tag = uniqueTag("list");
    m_fixture["alpha"] = createImage({{"name", m_run + "-alpha"}, {"tags", QJsonArray{tag}}});
    m_fixture["beta"] = createImage({{"name", m_run + "-beta"}, {"tags", QJsonArray{tag}}});
    m_fixture["gamma"] = createImage({{"name", m_run + "-gamma"},
                                      {"visibility", "private"},
                                      {"tags", QJsonArray{tag, uniqueTag("extra")}}});
    for (const QString &id : std::as_const(m_fixture))
        QVERIFY2(!id.isEmpty(), "could not create the list fixture images");
    QVERIFY(upload(m_fixture["beta"], "beta"));
    m_created.clear(); // the fixture lives until cleanupTestCase()
}

void NativeContract::cleanup() {
    for (const QString &id : std::as_const(m_created))
        deleteImage(id);
    m_created.clear();
}

void NativeContract::cleanupTestCase() {
    for (const QString &id : std::as_const(m_fixture))
        deleteImage(id);
}

// ---- identity ------------------------------------------------------------------------------

void NativeContract::token_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("project");
    QTest::addColumn<bool>("emptyBody");
    QTest::addColumn<int>("status");
    QTest::newRow("right password") << QString() << QString() << false << 201;
    QTest::newRow("wrong password") << "not-the-password" << QString() << false << 401;
    QTest::newRow("unknown project") << QString() << m_run + "-no-such-project" << false << 401;
    QTest::newRow("no auth in body") << QString() << QString() << true << 400;
}

void NativeContract::token() {
    QFETCH(QString, password);
    QFETCH(QString, project);
    QFETCH(bool, emptyBody);
    QFETCH(int, status);
    Identity who = m_owner;
    if (!password.isEmpty())
        who.password = password;
    if (!project.isEmpty())
        who.project = project;
    const QString url = m_http->authUrl().toString(QUrl::StripTrailingSlash) + "/auth/tokens";
    const WireReply reply = m_http->sendJson(
        "POST", url, emptyBody ? QJsonObject{} : WireClient::passwordAuth(who), {});
    EXPECT_STATUS(reply, status);
    const QJsonObject body = reply.json();

    if (status == 201) {
        QVERIFY(reply.header("X-Subject-Token").size() >= 32);
        const QJsonObject token = body["token"].toObject();
        QVERIFY(QDateTime::fromString(token["expires_at"].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(token["project"]["name"].toString(), m_owner.project);
        QCOMPARE(token["user"]["name"].toString(), m_owner.user);
        bool hasImage = false;
        for (const QJsonValue &service : token["catalog"].toArray()) {
            if (service["type"].toString() != "image")
                continue;
            for (const QJsonValue &endpoint : service["endpoints"].toArray())
                hasImage |= endpoint["interface"].toString() == "public" &&
                            QUrl(endpoint["url"].toString()).isValid();
        }
        QVERIFY2(hasImage, "the catalog has no public image endpoint");
        return;
    }
    // Keystone's error format: {"error": {"code": 401, "message": "…", "title": "…"}}
    QVERIFY2(reply.header("Content-Type").startsWith("application/json"),
             reply.header("Content-Type").constData());
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
    QCOMPARE(body["error"]["code"].toInt(), status);
    if (status == 401) // Keystone sends it with every 401, an unknown project's included
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Keystone uri="),
                 "no 'WWW-Authenticate: Keystone uri=…' header on a 401 from Keystone");
    QVERIFY(!body["error"]["message"].toString().isEmpty());
    QVERIFY(!body["error"]["title"].toString().isEmpty());
}

// ---- versions and authentication at Glance --------------------------------------------------

void NativeContract::authRequired_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("list without token") << "/v2/images" << QByteArray() << 401;
    QTest::newRow("list with a bad token") << "/v2/images" << QByteArray("not-a-token") << 401;
    QTest::newRow("show without token")
        << "/v2/images/" + QUuid::createUuid().toString(QUuid::WithoutBraces) << QByteArray()
        << 401;
    QTest::newRow("versions need none") << "/versions" << QByteArray() << 200;
}

void NativeContract::authRequired() {
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    const WireReply reply = m_http->send("GET", path, {}, {}, token);
    EXPECT_STATUS(reply, status);
    if (status == 401) // where to get a token
        QVERIFY2(reply.header("WWW-Authenticate").startsWith("Keystone uri="),
                 reply.header("WWW-Authenticate").constData());
}

void NativeContract::versions() {
    const WireReply root = m_http->send("GET", "/");
    EXPECT_STATUS(root, 300);
    const WireReply list = m_http->send("GET", "/versions");
    EXPECT_STATUS(list, 200);
    for (const WireReply *reply : {&root, &list}) {
        const QJsonArray versions = reply->json()["versions"].toArray();
        QVERIFY(!versions.isEmpty());
        int current = 0;
        for (const QJsonValue &v : versions) {
            if (v["status"].toString() != "CURRENT")
                continue;
            ++current;
            QVERIFY2(v["id"].toString().startsWith("v2."), qPrintable(v["id"].toString()));
            const QJsonArray links = v["links"].toArray();
            QVERIFY(!links.isEmpty());
            QCOMPARE(links[0]["rel"].toString(), QStringLiteral("self"));
            QVERIFY(links[0]["href"].toString().endsWith("/v2/"));
        }
        QCOMPARE(current, 1);
    }
}

QTEST_GUILESS_MAIN(NativeContract)
