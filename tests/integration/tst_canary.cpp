// A debug-level imsctl run (login, list, copy --wait) with canary secrets: no canary may appear
// in stdout, stderr or any file the run leaves behind. The cloud is scripted on loopback.
#include "scriptedserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kPassword = "CANARY-PASSWORD-7d1c";
const QByteArray kToken = "CANARY-TOKEN-88f2aa";
const QByteArray kSecretKey = "CANARY-SECRETKEY-51be";
const QByteArray kProject = "0391e4486e864c26be5654c522f440f2";

ScriptedResponse cloud(const ScriptedRequest &r, const QString &base) {
    const QByteArray path = r.path();
    if (path == "/v3/auth/tokens") {
        const QJsonObject body{
            {"token",
             QJsonObject{
                 {"expires_at", QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)},
                 {"project", QJsonObject{{"id", QString::fromLatin1(kProject)}, {"name", "eu-de"}}},
                 {"catalog", QJsonArray{QJsonObject{
                                 {"type", "image"},
                                 {"endpoints", QJsonArray{QJsonObject{{"interface", "public"},
                                                                      {"region_id", "eu-de"},
                                                                      {"url", base}}}}}}}}}};
        return {201, {{"X-Subject-Token", kToken}}, QJsonDocument(body).toJson(), 0, false};
    }
    const bool authorised = r.header("x-auth-token") == kToken ||
                            r.header("authorization").startsWith("SDK-HMAC-SHA256");
    if (!authorised)
        return {401,
                {},
                R"({"error_code":"APIG.0301","error_msg":"x-auth-token not found"})",
                0,
                false};
    if (path == "/v2/cloudimages" && r.target.contains("marker="))
        return {200, {}, R"({"images":[]})", 0, false}; // the empty page that ends the listing
    if (path == "/v2/cloudimages")
        return {
            200,
            {},
            R"({"images":[{"id":"11111111-2222-3333-4444-555555555555","name":"base","status":"active"}]})",
            0,
            false};
    if (path.endsWith("/copy"))
        return {200, {}, R"({"job_id":"9a175ac792fa12d20193002100dd2762"})", 0, false};
    if (path.contains("/job"))
        return {
            200,
            {},
            R"({"job_id":"9a175ac792fa12d20193002100dd2762","status":"SUCCESS","entities":{"image_id":"66666666-2222-3333-4444-555555555555"}})",
            0,
            false};
    return {404, {}, {}, 0, false};
}

} // namespace

class TestCanary final : public QObject {
    Q_OBJECT

private slots:
    void noSecretReachesOutputOrFiles_data();
    void noSecretReachesOutputOrFiles();
};

void TestCanary::noSecretReachesOutputOrFiles_data() {
    QTest::addColumn<bool>("aksk");
    QTest::newRow("password and token") << false;
    QTest::newRow("AK/SK") << true;
}

void TestCanary::noSecretReachesOutputOrFiles() {
    QFETCH(bool, aksk);
    ScriptedServer *serverPtr = nullptr;
    ScriptedServer server([&](const ScriptedRequest &r) { return cloud(r, serverPtr->base()); });
    serverPtr = &server;
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("QT_LOGGING_RULES", "*.debug=true");
    env.insert("OS_REGION_NAME", "eu-de");
    env.insert("IMSDESK_CLOUD", "sandbox");
    if (aksk) {
        env.insert("OS_ACCESS_KEY", "AKCANARY");
        env.insert("OS_SECRET_KEY", QString::fromLatin1(kSecretKey));
        env.insert("OS_IMAGE_ENDPOINT", server.base());
        env.insert("OS_PROJECT_ID", QString::fromLatin1(kProject));
    } else {
        env.insert("OS_AUTH_URL", server.base() + "/v3");
        env.insert("OS_USERNAME", "alice");
        env.insert("OS_PASSWORD", QString::fromLatin1(kPassword));
        env.insert("OS_PROJECT_NAME", "eu-de");
        env.insert("OS_USER_DOMAIN_NAME", "dom");
    }
    QByteArray everything;
    const QList<QStringList> runs = {{"images", "list", "--debug", "--format", "json"},
                                     {"images", "copy", "11111111-2222-3333-4444-555555555555",
                                      "--name", "copy", "--wait", "--debug"},
                                     {"jobs", "--debug"}};
    for (const QStringList &args : runs) {
        QProcess imsctl;
        imsctl.setProcessEnvironment(env);
        imsctl.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
        QVERIFY(imsctl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(imsctl.state() == QProcess::NotRunning, 20000);
        const QByteArray out = imsctl.readAllStandardOutput();
        const QByteArray err = imsctl.readAllStandardError();
        QVERIFY2(imsctl.exitCode() == 0,
                 (args.join(QLatin1Char(' ')) + "\n" + QString::fromUtf8(err.right(1500)))
                     .toUtf8()
                     .constData());
        everything += out + err;
    }
    QVERIFY(everything.contains("66666666-2222-3333-4444-555555555555")); // the run did its work
    QVERIFY(everything.contains("imsdesk.api")); // and logged at debug level
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
        ++files;
    }
    QVERIFY(files >= 1); // the jobs file at least
    for (const QByteArray &canary : {kPassword, kToken, kSecretKey})
        QVERIFY2(!everything.contains(canary), canary.constData());
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
