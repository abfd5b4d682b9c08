// Every request class against the sandbox (imsdesk-sandbox on loopback), and the fault cases a
// user meets: 429 with Retry-After, 503 bursts, dropped connections, malformed JSON, a token
// that expires mid-job, a failing job.
#include "requestwait.h"
#include "sandboxprocess.h"

#include "imagerequests.h"
#include "inforequests.h"
#include "jobtracker.h"
#include "operationrequests.h"
#include "session.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace ims;

namespace {

std::unique_ptr<Session> sessionFor(const SandboxProcess &sandbox, AuthMode auth,
                                    bool catalog = true, bool projectId = true) {
    Credentials credentials;
    QString why;
    QProcessEnvironment env = sandbox.environment();
    if (catalog) // the endpoints from the token's catalog, not from the exports
        for (const char *name : {"OS_IMAGE_ENDPOINT", "OS_ECS_ENDPOINT"})
            env.remove(QLatin1String(name));
    if (auth == AuthMode::AkSk)
        env.remove(QStringLiteral("OS_PASSWORD"));
    if (!projectId) // AK/SK then looks the project up by name (SPEC §3.2)
        env.remove(QStringLiteral("OS_PROJECT_ID"));
    auto profile = profileFromEnvironment(env, &credentials, &why);
    if (!profile)
        qFatal("sandbox environment unusable: %s", qPrintable(why));
    profile->cloud = CloudKind::Sandbox;
    auto session = std::make_unique<Session>(*profile, credentials);
    session->setRandomSource([] { return 0.0; });
    return session;
}

// Follows one job to its end with a tracker writing to a temporary file.
TrackedJob follow(Session *session, const QString &jobId) {
    QTemporaryDir dir;
    JobTracker tracker(session, JobStore(dir.filePath("jobs.jsonl")));
    tracker.setScheduler([](int ms, std::function<void()> callback) {
        QTimer::singleShot(std::min(ms, 300), callback);
    });
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow(jobId, QStringLiteral("test"));
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<TrackedJob>();
}

// The first active private image, or the one named `name` (a seeded image that may be copied
// and shared: full-ECS images may not).
QString firstImage(Session *session, ImageView view, const QString &name = {}) {
    ImageListQuery query;
    query.view = view;
    query.filters = {{"status", "active"}};
    if (!name.isEmpty())
        query.filters.append({"name", name});
    ListCloudImagesRequest request(session, query);
    QString id;
    QObject::connect(&request, &ImageListRequest::page, &request, [&](const QList<Image> &page) {
        if (id.isEmpty() && !page.isEmpty())
            id = page.first().id;
    });
    waitFor<ListCloudImagesRequest, int>(request);
    return id;
}

} // namespace

class TestSandboxApi final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginReadsTheCatalog_data();
    void loginReadsTheCatalog();
    void listsEveryPageOfBothApis();
    void showAndUpdateBothFlavours();
    void createUploadAndDelete();
    void tagsAndMembers();
    void batchTags();
    void quotaAndOsVersions();
    void asyncJobsEndAsExpected();
    void serversListAndStop();
    void faultsEndAsTheUserExpects_data();
    void faultsEndAsTheUserExpects();
    void tokenExpiringMidJob();
    void aTokenGoneBeforeSendingIsWaitedFor();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxApi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{"--images", "1203", "--job-seconds", "1", "--upload-cap", "4000000",
                    "--upload-seconds", "0"}); // uploads are active at once
    QVERIFY2(m_sandbox->ready(), "imsdesk-sandbox did not start");
}

void TestSandboxApi::loginReadsTheCatalog_data() {
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("projectId");
    QTest::newRow("password") << int(AuthMode::Password) << true;
    QTest::newRow("AK/SK") << int(AuthMode::AkSk) << true;
    QTest::newRow("AK/SK, project looked up") << int(AuthMode::AkSk) << false;
}

