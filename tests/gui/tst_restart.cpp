// A job survives the application being killed: start a long replication in a child process,
// SIGKILL it, start the application again, and the job is followed to SUCCESS. A damaged job
// file loses only its damaged records.
#include "desktopapp.h"
#include "imagetablemodel.h"
#include "jobstore.h"
#include "mainwindow.h"
#include "operations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ims;

namespace {

const QString kSandbox = QStringLiteral(IMSDESK_BIN_DIR "/sandbox/imsdesk-sandbox");

// Logs in from the OS_* environment, as `imsdesk` does without --sandbox.
std::unique_ptr<DesktopApp> startApp() {
    auto app = std::make_unique<DesktopApp>();
    Credentials credentials;
    QString why;
    auto profile =
        profileFromEnvironment(QProcessEnvironment::systemEnvironment(), &credentials, &why);
    if (!profile)
        qFatal("environment: %s", qPrintable(why));
    profile->name = QStringLiteral("Sandbox");
    profile->cloud = CloudKind::Sandbox;
    app->connectTo(*profile, credentials);
    app->window()->show();
    return app;
}

// The child: replicate web-frontend-2025, say the job id once the job is on disk, then wait to be
// killed.
int runChild() {
    auto app = startApp();
    // That image, not any row: a partitioned listing's first batch may not hold it.
    QString id;
    const auto found = [&] {
        for (int row = 0; row < app->images()->rowCount() && id.isEmpty(); ++row) {
            if (app->images()->at(row).name == QLatin1String("web-frontend-2025"))
                id = app->images()->at(row).id;
        }
        return !id.isEmpty();
    };
    if (!QTest::qWaitFor(found, 20000) || !app->window()->selectImage(id))
        return 2;
    app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    const auto persisted = [&] { return !JobStore().load().isEmpty(); };
    if (!QTest::qWaitFor(persisted, 20000))
        return 3;
    std::printf("JOB %s\n", qPrintable(JobStore().load().first().jobId));
    std::fflush(stdout);
    QTest::qWait(600000);
    return 0;
}

} // namespace

class TestRestart final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedAppResumesItsJobAfterRestart();
    void damagedJobFileLosesOnlyBadRecords();

private:
    QTemporaryDir m_home;
    QProcess m_sandbox;
};

void TestRestart::initTestCase() {
    // A private home: the job file, settings and caches of this test only.
    qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath("cache").toUtf8());
    m_sandbox.start(kSandbox, {QStringLiteral("--job-seconds"), QStringLiteral("8")});
    QVERIFY(m_sandbox.waitForStarted());
    QByteArray exports;
    while (!exports.contains("# ready") && m_sandbox.waitForReadyRead(10000))
        exports += m_sandbox.readAllStandardOutput();
    QVERIFY2(exports.contains("# ready"), exports.constData());
    for (const QByteArray &line : exports.split('\n')) {
        if (!line.startsWith("export "))
            continue;
        const QByteArray assignment = line.mid(7);
        const qsizetype equals = assignment.indexOf('=');
        QByteArray value = assignment.mid(equals + 1);
        if (value.startsWith('\'') && value.endsWith('\''))
            value = value.mid(1, value.size() - 2);
        qputenv(assignment.left(equals).constData(), value);
    }
}

void TestRestart::cleanupTestCase() {
    m_sandbox.terminate();
    m_sandbox.waitForFinished(5000);
}

void TestRestart::killedAppResumesItsJobAfterRestart() {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
    QVERIFY(child.waitForStarted());
    QByteArray said;
    while (!said.contains('\n') && child.waitForReadyRead(30000))
        said += child.readAllStandardOutput();
    QVERIFY2(said.startsWith("JOB "), said.constData());
    const QString jobId = QString::fromLatin1(said.mid(4).trimmed());

    child.kill(); // SIGKILL: no chance to save anything more
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto app = startApp(); // the restart
    const JobListModel *jobs = app->jobs();
    QVERIFY(jobs->job(jobId)); // listed at once, from the job file
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(jobId)->state, ims::JobState::Success, 30000);
    QVERIFY(!jobs->job(jobId)->imageId.isEmpty());
}

void TestRestart::damagedJobFileLosesOnlyBadRecords() {
    const QString path = JobStore::defaultPath();
    QList<TrackedJob> jobs;
    for (const char *id : {"aaaa", "bbbb"}) {
        TrackedJob job;
        job.jobId = QLatin1String(id);
        job.state = ims::JobState::Running;
        job.profile = QStringLiteral("Sandbox");
        jobs << job;
    }
    QVERIFY(JobStore(path).save(jobs));
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"job_id\": \"cccc\", \"status\": \n");          // a truncated record
    file.write("not json at all\n");                              // garbage
    file.write("{\"job_id\": \"dddd\", \"status\": \"INIT\"}\n"); // a good record after them
    file.close();

    int skipped = 0;
    const QList<TrackedJob> loaded = JobStore(path).load(&skipped);
    QStringList ids;
    for (const TrackedJob &job : loaded)
        ids << job.jobId;
    QCOMPARE(ids, (QStringList{"aaaa", "bbbb", "dddd"}));
    QCOMPARE(skipped, 2);
}

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QApplication::setApplicationName(QStringLiteral("imsdesk"));
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild();
    TestRestart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_restart.moc"
