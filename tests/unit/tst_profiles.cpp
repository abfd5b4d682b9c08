// Profiles: the region presets, OpenStack's OS_* environment conventions and the settings file.
#include "profile.h"
#include "profilestore.h"

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
    p.name = "work/eu-nl";
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

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