void TestSandboxApi::loginReadsTheCatalog() {
    QFETCH(int, auth);
    QFETCH(bool, projectId);
    auto session =
        sessionFor(*m_sandbox, AuthMode(auth), auth == int(AuthMode::Password), projectId);
    const QString id = firstImage(session.get(), ImageView::Private);
    QVERIFY(!id.isEmpty());
    QCOMPARE(session->projectId(), m_sandbox->value("OS_PROJECT_ID"));
    QCOMPARE(session->endpoint(Session::Service::Image).toString(), m_sandbox->base());
    QVERIFY(!session->endpoint(Session::Service::Ecs).isEmpty());
}

void TestSandboxApi::listsEveryPageOfBothApis() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    ImageListQuery query;
    query.view = ImageView::Private;
    ListCloudImagesRequest ims(session.get(), query);
    int imsImages = 0;
    connect(&ims, &ImageListRequest::page, this,
            [&](const QList<Image> &p) { imsImages += p.size(); });
    const auto imsTotal = waitFor<ListCloudImagesRequest, int>(ims);
    QVERIFY2(imsTotal.ok(), qPrintable(why(imsTotal)));
    QVERIFY(imsImages > 1203);
    QVERIFY(ims.pagesFetched() >= 3);

    query.pageSize = 500;
    ListGlanceImagesRequest glance(session.get(), query);
    QSet<QString> ids;
    connect(&glance, &ImageListRequest::page, this, [&](const QList<Image> &p) {
        for (const Image &i : p)
            ids.insert(i.id);
    });
    const auto glanceTotal = waitFor<ListGlanceImagesRequest, int>(glance);
    QVERIFY2(glanceTotal.ok(), qPrintable(why(glanceTotal)));
    QCOMPARE(int(ids.size()), glanceTotal.value()); // no page twice
    QVERIFY(glanceTotal.value() > 1203);
    QVERIFY(glance.pagesFetched() >= 3);
}

void TestSandboxApi::showAndUpdateBothFlavours() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private);
    UpdateCloudImageRequest ims(session.get(), id, {{"replace", "/name", "renamed-by-ims"}});
    const auto renamed = waitFor<UpdateCloudImageRequest, Image>(ims);
    QVERIFY2(renamed.ok(), qPrintable(why(renamed)));
    QCOMPARE(renamed.value().name, QStringLiteral("renamed-by-ims"));
    UpdateGlanceImageRequest glance(session.get(), id, {{"replace", "/name", "renamed-by-glance"}});
    QVERIFY((waitFor<UpdateGlanceImageRequest, Image>(glance).ok()));
    ShowImageRequest show(session.get(), id);
    const auto shown = waitFor<ShowImageRequest, Image>(show);
    QVERIFY(shown.ok());
    QCOMPARE(shown.value().name, QStringLiteral("renamed-by-glance"));
    ShowImageRequest missing(session.get(), "00000000-0000-0000-0000-000000000000");
    const auto notFound = waitFor<ShowImageRequest, Image>(missing);
    QVERIFY(!notFound.ok());
    QCOMPARE(notFound.error().httpStatus, 404);
}

void TestSandboxApi::createUploadAndDelete() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    ImageMetadata metadata;
    metadata.name = "uploaded";
    metadata.minDiskGb = 1;
    CreateImageMetadataRequest create(session.get(), metadata);
    const auto created = waitFor<CreateImageMetadataRequest, Image>(create);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created.value().status, QStringLiteral("queued"));

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(3 * 1024 * 1024, 'q'));
    file.flush();
    UploadImageFileRequest upload(session.get(), created.value().id, file.fileName());
    qint64 progress = 0;
    connect(&upload, &ApiRequest::transferProgress, this,
            [&](qint64 done, qint64) { progress = done; });
    const auto uploaded = waitFor<UploadImageFileRequest, Done>(upload);
    QVERIFY2(uploaded.ok(), qPrintable(why(uploaded)));
    QCOMPARE(progress, qint64(3 * 1024 * 1024));

    // Over the sandbox's 4 MB cap: a clear error, not a hang or a retry loop.
    CreateImageMetadataRequest second(session.get(), metadata);
    const auto big = waitFor<CreateImageMetadataRequest, Image>(second);
    QVERIFY(big.ok());
    QTemporaryFile large;
    QVERIFY(large.open());
    large.write(QByteArray(5 * 1024 * 1024, 'l'));
    large.flush();
    UploadImageFileRequest tooBig(session.get(), big.value().id, large.fileName());
    const auto refused = waitFor<UploadImageFileRequest, Done>(tooBig);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 413);
    QVERIFY(describe(refused.error()).contains("too large"));

    for (const QString &id : {created.value().id, big.value().id}) {
        DeleteImageRequest remove(session.get(), id);
        const auto deleted = waitFor<DeleteImageRequest, Done>(remove);
        QVERIFY2(deleted.ok(), qPrintable(why(deleted)));
    }
    ShowImageRequest gone(session.get(), created.value().id);
    QCOMPARE((waitFor<ShowImageRequest, Image>(gone).error().httpStatus), 404);
}

