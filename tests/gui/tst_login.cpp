// Profiles and login, driven through the real profile dialog against the in-process sandbox and
// a real gnome-keyring (this test runs under tests/with-keyring.sh).
#include "desktopapp.h"
#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "jobtracker.h"
#include "listingcache.h"
#include "logincontroller.h"
#include "logintestkit.h"
#include "mainwindow.h"
#include "operationrequests.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "secretstore.h"
#include "session.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace ims;
using namespace logintest;

namespace {

// One start of imsdesk: the stores it reads and the controller that logs in.
struct Start {
    explicit Start(const QString &ini, SecretStore *secrets)
        : store(ini)
        , login(&app, &store, secrets) {}
    DesktopApp app;
    ProfileStore store;
    LoginController login;
};

} // namespace

class TestLogin final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstRunRemembersAndNextStartLogsInSilently_data();
    void firstRunRemembersAndNextStartLogsInSilently();
    void failedLoginExplainsAndKeepsFields_data();
    void failedLoginExplainsAndKeepsFields();
    void failedStartupLoginOpensDialogWithError();
    void importsCloudsYamlAndSwitchesProfile();
    void brokenKeychainIsReportedNotFatal();
    void regionPresetFillsEndpoints_data();
    void regionPresetFillsEndpoints();
    void renameAndDeleteDropKeychainEntries();
    void refusedLoginAsksForThePasswordAndPausesJobs();
    void cachedRowsShowBeforeTheLoginAnswers();

private:
    QString iniHolds(const QString &secret) const;
    int admin(const QByteArray &verb, const QString &faultSpec);
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_ini;
    int m_run = 0;
};

void TestLogin::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->started());
    QVERIFY(m_dir.isValid());
}

void TestLogin::init() {
    m_ini = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_run));
}

QString TestLogin::iniHolds(const QString &secret) const {
    QFile file(m_ini);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    return file.readAll().contains(secret.toUtf8()) ? QStringLiteral("secret on disk") : QString();
}

