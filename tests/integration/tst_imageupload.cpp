// Uploads of a local file (ImageOperations::importImage, LocalFile) against the in-process
// sandbox, as IMS and as plain Glance: the job and its progress, the image the cloud then holds
// (read directly from the sandbox, not through api/), and what is left behind when an upload
// ends early (cancel, a file that changes, a fault on POST or PUT): nothing but the failed job.
// Then what another process or a restart finds: an interrupted upload, restarted by Retry, and a
// delivered one followed to active, killed or deleted.
#include "sandboxfixture.h"
#include "uploadfiles.h"

#include "imageoperations.h"
#include "jobtracker.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

constexpr qint64 kFileSize = 50LL * 1024 * 1024;

class SandboxClock final : public Clock {
public:
    explicit SandboxClock(const SandboxFixture &sandbox)
        : m_sandbox(sandbox) {}
    QDateTime now() const override {
        return QDateTime::fromMSecsSinceEpoch(m_sandbox.now(), Qt::UTC);
    }

private:
    const SandboxFixture &m_sandbox;
};

// The peak resident memory of this process so far, in bytes (Linux).
qint64 peakResidentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

// One logged-in profile: what the window and imsctl hold per connection. Its tracker reads and
// writes `jobFile`, shared with whatever "other process" a test writes into it.
struct Client {
    Client(const SandboxFixture &sandbox, const Clock *clock, sandbox::Flavor flavor,
           const QString &jobFile) {
        Profile profile;
        profile.name = QStringLiteral("main");
        profile.cloud = flavor == sandbox::Flavor::Ims ? CloudKind::Sandbox : CloudKind::OpenStack;
        profile.region = QStringLiteral("eu-de");
        profile.identityUrl = profile.imageUrl = profile.ecsUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sandbox.port()));
        profile.auth = AuthMode::Password;
        profile.userName = sandbox.env("OS_USERNAME");
        profile.domainName = QStringLiteral("Default");
        profile.projectName = sandbox.env("OS_PROJECT_NAME");
        Credentials credentials;
        credentials.password = sandbox.env("OS_PASSWORD");
        session = std::make_unique<Session>(profile, credentials);
        session->setClock(clock);
        tracker = std::make_unique<JobTracker>(session.get(), JobStore(jobFile));
        operations = std::make_unique<ImageOperations>(session.get(), tracker.get());
    }
    std::unique_ptr<Session> session;
    std::unique_ptr<JobTracker> tracker;
    std::unique_ptr<ImageOperations> operations;
};

sandbox::SandboxOptions optionsFor(const QString &flavor) {
    sandbox::SandboxOptions options;
    options.flavor =
        flavor == QLatin1String("glance") ? sandbox::Flavor::Glance : sandbox::Flavor::Ims;
    // The tests drive the sandbox's clock: its checking of uploaded bytes ("saving") ends at
    // once, as on Glance. deliveredUploadIsFollowed follows seeded saving/killed images.
    options.uploadSeconds = 0;
    return options;
}

} // namespace

class TestImageUpload final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void uploadBecomesActive_data();
    void uploadBecomesActive();
    void endsEarlyLeavingNothing_data();
    void endsEarlyLeavingNothing();
    void interruptedUploadRestarts_data();
    void interruptedUploadRestarts();
    void secondRetryWhileTheFirstStartsIsRefused();
    void deliveredUploadIsFollowed_data();
    void deliveredUploadIsFollowed();
    void unreadableFileIsRefused_data();
    void unreadableFileIsRefused();

private:
    void startCloud(const QString &flavor);
    ImportOrder order(const QString &name) const;
    // Starts the upload of the test file as `name`; answers its job id (empty when refused).
    QString upload(const QString &name);
    std::optional<TrackedJob> jobIn(const QString &jobId, JobState state, int timeoutMs = 30000);
    // The images of this name the main project sees.
    QJsonArray imagesNamed(const QString &name);
    bool addFault(const QString &spec);
    // The recipe of an upload of the test file into `image` (a seeded name, or "gone").
    recipes::Upload recipeInto(const QString &name, const QString &image) const;
    // A job record of an upload as another process writes it, heartbeat `secondsAgo`.
    TrackedJob uploadRecord(const recipes::Upload &recipe, int secondsAgo, bool delivered);
    // A new process (client) over a job file holding only `record`.
    void restartWith(const TrackedJob &record);

    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_md5;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<Client> m_client;
    QString m_token;
    sandbox::Flavor m_flavor = sandbox::Flavor::Ims;
};

