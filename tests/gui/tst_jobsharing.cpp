// The window and imsctl share the job file and the environment (OS_*) profile: a job that
// `imsctl images copy` starts while the window runs shows in the jobs panel and is followed to
// its end there; "Clear finished" in the window removes it for imsctl too.
#include "desktopfixture.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "profile.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

using namespace ims;

class TestJobSharing final : public QObject {
    Q_OBJECT

private slots:
    void windowFollowsAJobImsctlStarted();
    void unreadableJobFileIsSaidAndLeftAlone();

private:
    // Runs imsctl without blocking this thread (the sandbox serves from it).
    QByteArray imsctl(const QStringList &args, const QProcessEnvironment &env);
};

QByteArray TestJobSharing::imsctl(const QStringList &args, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        qWarning("imsctl did not finish");
    if (process.exitCode() != 0)
        qWarning("imsctl: %s", process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

void TestJobSharing::windowFollowsAJobImsctlStarted() {
    DesktopFixture f;
    QProcessEnvironment env;
    for (const auto &[name, value] : f.server.environment())
        env.insert(name, value);
    // The window logs in from the OS_* environment as imsdesk's main() does.
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    f.app = std::make_unique<DesktopApp>();
    f.app->connectTo(*profile, credentials);
    f.window()->show();
    QTRY_VERIFY_WITH_TIMEOUT(f.app->session()->isReady(), 15000);
    const int row = f.waitForImage("db-golden");
    QVERIFY(row >= 0);
    const QString source = f.app->images()->at(row).id;

    // imsctl with the same environment and the same job file, no profile of its own.
    QTemporaryDir home;
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME",
               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    const QString jobId = QString::fromUtf8(
        imsctl({"images", "copy", source, "--name", "from-imsctl"}, env).trimmed());
    QCOMPARE(jobId.size(), 32);

    // Shown by the window, and followed there (this imsctl did not wait for it).
    JobListModel *jobs = f.app->jobs();
    QTRY_VERIFY_WITH_TIMEOUT(jobs->job(jobId), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(jobId)->state, JobState::Success, 20000);
    QVERIFY(!jobs->job(jobId)->imageId.isEmpty());
    QVERIFY(f.waitForImage("from-imsctl") >= 0); // the window refreshed on its end

    // Clear finished in the window: imsctl no longer lists it.
    QPushButton *clear = nullptr;
    for (auto *button : f.window()->jobsPanel()->findChildren<QPushButton *>())
        if (button->text() == JobsPanel::tr("C&lear finished"))
            clear = button;
    QVERIFY(clear);
    QTRY_VERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!jobs->job(jobId));
    const auto inFile = [&] {
        const QList<TrackedJob> stored = JobStore().load();
        return std::any_of(stored.cbegin(), stored.cend(),
                           [&](const TrackedJob &job) { return job.jobId == jobId; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!inFile(), 5000);
    const QJsonArray listed =
        QJsonDocument::fromJson(imsctl({"jobs", "--format", "json"}, env)).array();
    for (const QJsonValue &v : listed)
        QVERIFY(v.toObject().value("job_id").toString() != jobId);
}

void TestJobSharing::unreadableJobFileIsSaidAndLeftAlone() {
    DesktopFixture f;
    const QString path = JobStore::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    QVERIFY(QFile::resize(path, JobStore::kMaxFileSize + 1));
    f.start();
    // Told in the window (not modal), and the file is not emptied by the next write.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = f.window()->findChild<QMessageBox *>("jobStoreError")) && box->isVisible());
    QVERIFY(box->text().contains(path));
    QCOMPARE(box->windowModality(), Qt::NonModal);
    QVERIFY(f.select(QStringLiteral("web-frontend-2025")));
    f.app->tracker()->add("job-while-unreadable", "Copy");
    QVERIFY(!f.app->tracker()->flush().isEmpty());
    QCOMPARE(QFileInfo(path).size(), JobStore::kMaxFileSize + 1);
    box->close();
}

QTEST_MAIN(TestJobSharing)
#include "tst_jobsharing.moc"