// The sandbox's fault list: POST adds `faultSpec`, DELETE clears them all. The HTTP status.
int TestLogin::admin(const QByteArray &verb, const QString &faultSpec) {
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_sandbox->port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QString token = m_sandbox->env("IMSDESK_SANDBOX_ADMIN_TOKEN");
    if (!token.isEmpty())
        request.setRawHeader("X-Sandbox-Admin-Token", token.toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, QJsonDocument(QJsonObject{{"spec", faultSpec}}).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestLogin::firstRunRemembersAndNextStartLogsInSilently_data() {
    QTest::addColumn<bool>("aksk");
    QTest::newRow("password") << false;
    QTest::newRow("ak/sk") << true;
}

void TestLogin::firstRunRemembersAndNextStartLogsInSilently() {
    QFETCH(bool, aksk);
    const QString service = QStringLiteral("imsdesk-test-%1").arg(m_run);
    const Entry entry = sandboxEntry(*m_sandbox, aksk ? "Sandbox AK-SK" : "Sandbox", aksk);
    {
        KeychainSecretStore keychain(service);
        Start first(m_ini, &keychain);
        first.login.start();
        // No profile yet: the dialog opens by itself, with a hint, and the window stays usable.
        ProfileDialog *dialog = first.login.dialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(notice(dialog).contains("Create a profile"));
        fill(dialog, entry, m_sandbox->env("OS_USER_DOMAIN_NAME"),
             m_sandbox->env("OS_REGION_NAME"));
        auto *colour = child<QComboBox>(dialog, "colour");
        colour->setCurrentIndex(colour->findData(QStringLiteral("#d32f2f")));
        click(dialog, "connect");
        // The click returns at once: the login runs while the window keeps painting.
        QVERIFY2(notice(dialog).startsWith("Logging in"), qPrintable(notice(dialog)));
        QTRY_VERIFY2_WITH_TIMEOUT(first.login.connectedProfile() == entry.name,
                                  qPrintable(notice(dialog)), 10000);
        QVERIFY(!dialog->isVisible());
        // The toolbar shows the profile in its colour.
        QVERIFY(child<QLabel>(first.app.window(), "profile")->text().contains("#d32f2f"));
        QCOMPARE(first.app.session()->profile().name, entry.name);
        QVERIFY(child<QLabel>(first.app.window(), "profile")->text().contains(entry.name));
        QCOMPARE(iniHolds(aksk ? entry.secretKey : entry.password), QString());
        QVERIFY(first.login.keychainProblem().isEmpty());
        QTRY_COMPARE(first.login.pendingSecretWrites(), 0); // quit only once the keychain answered
    }
    // "Restart": a new application with the same settings file and the same keychain.
    KeychainSecretStore keychain(service);
    Start next(m_ini, &keychain);
    QSignalSpy connected(&next.login, &LoginController::connected);
    next.login.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QVERIFY2(!next.login.dialog(), "no prompt on a start with remembered credentials");
    QCOMPARE(next.app.session()->profile().name, entry.name);
    QCOMPARE(next.app.session()->profile().auth, aksk ? AuthMode::AkSk : AuthMode::Password);
    // The images of the sandbox's project arrive: the login was real.
    QTRY_VERIFY_WITH_TIMEOUT(next.app.images()->rowCount() > 0, 10000);
}

void TestLogin::failedLoginExplainsAndKeepsFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("aksk");
    QTest::newRow("wrong password") << "password"
                                    << "not-the-password"
                                    << "connect"
                                    << "Wrong user name or password" << false;
    QTest::newRow("unknown project") << "projectName"
                                     << "no-such-project"
                                     << "test"
                                     << "the project no-such-project does not exist" << false;
    QTest::newRow("wrong secret key") << "secretKey"
                                      << "WRONGSECRETKEY"
                                      << "test"
                                      << "did not accept the access key" << true;
    QTest::newRow("unknown project id ak/sk") << "projectId"
                                              << "0123456789abcdef"
                                              << "connect"
                                              << "for project 0123456789abcdef" << true;
    QTest::newRow("unreachable host") << "identityUrl"
                                      << "http://127.0.0.1:%1/v3"
                                      << "connect"
                                      << "Cannot reach 127.0.0.1:" << false;
    QTest::newRow("unreadable CA bundle")
        << "caBundle"
        << "/nonexistent/ca.pem"
        << "test"
        << "the CA bundle /nonexistent/ca.pem holds no readable" << false;
    QTest::newRow("tls failure") << "identityUrl"
                                 << "https://127.0.0.1:%2/v3"
                                 << "test"
                                 << "The secure (TLS) connection to 127.0.0.1" << false;
}

void TestLogin::failedLoginExplainsAndKeepsFields() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, button);
    QFETCH(bool, aksk);
    // %1: a port nobody listens on; %2: the sandbox, which speaks plain HTTP, not TLS.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    value.replace("%1", QString::number(closedPort));
    value.replace("%2", QString::number(m_sandbox->port()));
    MemorySecretStore secrets;
    Start start(m_ini, &secrets);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    fill(dialog, sandboxEntry(*m_sandbox, "Broken", aksk), m_sandbox->env("OS_USER_DOMAIN_NAME"),
         m_sandbox->env("OS_REGION_NAME"));
    type(dialog, qPrintable(field), value);
    const QString user = child<QLineEdit>(dialog, "user")->text();
    click(dialog, qPrintable(button));
    QFETCH(QString, message);
    QTRY_VERIFY2_WITH_TIMEOUT(notice(dialog).contains(message), qPrintable(notice(dialog)), 10000);
    // The window never waited: the dialog is still up, enabled, and shows what was typed.
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QPushButton>(dialog, "connect")->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, qPrintable(field))->text(), value);
    QCOMPARE(child<QLineEdit>(dialog, "user")->text(), user);
    QVERIFY(start.login.connectedProfile().isEmpty());
    QVERIFY(!start.app.session());
}