// Several key/value tags in one call, then gone in one call; deleting keys that are not there
// (the second delete) still succeeds, as SPEC §5.16 says.
void TestSandboxApi::batchTags() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private);
    QVERIFY(!id.isEmpty());
    const auto tagsOf = [&] {
        ListImageTagsRequest list(session.get(), id);
        const auto tags = waitFor<ListImageTagsRequest, QList<ImageTag>>(list);
        QStringList pairs;
        for (const ImageTag &t : tags.value())
            pairs << t.key + "=" + t.value;
        return pairs;
    };
    const QList<ImageTag> tags{{"batch-a", "1"}, {"batch-b", ""}};
    BatchImageTagsRequest create(session.get(), id, BatchImageTagsRequest::Action::Create, tags);
    const auto created = waitFor<BatchImageTagsRequest, Done>(create);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QVERIFY(tagsOf().contains("batch-a=1"));
    QVERIFY(tagsOf().contains("batch-b="));
    for (int round = 0; round < 2; ++round) {
        BatchImageTagsRequest remove(session.get(), id, BatchImageTagsRequest::Action::Delete,
                                     tags);
        const auto removed = waitFor<BatchImageTagsRequest, Done>(remove);
        QVERIFY2(removed.ok(), qPrintable(why(removed)));
    }
    const QStringList left = tagsOf();
    QVERIFY(!left.contains("batch-a=1"));
    QVERIFY(!left.contains("batch-b="));
}

void TestSandboxApi::tagsAndMembers() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private, "web-frontend-2025");
    QVERIFY(!id.isEmpty());
    SetImageTagRequest set(session.get(), id, {"team", "web"});
    QVERIFY((waitFor<SetImageTagRequest, Done>(set).ok()));
    ListImageTagsRequest list(session.get(), id);
    const auto tags = waitFor<ListImageTagsRequest, QList<ImageTag>>(list);
    QVERIFY2(tags.ok(), qPrintable(why(tags)));
    QVERIFY(std::any_of(tags.value().begin(), tags.value().end(),
                        [](const ImageTag &t) { return t.key == "team" && t.value == "web"; }));
    DeleteImageTagRequest unset(session.get(), id, "team");
    QVERIFY((waitFor<DeleteImageTagRequest, Done>(unset).ok()));
    NativeTagRequest native(session.get(), id, "plain-tag", NativeTagRequest::Action::Add);
    QVERIFY((waitFor<NativeTagRequest, Done>(native).ok()));

    const QString partner = m_sandbox->value("OS_MEMBER_PROJECT_ID");
    // IMS takes members on a private image (visibility is not patchable natively there).
    AddMemberRequest add(session.get(), id, partner);
    const auto member = waitFor<AddMemberRequest, Member>(add);
    QVERIFY2(member.ok(), qPrintable(why(member)));
    QCOMPARE(member.value().status, QStringLiteral("pending"));
    ListMembersRequest members(session.get(), id);
    const auto listed = waitFor<ListMembersRequest, QList<Member>>(members);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    RemoveMemberRequest remove(session.get(), id, partner);
    QVERIFY((waitFor<RemoveMemberRequest, Done>(remove).ok()));

    BatchMembersRequest batch(session.get(), BatchMembersRequest::Action::Add, {id}, {partner});
    const auto job = waitFor<BatchMembersRequest, JobAccepted>(batch);
    QVERIFY2(job.ok(), qPrintable(why(job)));
    QCOMPARE(follow(session.get(), job.value().jobId).state, JobState::Success);
}