void TestImageUpload::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("golden.qcow2"));
    QVERIFY(writeQcow2(m_file, kFileSize));
    m_md5 = md5Of(m_file);
}

void TestImageUpload::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("jobs.jsonl")));
    if (QFileInfo(m_file).size() != kFileSize) // a test changed it
        QVERIFY(writeQcow2(m_file, kFileSize) && (m_md5 = md5Of(m_file)).size() > 0);
}

void TestImageUpload::cleanup() {
    m_client.reset();
    m_sandbox.reset();
}

void TestImageUpload::startCloud(const QString &flavor) {
    const sandbox::SandboxOptions options = optionsFor(flavor);
    m_flavor = options.flavor;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->started(), qPrintable(m_sandbox->error()));
    m_clock = std::make_unique<SandboxClock>(*m_sandbox);
    m_client = std::make_unique<Client>(*m_sandbox, m_clock.get(), m_flavor,
                                        m_dir.filePath(QStringLiteral("jobs.jsonl")));
    m_token = m_sandbox->login();
}

ImportOrder TestImageUpload::order(const QString &name) const {
    ImportOrder order;
    order.source = ImportOrder::Source::LocalFile;
    order.filePath = m_file;
    order.name = name;
    order.description = QStringLiteral("golden image");
    order.diskFormat = QStringLiteral("qcow2");
    order.minDiskGb = 1;
    order.minRamMb = 1024;
    order.tags = {QStringLiteral("team=web")};
    return order;
}

QString TestImageUpload::upload(const QString &name) {
    std::optional<Result<StartedJob>> started;
    m_client->operations->importImage(order(name),
                                      [&](const Result<StartedJob> &result) { started = result; });
    if (!waitUntil([&] { return started.has_value(); }, 30000) || !*started) {
        qWarning("not started: %s", started ? qPrintable(describe(started->error())) : "no answer");
        return {};
    }
    return started->value().jobId;
}

std::optional<TrackedJob> TestImageUpload::jobIn(const QString &jobId, JobState state,
                                                 int timeoutMs) {
    const auto reached = [&] {
        const auto job = m_client->tracker->job(jobId);
        return job && job->state == state;
    };
    if (!waitUntil(reached, timeoutMs)) {
        const auto job = m_client->tracker->job(jobId);
        qWarning("job %s is %s", qPrintable(jobId),
                 job ? qPrintable(job->statusName() + ' ' + job->failReason + " / " +
                                  job->currentTask + " / " + job->lastError)
                     : "not tracked");
        return std::nullopt;
    }
    return m_client->tracker->job(jobId);
}

QJsonArray TestImageUpload::imagesNamed(const QString &name) {
    return m_sandbox->get(QStringLiteral("/v2/images?name=") + name, m_token)
        .json()
        .value("images")
        .toArray();
}

bool TestImageUpload::addFault(const QString &spec) {
    return m_sandbox
               ->admin("POST", QStringLiteral("/_sandbox/faults"),
                       QJsonDocument(QJsonObject{{"spec", spec}}).toJson())
               .status == 201;
}

recipes::Upload TestImageUpload::recipeInto(const QString &name, const QString &image) const {
    recipes::Upload recipe;
    recipe.filePath = m_file;
    recipe.name = name;
    recipe.diskFormat = QStringLiteral("qcow2");
    recipe.fileSize = QFileInfo(m_file).size();
    recipe.fileModified = QFileInfo(m_file).lastModified();
    recipe.imageId = image == QLatin1String("gone")
                         ? QStringLiteral("0badc0de-0000-4000-8000-000000000000")
                         : m_sandbox->imageId(image, m_token);
    return recipe;
}

void TestImageUpload::restartWith(const TrackedJob &record) {
    m_client.reset();
    const QString path = m_dir.filePath(QStringLiteral("jobs.jsonl"));
    QVERIFY(JobStore(path).save({record}));
    m_client = std::make_unique<Client>(*m_sandbox, m_clock.get(), m_flavor, path);
}