void TestLogin::failedStartupLoginOpensDialogWithError() {
    // A remembered password that the cloud no longer accepts: the start does not hang or fail
    // silently; the dialog opens on that profile with the server's verdict.
    MemorySecretStore secrets;
    storeDefaultProfile(m_ini, QStringLiteral("Expired"), *m_sandbox);
    bool written = false;
    secrets.write(SecretStore::keyFor("Expired", "password"), "changed-since",
                  [&written](bool) { written = true; });
    QTRY_VERIFY(written);
    Start start(m_ini, &secrets);
    start.login.start();
    QTRY_VERIFY_WITH_TIMEOUT(start.login.dialog() && start.login.dialog()->isVisible(), 10000);
    ProfileDialog *dialog = start.login.dialog();
    QTRY_VERIFY2(notice(dialog).contains("Wrong user name or password"),
                 qPrintable(notice(dialog)));
    QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("Expired"));
    // Typing the right password and connecting recovers.
    type(dialog, "password", m_sandbox->env("OS_PASSWORD"));
    click(dialog, "connect");
    QTRY_COMPARE_WITH_TIMEOUT(start.login.connectedProfile(), QStringLiteral("Expired"), 10000);
}

void TestLogin::importsCloudsYamlAndSwitchesProfile() {
    const QString path = m_dir.filePath("clouds.yaml");
    const QString password = m_sandbox->env("OS_PASSWORD");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("clouds:\n"
                           "  lab:\n"
                           "    region_name: %1\n"
                           "    auth:\n"
                           "      auth_url: %2\n"
                           "      username: %3\n"
                           "      password: '%4'\n"
                           "      project_name: %5\n"
                           "      user_domain_name: %6\n"
                           "  lab-keys:\n"
                           "    auth_type: aksk\n"
                           "    image_endpoint_override: %7\n"
                           "    auth:\n"
                           "      auth_url: %2\n"
                           "      ak: %8\n"
                           "      sk: %9\n"
                           "      project_id: %10\n"
                           "  broken:\n"
                           "    auth: {username: nobody}\n")
                .arg(m_sandbox->env("OS_REGION_NAME"), m_sandbox->env("OS_AUTH_URL"),
                     m_sandbox->env("OS_USERNAME"), password, m_sandbox->env("OS_PROJECT_NAME"),
                     m_sandbox->env("OS_USER_DOMAIN_NAME"), m_sandbox->env("OS_IMAGE_ENDPOINT"),
                     m_sandbox->env("OS_ACCESS_KEY"), m_sandbox->env("OS_SECRET_KEY"))
                .arg(m_sandbox->env("OS_PROJECT_ID"))
                .toUtf8());
    }
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-import"));
    Start start(m_ini, &keychain);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    dialog->setCloudsYamlLocations({path});
    dialog->importMenu()->actions().first()->trigger();
    QTRY_VERIFY2(notice(dialog).contains("Imported 2 profile(s): lab, lab-keys"),
                 qPrintable(notice(dialog)));
    QVERIFY(notice(dialog).contains("broken: no usable auth.auth_url"));
    QCOMPARE(start.store.names(), QStringList({"lab", "lab-keys"}));
    QCOMPARE(iniHolds(password), QString());
    QCOMPARE(iniHolds(m_sandbox->env("OS_SECRET_KEY")), QString());

    // The toolbar's switcher lists them; picking one logs in with the keychain's secret.
    QMenu *menu = start.login.switcher()->profileMenu();
    for (const QString &name : {QStringLiteral("lab"), QStringLiteral("lab-keys")}) {
        QAction *pick = nullptr;
        for (QAction *action : menu->actions())
            if (action->text() == name)
                pick = action;
        QVERIFY(pick);
        pick->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(start.login.connectedProfile(), name, 10000);
        QCOMPARE(start.app.session()->profile().name, name);
    }
    QCOMPARE(start.app.session()->profile().auth, AuthMode::AkSk);
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
}

