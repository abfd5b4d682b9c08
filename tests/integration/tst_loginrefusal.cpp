// Logins that stop: against a scripted IAM that counts every POST /v3/auth/tokens, a refused
// password pauses the job tracker (jobs neither failed nor polled) until a new good login, and
// one try in the login dialog costs at most one failed login.
#include "scriptedserver.h"

#include "jobtracker.h"
#include "loginattempt.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

const QString kProject = QStringLiteral("0391e4486e864c26be5654c522f440f2");

// A scripted IAM + job API. IAM takes `password` (scoped to `project`, or unscoped) and counts
// every token request; the job API answers `jobStatus` to the tokens it issued since the last
// password change.
struct Cloud {
    Cloud()
        : server([this](const ScriptedRequest &r) { return answer(r); }) {}

    ScriptedResponse answer(const ScriptedRequest &r) {
        if (r.path() == "/v3/auth/tokens") {
            ++tokenPosts;
            const QJsonObject auth =
                QJsonDocument::fromJson(r.body).object().value("auth").toObject();
            const QString given = auth.value("identity")
                                      .toObject()
                                      .value("password")
                                      .toObject()
                                      .value("user")
                                      .toObject()
                                      .value("password")
                                      .toString();
            const QJsonObject scope = auth.value("scope").toObject().value("project").toObject();
            const bool scoped = !scope.isEmpty();
            if (given != password || (scoped && scope.value("name").toString() != project)) {
                ++refusedPosts;
                return {401,
                        {},
                        R"({"error":{"code":401,"title":"Unauthorized",)"
                        R"("message":"The request you have made requires authentication."}})",
                        0,
                        false};
            }
            const QByteArray token = "tok-" + QByteArray::number(tokenPosts);
            valid.append(token);
            QJsonObject body{
                {"expires_at",
                 QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)},
                {"issued_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {"user", QJsonObject{{"id", "u1"}, {"name", "alice"}}}};
            if (scoped) {
                body.insert("project", QJsonObject{{"id", kProject}, {"name", project}});
                body.insert("catalog",
                            QJsonArray{QJsonObject{
                                {"type", "image"},
                                {"endpoints", QJsonArray{QJsonObject{{"interface", "public"},
                                                                     {"region_id", "eu-de"},
                                                                     {"url", server.base()}}}}}});
            }
            return {201,
                    {{"X-Subject-Token", token}},
                    QJsonDocument(QJsonObject{{"token", body}}).toJson(QJsonDocument::Compact),
                    0,
                    false};
        }
        if (!valid.contains(r.header("x-auth-token")))
            return {401, {}, R"({"error_code":"APIG.0301","error_msg":"token invalid"})", 0, false};
        if (r.path().startsWith("/v1/cloudimages/job/"))
            return {404, {}, R"({"error_code":"APIG.0101","error_msg":"API not found"})", 0, false};
        ++jobPolls;
        const QJsonObject job{
            {"job_id", "job1"},
            {"job_type", "imsCopyImageInRegionJob"},
            {"status", jobStatus},
            {"entities", QJsonObject{{"process_percent", 0.5}, {"image_id", "img-new"}}}};
        return {200, {}, QJsonDocument(job).toJson(QJsonDocument::Compact), 0, false};
    }

    // The user changes the password elsewhere: the issued tokens stop working.
    void changePassword(const QString &now) {
        password = now;
        valid.clear();
    }

    QString password = QStringLiteral("old-password-1");
    QString project = QStringLiteral("eu-de");
    QString jobStatus = QStringLiteral("RUNNING");
    QList<QByteArray> valid;
    int tokenPosts = 0;
    int refusedPosts = 0;
    int jobPolls = 0;
    ScriptedServer server;
};

Profile profileFor(const Cloud &cloud) {
    Profile profile;
    profile.name = "refusal";
    profile.cloud = CloudKind::Sandbox;
    profile.region = "eu-de";
    profile.identityUrl = QUrl(cloud.server.base());
    profile.userName = "alice";
    profile.domainName = "dom";
    profile.projectName = "eu-de";
    return profile;
}

Credentials password(const QString &value) {
    Credentials credentials;
    credentials.password = value;
    return credentials;
}

} // namespace