TrackedJob TestImageUpload::uploadRecord(const recipes::Upload &recipe, int secondsAgo,
                                         bool delivered) {
    TrackedJob job;
    job.jobId = QStringLiteral("local-of-another-process");
    job.profile = QStringLiteral("main");
    job.description = recipes::describe(recipe);
    job.type = JobTracker::kUploadType;
    job.state = JobState::Running;
    job.recipe = recipes::toJson(recipe);
    job.imageId = delivered ? recipe.imageId : QString();
    job.percent = delivered ? 100 : 40;
    const QDateTime then = m_clock->now().addSecs(-secondsAgo);
    job.startedAt = then.addSecs(-60);
    job.updatedAt = then;
    job.revision = 7;
    job.transfer = {delivered ? kFileSize : kFileSize * 2 / 5, kFileSize, 20e6, then, delivered};
    return job;
}

// ---------------------------------------------------------------- a whole upload

void TestImageUpload::uploadBecomesActive_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<bool>("tokenExpires"); // the login expires while the bytes move
    QTest::newRow("IMS") << "ims" << false;
    QTest::newRow("Glance") << "glance" << false;
    QTest::newRow("token expires during the upload, IMS") << "ims" << true;
}

void TestImageUpload::uploadBecomesActive() {
    QFETCH(QString, flavor);
    QFETCH(bool, tokenExpires);
    startCloud(flavor);
    const qint64 peakBefore = peakResidentBytes();
    QList<TrackedJob> updates;
    connect(m_client->tracker.get(), &JobTracker::jobUpdated, this,
            [&](const TrackedJob &job) { updates << job; });
    const QString jobId = upload(QStringLiteral("web-golden"));
    QVERIFY(!jobId.isEmpty());
    bool expired = false;
    if (tokenExpires) {
        // Once the sandbox took the PUT (its token checked, the image "saving"), the login
        // expires while the bytes still move: what follows the upload must log in again.
        QVERIFY(waitUntil([&] {
            const QJsonArray images = imagesNamed(QStringLiteral("web-golden"));
            return !images.isEmpty() &&
                   images.first()["status"].toString() != QLatin1String("queued");
        }));
        m_sandbox->advance(25LL * 3600 * 1000); // past the 24 h token
        expired = true;
    }
    const auto job = jobIn(jobId, JobState::Success);
    QVERIFY(job);
    QCOMPARE(job->type, QString::fromLatin1(JobTracker::kUploadType));
    QVERIFY(!job->imageId.isEmpty());
    QCOMPARE(job->transfer.sent, kFileSize);
    QVERIFY(job->transfer.delivered);
    QCOMPARE(expired, tokenExpires);
    if (expired)
        m_token = m_sandbox->login(); // the test's own token expired too
    // The cloud holds the file as it is on disk.
    const QJsonArray images = imagesNamed(QStringLiteral("web-golden"));
    QCOMPARE(images.size(), 1);
    const QJsonObject image = images.first().toObject();
    QCOMPARE(image["id"].toString(), job->imageId);
    QCOMPARE(image["status"].toString(), QStringLiteral("active"));
    QCOMPARE(image["size"].toInteger(), kFileSize);
    QCOMPARE(image["checksum"].toString().toLatin1(), m_md5);
    QCOMPARE(image["disk_format"].toString(), QStringLiteral("qcow2"));
    QCOMPARE(image["min_disk"].toInt(), 1);
    QVERIFY(image["tags"].toArray().contains(QStringLiteral("team=web")));
    // The jobs panel saw the bytes move, in words a person reads.
    const auto progress = std::find_if(updates.cbegin(), updates.cend(), [](const TrackedJob &u) {
        return u.state == JobState::Running && u.transfer.sent > 0 && !u.transfer.delivered;
    });
    QVERIFY2(progress != updates.cend(), "no progress with bytes was published");
    QVERIFY2(progress->currentTask.startsWith(QStringLiteral("Uploading ")) &&
                 progress->currentTask.contains(QStringLiteral(" of ")),
             qPrintable(progress->currentTask));
    QCOMPARE(progress->transfer.total, kFileSize);
    // Streamed: the file never was in memory whole (sandbox included, in this process).
    if (peakBefore > 0)
        QVERIFY2(peakResidentBytes() - peakBefore < kFileSize / 2,
                 qPrintable(QStringLiteral("peak grew by %1 MiB")
                                .arg((peakResidentBytes() - peakBefore) >> 20)));
    // Every other process reads the same end from the file.
    QCOMPARE(m_client->tracker->flush(), QString());
    const QList<TrackedJob> stored = JobStore(m_dir.filePath(QStringLiteral("jobs.jsonl"))).load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, JobState::Success);
    QCOMPARE(stored.first().transfer.sent, kFileSize);
}