void TestLogin::brokenKeychainIsReportedNotFatal() {
    // A keychain that fails every call, reported the way KeychainSecretStore reports a locked
    // or missing Secret Service (unavailable(), then memory only). This process has a working
    // keyring, so the failure is simulated here; tst_login_nokeyring runs the real store with
    // no Secret Service at all.
    class LockedKeychain final : public SecretStore {
    public:
        void read(const QString &key, ReadCallback done) override {
            emit unavailable(QStringLiteral("the login keyring is locked"));
            m_memory.read(key, std::move(done));
        }
        void write(const QString &key, const QString &secret, WriteCallback done) override {
            emit unavailable(QStringLiteral("the login keyring is locked"));
            m_memory.write(key, secret, [done](bool) { done(false); });
        }
        void remove(const QString &key, WriteCallback done) override {
            m_memory.remove(key, std::move(done));
        }

    private:
        MemorySecretStore m_memory;
    } locked;
    storeDefaultProfile(m_ini, QStringLiteral("Remembered"), *m_sandbox);
    Start start(m_ini, &locked);
    start.login.start();
    QTRY_VERIFY(start.login.dialog() && start.login.dialog()->isVisible());
    ProfileDialog *dialog = start.login.dialog();
    QVERIFY(dialog->keychainLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->keychainLabel()->text().contains("Secrets kept for this session only"),
             qPrintable(dialog->keychainLabel()->text()));
    QVERIFY(notice(dialog).contains("cannot be read from the keychain"));
    // Not fatal: the password typed now logs in, and is kept in memory for this run.
    type(dialog, "password", m_sandbox->env("OS_PASSWORD"));
    click(dialog, "connect");
    QTRY_COMPARE_WITH_TIMEOUT(start.login.connectedProfile(), QStringLiteral("Remembered"), 10000);
    QCOMPARE(iniHolds(m_sandbox->env("OS_PASSWORD")), QString());
}

void TestLogin::regionPresetFillsEndpoints_data() {
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("image");
    QTest::newRow("otc eu-nl") << int(CloudKind::OpenTelekomCloud) << "eu-nl"
                               << "https://iam.eu-nl.otc.t-systems.com"
                               << "https://ims.eu-nl.otc.t-systems.com";
    QTest::newRow("huawei ap-southeast-3") << int(CloudKind::HuaweiCloud) << "ap-southeast-3"
                                           << "https://iam.ap-southeast-3.myhuaweicloud.com"
                                           << "https://ims.ap-southeast-3.myhuaweicloud.com";
    QTest::newRow("g42") << int(CloudKind::G42) << "ae-ad-1"
                         << "https://iam.ae-ad-1.g42cloud.com"
                         << "https://ims.ae-ad-1.g42cloud.com";
    QTest::newRow("custom openstack: only the Keystone URL") << int(CloudKind::OpenStack) << ""
                                                             << ""
                                                             << "";
}

void TestLogin::regionPresetFillsEndpoints() {
    QFETCH(int, cloud);
    QFETCH(QString, region);
    ProfileDialog dialog;
    choose(&dialog, "cloud", cloud);
    auto *regions = child<QComboBox>(&dialog, "region");
    if (!region.isEmpty())
        regions->setCurrentIndex(regions->findText(region));
    QCOMPARE(regions->currentText(), region);
    QTEST(child<QLineEdit>(&dialog, "identityUrl")->text(), "identity");
    QTEST(child<QLineEdit>(&dialog, "imageUrl")->text(), "image");
    // A custom cloud needs the Keystone URL typed in: Test says so instead of trying.
    if (cloud == int(CloudKind::OpenStack)) {
        type(&dialog, "user", "u");
        type(&dialog, "password", "p");
        QSignalSpy tested(&dialog, &ProfileDialog::testRequested);
        click(&dialog, "test");
        QCOMPARE(tested.size(), 0);
        QVERIFY2(notice(&dialog).contains("the identity URL"), qPrintable(notice(&dialog)));
    }
}

