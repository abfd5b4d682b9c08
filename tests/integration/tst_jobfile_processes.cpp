// The job file shared by many processes at once: ten `imsctl images copy` started together
// against the imsdesk-sandbox process, while a JobTracker in this process (as the window does)
// starts, follows, finishes and clears its own jobs and follows imsctl's. No record may be
// lost, reverted or duplicated, and a cleared job must not come back.
#include "sandboxprocess.h"

#include "jobstore.h"
#include "jobtracker.h"
#include "operationrequests.h"
#include "profile.h"
#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ims;

class TestJobFileProcesses final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void manyProcessesAndATrackerLoseNothing();
    void largeJobFileIsLeftAloneAndSaid();

private:
    QProcessEnvironment imsctlEnvironment() const;
    QString jobFile() const { return m_home.filePath("data/imsdesk/jobs.jsonl"); }
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_home;
};

void TestJobFileProcesses::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--job-seconds", "2"});
    QVERIFY(m_sandbox->ready());
}

QProcessEnvironment TestJobFileProcesses::imsctlEnvironment() const {
    QProcessEnvironment env = m_sandbox->environment();
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", m_home.path());
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_DATA_HOME", m_home.filePath("data")); // the job file: jobFile()
    return env;
}

void TestJobFileProcesses::manyProcessesAndATrackerLoseNothing() {
    QProcess list;
    list.setProcessEnvironment(imsctlEnvironment());
    list.start(IMSDESK_BIN_DIR "/app/imsctl",
               {"images", "list", "--filter", "name=db-golden", "--format", "json"});
    QVERIFY(list.waitForFinished(60000));
    const QString source = QJsonDocument::fromJson(list.readAllStandardOutput())
                               .array()
                               .first()
                               .toObject()
                               .value("id")
                               .toString();
    QVERIFY(!source.isEmpty());

    // The "window": the same environment profile as imsctl, following the same file.
    Credentials credentials;
    QString why;
    auto profile = profileFromEnvironment(m_sandbox->environment(), &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    Session session(*profile, credentials);
    JobTracker tracker(&session, JobStore(jobFile()));
    tracker.watchStore(); // also follows (and so writes) the jobs imsctl starts
    QSet<QString> trackerJobs;
    QSet<QString> trackerFinished;
    connect(&tracker, &JobTracker::jobFinished, this, [&](const TrackedJob &job) {
        if (trackerJobs.contains(job.jobId))
            trackerFinished.insert(job.jobId);
    });

    // What the file says over time: a job seen finished must never be seen unfinished again,
    // and a job seen once must stay (but for the one cleared).
    QSet<QString> seen, seenFinished;
    QSet<QString> reverted, lost;
    QString cleared;
    QTimer sampler;
    sampler.setInterval(15);
    connect(&sampler, &QTimer::timeout, this, [&] {
        const JobStore::Contents now = JobStore(jobFile()).read();
        if (now.state != JobStore::State::Read)
            return;
        QSet<QString> present;
        for (const TrackedJob &job : now.jobs) {
            present.insert(job.jobId);
            if (job.isFinished())
                seenFinished.insert(job.jobId);
            else if (seenFinished.contains(job.jobId))
                reverted.insert(job.jobId);
        }
        for (const QString &id : std::as_const(seen))
            if (!present.contains(id) && id != cleared)
                lost.insert(id);
        seen = present;
    });
    sampler.start();

    // Ten imsctl at once; every other one waits for its job (and so rewrites its record).
    constexpr int kProcesses = 10;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(imsctlEnvironment());
        QStringList args{"images", "copy", source, "--name", QStringLiteral("mp-%1").arg(i)};
        if (i % 2 == 0)
            args << "--wait";
        process->start(IMSDESK_BIN_DIR "/app/imsctl", args);
        processes.push_back(std::move(process));
    }
    // Meanwhile this process starts its own copies and follows them.
    constexpr int kOwn = 4;
    for (int i = 0; i < kOwn; ++i) {
        CopyImageRequest request(&session, source, QStringLiteral("tracker-%1").arg(i));
        std::optional<Result<JobAccepted>> result;
        connect(&request, &JobRequest::finished, this,
                [&](const Result<JobAccepted> &r) { result = r; });
        request.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        if (!*result)
            QFAIL(qPrintable(describe(result->error())));
        const QString jobId = result->value().jobId;
        trackerJobs.insert(jobId);
        tracker.follow(jobId, QStringLiteral("Copy %1").arg(i));
    }
    // The first of its own to end is cleared ("Clear finished") while imsctl still writes.
    QTRY_VERIFY_WITH_TIMEOUT(!trackerFinished.isEmpty(), 30000);
    cleared = *trackerFinished.begin();
    tracker.forget(cleared);

    QSet<QString> imsctlJobs;
    QSet<QString> waitedJobs;
    const QRegularExpression jobLine("^([0-9a-f]{32}) SUCCESS",
                                     QRegularExpression::MultilineOption);
    for (int i = 0; i < kProcesses; ++i) {
        QProcess &process = *processes[i];
        if (process.state() != QProcess::NotRunning) // the QTRY loops above may have reaped it
            QVERIFY(process.waitForFinished(90000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("warning"), err.constData()); // every imsctl could write
        if (i % 2 == 0) {
            const auto match = jobLine.match(QString::fromUtf8(err));
            QVERIFY2(match.hasMatch(), err.constData());
            imsctlJobs.insert(match.captured(1));
            waitedJobs.insert(match.captured(1));
        } else {
            imsctlJobs.insert(QString::fromUtf8(process.readAllStandardOutput().trimmed()));
        }
    }
    QCOMPARE(imsctlJobs.size(), kProcesses);
    QTRY_COMPARE_WITH_TIMEOUT(trackerFinished.size(), kOwn, 30000);
    // The tracker follows imsctl's jobs to their end too.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(imsctlJobs.begin(), imsctlJobs.end(),
                                         [&](const QString &id) {
                                             const auto job = tracker.job(id);
                                             return job && job->isFinished();
                                         }),
                             30000);
    QCOMPARE(tracker.flush(), QString());
    sampler.stop();
    QVERIFY2(reverted.isEmpty(),
             qPrintable(QStringList(reverted.begin(), reverted.end()).join(' ')));
    QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.begin(), lost.end()).join(' ')));

    QFile file(jobFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const JobStore::Contents contents = JobStore(jobFile()).read();
    QCOMPARE(contents.skipped, 0);
    QHash<QString, TrackedJob> stored;
    for (const TrackedJob &job : contents.jobs)
        stored.insert(job.jobId, job);
    QSet<QString> expected = imsctlJobs + trackerJobs;
    expected.remove(cleared);
    QCOMPARE(QSet<QString>(stored.keyBegin(), stored.keyEnd()), expected);
    for (const QString &id : std::as_const(expected)) {
        // Once in the file, with its end: nothing reverted to INIT or RUNNING.
        QCOMPARE(raw.count(QStringLiteral("\"job_id\":\"%1\"").arg(id).toUtf8()), 1);
        QCOMPARE(stored.value(id).state, JobState::Success);
        QVERIFY(!stored.value(id).imageId.isEmpty());
        QCOMPARE(stored.value(id).profile, QLatin1String(kEnvironmentProfileName));
    }
    QVERIFY(!stored.contains(cleared)); // not brought back by any imsctl's copy

    // And imsctl, asked afterwards, lists exactly these.
    QProcess jobs;
    jobs.setProcessEnvironment(imsctlEnvironment());
    jobs.start(IMSDESK_BIN_DIR "/app/imsctl", {"jobs", "--format", "json"});
    QVERIFY(jobs.waitForFinished(60000));
    QSet<QString> listed;
    for (const QJsonValue &v : QJsonDocument::fromJson(jobs.readAllStandardOutput()).array())
        listed.insert(v.toObject().value("job_id").toString());
    QCOMPARE(listed, expected);
}