void TestSandboxApi::quotaAndOsVersions() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    QuotaRequest quota(session.get());
    const auto q = waitFor<QuotaRequest, QList<QuotaResource>>(quota);
    QVERIFY2(q.ok(), qPrintable(why(q)));
    QVERIFY(q.value().first().quota > 0);
    OsVersionsRequest os(session.get());
    const auto versions = waitFor<OsVersionsRequest, QList<OsVersion>>(os);
    QVERIFY2(versions.ok(), qPrintable(why(versions)));
    QVERIFY(versions.value().size() > 5);
}

void TestSandboxApi::asyncJobsEndAsExpected() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private, "db-golden");
    QVERIFY(!id.isEmpty());
    CopyImageRequest copy(session.get(), id, "copied");
    const auto copyJob = waitFor<CopyImageRequest, JobAccepted>(copy);
    QVERIFY2(copyJob.ok(), qPrintable(why(copyJob)));
    const TrackedJob copied = follow(session.get(), copyJob.value().jobId);
    QCOMPARE(copied.state, JobState::Success);
    ShowImageRequest show(session.get(), copied.imageId);
    const auto image = waitFor<ShowImageRequest, Image>(show);
    QVERIFY2(image.ok(), qPrintable(why(image)));
    QCOMPARE(image.value().name, QStringLiteral("copied"));

    CrossRegionCopyRequest cross(session.get(), id, "copied-nl", "eu-nl", "eu-nl",
                                 "ims_admin_agency");
    const auto crossJob = waitFor<CrossRegionCopyRequest, JobAccepted>(cross);
    QVERIFY2(crossJob.ok(), qPrintable(why(crossJob)));
    QCOMPARE(follow(session.get(), crossJob.value().jobId).state, JobState::Success);

    ExportImageRequest exportImage(session.get(), id, "bucket:exported.qcow2", "qcow2", false);
    const auto exportJob = waitFor<ExportImageRequest, JobAccepted>(exportImage);
    QVERIFY2(exportJob.ok(), qPrintable(why(exportJob)));
    QCOMPARE(follow(session.get(), exportJob.value().jobId).state, JobState::Success);

    FileImageOptions file;
    file.name = "from-file";
    file.imageUrl = "bucket:fail-broken.qcow2"; // the sandbox fails imports of such files
    file.osVersion = "Ubuntu 22.04 server 64bit";
    CreateImageFromFileRequest fromFile(session.get(), file);
    const auto fileJob = waitFor<CreateImageFromFileRequest, JobAccepted>(fromFile);
    QVERIFY2(fileJob.ok(), qPrintable(why(fileJob)));
    const TrackedJob failed = follow(session.get(), fileJob.value().jobId);
    QCOMPARE(failed.state, JobState::Fail);
    QVERIFY(failed.errorCode.startsWith("IMG."));
    QVERIFY(!failed.failReason.isEmpty());
}

void TestSandboxApi::serversListAndStop() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    ListServersRequest list(session.get());
    const auto servers = waitFor<ListServersRequest, QList<Server>>(list);
    QVERIFY2(servers.ok(), qPrintable(why(servers)));
    QString running, stopped;
    for (const Server &s : servers.value())
        (s.isStopped() ? stopped : running) = s.id;
    QVERIFY(!running.isEmpty() && !stopped.isEmpty());

    CreateImageFromServerRequest refused(session.get(), running, "from-running");
    const auto notStopped = waitFor<CreateImageFromServerRequest, JobAccepted>(refused);
    QVERIFY(!notStopped.ok());
    QCOMPARE(notStopped.error().code, QStringLiteral("IMG.0008"));

    CreateImageFromServerRequest create(session.get(), stopped, "from-stopped");
    const auto job = waitFor<CreateImageFromServerRequest, JobAccepted>(create);
    QVERIFY2(job.ok(), qPrintable(why(job)));
    QCOMPARE(follow(session.get(), job.value().jobId).state, JobState::Success);

    StopServersRequest stop(session.get(), {running});
    const auto stopJob = waitFor<StopServersRequest, JobAccepted>(stop);
    QVERIFY2(stopJob.ok(), qPrintable(why(stopJob)));
}