void TestLogin::renameAndDeleteDropKeychainEntries() {
    KeychainSecretStore keychain(QStringLiteral("imsdesk-test-rename"));
    Start start(m_ini, &keychain);
    start.login.openDialog();
    ProfileDialog *dialog = start.login.dialog();
    fill(dialog, sandboxEntry(*m_sandbox, "Before", false), m_sandbox->env("OS_USER_DOMAIN_NAME"),
         m_sandbox->env("OS_REGION_NAME"));
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QCOMPARE(start.store.names(), QStringList{"Before"});
    const auto secretOf = [&keychain](const QString &profile) -> std::optional<QString> {
        std::optional<std::optional<QString>> answer;
        keychain.read(SecretStore::keyFor(profile, "password"),
                      [&answer](std::optional<QString> secret) { answer = secret; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return QStringLiteral("<the keychain did not answer>");
        return *answer;
    };
    QCOMPARE(secretOf("Before"), std::optional<QString>(m_sandbox->env("OS_PASSWORD")));
    // Edit: a new name replaces the entry and moves its secret.
    type(dialog, "name", "After");
    click(dialog, "save");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QCOMPARE(start.store.names(), QStringList{"After"});
    QCOMPARE(secretOf("Before"), std::nullopt);
    QCOMPARE(secretOf("After"), std::optional<QString>(m_sandbox->env("OS_PASSWORD")));
    // Delete: the profile and its keychain entry go.
    click(dialog, "deleteProfile");
    QTRY_COMPARE(start.login.pendingSecretWrites(), 0);
    QVERIFY(start.store.names().isEmpty());
    QCOMPARE(secretOf("After"), std::nullopt);
}

void TestLogin::refusedLoginAsksForThePasswordAndPausesJobs() {
    MemorySecretStore secrets;
    storeDefaultProfile(m_ini, QStringLiteral("Working"), *m_sandbox);
    bool written = false;
    secrets.write(SecretStore::keyFor("Working", "password"), m_sandbox->env("OS_PASSWORD"),
                  [&written](bool) { written = true; });
    QTRY_VERIFY(written);
    Start start(m_ini, &secrets);
    start.login.start();
    QTRY_COMPARE_WITH_TIMEOUT(start.login.connectedProfile(), QStringLiteral("Working"), 10000);
    // A copy runs (the sandbox's jobs take 6 s) and the tracker follows it. The source may come
    // with a later batch of the listing than the first rows.
    QString source;
    const auto findSource = [&] {
        for (int r = 0; r < start.app.images()->rowCount(); ++r)
            if (start.app.images()->at(r).name == QLatin1String("db-golden"))
                source = start.app.images()->at(r).id;
        return !source.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(findSource(), 10000);
    CopyImageRequest copy(start.app.session(), source, "paused-copy");
    std::optional<QString> jobId;
    connect(&copy, &CopyImageRequest::finished, this, [&jobId](const Result<JobAccepted> &r) {
        jobId = r ? r.value().jobId : describe(r.error());
    });
    copy.start();
    QTRY_VERIFY(jobId.has_value());
    QVERIFY2(jobId->size() == 32, qPrintable(*jobId));
    Session *session = start.app.session();
    JobTracker *tracker = start.app.tracker();
    tracker->follow(*jobId, "Copy while the password changes");

    // The password is changed elsewhere: the token stops working, and so does the password.
    for (const char *spec : {"error:status=401,route=^POST /v3/auth/tokens$,count=1",
                             "expire-token:route=^GET /v1/.*/jobs?/,count=1"})
        QCOMPARE(admin("POST", QString::fromLatin1(spec)), 201);

    // The window says so and asks for the password again: the form filled in, the password
    // field empty and focused. The job pauses: neither failed nor dropped.
    QTRY_VERIFY_WITH_TIMEOUT(session->isLoginRefused(), 15000);
    QCOMPARE(child<QLabel>(start.app.window(), "connection")->text(),
             QStringLiteral("● Login failed"));
    QTRY_VERIFY(start.login.dialog() && start.login.dialog()->isVisible());
    ProfileDialog *dialog = start.login.dialog();
    QVERIFY2(notice(dialog).startsWith("Login failed.") &&
                 notice(dialog).contains("Enter the password again"),
             qPrintable(notice(dialog)));
    QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("Working"));
    QCOMPARE(child<QLineEdit>(dialog, "user")->text(), m_sandbox->env("OS_USERNAME"));
    auto *passwordField = child<QLineEdit>(dialog, "password");
    QVERIFY(passwordField->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), passwordField); // where typing goes
    QVERIFY(tracker->job(*jobId)->paused);
    QVERIFY(!tracker->job(*jobId)->isFinished());
    const auto shownState = [&] {
        JobListModel *jobs = start.app.jobs();
        for (int r = 0; r < jobs->rowCount(); ++r)
            if (jobs->index(r, 0).data(JobListModel::JobIdRole).toString() == *jobId)
                return jobs->index(r, JobListModel::State).data().toString();
        return QStringLiteral("not listed");
    };
    QCOMPARE(shownState(), QStringLiteral("paused"));

    // The password typed again: the same window and job go on; the job ends in SUCCESS.
    QSignalSpy finished(tracker, &JobTracker::jobFinished);
    type(dialog, "password", m_sandbox->env("OS_PASSWORD"));
    click(dialog, "connect");
    QTRY_VERIFY_WITH_TIMEOUT(!session->isLoginRefused(), 10000);
    QCOMPARE(start.app.session(), session); // kept, not rebuilt
    QCOMPARE(start.app.tracker(), tracker);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().value<TrackedJob>().jobId, *jobId);
    QCOMPARE(finished.first().first().value<TrackedJob>().state, JobState::Success);
    QVERIFY(!tracker->job(*jobId)->paused);
    QCOMPARE(shownState(), QStringLiteral("succeeded"));
}

