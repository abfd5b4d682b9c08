// Profiles: the region presets, OpenStack's OS_* environment conventions and the settings file.
#include "profile.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

class TestProfiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void presets_data();
    void presets();
    void environment_data();
    void environment();
    void storeRoundTripKeepsNoSecret();
    void names_data();
    void names();
    void oneNameOneKey();
    void renameMovesTheDefault();
    void environmentUrlWithUserInfo_data();
    void environmentUrlWithUserInfo();
};

void TestProfiles::presets_data() {
    QTest::addColumn<CloudKind>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("iam");
    QTest::addColumn<QString>("ims");
    QTest::newRow("huawei") << CloudKind::HuaweiCloud << "ap-southeast-1"
                            << "https://iam.ap-southeast-1.myhuaweicloud.com"
                            << "https://ims.ap-southeast-1.myhuaweicloud.com";
    QTest::newRow("huawei europe") << CloudKind::HuaweiCloud << "eu-west-101"
                                   << "https://iam.eu-west-101.myhuaweicloud.eu"
                                   << "https://ims.eu-west-101.myhuaweicloud.com";
    QTest::newRow("otc") << CloudKind::OpenTelekomCloud << "eu-de"
                         << "https://iam.eu-de.otc.t-systems.com"
                         << "https://ims.eu-de.otc.t-systems.com";
    QTest::newRow("otc swiss") << CloudKind::OpenTelekomCloud << "eu-ch2"
                               << "https://iam-pub.eu-ch2.sc.otc.t-systems.com"
                               << "https://ims.eu-ch2.sc.otc.t-systems.com";
    QTest::newRow("g42") << CloudKind::G42 << "ae-ad-1"
                         << "https://iam.ae-ad-1.g42cloud.com"
                         << "https://ims.ae-ad-1.g42cloud.com";
}

void TestProfiles::presets() {
    QFETCH(CloudKind, cloud);
    QFETCH(QString, region);
    QFETCH(QString, iam);
    QFETCH(QString, ims);
    const auto p = presetProfile(cloud, region);
    QVERIFY(p);
    QCOMPARE(p->identityUrl.toString(), iam);
    QCOMPARE(p->imageUrl.toString(), ims);
    QCOMPARE(p->projectName, region);
    QCOMPARE(regionPresets(CloudKind::HuaweiCloud).size(), 29);
    QVERIFY(!presetProfile(CloudKind::G42, "eu-de"));
}

void TestProfiles::environment_data() {
    QTest::addColumn<QStringList>("vars");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("auth");       // 0 password, 1 AK/SK
    QTest::addColumn<QString>("expect"); // "field=value" checked, or the reason's keyword
    const QStringList password = {"OS_AUTH_URL=http://127.0.0.1:5000/v3/",
                                  "OS_USERNAME=admin",
                                  "OS_PASSWORD=pw",
                                  "OS_PROJECT_NAME=admin",
                                  "OS_USER_DOMAIN_NAME=Default",
                                  "OS_REGION_NAME=RegionOne"};
    QTest::newRow("keystone") << password << true << 0 << "identity=http://127.0.0.1:5000";
    QTest::newRow("plain openstack") << password << true << 0 << "cloud=openstack";
    QTest::newRow("image override") << (password + QStringList{"OS_IMAGE_ENDPOINT=https://ims.x"})
                                    << true << 0 << "image=https://ims.x";
    QTest::newRow("project id") << QStringList{"OS_AUTH_URL=https://iam.x/v3", "OS_USERNAME=u",
                                               "OS_PASSWORD=p", "OS_PROJECT_ID=abc"}
                                << true << 0 << "project_id=abc";
    QTest::newRow("aksk") << QStringList{"OS_ACCESS_KEY=AK", "OS_SECRET_KEY=SK",
                                         "OS_IMAGE_ENDPOINT=https://ims.x", "OS_PROJECT_ID=p1"}
                          << true << 1 << "access_key=AK";
    QTest::newRow("password wins over aksk")
        << (password + QStringList{"OS_ACCESS_KEY=AK", "OS_SECRET_KEY=SK"}) << true << 0
        << "identity=http://127.0.0.1:5000";
    QTest::newRow("aksk without endpoint")
        << QStringList{"OS_ACCESS_KEY=AK", "OS_SECRET_KEY=SK", "OS_PROJECT_ID=p"} << false << 1
        << "OS_IMAGE_ENDPOINT";
    QTest::newRow("aksk without secret")
        << QStringList{"OS_ACCESS_KEY=AK", "OS_IMAGE_ENDPOINT=https://x"} << false << 1
        << "OS_SECRET_KEY";
    QTest::newRow("no project") << QStringList{"OS_AUTH_URL=https://iam.x/v3", "OS_USERNAME=u",
                                               "OS_PASSWORD=p"}
                                << false << 0 << "OS_PROJECT";
    QTest::newRow("nothing") << QStringList{} << false << 0 << "OS_AUTH_URL";
    QTest::newRow("password in the auth url")
        << QStringList{"OS_AUTH_URL=https://alice:hunter2@iam.x/v3", "OS_USERNAME=u",
                       "OS_PASSWORD=p", "OS_PROJECT_ID=abc"}
        << false << 0 << "OS_AUTH_URL must not contain a user name or password";
}