// ---------------------------------------------------------------- ending early

void TestImageUpload::endsEarlyLeavingNothing_data() {
    QTest::addColumn<QString>("fault");  // sandbox fault spec; empty: none
    QTest::addColumn<QString>("action"); // what happens once bytes moved: cancel, shrink, remove
    QTest::addColumn<QString>("reason"); // in the job's fail reason
    const QString stall = QStringLiteral("latency:ms=4000,route=^PUT /v2/images/.*/file$");
    QTest::newRow("cancelled mid-upload") << stall << "cancel"
                                          << "Cancelled; the queued image was deleted";
    QTest::newRow("file shrinks mid-upload") << stall << "shrink"
                                             << "changed size during the upload";
    QTest::newRow("file vanishes mid-upload") << stall << "remove"
                                              << "vanished during the upload";
    QTest::newRow("PUT answered 500") << "error:status=500,route=^PUT /v2/images/.*/file$"
                                      << ""
                                      << "The upload failed";
    QTest::newRow("connection dropped on PUT") << "drop:route=^PUT /v2/images/.*/file$"
                                               << ""
                                               << "The upload failed";
    QTest::newRow("POST answered 500") << "error:status=500,route=^POST /v2/images$"
                                       << ""
                                       << "did not create the queued image";
    QTest::newRow("POST throttled, every try") << "throttle:retry_after=0,route=^POST /v2/images$"
                                               << ""
                                               << "did not create the queued image";
}

void TestImageUpload::endsEarlyLeavingNothing() {
    QFETCH(QString, fault);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    startCloud(QStringLiteral("ims"));
    m_client->session->setScheduler([](int, std::function<void()> callback) {
        QTimer::singleShot(0, std::move(callback)); // transport retries at once
    });
    QVERIFY(addFault(fault));
    const QString jobId = upload(QStringLiteral("half-sent"));
    QVERIFY(!jobId.isEmpty());
    std::optional<Result<Done>> cancelled;
    if (!action.isEmpty()) {
        QVERIFY2(waitUntil(
                     [&] {
                         const auto job = m_client->tracker->job(jobId);
                         return job && job->transfer.sent > 0;
                     },
                     30000),
                 "no bytes moved");
        QVERIFY(m_client->tracker->job(jobId)->transfer.sent < kFileSize);
        QCOMPARE(imagesNamed(QStringLiteral("half-sent")).size(), 1); // queued, being filled
        if (action == QLatin1String("cancel"))
            m_client->operations->cancelUpload(jobId,
                                               [&](const Result<Done> &r) { cancelled = r; });
        else if (action == QLatin1String("shrink"))
            QVERIFY(QFile::resize(m_file, kFileSize / 2));
        else
            QVERIFY(QFile::remove(m_file));
    }
    const auto job = jobIn(jobId, JobState::Fail);
    QVERIFY(job);
    QVERIFY2(job->failReason.contains(reason), qPrintable(job->failReason));
    if (action == QLatin1String("cancel")) {
        QVERIFY(cancelled && *cancelled);
        QCOMPARE(job->errorCode, QStringLiteral("cancelled"));
    }
    // Nothing behind but the failed job, which Retry can restart.
    QVERIFY2(imagesNamed(QStringLiteral("half-sent")).isEmpty(), qPrintable(job->failReason));
    QVERIFY(recipes::uploadFromJson(job->recipe));
    QVERIFY(recipes::uploadFromJson(job->recipe)->imageId.isEmpty());
}