// A start with a big cached listing: its rows are in the table while the keychain and the login
// are still under way (the token route answers late), and the live listing replaces them.
void TestLogin::cachedRowsShowBeforeTheLoginAnswers() {
    MemorySecretStore secrets;
    storeDefaultProfile(m_ini, QStringLiteral("Cached"), *m_sandbox);
    bool written = false;
    secrets.write(SecretStore::keyFor("Cached", "password"), m_sandbox->env("OS_PASSWORD"),
                  [&written](bool) { written = true; });
    QTRY_VERIFY(written);
    const Profile profile = *ProfileStore(m_ini).load(QStringLiteral("Cached"));
    constexpr int kCached = 20'000;
    QList<Image> cached;
    cached.reserve(kCached);
    for (int i = 0; i < kCached; ++i) {
        Image image;
        image.id = QStringLiteral("cached-%1").arg(i);
        image.name = QStringLiteral("cached image %1").arg(i);
        image.status = QStringLiteral("active");
        image.createdAt = image.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        cached << image;
    }
    const QString key = ImageBrowser::cacheKey(profile.name, profile.region, ImageView::Private);
    QVERIFY(ListingCache().save(key, cached).result());
    QCOMPARE(admin("POST", QStringLiteral("latency:ms=2000,count=2,route=^POST /v3/auth/tokens")),
             201);

    Start start(m_ini, &secrets);
    start.app.window()->show();
    start.login.start();
    QTRY_VERIFY_WITH_TIMEOUT(start.app.images()->rowCount() > 0, 10000);
    QVERIFY(start.login.connectedProfile().isEmpty()); // the login has not answered
    QVERIFY(start.app.images()->image(QStringLiteral("cached-0")));
    const QList<QLabel *> labels = start.app.window()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(QLatin1String("Stale: cached")); // the status bar's
    }));

    QTRY_COMPARE_WITH_TIMEOUT(start.login.connectedProfile(), QStringLiteral("Cached"), 15000);
    // The cloud's rows replace the cached ones once its listing is complete.
    QTRY_VERIFY_WITH_TIMEOUT(!start.app.images()->image(QStringLiteral("cached-0")) &&
                                 start.app.images()->rowCount() > 0 &&
                                 !start.app.browser()->isLoading(),
                             20000);
    for (int row = 0; row < start.app.images()->rowCount(); ++row)
        QVERIFY(!start.app.images()->at(row).id.startsWith(QLatin1String("cached-")));
    QCOMPARE(admin("DELETE", QString()), 204);
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
