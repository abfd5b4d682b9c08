// Issue 13: the jobs panel lists the jobs of every saved profile, each followed by a connection
// of its own: a job started under one profile is followed to its end after a switch to another,
// and a profile whose secret cannot be read shows its jobs with that said instead of hiding them.
#include "desktopfixture.h"
#include "errorbanner.h"
#include "jobfollowers.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "profilestore.h"
#include "recipes.h"
#include "secretstore.h"
#include "session.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace ims;

namespace {

// The text the jobs panel's table shows in `column` for the job `jobId`.
QString shown(JobsPanel *panel, const QString &jobId, int column) {
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(JobListModel::JobIdRole).toString() == jobId)
            return model->index(row, column).data().toString();
    }
    return {};
}

// What the user does: select the job's row in the panel, then its Retry button.
void clickRetry(JobsPanel *panel, const QString &jobId) {
    QAbstractItemModel *model = panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(JobListModel::JobIdRole).toString() == jobId)
            panel->view()->selectRow(row);
    }
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Re&try")) {
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no Retry button");
}

// The copy requests the sandbox received since its journal was last cleared.
QStringList copyRequests(DesktopFixture &f) {
    QStringList copies;
    for (const QJsonValue &entry :
         f.adminAnswer("GET", QStringLiteral("/_sandbox/requests")).json()["requests"].toArray()) {
        if (entry["method"].toString() == QLatin1String("POST") &&
            entry["target"].toString().contains(QLatin1String("copy")))
            copies << entry["target"].toString();
    }
    return copies;
}

// The profiles a test saves, their secrets and the sandbox's credentials for them.
struct SavedProfiles {
    QTemporaryDir dir;
    ProfileStore store{dir.filePath("profiles.ini")};
    MemorySecretStore secrets;
    Credentials main, partner;
    Profile alpha; // the sandbox's main user, its password in `secrets`
    Profile beta;  // the partner user (with savePartner()), its password in `secrets`

    // Saves `profile` as `name` and, unless `secret` is empty, its secret in `secrets`.
    Profile save(Profile profile, const QString &name, const QString &secret) {
        profile.name = name;
        if (!store.save(profile))
            qWarning("profile %s not saved", qPrintable(name));
        if (!secret.isEmpty()) {
            const QString kind = profile.auth == AuthMode::AkSk ? QStringLiteral("secret_key")
                                                                : QStringLiteral("password");
            secrets.write(SecretStore::keyFor(name, kind), secret, [](bool) {});
        }
        return profile;
    }
    // alpha, and beta too with `withPartner`; false (and `why`) when the sandbox gave none.
    bool saveAlpha(const DesktopFixture &f, bool withPartner, QString *why) {
        const auto mainProfile = sandboxProfile(f.server, &main, why);
        if (!mainProfile)
            return false;
        alpha = save(*mainProfile, "alpha", main.password);
        if (!withPartner)
            return true;
        const auto partnerProfile = sandboxProfile(f.server, &partner, why, true);
        if (!partnerProfile)
            return false;
        beta = save(*partnerProfile, "beta", partner.password);
        return true;
    }
};

// The window, following the jobs of every saved profile, logged in as alpha.
bool startAsAlpha(DesktopFixture &f, SavedProfiles &p) {
    f.app = std::make_unique<DesktopApp>();
    f.app->followJobsOfAllProfiles(&p.store, &p.secrets);
    f.app->connectTo(p.alpha, p.main);
    f.window()->show();
    return QTest::qWaitFor([&f] { return f.app->session()->isReady(); }, 15000);
}

} // namespace

class TestJobsOfAllProfiles final : public QObject {
    Q_OBJECT

private slots:
    void jobOfTheProfileLeftIsFollowedToItsEnd();
    void profileWithoutItsSecretShowsItsJobs_data();
    void profileWithoutItsSecretShowsItsJobs();
    void retryOfAJobOfTheProfileLeftGoesThroughItsConnection();
    void retryOfAJobNobodyFollowsSaysWhoseItIs();
};

void TestJobsOfAllProfiles::jobOfTheProfileLeftIsFollowedToItsEnd() {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.jobSeconds = 6; // still running when the window switches profile
    DesktopFixture f(options);
    SavedProfiles p;
    QString why;
    QVERIFY2(p.saveAlpha(f, true, &why), qPrintable(why));
    QVERIFY(startAsAlpha(f, p));
    QVERIFY(f.select("db-golden"));
    f.app->operations()->action("replicateHere")->trigger();
    const TrackedJob *started = f.waitForJob("RUNNING");
    QVERIFY(started);
    const QString jobId = started->jobId;
    QCOMPARE(started->profile, QStringLiteral("alpha"));

    // The user switches to the partner's profile while the copy runs.
    f.app->connectTo(p.beta, p.partner);
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    QVERIFY(f.waitForImage("partner-private") >= 0);
    JobsPanel *panel = f.window()->jobsPanel();
    panel->setNotifyAfterSeconds(-1); // its end is announced, however short
    QTRY_COMPARE_WITH_TIMEOUT(f.app->jobFollowers()->followedProfiles(), QStringList{"alpha"},
                              10000);
    // Still listed, with whose job it is, and followed to its end by alpha's own connection.
    QCOMPARE(shown(panel, jobId, JobListModel::Profile), QStringLiteral("alpha · eu-de"));
    QTRY_COMPARE_WITH_TIMEOUT(shown(panel, jobId, JobListModel::State), QStringLiteral("succeeded"),
                              20000);
    QVERIFY(!f.app->jobs()->job(jobId)->imageId.isEmpty());
    QTRY_VERIFY2(panel->lastNotification().contains(QLatin1String("Replicate finished")),
                 qPrintable(panel->lastNotification()));
    // The window's own tracker is beta's: it does not know alpha's job.
    QVERIFY(!f.app->tracker()->job(jobId));
}