// ---------------------------------------------------------------- another process, a restart

void TestImageUpload::interruptedUploadRestarts_data() {
    QTest::addColumn<QString>("queuedImage"); // the record's image: seeded name, or "gone"
    QTest::addColumn<bool>("fileChanged");
    QTest::addColumn<bool>("reused");
    QTest::addColumn<bool>("cancel"); // instead of Retry
    QTest::newRow("its queued image is used again") << "upload-pending" << false << true << false;
    QTest::newRow("its queued image is gone: a new one") << "gone" << false << false << false;
    QTest::newRow("the file changed since: refused") << "upload-pending" << true << false << false;
    QTest::newRow("cancelled: its queued image is deleted")
        << "upload-pending" << false << false << true;
}

void TestImageUpload::interruptedUploadRestarts() {
    QFETCH(QString, queuedImage);
    QFETCH(bool, fileChanged);
    QFETCH(bool, reused);
    QFETCH(bool, cancel);
    startCloud(QStringLiteral("ims"));
    const recipes::Upload recipe = recipeInto(QStringLiteral("restarted"), queuedImage);
    QVERIFY(!recipe.imageId.isEmpty());
    // Written by a process that went away two minutes ago, in the middle of the transfer.
    restartWith(uploadRecord(recipe, 120, false));
    const auto interrupted = m_client->tracker->job(QStringLiteral("local-of-another-process"));
    QVERIFY(interrupted);
    QCOMPARE(interrupted->state, JobState::Interrupted); // from the first look, never running
    if (fileChanged)
        QVERIFY(QFile::resize(m_file, kFileSize - 1));
    if (cancel) {
        std::optional<Result<Done>> cancelled;
        m_client->operations->cancelUpload(interrupted->jobId,
                                           [&](const Result<Done> &r) { cancelled = r; });
        QVERIFY(waitUntil([&] { return cancelled.has_value(); }));
        QVERIFY2(*cancelled, *cancelled ? "" : qPrintable(describe(cancelled->error())));
        const auto job = m_client->tracker->job(interrupted->jobId);
        QCOMPARE(job->state, JobState::Fail);
        QCOMPARE(job->errorCode, QStringLiteral("cancelled"));
        QVERIFY2(job->failReason.contains("the queued image was deleted"),
                 qPrintable(job->failReason));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/images/") + recipe.imageId, m_token).status,
                 404);
        return;
    }

    std::optional<Result<RetryOutcome>> retried;
    m_client->operations->retry(interrupted->jobId,
                                [&](const Result<RetryOutcome> &r) { retried = r; });
    QVERIFY(waitUntil([&] { return retried.has_value(); }, 30000));
    if (fileChanged) {
        QVERIFY(!*retried);
        QCOMPARE(retried->error().kind, ApiError::Kind::Refused);
        QVERIFY2(describe(retried->error()).contains(QStringLiteral("changed since")),
                 qPrintable(describe(retried->error())));
        QVERIFY(m_client->tracker->job(interrupted->jobId)); // kept, to retry later
        return;
    }
    QVERIFY2(*retried, *retried ? "" : qPrintable(describe(retried->error())));
    QCOMPARE(retried->value().kind, RetryOutcome::Kind::Resent);
    const QString jobId = retried->value().job.jobId;
    QVERIFY(!m_client->tracker->job(interrupted->jobId)); // replaced
    const auto job = jobIn(jobId, JobState::Success);
    QVERIFY(job);
    if (reused)
        QCOMPARE(job->imageId, recipe.imageId);
    else
        QVERIFY(job->imageId != recipe.imageId);
    const QJsonObject image =
        m_sandbox->get(QStringLiteral("/v2/images/") + job->imageId, m_token).json();
    QCOMPARE(image["status"].toString(), QStringLiteral("active"));
    QCOMPARE(image["checksum"].toString().toLatin1(), m_md5);
}