void TestProfiles::environment() {
    QFETCH(QStringList, vars);
    QFETCH(bool, usable);
    QFETCH(int, auth);
    QFETCH(QString, expect);
    QProcessEnvironment env;
    for (const QString &v : vars)
        env.insert(v.section('=', 0, 0), v.section('=', 1));
    Credentials credentials;
    QString why;
    const auto p = profileFromEnvironment(env, &credentials, &why);
    QCOMPARE(p.has_value(), usable);
    if (!usable) {
        QVERIFY2(why.contains(expect), qPrintable(why));
        return;
    }
    QCOMPARE(int(p->auth), auth);
    const QString field = expect.section('=', 0, 0);
    const QString value = expect.section('=', 1);
    if (field == "identity")
        QCOMPARE(p->identityUrl.toString(), value);
    else if (field == "cloud")
        QCOMPARE(cloudKindKey(p->cloud), value);
    else if (field == "image")
        QCOMPARE(p->imageUrl.toString(), value);
    else if (field == "project_id")
        QCOMPARE(p->projectId, value);
    else if (field == "access_key")
        QCOMPARE(p->accessKey, value);
    if (auth == 1)
        QCOMPARE(credentials.secretKey, QStringLiteral("SK"));
    else
        QCOMPARE(credentials.password, env.value("OS_PASSWORD"));
}

void TestProfiles::storeRoundTripKeepsNoSecret() {
    QTemporaryDir dir;
    const QString file = dir.filePath("profiles.ini");
    ProfileStore store(file);
    Profile p = *presetProfile(CloudKind::OpenTelekomCloud, "eu-nl");
    p.name = "work eu-nl";
    p.userName = "alice";
    p.domainName = "OTC-EU-NL-000";
    p.auth = AuthMode::AkSk;
    p.accessKey = "AKIDEXAMPLE";
    p.caBundle = "/etc/ssl/private-ca.pem";
    store.save(p);
    store.setDefaultProfile(p.name);

    ProfileStore again(file);
    QCOMPARE(again.names().size(), 1);
    const auto loaded = again.load(p.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->cloud, CloudKind::OpenTelekomCloud);
    QCOMPARE(loaded->region, QStringLiteral("eu-nl"));
    QCOMPARE(loaded->identityUrl, p.identityUrl);
    QCOMPARE(loaded->auth, AuthMode::AkSk);
    QCOMPARE(loaded->accessKey, p.accessKey);
    QCOMPARE(loaded->caBundle, p.caBundle);
    QCOMPARE(again.defaultProfile(), p.name);
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value("schema_version").toInt(), 1);
    again.remove(p.name);
    QVERIFY(!again.load(p.name));
    QVERIFY(again.defaultProfile().isEmpty());
}

void TestProfiles::names_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refusal"); // a part of the message; empty: accepted
    QTest::newRow("words") << "OTC production"
                           << "";
    QTest::newRow("punctuation") << "eu-de_work.2 (old) @ops+1"
                                 << "";
    QTest::newRow("letters of any script") << "Zürich 東京"
                                           << "";
    QTest::newRow("64 characters") << QString(64, 'x') << "";
    QTest::newRow("empty") << ""
                           << "needs a name";
    QTest::newRow("blank") << "   "
                           << "needs a name";
    QTest::newRow("65 characters") << QString(65, 'x') << "at most 64 characters";
    QTest::newRow("leading space") << " prod"
                                   << "start or end with a space";
    QTest::newRow("trailing space") << "prod "
                                    << "start or end with a space";
    QTest::newRow("slash") << "a/b"
                           << "not \"/\"";
    QTest::newRow("backslash") << "a\\b"
                               << "not \"\\\"";
    QTest::newRow("percent") << "100%"
                             << "not \"%\"";
    QTest::newRow("tab") << "a\tb"
                         << "not U+0009";
    QTest::newRow("escape sequence") << "a\x1b[31m"
                                     << "not U+001b";
    QTest::newRow("environment profile") << "Environment"
                                         << "OS_* environment";
}

