// Plain HTTP in the window: the profile form's opt-in, what it stores, the status-bar warning of
// a connected profile that allows it, and the reason a refused login shows.
#include "desktopfixture.h"
#include "loginattempt.h"
#include "profileform.h"
#include "profilestore.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace ims;

class TestInsecureHttp final : public QObject {
    Q_OBJECT

private slots:
    void formOptInIsOffByDefaultAndRoundTrips();
    void environmentOptIn_data();
    void environmentOptIn();
    void windowWarnsWhileTheProfileAllowsIt_data();
    void windowWarnsWhileTheProfileAllowsIt();
    void loginSaysWhyPlainHttpIsRefused();
};

void TestInsecureHttp::formOptInIsOffByDefaultAndRoundTrips() {
    ProfileForm form;
    form.startNew(CloudKind::OpenStack);
    auto *box = form.findChild<QCheckBox *>("allowInsecureHttp");
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QVERIFY(!form.profile().allowInsecureHttp);
    QSignalSpy edited(&form, &ProfileForm::edited);
    box->click();
    QCOMPARE(edited.size(), 1);
    Profile profile = form.profile();
    profile.name = "lab";
    QVERIFY(profile.allowInsecureHttp);

    QTemporaryDir dir;
    ProfileStore store(dir.filePath("profiles.ini"));
    store.save(profile);
    QVERIFY(store.load("lab")->allowInsecureHttp);
    form.setProfile(*store.load("lab"), {}, false);
    QVERIFY(box->isChecked());
    profile.allowInsecureHttp = false;
    store.save(profile);
    QVERIFY(!store.load("lab")->allowInsecureHttp);
}

void TestInsecureHttp::environmentOptIn_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("unset") << QString() << false;
    QTest::newRow("1") << "1" << true;
    QTest::newRow("0") << "0" << false;
    QTest::newRow("yes") << "yes" << false; // only the documented value opts in
}

void TestInsecureHttp::environmentOptIn() {
    QFETCH(QString, value);
    QFETCH(bool, allowed);
    QProcessEnvironment env;
    env.insert("OS_AUTH_URL", "http://keystone.lab:5000/v3");
    env.insert("OS_USERNAME", "alice");
    env.insert("OS_PASSWORD", "pw");
    env.insert("OS_PROJECT_NAME", "lab");
    if (!value.isNull())
        env.insert("IMSDESK_ALLOW_INSECURE_HTTP", value);
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    QCOMPARE(profile->allowInsecureHttp, allowed);
}

void TestInsecureHttp::windowWarnsWhileTheProfileAllowsIt_data() {
    QTest::addColumn<bool>("allowed");
    QTest::newRow("allowed") << true;
    QTest::newRow("not allowed") << false;
}

void TestInsecureHttp::windowWarnsWhileTheProfileAllowsIt() {
    QFETCH(bool, allowed);
    DesktopFixture fixture;
    auto app = std::make_unique<DesktopApp>();
    Credentials credentials;
    QString why;
    auto profile = sandboxProfile(fixture.server, &credentials, &why, false);
    QVERIFY2(profile, qPrintable(why));
    profile->allowInsecureHttp = allowed;
    app->connectTo(*profile, credentials);
    app->window()->show();
    auto *warning = app->window()->statusBar()->findChild<QLabel *>("insecureTransport");
    QVERIFY(warning);
    QCOMPARE(warning->isVisible(), allowed);
    if (allowed)
        QVERIFY(warning->text().contains("Plain HTTP"));
}

void TestInsecureHttp::loginSaysWhyPlainHttpIsRefused() {
    Profile profile;
    profile.name = "remote";
    profile.cloud = CloudKind::OpenStack;
    profile.identityUrl = QUrl("http://iam.example.com");
    profile.userName = "alice";
    profile.domainName = "Default";
    profile.projectName = "p";
    Credentials credentials;
    credentials.password = "pw-secret-123";
    LoginAttempt attempt(profile, credentials);
    QSignalSpy failed(&attempt, &LoginAttempt::failed);
    QSignalSpy succeeded(&attempt, &LoginAttempt::succeeded);
    attempt.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000); // at once: nothing is looked up or sent
    const QString text = failed.first().at(1).toString();
    QVERIFY2(text.contains("plain http://") && text.contains("iam.example.com"), qPrintable(text));
    QVERIFY2(!text.contains("Cannot reach"), qPrintable(text));
    QVERIFY(succeeded.isEmpty());
}

QTEST_MAIN(TestInsecureHttp)
#include "tst_insecurehttp.moc"