// Retry reads the file off the calling thread and asks for the queued image, so a second click
// can come before the first restart is under way: it is refused, and one upload runs, not two.
void TestImageUpload::secondRetryWhileTheFirstStartsIsRefused() {
    startCloud(QStringLiteral("ims"));
    restartWith(
        uploadRecord(recipeInto(QStringLiteral("restarted"), "upload-pending"), 120, false));
    const QString oldId = QStringLiteral("local-of-another-process");
    std::optional<Result<RetryOutcome>> first;
    std::optional<Result<RetryOutcome>> second;
    m_client->operations->retry(oldId, [&](const Result<RetryOutcome> &r) { first = r; });
    QVERIFY(!first); // answered later: the file is read on another thread
    m_client->operations->retry(oldId, [&](const Result<RetryOutcome> &r) { second = r; });
    QVERIFY(waitUntil([&] { return first && second; }, 30000));
    QVERIFY2(*first, *first ? "" : qPrintable(describe(first->error())));
    QVERIFY(!*second);
    QCOMPARE(second->error().kind, ApiError::Kind::Refused);
    QVERIFY2(describe(second->error()).contains(QStringLiteral("being restarted already")),
             qPrintable(describe(second->error())));
    QVERIFY(jobIn(first->value().job.jobId, JobState::Success));
    QCOMPARE(m_client->tracker->jobs().size(), 1); // the new upload replaced the old job
}

void TestImageUpload::deliveredUploadIsFollowed_data() {
    QTest::addColumn<QString>("image"); // seeded name, or "gone"
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("active") << "web-frontend-2025" << int(JobState::Success) << "";
    QTest::newRow("killed: the cloud could not use the file")
        << "import-failed" << int(JobState::Fail) << "could not use the file";
    QTest::newRow("deleted") << "gone" << int(JobState::Fail) << "was deleted";
}

void TestImageUpload::deliveredUploadIsFollowed() {
    QFETCH(QString, image);
    QFETCH(int, state);
    QFETCH(QString, reason);
    startCloud(QStringLiteral("ims"));
    // The bytes went in long ago, by a process that has ended since: any process follows it.
    restartWith(uploadRecord(recipeInto(QStringLiteral("delivered"), image), 600, true));
    const QString jobId = QStringLiteral("local-of-another-process");
    QCOMPARE(m_client->tracker->job(jobId)->state, JobState::Running); // not interrupted
    m_client->tracker->resume();
    const auto job = jobIn(jobId, JobState(state));
    QVERIFY(job);
    QVERIFY2(job->failReason.contains(reason), qPrintable(job->failReason));
}

void TestImageUpload::unreadableFileIsRefused_data() {
    QTest::addColumn<QString>("file"); // in the test's folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "missing.qcow2"
                             << "does not exist";
    QTest::newRow("a folder") << "folder.qcow2"
                              << "is a folder";
    QTest::newRow("empty") << "empty.qcow2"
                           << "is empty";
    QTest::newRow("not readable") << "locked.qcow2"
                                  << "cannot be read";
}

void TestImageUpload::unreadableFileIsRefused() {
    QFETCH(QString, file);
    QFETCH(QString, reason);
    startCloud(QStringLiteral("ims"));
    const QString path = m_dir.filePath(file);
    if (file == QLatin1String("folder.qcow2"))
        QVERIFY(QDir().mkpath(path));
    if (file == QLatin1String("empty.qcow2"))
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    if (file == QLatin1String("locked.qcow2")) {
        QVERIFY(writeQcow2(path, 1024 * 1024));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running as root: every file is readable");
    }
    ImportOrder unreadable = order(QStringLiteral("never"));
    unreadable.filePath = path;
    std::optional<Result<StartedJob>> started;
    m_client->operations->importImage(unreadable,
                                      [&](const Result<StartedJob> &r) { started = r; });
    QVERIFY(waitUntil([&] { return started.has_value(); }, 30000));
    QVERIFY(!*started);
    QCOMPARE(started->error().kind, ApiError::Kind::Refused);
    QVERIFY2(describe(started->error()).contains(reason), qPrintable(describe(started->error())));
    // Refused before anything was sent: no job, no image.
    QVERIFY(m_client->tracker->jobs().isEmpty());
    QCOMPARE(imagesNamed(QStringLiteral("never")).size(), 0);
}

QTEST_GUILESS_MAIN(TestImageUpload)
#include "tst_imageupload.moc"