void TestJobFileProcesses::largeJobFileIsLeftAloneAndSaid() {
    QTemporaryDir data;
    QDir().mkpath(data.filePath("imsdesk"));
    const QString path = data.filePath("imsdesk/jobs.jsonl");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"imsdesk-jobs\",\"version\":2}\n");
    file.close();
    QVERIFY(QFile::resize(path, JobStore::kMaxFileSize + 4096));
    QProcessEnvironment env = imsctlEnvironment();
    env.insert("XDG_DATA_HOME", data.path());
    QProcess list;
    list.setProcessEnvironment(env);
    list.start(IMSDESK_BIN_DIR "/app/imsctl",
               {"images", "list", "--filter", "name=db-golden", "--format", "json"});
    QVERIFY(list.waitForFinished(60000));
    const QString source = QJsonDocument::fromJson(list.readAllStandardOutput())
                               .array()
                               .first()
                               .toObject()
                               .value("id")
                               .toString();
    QProcess copy;
    copy.setProcessEnvironment(env);
    copy.start(IMSDESK_BIN_DIR "/app/imsctl", {"images", "copy", source, "--name", "big-file"});
    QVERIFY(copy.waitForFinished(60000));
    const QByteArray err = copy.readAllStandardError();
    QCOMPARE(copy.exitCode(), 0); // the copy itself was started
    QVERIFY2(err.contains("warning") && err.contains("larger than 16 MiB"), err.constData());
    QCOMPARE(QFileInfo(path).size(), JobStore::kMaxFileSize + 4096); // not emptied
}

QTEST_GUILESS_MAIN(TestJobFileProcesses)
#include "tst_jobfile_processes.moc"