void TestSandboxApi::faultsEndAsTheUserExpects_data() {
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minRetries");
    QTest::newRow("429 Retry-After")
        << QStringList{"--fault", "throttle:route=GET /v2/images/,retry_after=3,count=1"} << true
        << 0 << 1;
    QTest::newRow("503 burst") << QStringList{"--fault",
                                              "error:status=503,route=GET /v2/images/,count=3"}
                               << true << 0 << 3;
    QTest::newRow("dropped connections")
        << QStringList{"--fault", "drop:route=GET /v2/images/,count=3"} << true << 0 << 1;
    QTest::newRow("503 forever") << QStringList{"--fault", "error:status=503,route=GET /v2/images/"}
                                 << false << int(ApiError::Kind::Http) << 3;
    QTest::newRow("malformed JSON") << QStringList{"--fault", "malformed:route=GET /v2/images/"}
                                    << false << int(ApiError::Kind::Decode) << 0;
}

void TestSandboxApi::faultsEndAsTheUserExpects() {
    QFETCH(QStringList, faults);
    QFETCH(bool, succeeds);
    QFETCH(int, kind);
    QFETCH(int, minRetries);
    SandboxProcess sandbox(faults);
    QVERIFY(sandbox.ready());
    auto session = sessionFor(sandbox, AuthMode::Password);
    QList<int> delays;
    session->setScheduler([&](int ms, std::function<void()> callback) {
        delays.append(ms);
        QTimer::singleShot(0, callback);
    });
    const QString id = firstImage(session.get(), ImageView::Private);
    QVERIFY(!id.isEmpty());
    ShowImageRequest show(session.get(), id);
    QSignalSpy retrying(&show, &ApiRequest::retrying);
    const auto result = waitFor<ShowImageRequest, Image>(show);
    QCOMPARE(result.ok(), succeeds);
    if (!succeeds)
        QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(retrying.size() >= minRetries, qPrintable(QString::number(retrying.size())));
    if (QTest::currentDataTag() == QLatin1String("429 Retry-After"))
        QVERIFY(delays.first() >= 3000);
}

void TestSandboxApi::tokenExpiringMidJob() {
    SandboxProcess sandbox(
        {"--job-seconds", "2", "--fault", "expire-token:route=/jobs/|/job/,count=1"});
    QVERIFY(sandbox.ready());
    auto session = sessionFor(sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private, "db-golden");
    CopyImageRequest copy(session.get(), id, "copy-across-expiry");
    const auto job = waitFor<CopyImageRequest, JobAccepted>(copy);
    QVERIFY2(job.ok(), qPrintable(why(job)));
    const QByteArray before = session->tokenValue();
    QCOMPARE(follow(session.get(), job.value().jobId).state, JobState::Success);
    QVERIFY(session->tokenValue() != before); // renewed once, the poll replayed
}

// A request that the session said was ready, whose token another request's 401 drops before it
// goes out (a partitioned listing's chains do this): it waits for the new token. Sent without
// one, the cloud refuses it ("x-auth-token not found") with no token to replay after.
void TestSandboxApi::aTokenGoneBeforeSendingIsWaitedFor() {
    auto session = sessionFor(*m_sandbox, AuthMode::Password);
    const QString id = firstImage(session.get(), ImageView::Private); // logged in
    const QByteArray before = session->tokenValue();
    ShowImageRequest show(session.get(), id);
    std::optional<Result<Image>> shown;
    connect(&show, &ShowImageRequest::finished, this, [&](const Result<Image> &r) { shown = r; });
    show.start(); // told the session is ready: it goes out on the next pass of the event loop
    session->invalidateToken(before); // meanwhile another request's 401
    QTRY_VERIFY_WITH_TIMEOUT(shown.has_value(), 30000);
    QVERIFY2(*shown, *shown ? "" : qPrintable(describe(shown->error())));
    QCOMPARE(shown->value().id, id);
    QVERIFY(!session->tokenValue().isEmpty() && session->tokenValue() != before);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
