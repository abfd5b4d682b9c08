// clouds.yaml import and the login failure texts: what a user reads after an import or a
// failed login.
#include "cloudsyaml.h"
#include "loginattempt.h"

#include <QTest>

using namespace ims;

Q_DECLARE_METATYPE(ims::ApiError)

class TestCloudsYaml final : public QObject {
    Q_OBJECT

private slots:
    void importsClouds_data();
    void importsClouds();
    void reportsUnusableFiles_data();
    void reportsUnusableFiles();
    void explainsLoginFailures_data();
    void explainsLoginFailures();
};

void TestCloudsYaml::importsClouds_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("project");
    QTest::addColumn<bool>("aksk");
    QTest::addColumn<QString>("secret");

    QTest::newRow("keystone password") << QByteArray(R"(clouds:
  devstack:
    auth:
      auth_url: http://10.0.0.5/identity/v3
      username: admin
      password: "s3cr:et"
      project_name: demo
      user_domain_name: Default
    region_name: RegionOne
)") << "devstack" << int(CloudKind::OpenStack)
                                       << "RegionOne"
                                       << "http://10.0.0.5/identity"
                                       << "admin"
                                       << "demo" << false << "s3cr:et";
    QTest::newRow("otc with regions list") << QByteArray(R"(clouds:
  otc-prod:
    profile: otc
    auth:
      auth_url: https://iam.eu-de.otc.t-systems.com:443/v3
      username: alice
      password: pw
      project_id: 0123abcd
      domain_name: OTC-EU-DE-000000000010000
    regions:
      - name: eu-de
      - eu-nl
)") << "otc-prod" << int(CloudKind::OpenTelekomCloud)
                                           << "eu-de"
                                           << "https://iam.eu-de.otc.t-systems.com:443"
                                           << "alice"
                                           << "0123abcd" << false << "pw";
    QTest::newRow("huawei ak/sk") << QByteArray(R"(clouds:
  hw:
    auth_type: aksk
    auth:
      auth_url: https://iam.ap-southeast-1.myhuaweicloud.com/v3
      ak: AKEXAMPLE
      sk: SKEXAMPLE
      project_name: ap-southeast-1
    region_name: ap-southeast-1
)") << "hw" << int(CloudKind::HuaweiCloud)
                                  << "ap-southeast-1"
                                  << "https://iam.ap-southeast-1.myhuaweicloud.com"
                                  << ""
                                  << "ap-southeast-1" << true << "SKEXAMPLE";
}

void TestCloudsYaml::importsClouds() {
    QFETCH(QByteArray, yaml);
    const CloudsYaml parsed = parseCloudsYaml(yaml);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join('\n')));
    QCOMPARE(parsed.profiles.size(), 1);
    const Profile &p = parsed.profiles.first().profile;
    const Credentials &c = parsed.profiles.first().credentials;
    QTEST(p.name, "name");
    QTEST(int(p.cloud), "cloud");
    QTEST(p.region, "region");
    QTEST(p.identityUrl.toString(), "identity");
    QTEST(p.userName, "user");
    QFETCH(QString, project);
    QCOMPARE(p.projectId.isEmpty() ? p.projectName : p.projectId, project);
    QTEST(p.auth == AuthMode::AkSk, "aksk");
    QFETCH(QString, secret);
    QCOMPARE(p.auth == AuthMode::AkSk ? c.secretKey : c.password, secret);
    if (p.auth == AuthMode::AkSk) {
        QCOMPARE(p.accessKey, QStringLiteral("AKEXAMPLE"));
        // AK/SK has no catalog: the region preset gives the image endpoint.
        QCOMPARE(p.imageUrl.host(), QStringLiteral("ims.ap-southeast-1.myhuaweicloud.com"));
    }
}