void TestJobsOfAllProfiles::profileWithoutItsSecretShowsItsJobs_data() {
    QTest::addColumn<bool>("aksk");
    QTest::newRow("password profile, no keychain entry") << false;
    QTest::newRow("AK/SK profile, no keychain entry") << true;
}

void TestJobsOfAllProfiles::profileWithoutItsSecretShowsItsJobs() {
    QFETCH(bool, aksk);
    DesktopFixture f;
    SavedProfiles p; // the keychain holds alpha's password only: gamma's entry is missing
    QString why;
    QVERIFY2(p.saveAlpha(f, false, &why), qPrintable(why));
    Profile gamma = p.alpha;
    if (aksk)
        gamma.auth = AuthMode::AkSk;
    p.save(gamma, "gamma", {});

    // A job gamma started in an earlier run, still running in the job file.
    TrackedJob job;
    job.jobId = QStringLiteral("ff00ff00ff00ff00ff00ff00ff00ff00");
    job.profile = QStringLiteral("gamma");
    job.description = QStringLiteral("Copy of db-golden as db-gamma");
    job.type = QStringLiteral("imsCopyImageInRegionJob");
    job.state = JobState::Running;
    job.percent = 40;
    job.startedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(JobStore().save({job}));

    QVERIFY(startAsAlpha(f, p));
    JobsPanel *panel = f.window()->jobsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(shown(panel, job.jobId, JobListModel::CurrentTask),
                              JobFollowers::secretMissingText(), 10000);
    QCOMPARE(shown(panel, job.jobId, JobListModel::Profile), QStringLiteral("gamma · eu-de"));
    QCOMPARE(shown(panel, job.jobId, JobListModel::Description), job.description);
    QVERIFY(f.app->jobFollowers()->followedProfiles().isEmpty());
}

// A copy of alpha's fails after the window switched to beta: its Retry is sent by alpha's own
// connection (the job is alpha's, its request alpha's project's), not refused by beta's.
void TestJobsOfAllProfiles::retryOfAJobOfTheProfileLeftGoesThroughItsConnection() {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.jobSeconds = 6; // still running when the window switches profile
    options.faults = {QStringLiteral("job-fail:route=/copy,code=IMG.0071,reason=Disk is busy,"
                                     "count=1")};
    DesktopFixture f(options);
    SavedProfiles p;
    QString why;
    QVERIFY2(p.saveAlpha(f, true, &why), qPrintable(why));
    QVERIFY(startAsAlpha(f, p));
    QVERIFY(f.select("db-golden"));
    const QString source = f.app->images()->at(f.waitForImage("db-golden")).id; // alpha's own
    f.app->operations()->action("replicateHere")->trigger();
    const TrackedJob *started = f.waitForJob("RUNNING");
    QVERIFY(started);
    const QString jobId = started->jobId;

    f.app->connectTo(p.beta, p.partner);
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(f.app->jobFollowers()->followedProfiles(), QStringList{"alpha"},
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.app->jobs()->job(jobId) && f.app->jobs()->job(jobId)->state == JobState::Fail, 20000);
    QCOMPARE(f.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);

    clickRetry(f.window()->jobsPanel(), jobId);
    // One copy request of alpha's image (beta cannot see it); the new job, alpha's, replaces
    // the failed one and succeeds.
    QTRY_COMPARE_WITH_TIMEOUT(copyRequests(f).size(), 1, 10000);
    QVERIFY2(copyRequests(f).first().contains(source), qPrintable(copyRequests(f).first()));
    QTRY_VERIFY(!f.app->jobs()->job(jobId));
    const TrackedJob *retried = f.waitForJob("SUCCESS");
    QVERIFY(retried);
    QCOMPARE(retried->profile, QStringLiteral("alpha"));
    QVERIFY(!f.window()->errorBanner()->isVisible());
}

// A failed job of a profile no connection follows here (gamma has no secret in the keychain):
// Retry is refused, saying whose job it is and what to do, and nothing is sent.
void TestJobsOfAllProfiles::retryOfAJobNobodyFollowsSaysWhoseItIs() {
    DesktopFixture f;
    SavedProfiles p;
    QString why;
    QVERIFY2(p.saveAlpha(f, false, &why), qPrintable(why));
    p.save(p.alpha, "gamma", {});

    TrackedJob job;
    job.jobId = QStringLiteral("ff00ff00ff00ff00ff00ff00ff00ff01");
    job.profile = QStringLiteral("gamma");
    job.description = QStringLiteral("Copy of db-golden as db-gamma");
    job.type = QStringLiteral("imsCopyImageInRegionJob");
    job.state = JobState::Fail;
    job.recipe = recipes::toJson(recipes::Copy{
        QStringLiteral("0123"), QStringLiteral("db-golden"), QStringLiteral("db-gamma"), {}, {}});
    job.startedAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(JobStore().save({job}));

    QVERIFY(startAsAlpha(f, p));
    QTRY_VERIFY_WITH_TIMEOUT(f.app->jobs()->job(job.jobId), 10000);
    QCOMPARE(f.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);

    clickRetry(f.window()->jobsPanel(), job.jobId);
    ErrorBanner *banner = f.window()->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("gamma")) &&
                 banner->text().contains(QLatin1String("log in")),
             qPrintable(banner->text()));
    QVERIFY(copyRequests(f).isEmpty());
    QVERIFY(f.app->jobs()->job(job.jobId)); // still there, to retry once gamma is logged in to
}

QTEST_MAIN(TestJobsOfAllProfiles)
#include "tst_jobsofallprofiles.moc"