void TestProfiles::names() {
    QFETCH(QString, name);
    QFETCH(QString, refusal);
    const QString problem = profileNameProblem(name);
    if (refusal.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(refusal), qPrintable(problem));
    // The store follows the same rule: a refused name is never written.
    QTemporaryDir dir;
    ProfileStore store(dir.filePath("profiles.ini"));
    Profile p;
    p.name = name;
    QCOMPARE(store.save(p), refusal.isEmpty());
    QCOMPARE(store.names(), refusal.isEmpty() ? QStringList{name} : QStringList{});
    QCOMPARE(store.nameProblem(name).isEmpty(), false); // now taken, or refused
}

void TestProfiles::oneNameOneKey() {
    // "a/b" and "a_b" were one settings group but two keychain keys: a password saved for one
    // went with the other's URL. Now the name is the key everywhere and only one can exist.
    QTemporaryDir dir;
    const QString file = dir.filePath("profiles.ini");
    ProfileStore store(file);
    Profile a;
    a.name = "a_b";
    a.identityUrl = QUrl("https://iam.one.example");
    QVERIFY(store.save(a));
    QVERIFY(store.nameProblem("a/b").contains("not \"/\""));
    Profile b = a;
    b.name = "a/b";
    b.identityUrl = QUrl("https://iam.other.example");
    QVERIFY(!store.save(b));
    QCOMPARE(store.load("a_b")->identityUrl, a.identityUrl);
    // Names differing in case only are one name.
    QVERIFY2(store.nameProblem("A_B").contains("\"a_b\" already exists"),
             qPrintable(store.nameProblem("A_B")));
    QCOMPARE(store.existingName("A_B"), QStringLiteral("a_b"));
    QVERIFY(store.nameProblem("A_B", "a_b").isEmpty()); // renaming a_b itself
    QVERIFY(store.nameProblem("a_b", "a_b").isEmpty()); // saving it again
    // The settings group is the name itself, as are the keychain key and the job's profile.
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value("profiles/a_b/identity_url").toString(), a.identityUrl.toString());
    QCOMPARE(SecretStore::keyFor("a_b", "password"), QStringLiteral("a_b/password"));
}

void TestProfiles::renameMovesTheDefault() {
    QTemporaryDir dir;
    ProfileStore store(dir.filePath("profiles.ini"));
    Profile p = *presetProfile(CloudKind::OpenTelekomCloud, "eu-de");
    p.name = "Prod";
    QVERIFY(store.save(p));
    store.setDefaultProfile("Prod");
    Profile renamed = p;
    renamed.name = "prod eu-de";
    QVERIFY(store.rename("Prod", renamed));
    QCOMPARE(store.names(), QStringList{"prod eu-de"});
    QCOMPARE(store.defaultProfile(), QStringLiteral("prod eu-de"));
    QCOMPARE(store.load("prod eu-de")->identityUrl, p.identityUrl);
    Profile refused = renamed;
    refused.name = "prod/eu-de";
    QVERIFY(!store.rename("prod eu-de", refused));
    QCOMPARE(store.names(), QStringList{"prod eu-de"});
}

void TestProfiles::environmentUrlWithUserInfo_data() {
    QTest::addColumn<QString>("variable");
    QTest::newRow("OS_AUTH_URL") << "OS_AUTH_URL";
    QTest::newRow("OS_IMAGE_ENDPOINT") << "OS_IMAGE_ENDPOINT";
    QTest::newRow("OS_ECS_ENDPOINT") << "OS_ECS_ENDPOINT";
}

void TestProfiles::environmentUrlWithUserInfo() {
    QFETCH(QString, variable);
    QProcessEnvironment env;
    env.insert("OS_AUTH_URL", "https://iam.example/v3");
    env.insert("OS_USERNAME", "u");
    env.insert("OS_PASSWORD", "p");
    env.insert("OS_PROJECT_ID", "abc");
    env.insert(variable, "https://alice:s3cr3t-in-url@host.example/v3");
    Credentials credentials;
    QString why;
    QVERIFY(!profileFromEnvironment(env, &credentials, &why));
    QVERIFY2(why.contains(variable + " must not contain a user name or password"), qPrintable(why));
    QVERIFY(!why.contains("s3cr3t-in-url"));
    QVERIFY(!why.contains("alice"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
