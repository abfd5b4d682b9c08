// Issue 13: the jobs panel lists the jobs of every saved profile, each followed by a connection
// of its own: a job started under one profile is followed to its end after a switch to another,
// and a profile whose secret cannot be read shows its jobs with that said instead of hiding them.
#include "desktopfixture.h"
#include "jobfollowers.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"

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

} // namespace

class TestJobsOfAllProfiles final : public QObject {
    Q_OBJECT

private slots:
    void jobOfTheProfileLeftIsFollowedToItsEnd();
    void profileWithoutItsSecretShowsItsJobs_data();
    void profileWithoutItsSecretShowsItsJobs();

private:
    // Saves `profile` (renamed `name`) and, unless `secret` is empty, its secret in `secrets`.
    static Profile saved(ProfileStore &store, SecretStore &secrets, Profile profile,
                         const QString &name, const QString &secret);
};

Profile TestJobsOfAllProfiles::saved(ProfileStore &store, SecretStore &secrets, Profile profile,
                                     const QString &name, const QString &secret) {
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

void TestJobsOfAllProfiles::jobOfTheProfileLeftIsFollowedToItsEnd() {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.jobSeconds = 6; // still running when the window switches profile
    DesktopFixture f(options);
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath("profiles.ini"));
    MemorySecretStore secrets;
    Credentials main, partner;
    QString why;
    const auto mainProfile = sandboxProfile(f.server, &main, &why);
    const auto partnerProfile = sandboxProfile(f.server, &partner, &why, true);
    QVERIFY2(mainProfile && partnerProfile, qPrintable(why));
    const Profile alpha = saved(profiles, secrets, *mainProfile, "alpha", main.password);
    const Profile beta = saved(profiles, secrets, *partnerProfile, "beta", partner.password);

    f.app = std::make_unique<DesktopApp>();
    f.app->followJobsOfAllProfiles(&profiles, &secrets);
    f.app->connectTo(alpha, main);
    f.window()->show();
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    QVERIFY(f.select("db-golden"));
    f.app->operations()->action("replicateHere")->trigger();
    const TrackedJob *started = f.waitForJob("RUNNING");
    QVERIFY(started);
    const QString jobId = started->jobId;
    QCOMPARE(started->profile, QStringLiteral("alpha"));

    // The user switches to the partner's profile while the copy runs.
    f.app->connectTo(beta, partner);
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    QVERIFY(f.waitForImage("partner-private") >= 0);
    JobsPanel *panel = f.window()->jobsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(f.app->jobFollowers()->followedProfiles(), QStringList{"alpha"},
                              10000);
    // Still listed, with whose job it is, and followed to its end by alpha's own connection.
    QCOMPARE(shown(panel, jobId, JobListModel::Profile), QStringLiteral("alpha · eu-de"));
    QTRY_COMPARE_WITH_TIMEOUT(shown(panel, jobId, JobListModel::State), QStringLiteral("succeeded"),
                              20000);
    QVERIFY(!f.app->jobs()->job(jobId)->imageId.isEmpty());
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
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath("profiles.ini"));
    MemorySecretStore secrets; // holds alpha's password only: gamma's entry is missing
    Credentials main;
    QString why;
    const auto mainProfile = sandboxProfile(f.server, &main, &why);
    QVERIFY2(mainProfile, qPrintable(why));
    const Profile alpha = saved(profiles, secrets, *mainProfile, "alpha", main.password);
    Profile gamma = *mainProfile;
    if (aksk)
        gamma.auth = AuthMode::AkSk;
    saved(profiles, secrets, gamma, "gamma", {});

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

    f.app = std::make_unique<DesktopApp>();
    f.app->followJobsOfAllProfiles(&profiles, &secrets);
    f.app->connectTo(alpha, main);
    f.window()->show();
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    JobsPanel *panel = f.window()->jobsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(shown(panel, job.jobId, JobListModel::CurrentTask),
                              JobFollowers::secretMissingText(), 10000);
    QCOMPARE(shown(panel, job.jobId, JobListModel::Profile), QStringLiteral("gamma · eu-de"));
    QCOMPARE(shown(panel, job.jobId, JobListModel::Description), job.description);
    QVERIFY(f.app->jobFollowers()->followedProfiles().isEmpty());
}

QTEST_MAIN(TestJobsOfAllProfiles)
#include "tst_jobsofallprofiles.moc"