class TestLoginRefusal final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jobsPauseWhileRefusedAndResumeAfterNewLogin();
    void loginTryCostsOneFailedLoginAtMost_data();
    void loginTryCostsOneFailedLoginAtMost();
};

void TestLoginRefusal::jobsPauseWhileRefusedAndResumeAfterNewLogin() {
    Cloud cloud;
    Session session(profileFor(cloud), password(cloud.password));
    session.setRandomSource([] { return 0.0; });
    QTemporaryDir dir;
    JobTracker tracker(&session, JobStore(dir.filePath("jobs.jsonl")));
    tracker.setScheduler([](int, std::function<void()> callback) {
        QTimer::singleShot(5, callback); // polls every 5 ms: a paused tracker is easy to see
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    QSignalSpy refused(&session, &Session::loginRefused);
    tracker.follow("job1", "Copy of ubuntu as web");
    QTRY_VERIFY(cloud.jobPolls >= 3);
    QCOMPARE(cloud.tokenPosts, 1);

    // The password is changed elsewhere: the running token is refused, the renewal too.
    cloud.changePassword("new-password-2");
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(session.isLoginRefused());
    QTRY_VERIFY(tracker.job("job1")->paused);
    const int pollsWhenRefused = cloud.jobPolls;
    QSignalSpy updated(&tracker, &JobTracker::jobUpdated);
    QTest::qWait(400);               // eighty poll intervals
    QCOMPARE(updated.size(), 0);     // no poll, not even one answered locally (and no file write)
    QCOMPARE(cloud.refusedPosts, 1); // one failed login, not one per poll
    QCOMPARE(cloud.tokenPosts, 2);
    QCOMPARE(cloud.jobPolls, pollsWhenRefused); // paused: not polled
    const TrackedJob paused = *tracker.job("job1");
    QCOMPARE(paused.state, JobState::Running); // not failed, still followed
    QVERIFY(paused.paused);
    QCOMPARE(finished.size(), 0);

    // The user gives the new password: one login, and the job goes on to its end.
    cloud.jobStatus = "SUCCESS";
    session.relogin(password("new-password-2"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<TrackedJob>().state, JobState::Success);
    QVERIFY(!tracker.job("job1")->paused);
    QCOMPARE(cloud.tokenPosts, 3);
    QCOMPARE(cloud.refusedPosts, 1);
}

void TestLoginRefusal::loginTryCostsOneFailedLoginAtMost_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("problem"); // -1: success
    QTest::addColumn<int>("refusedPosts");
    QTest::newRow("wrong password") << "not-the-password"
                                    << "eu-de" << int(LoginProblem::WrongCredentials) << 1;
    QTest::newRow("unknown project") << "old-password-1"
                                     << "no-such-project" << int(LoginProblem::UnknownProject) << 1;
    QTest::newRow("right password") << "old-password-1"
                                    << "eu-de" << -1 << 0;
}

void TestLoginRefusal::loginTryCostsOneFailedLoginAtMost() {
    QFETCH(QString, typed);
    QFETCH(QString, project);
    QFETCH(int, problem);
    Cloud cloud;
    Profile profile = profileFor(cloud);
    profile.projectName = project;
    LoginAttempt attempt(profile, password(typed));
    int outcomes = 0;
    int seen = -2;
    QString text;
    connect(&attempt, &LoginAttempt::succeeded, this, [&] {
        ++outcomes;
        seen = -1;
    });
    connect(&attempt, &LoginAttempt::failed, this, [&](LoginProblem p, const QString &t) {
        ++outcomes;
        seen = int(p);
        text = t;
    });
    attempt.start();
    QTRY_COMPARE(outcomes, 1);
    QTest::qWait(100); // nothing more goes out afterwards
    QTEST(cloud.refusedPosts, "refusedPosts");
    QCOMPARE(seen, problem);
    if (problem >= 0) {
        QVERIFY2(text.contains(problem == int(LoginProblem::WrongCredentials)
                                   ? "Wrong user name or password"
                                   : "project no-such-project"),
                 qPrintable(text));
    }
    QVERIFY(cloud.tokenPosts <= 2);
}

QTEST_GUILESS_MAIN(TestLoginRefusal)
#include "tst_loginrefusal.moc"