void TestCloudsYaml::reportsUnusableFiles_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("profiles");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not yaml") << QByteArray("clouds: [unclosed\n  - {") << 0 << "not valid YAML";
    QTest::newRow("no clouds") << QByteArray("foo: bar\n") << 0 << "no \"clouds:\" section";
    QTest::newRow("clouds is a list")
        << QByteArray("clouds:\n  - a\n  - b\n") << 0 << "no \"clouds:\" section";
    QTest::newRow("empty") << QByteArray() << 0 << "no \"clouds:\" section";
    QTest::newRow("one good one without url")
        << QByteArray("clouds:\n  good:\n    auth: {auth_url: 'http://k:5000/v3', username: u, "
                      "password: p, project_name: x}\n  bad:\n    auth: {username: u}\n")
        << 1 << "bad: no usable auth.auth_url";
    QTest::newRow("cloud is a scalar")
        << QByteArray("clouds:\n  odd: 42\n") << 0 << "odd: not a map";
    QTest::newRow("password in the auth url")
        << QByteArray("clouds:\n  leaky:\n    auth: {auth_url: 'https://bob:pa55word@k:5000/v3', "
                      "username: u, password: p, project_name: x}\n")
        << 0 << "leaky: auth.auth_url must not contain a user name or password";
    QTest::newRow("user in the image endpoint")
        << QByteArray("clouds:\n  leaky:\n    image_endpoint_override: https://bob@ims.x\n"
                      "    auth: {auth_url: 'https://k:5000/v3', username: u, password: p}\n")
        << 0 << "leaky: image_endpoint_override must not contain a user name";
    QTest::newRow("name with a slash")
        << QByteArray("clouds:\n  team/prod:\n    auth: {auth_url: 'https://k:5000/v3', "
                      "username: u, password: p}\n")
        << 0 << "team/prod: A profile name may hold letters";
    QTest::newRow("auth is a list")
        << QByteArray("clouds:\n  odd:\n    auth: [1, 2]\n") << 0 << "odd: no usable auth.auth_url";
}

void TestCloudsYaml::reportsUnusableFiles() {
    QFETCH(QByteArray, yaml);
    QFETCH(QString, problem);
    const CloudsYaml parsed = parseCloudsYaml(yaml);
    QTEST(int(parsed.profiles.size()), "profiles");
    QVERIFY2(parsed.problems.join('\n').contains(problem), qPrintable(parsed.problems.join('\n')));
    // A password typed into a URL is never repeated in what the user is shown.
    QVERIFY(!parsed.problems.join('\n').contains("pa55word"));
}

void TestCloudsYaml::explainsLoginFailures_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("text");
    QTest::newRow("401")
        << ApiError::fromHttp(
               401,
               R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})",
               "req-1")
        << int(LoginProblem::WrongCredentials)
        << "Wrong user name or password: bob (domain Default)";
    QTest::newRow("refused") << ApiError::network("Connection refused")
                             << int(LoginProblem::Unreachable)
                             << "Cannot reach keystone.example:5000: Connection refused";
    QTest::newRow("tls") << ApiError::network(
                                "SSL handshake failed: The certificate is self-signed")
                         << int(LoginProblem::Tls) << "choose its CA bundle";
    QTest::newRow("timeout") << ApiError::timeout(20000) << int(LoginProblem::Timeout)
                             << "did not answer in time";
    QTest::newRow("no project") << ApiError::decode("no project of that name")
                                << int(LoginProblem::UnknownProject)
                                << "the project demo does not exist";
    QTest::newRow("500") << ApiError::fromHttp(500, "oops") << int(LoginProblem::Other)
                         << "Login failed: The cloud had a problem (HTTP 500)";
}

void TestCloudsYaml::explainsLoginFailures() {
    QFETCH(ApiError, error);
    QFETCH(QString, text);
    Profile p;
    p.identityUrl = QUrl("https://keystone.example:5000");
    p.userName = "bob";
    p.domainName = "Default";
    p.projectName = "demo";
    const LoginProblem problem = classifyLoginError(error);
    QTEST(int(problem), "problem");
    const QString shown = loginFailureText(problem, error, p);
    QVERIFY2(shown.contains(text), qPrintable(shown));
    if (!error.requestId.isEmpty())
        QVERIFY2(shown.contains(error.requestId), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestCloudsYaml)
#include "tst_cloudsyaml.moc"
