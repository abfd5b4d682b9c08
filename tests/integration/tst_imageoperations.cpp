// ImageOperations (core/) without widgets, against the in-process sandbox as IMS and as plain
// Glance: each operation, what the cloud holds afterwards (read directly from the sandbox, not
// through api/), what went over the wire (a recording proxy: how values were written, and that
// nothing was sent when a rule refused), and that every callback is called exactly once.
#include "recordingproxy.h"
#include "sandboxfixture.h"

#include "imageoperations.h"
#include "jobtracker.h"
#include "session.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ims;

namespace {

// The cloud's clock for the sessions and trackers: job progress, tokens and image times are the
// sandbox's, which the tests move forward instead of waiting.
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

// What a callback received, and how often; shared with the callback, which may outlive a test.
template <typename T> class Answer final {
public:
    Callback<T> callback() const {
        return [state = m_state](const Result<T> &result) {
            ++state->calls;
            state->result = result;
        };
    }
    int calls() const { return m_state->calls; }
    bool ok() const { return m_state->result && m_state->result->ok(); }
    const T &value() const { return m_state->result->value(); }
    ApiError error() const {
        return m_state->result && !m_state->result->ok() ? m_state->result->error() : ApiError{};
    }
    QString why() const { return ok() || !m_state->result ? QString() : describe(error()); }

private:
    struct State {
        int calls = 0;
        std::optional<Result<T>> result;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// One profile logged in through the proxy: what the window and imsctl hold per connection.
struct Client {
    std::unique_ptr<Session> session;
    std::unique_ptr<JobTracker> tracker;
    std::unique_ptr<ImageOperations> operations;
};

sandbox::Flavor flavorNamed(const QString &name) {
    return name == QLatin1String("glance") ? sandbox::Flavor::Glance : sandbox::Flavor::Ims;
}

// A sandbox of one flavour, its recording proxy, and the main and member users' operations.
class Cloud final {
public:
    explicit Cloud(sandbox::Flavor flavor)
        : m_flavor(flavor)
        , m_sandbox(options(flavor))
        , m_proxy(m_sandbox.port())
        , m_clock(m_sandbox) {
        m_main = login(false);
    }

    bool started() const { return m_sandbox.started() && m_dir.isValid(); }
    SandboxFixture &sandbox() { return m_sandbox; }
    RecordingProxy &proxy() { return m_proxy; }
    ImageOperations *operations() { return m_main.operations.get(); }
    JobTracker *tracker() { return m_main.tracker.get(); }
    // The member project's user (the partner the seeded images are shared with).
    Client &member() {
        if (!m_member.session)
            m_member = login(true);
        return m_member;
    }

    // Trackers poll at once, moving the cloud's clock by the wait they asked for; while held,
    // their polls are dropped (the test decides when a job is looked at).
    void holdPolls(bool hold) { m_holdPolls = hold; }

    // Returns once no request went out for a while: whatever a callback set off has been
    // answered, so that a second call of it would have been seen.
    void settle() {
        for (qsizetype seen = -1; seen != m_proxy.count();) {
            seen = m_proxy.count();
            QTest::qWait(150);
        }
    }

    bool addFault(const QString &spec) {
        return m_sandbox
                   .admin("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{"spec", spec}}).toJson())
                   .status == 201;
    }
    void clearFaults() { m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults")); }

    // Direct reads of the cloud, with tokens of their own (not through the proxy).
    QString token(const QString &project = QStringLiteral("eu-de")) {
        if (!m_tokens.contains(project)) {
            const bool member = project == m_sandbox.env("OS_MEMBER_PROJECT_NAME");
            const QString user = m_sandbox.env(member ? "OS_MEMBER_USERNAME" : "OS_USERNAME");
            const QString password = m_sandbox.env(member ? "OS_MEMBER_PASSWORD" : "OS_PASSWORD");
            const Reply reply =
                m_sandbox.request("POST", QStringLiteral("/v3/auth/tokens"),
                                  SandboxFixture::tokenBody(user, password, project));
            m_tokens.insert(project, reply.header("X-Subject-Token"));
        }
        return m_tokens.value(project);
    }
    QString projectId() const { return m_sandbox.env("OS_PROJECT_ID"); }
    QString partnerId() const { return m_sandbox.env("OS_MEMBER_PROJECT_ID"); }
    QString id(const QString &name) { return m_sandbox.imageId(name, token()); }
    // The image as the native API shows it to its owner; empty when it is gone.
    QJsonObject image(const QString &id) {
        const Reply reply = m_sandbox.get(QStringLiteral("/v2/images/") + id, token());
        return reply.status == 200 ? reply.json() : QJsonObject();
    }
    // The images called `name` in `region` (eu-de or eu-nl), as that region's project sees them.
    QJsonArray imagesNamed(const QString &name, const QString &region = QStringLiteral("eu-de")) {
        const QString prefix =
            region == QLatin1String("eu-de") ? QString() : QStringLiteral("/region/") + region;
        return m_sandbox.get(prefix + QStringLiteral("/v2/images?name=") + name, token(region))
            .json()
            .value("images")
            .toArray();
    }
    // "project=status" for each member of the image, as its owner sees them.
    QStringList members(const QString &imageId) {
        QStringList members;
        const Reply reply =
            m_sandbox.get(QStringLiteral("/v2/images/%1/members").arg(imageId), token());
        for (const QJsonValue &m : reply.json().value("members").toArray())
            members << m["member_id"].toString() + '=' + m["status"].toString();
        return members;
    }
    QJsonObject serverNamed(const QString &name) {
        const Reply reply =
            m_sandbox.get(QStringLiteral("/v1/%1/cloudservers/detail").arg(projectId()), token());
        for (const QJsonValue &server : reply.json().value("servers").toArray())
            if (server["name"].toString() == name)
                return server.toObject();
        return {};
    }
    QJsonObject cloudJob(const QString &jobId) {
        return m_sandbox.get(QStringLiteral("/v1/%1/jobs/%2").arg(projectId(), jobId), token())
            .json();
    }

    // `text` with {id}, {project} and {partner} filled in.
    QString expand(QString text, const QString &imageId = {}) const {
        return text.replace(QLatin1String("{id}"), imageId)
            .replace(QLatin1String("{project}"), projectId())
            .replace(QLatin1String("{partner}"), partnerId());
    }
    QStringList expand(const QStringList &lines, const QString &imageId = {}) const {
        QStringList expanded;
        for (const QString &line : lines)
            expanded << expand(line, imageId);
        return expanded;
    }

private:
    static sandbox::SandboxOptions options(sandbox::Flavor flavor) {
        sandbox::SandboxOptions options;
        options.jobSeconds = 3;
        options.flavor = flavor;
        return options;
    }

    Client login(bool member) {
        Profile profile;
        profile.name = member ? QStringLiteral("partner") : QStringLiteral("main");
        profile.cloud =
            m_flavor == sandbox::Flavor::Ims ? CloudKind::Sandbox : CloudKind::OpenStack;
        profile.region = QStringLiteral("eu-de");
        // Every request through the proxy: the catalog's endpoints would bypass it.
        profile.identityUrl = profile.imageUrl = profile.ecsUrl = QUrl(m_proxy.base());
        profile.auth = AuthMode::Password;
        profile.userName = m_sandbox.env(member ? "OS_MEMBER_USERNAME" : "OS_USERNAME");
        profile.domainName = QStringLiteral("Default");
        profile.projectName = m_sandbox.env(member ? "OS_MEMBER_PROJECT_NAME" : "OS_PROJECT_NAME");
        Credentials credentials;
        credentials.password = m_sandbox.env(member ? "OS_MEMBER_PASSWORD" : "OS_PASSWORD");

        Client client;
        client.session = std::make_unique<Session>(profile, credentials);
        client.session->setClock(&m_clock);
        // Transport retries and the stop poll: at once, with the cloud's clock moved on.
        client.session->setScheduler([this](int ms, std::function<void()> callback) {
            m_sandbox.advance(ms);
            QTimer::singleShot(0, &m_context, std::move(callback));
        });
        client.tracker = std::make_unique<JobTracker>(
            client.session.get(),
            JobStore(m_dir.filePath(profile.name + QStringLiteral("-jobs.jsonl"))));
        client.tracker->setScheduler([this](int ms, std::function<void()> callback) {
            if (m_holdPolls)
                return;
            m_sandbox.advance(ms);
            QTimer::singleShot(0, &m_context, std::move(callback));
        });
        client.operations =
            std::make_unique<ImageOperations>(client.session.get(), client.tracker.get());
        return client;
    }

    sandbox::Flavor m_flavor;
    SandboxFixture m_sandbox;
    RecordingProxy m_proxy;
    SandboxClock m_clock;
    QTemporaryDir m_dir;
    QMap<QString, QString> m_tokens;
    bool m_holdPolls = false;
    Client m_main;
    Client m_member;
    QObject m_context; // scheduled callbacks go with it, before the clients
};

// "…, IMS" and "…, Glance" rows of one case.
QByteArray rowName(const char *name, const QString &flavor) {
    return QByteArray(name) + (flavor == QLatin1String("ims") ? ", IMS" : ", Glance");
}

const QStringList kFlavors = {QStringLiteral("ims"), QStringLiteral("glance")};

} // namespace

// Waits for `answer`, lets the event loop settle (every request it set off is answered) and
// checks that its callback ran exactly once.
#define AWAIT_ONCE(answer)                                                                         \
    do {                                                                                           \
        QVERIFY2(QTest::qWaitFor([&] { return (answer).calls() > 0; }, 30000),                     \
                 "the callback was not called");                                                   \
        m_cloud->settle();                                                                         \
        QCOMPARE((answer).calls(), 1);                                                             \
    } while (false)

#define START_CLOUD(flavor)                                                                        \
    do {                                                                                           \
        m_cloud = std::make_unique<Cloud>(flavorNamed(flavor));                                    \
        QVERIFY2(m_cloud->started(), qPrintable(m_cloud->sandbox().error()));                      \
    } while (false)

class TestImageOperations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_cloud.reset(); }
    void replicate_data();
    void replicate();
    void createFromServer_data();
    void createFromServer();
    void exportImage_data();
    void exportImage();
    void share_data();
    void share();
    void answerShares_data();
    void answerShares();
    void update_data();
    void update();
    void updateWhoseTagCallFailsShowsWhatChanged();
    void remove_data();
    void remove();
    void inspectDeletion_data();
    void inspectDeletion();
    void stopServers();
    void quotaAndOsVersions_data();
    void quotaAndOsVersions();
    void retry_data();
    void retry();
    void retryRefused_data();
    void retryRefused();
    void importImage_data();
    void importImage();
    void importRefused_data();
    void importRefused();
    void importRetry_data();
    void importRetry();

private:
    // The tracker's job once it is in `state` (within the cloud's time, polled at once).
    std::optional<TrackedJob> jobIn(const QString &jobId, JobState state,
                                    JobTracker *tracker = nullptr);

    // The import of `kind` ("obs", "iso", "quick", "quick data", "obs data", "whole",
    // "backup", "data disks", "register", "file"), as the wizard would send it here.
    ImportOrder importOrder(const QString &kind);
    // `json` with {server} and {queued} (the seeded queued image) filled in.
    QJsonObject filled(const QJsonObject &json);

    std::unique_ptr<Cloud> m_cloud;
    QTemporaryDir m_files;
};

std::optional<TrackedJob> TestImageOperations::jobIn(const QString &jobId, JobState state,
                                                     JobTracker *tracker) {
    tracker = tracker ? tracker : m_cloud->tracker();
    const bool reached = QTest::qWaitFor(
        [&] {
            const auto job = tracker->job(jobId);
            return job && job->state == state;
        },
        20000);
    const auto job = tracker->job(jobId);
    if (!reached)
        qWarning("job %s is %s", qPrintable(jobId),
                 job ? qPrintable(job->statusName() + ' ' + job->failReason) : "not tracked");
    return job && job->state == state ? job : std::nullopt;
}

// ---------------------------------------------------------------- jobs

void TestImageOperations::replicate_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("region"); // empty: the image's own
    QTest::addColumn<QString>("wire");   // the request that starts the job; empty: none
    QTest::addColumn<int>("refusedAs");  // -1: a job starts; else the ApiError::Kind
    QTest::newRow("in region, IMS") << "ims"
                                    << ""
                                    << "POST /v1/cloudimages/{id}/copy" << -1;
    QTest::newRow("own region named, IMS") << "ims"
                                           << "eu-de"
                                           << "POST /v1/cloudimages/{id}/copy" << -1;
    QTest::newRow("to eu-nl, IMS") << "ims"
                                   << "eu-nl"
                                   << "POST /v1/cloudimages/{id}/cross_region_copy" << -1;
    // Plain OpenStack has neither copy: said before anything is sent.
    QTest::newRow("in region, Glance") << "glance"
                                       << ""
                                       << "" << int(ApiError::Kind::Unsupported);
    QTest::newRow("to eu-nl, Glance") << "glance"
                                      << "eu-nl"
                                      << "" << int(ApiError::Kind::Refused);
}

void TestImageOperations::replicate() {
    QFETCH(QString, flavor);
    QFETCH(QString, region);
    QFETCH(QString, wire);
    QFETCH(int, refusedAs);
    START_CLOUD(flavor);
    const QString source = m_cloud->id("web-frontend-2025");
    const bool otherRegion = region == QLatin1String("eu-nl");
    ReplicationOrder order;
    order.imageId = source;
    order.imageName = "web-frontend-2025";
    order.name = "web-replica";
    order.description = "a replica";
    order.region = region;
    if (otherRegion) {
        order.projectName = "eu-nl";
        order.agencyName = "ims_admin_agency";
    }
    Answer<StartedJob> started;
    m_cloud->operations()->replicate(order, started.callback());
    AWAIT_ONCE(started);
    if (refusedAs >= 0) {
        QVERIFY(!started.ok());
        QCOMPARE(int(started.error().kind), refusedAs);
        QCOMPARE(m_cloud->proxy().changes(), QStringList());
        QVERIFY(m_cloud->tracker()->jobs().isEmpty());
        return;
    }
    QVERIFY2(started.ok(), qPrintable(started.why()));
    QVERIFY(!started.value().outcomeUnknown);
    const auto job = jobIn(started.value().jobId, JobState::Success);
    QVERIFY(job);
    QCOMPARE(m_cloud->proxy().changes(), QStringList{m_cloud->expand(wire, source)});
    // The copy is where the user asked for it, and the job shows it.
    const QJsonArray copies = m_cloud->imagesNamed("web-replica", otherRegion ? region : "eu-de");
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first()["id"].toString(), job->imageId);
    QCOMPARE(m_cloud->imagesNamed("web-replica", otherRegion ? "eu-de" : "eu-nl").size(), 0);
    // Retry (here, from the window or imsctl) knows what started it.
    const auto recipe = recipes::fromJson(job->recipe);
    QVERIFY(recipe);
    QCOMPARE(recipes::describe(*recipe), job->description);
    QCOMPARE(recipes::expected(*recipe).imageName, QStringLiteral("web-replica"));
}

void TestImageOperations::createFromServer_data() {
    QTest::addColumn<QString>("flavor");
    QTest::newRow("IMS") << "ims";
    QTest::newRow("Glance") << "glance";
}

void TestImageOperations::createFromServer() {
    QFETCH(QString, flavor);
    START_CLOUD(flavor);
    const QJsonObject server = m_cloud->serverNamed("db-01"); // stopped, as IMS requires
    QCOMPARE(server["status"].toString(), QStringLiteral("SHUTOFF"));
    CreateImageOrder order;
    order.serverId = server["id"].toString();
    order.serverName = "db-01";
    order.name = "db-image";
    order.description = "from db-01";
    order.tags = {"env=prod", "tier=db"};
    order.minRamMb = 2048;
    Answer<StartedJob> started;
    m_cloud->operations()->createFromServer(order, started.callback());
    AWAIT_ONCE(started);
    if (flavor == QLatin1String("glance")) {
        QCOMPARE(started.error().kind, ApiError::Kind::Unsupported);
        QCOMPARE(m_cloud->proxy().changes(), QStringList());
        return;
    }
    QVERIFY2(started.ok(), qPrintable(started.why()));
    const auto job = jobIn(started.value().jobId, JobState::Success);
    QVERIFY(job);
    QCOMPARE(m_cloud->proxy().changes(), QStringList{"POST /v2/cloudimages/action"});
    const QJsonObject image = m_cloud->image(job->imageId);
    QCOMPARE(image["name"].toString(), QStringLiteral("db-image"));
    QCOMPARE(image["__description"].toString(), QStringLiteral("from db-01"));
    QCOMPARE(image["min_ram"].toInt(), 2048);
    const QJsonArray tags = image["tags"].toArray();
    QVERIFY(tags.contains(QJsonValue("env=prod")));
    QVERIFY(tags.contains(QJsonValue("tier=db")));
    QCOMPARE(job->description, QStringLiteral("server db-01 → db-image"));
}

void TestImageOperations::exportImage_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("bucketUrl");
    QTest::addColumn<QString>("ends"); // SUCCESS, FAIL; empty: not started
    QTest::addColumn<QString>("code");
    QTest::newRow("IMS") << "ims"
                         << "ims-image:exports/web.qcow2"
                         << "SUCCESS"
                         << "";
    // The sandbox fails jobs whose OBS file is called "fail…": the error reaches the job.
    QTest::newRow("job fails, IMS") << "ims"
                                    << "ims-image:fail.qcow2"
                                    << "FAIL"
                                    << "IMG.0057";
    QTest::newRow("Glance") << "glance"
                            << "ims-image:exports/web.qcow2"
                            << ""
                            << "";
}

void TestImageOperations::exportImage() {
    QFETCH(QString, flavor);
    QFETCH(QString, bucketUrl);
    QFETCH(QString, ends);
    QFETCH(QString, code);
    START_CLOUD(flavor);
    const QString id = m_cloud->id("web-frontend-2025");
    Answer<StartedJob> started;
    m_cloud->operations()->exportImage({id, "web-frontend-2025", bucketUrl, "qcow2", false},
                                       started.callback());
    AWAIT_ONCE(started);
    if (ends.isEmpty()) {
        QCOMPARE(started.error().kind, ApiError::Kind::Unsupported);
        QCOMPARE(m_cloud->proxy().changes(), QStringList());
        return;
    }
    QVERIFY2(started.ok(), qPrintable(started.why()));
    const auto job =
        jobIn(started.value().jobId, ends == "SUCCESS" ? JobState::Success : JobState::Fail);
    QVERIFY(job);
    QCOMPARE(job->errorCode, code);
    QCOMPARE(m_cloud->proxy().changes(),
             QStringList{m_cloud->expand("POST /v1/cloudimages/{id}/file", id)});
    const QJsonObject body =
        QJsonDocument::fromJson(m_cloud->proxy().lastBody("POST /v1/cloudimages/")).object();
    QCOMPARE(body["bucket_url"].toString(), bucketUrl);
    QCOMPARE(body["file_format"].toString(), QStringLiteral("qcow2"));
    const QJsonObject cloudJob = m_cloud->cloudJob(started.value().jobId);
    QCOMPARE(cloudJob["job_type"].toString(), QStringLiteral("imsNativeExportImageJob"));
    QCOMPARE(cloudJob["status"].toString(), ends);
}

// ---------------------------------------------------------------- sharing

void TestImageOperations::share_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("add"); // with the partner project; else stop sharing with it
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QStringList>("wire");
    // IMS: one batch job (SPEC §5.10), which also makes a private image shared.
    QTest::newRow("share a private image, IMS")
        << "ims"
        << "web-frontend-2025" << true << QStringList{"{partner}=pending"}
        << QStringList{"POST /v1/cloudimages/members"};
    QTest::newRow("stop sharing, IMS") << "ims"
                                       << "shared-app-base" << false << QStringList{}
                                       << QStringList{"DELETE /v1/cloudimages/members"};
    // Glance: members only on shared images, so a private image becomes shared first.
    QTest::newRow("share a private image, Glance")
        << "glance"
        << "web-frontend-2025" << true << QStringList{"{partner}=pending"}
        << QStringList{"PATCH /v2/images/{id}", "POST /v2/images/{id}/members"};
    QTest::newRow("share a shared image, Glance")
        << "glance"
        << "shared-tools-offer" << true << QStringList{"{partner}=pending"}
        << QStringList{"PATCH /v2/images/{id}", "POST /v2/images/{id}/members"};
    QTest::newRow("stop sharing, Glance")
        << "glance"
        << "shared-app-base" << false << QStringList{}
        << QStringList{"DELETE /v2/images/{id}/members/{partner}"};
}

void TestImageOperations::share() {
    QFETCH(QString, flavor);
    QFETCH(QString, image);
    QFETCH(bool, add);
    QFETCH(QStringList, members);
    QFETCH(QStringList, wire);
    START_CLOUD(flavor);
    const QString id = m_cloud->id(image);
    if (image == QLatin1String("shared-tools-offer")) { // already a member: start without it
        QCOMPARE(m_cloud->sandbox()
                     .send("DELETE", "/v2/images/" + id + "/members/" + m_cloud->partnerId(),
                           m_cloud->token(), {})
                     .status,
                 204);
    }
    ShareOrder order;
    order.imageIds = {id};
    (add ? order.addProjects : order.removeProjects) = QStringList{m_cloud->partnerId()};
    Answer<QStringList> shared;
    m_cloud->operations()->share(order, shared.callback());
    AWAIT_ONCE(shared);
    QVERIFY2(shared.ok(), qPrintable(shared.why()));
    if (flavor == QLatin1String("ims")) { // the batch job, followed to its end
        QCOMPARE(shared.value().size(), 1);
        QVERIFY(jobIn(shared.value().first(), JobState::Success));
    } else {
        QCOMPARE(shared.value(), QStringList());
    }
    QCOMPARE(m_cloud->proxy().changes(), m_cloud->expand(wire, id));
    QCOMPARE(m_cloud->members(id), m_cloud->expand(members));
    if (add) // what the partner now sees
        QCOMPARE(m_cloud->image(id)["visibility"].toString(), QStringLiteral("shared"));

    // Nothing to share: done at once, nothing sent.
    m_cloud->proxy().clear();
    Answer<QStringList> nothing;
    m_cloud->operations()->share({{id}, {}, {}}, nothing.callback());
    AWAIT_ONCE(nothing);
    QVERIFY(nothing.ok());
    QCOMPARE(m_cloud->proxy().changes(), QStringList());
}

void TestImageOperations::answerShares_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QString>("wire");
    for (const QString &flavor : kFlavors) {
        const bool ims = flavor == QLatin1String("ims");
        QTest::newRow(rowName("accept", flavor))
            << flavor << true
            << (ims ? "PUT /v1/cloudimages/members" : "PUT /v2/images/{id}/members/{partner}");
        QTest::newRow(rowName("reject", flavor))
            << flavor << false
            << (ims ? "PUT /v1/cloudimages/members" : "PUT /v2/images/{id}/members/{partner}");
    }
}

void TestImageOperations::answerShares() {
    QFETCH(QString, flavor);
    QFETCH(bool, accept);
    QFETCH(QString, wire);
    START_CLOUD(flavor);
    const QString id = m_cloud->id("shared-tools-offer"); // offered to the partner, pending
    QCOMPARE(m_cloud->members(id), m_cloud->expand(QStringList{"{partner}=pending"}));
    Client &partner = m_cloud->member();
    Answer<QStringList> answered;
    partner.operations->answerShares({id}, accept, answered.callback());
    AWAIT_ONCE(answered);
    QVERIFY2(answered.ok(), qPrintable(answered.why()));
    if (flavor == QLatin1String("ims")) {
        QCOMPARE(answered.value().size(), 1);
        QVERIFY(jobIn(answered.value().first(), JobState::Success, partner.tracker.get()));
    } else {
        QCOMPARE(answered.value(), QStringList());
    }
    QCOMPARE(m_cloud->proxy().changes(), QStringList{m_cloud->expand(wire, id)});
    QCOMPARE(m_cloud->members(id),
             m_cloud->expand(QStringList{accept ? "{partner}=accepted" : "{partner}=rejected"}));

    m_cloud->proxy().clear();
    Answer<QStringList> nothing;
    partner.operations->answerShares({}, accept, nothing.callback());
    AWAIT_ONCE(nothing);
    QVERIFY(nothing.ok());
    QCOMPARE(m_cloud->proxy().changes(), QStringList());
}

// ---------------------------------------------------------------- changes

void TestImageOperations::update_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("image");
    // name=…, description=…, min_ram=…, max_ram=…, min_disk=…, protected=…, +tag=k=v, -tag=k=v
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("refused"); // a part of the reason; empty: allowed
    // On the native image afterwards: key=value, or tags+x / tags-x (has x / has not)
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<QStringList>("wire"); // the requests that change something, sorted
    QTest::addColumn<QString>("body");     // in the PATCH body; empty: not checked

    const QString web = QStringLiteral("web-frontend-2025"); // tags env=prod, team=web
    for (const QString &flavor : kFlavors) {
        const bool ims = flavor == QLatin1String("ims");
        const QStringList patch{ims ? "PATCH /v2/cloudimages/{id}" : "PATCH /v2/images/{id}"};
        // What the user sees is the same on both; how it is said differs.
        QTest::newRow(rowName("name and description", flavor))
            << flavor << web << QStringList{"name=web-renamed", "description=Renamed front end"}
            << "" << QStringList{"name=web-renamed", "__description=Renamed front end"} << patch
            << "";
        QTest::newRow(rowName("min RAM", flavor))
            << flavor << web << QStringList{"min_ram=2048"} << ""
            << QStringList{"min_ram=2048", "tags+env=prod"}
            << patch
            // IMS documents the values of /v2/cloudimages as strings (SPEC §5.2)
            << (ims ? R"("value":"2048")" : R"("value":2048)");
        QTest::newRow(rowName("add a tag", flavor))
            << flavor << web << QStringList{"+tag=owner=ops"} << ""
            << QStringList{"tags+owner=ops", "tags+env=prod", "tags+team=web"}
            << QStringList{ims ? "POST /v2/{project}/images/{id}/tags" : "PATCH /v2/images/{id}"}
            << "";
        QTest::newRow(rowName("change a tag's value", flavor))
            << flavor << web << QStringList{"-tag=env=prod", "+tag=env=dev"} << ""
            << QStringList{"tags+env=dev", "tags-env=prod", "tags+team=web"}
            // IMS: setting a key again replaces its value; no delete first
            << QStringList{ims ? "POST /v2/{project}/images/{id}/tags" : "PATCH /v2/images/{id}"}
            << "";
        QTest::newRow(rowName("remove a tag", flavor))
            << flavor << web << QStringList{"-tag=team=web"} << ""
            << QStringList{"tags-team=web", "tags+env=prod"}
            << QStringList{ims ? "DELETE /v2/{project}/images/{id}/tags/team"
                               : "PATCH /v2/images/{id}"}
            << "";
        QTest::newRow(rowName("someone else's image", flavor))
            << flavor << "Standard_Debian_12_latest" << QStringList{"name=mine"} << "owner"
            << QStringList{} << QStringList{} << "";
        QTest::newRow(rowName("nothing changed", flavor))
            << flavor << web << QStringList{} << "" << QStringList{"name=" + web} << QStringList{}
            << "";
    }
    QTest::newRow("max RAM, IMS") << "ims" << web << QStringList{"max_ram=4096"} << ""
                                  << QStringList{"max_ram=4096"}
                                  << QStringList{"PATCH /v2/cloudimages/{id}"}
                                  << R"("value":"4096")";
    QTest::newRow("all IMS lets users change, IMS")
        << "ims" << web
        << QStringList{"name=web-all", "min_ram=1024", "max_ram=8192", "+tag=owner=ops",
                       "-tag=team=web"}
        << "" << QStringList{"name=web-all",   "min_ram=1024",  "max_ram=8192",
                             "tags+owner=ops", "tags-team=web", "tags+env=prod"}
        << QStringList{"DELETE /v2/{project}/images/{id}/tags/team", "PATCH /v2/cloudimages/{id}",
                       "POST /v2/{project}/images/{id}/tags"}
        << R"("value":"1024")";
    // The tag API's 404 for a key that is not there is what removing it wanted.
    QTest::newRow("remove a tag already gone, IMS")
        << "ims" << web << QStringList{"-tag=gone=x"} << "" << QStringList{"tags+env=prod"}
        << QStringList{"DELETE /v2/{project}/images/{id}/tags/gone"} << "";
    // What IMS does not let users change is refused before anything is sent.
    QTest::newRow("min disk, IMS") << "ims" << web << QStringList{"min_disk=50"} << "minimum disk"
                                   << QStringList{"min_disk=4"} << QStringList{} << "";
    QTest::newRow("protection, IMS")
        << "ims" << web << QStringList{"name=web-2", "protected=true"} << "protection"
        << QStringList{"protected=false", "name=" + web} << QStringList{} << "";
    QTest::newRow("data disk image, IMS")
        << "ims"
        << "logs-data-disk" << QStringList{"name=logs-2"} << "IMG.0168"
        << QStringList{"name=logs-data-disk"} << QStringList{} << "";
    // Plain Glance: one native PATCH, base attributes included; no maximum RAM.
    QTest::newRow("min disk, Glance")
        << "glance" << web << QStringList{"min_disk=50"} << "" << QStringList{"min_disk=50"}
        << QStringList{"PATCH /v2/images/{id}"} << R"("value":50)";
    QTest::newRow("protection, Glance")
        << "glance" << web << QStringList{"protected=true"} << "" << QStringList{"protected=true"}
        << QStringList{"PATCH /v2/images/{id}"} << "";
    QTest::newRow("max RAM, Glance") << "glance" << web << QStringList{"max_ram=4096"}
                                     << "maximum RAM" << QStringList{} << QStringList{} << "";
}

void TestImageOperations::update() {
    QFETCH(QString, flavor);
    QFETCH(QString, image);
    QFETCH(QStringList, changes);
    QFETCH(QString, refused);
    QFETCH(QStringList, expect);
    QFETCH(QStringList, wire);
    QFETCH(QString, body);
    START_CLOUD(flavor);
    const QString id = m_cloud->id(image);
    QVERIFY(!id.isEmpty());
    Answer<Image> read; // the image as the caller has it (a row, imsctl's read)
    m_cloud->operations()->image(id, read.callback());
    AWAIT_ONCE(read);
    QVERIFY2(read.ok(), qPrintable(read.why()));

    ImageChanges order;
    order.imageId = id;
    for (const QString &change : changes) {
        const QString field = change.section('=', 0, 0);
        const QString value = change.section('=', 1);
        if (field == "name")
            order.name = value;
        else if (field == "description")
            order.description = value;
        else if (field == "min_ram")
            order.minRamMb = value.toInt();
        else if (field == "max_ram")
            order.maxRamMb = value.toInt();
        else if (field == "min_disk")
            order.minDiskGb = value.toInt();
        else if (field == "protected")
            order.isProtected = value == "true";
        else if (field == "+tag")
            order.addedTags << value;
        else if (field == "-tag")
            order.removedTags << value;
    }
    m_cloud->proxy().clear();
    QSignalSpy changed(m_cloud->operations(), &ImageOperations::imageChanged);
    Answer<Image> updated;
    m_cloud->operations()->update(read.value(), order, updated.callback());
    AWAIT_ONCE(updated);

    QStringList sent = m_cloud->proxy().changes();
    std::sort(sent.begin(), sent.end());
    QCOMPARE(sent, m_cloud->expand(wire, id));
    if (!refused.isEmpty()) {
        QCOMPARE(updated.error().kind, ApiError::Kind::Refused);
        QVERIFY2(updated.error().message.contains(refused), qPrintable(updated.error().message));
        QCOMPARE(changed.count(), 0);
    } else {
        QVERIFY2(updated.ok(), qPrintable(updated.why()));
        QCOMPARE(changed.count(), 1);
    }
    if (!body.isEmpty())
        QVERIFY2(m_cloud->proxy().lastBody("PATCH").contains(body.toUtf8()),
                 m_cloud->proxy().lastBody("PATCH").constData());

    const QJsonObject now = m_cloud->image(id);
    const QJsonArray tags = now["tags"].toArray();
    for (const QString &check : expect) {
        if (check.startsWith("tags+") || check.startsWith("tags-")) {
            QVERIFY2(tags.contains(QJsonValue(check.mid(5))) == check.startsWith("tags+"),
                     qPrintable(check + " in " + QJsonDocument(tags).toJson()));
            continue;
        }
        const QString key = check.section('=', 0, 0);
        QCOMPARE(now[key].toVariant().toString(), check.section('=', 1));
    }
    if (updated.ok()) { // the image delivered is the cloud's, as it is now
        QCOMPARE(updated.value().name, now["name"].toString());
        QStringList delivered = updated.value().tags;
        QStringList stored;
        for (const QJsonValue &tag : tags)
            stored << tag.toString();
        delivered.sort();
        stored.sort();
        QCOMPARE(delivered, stored);
        QCOMPARE(changed.first().first().value<Image>().name, now["name"].toString());
    }
}

// IMS: the attributes are patched, then a tag call fails. The caller hears the error, and the
// rows learn the image as the cloud now holds it (renamed), not as it was before the edit.
void TestImageOperations::updateWhoseTagCallFailsShowsWhatChanged() {
    START_CLOUD(QStringLiteral("ims"));
    const QString id = m_cloud->id(QStringLiteral("web-frontend-2025"));
    Answer<Image> read;
    m_cloud->operations()->image(id, read.callback());
    AWAIT_ONCE(read);
    QVERIFY(
        m_cloud->addFault(QStringLiteral("error:route=^POST .*/images/[^/]+/tags$,status=500")));
    ImageChanges order;
    order.imageId = id;
    order.name = QStringLiteral("web-frontend-renamed");
    order.addedTags << QStringLiteral("owner=ops");
    QSignalSpy changed(m_cloud->operations(), &ImageOperations::imageChanged);
    Answer<Image> updated;
    m_cloud->operations()->update(read.value(), order, updated.callback());
    AWAIT_ONCE(updated);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().httpStatus, 500);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Image>().name, QStringLiteral("web-frontend-renamed"));
    QVERIFY(!changed.first().first().value<Image>().tags.contains(QStringLiteral("owner=ops")));
    m_cloud->clearFaults();
}

void TestImageOperations::remove_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("image"); // empty: an id the cloud never had
    QTest::addColumn<bool>("unprotect");
    QTest::addColumn<bool>("deleteBackup");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("outcome"); // done, refused, or the error's code (may be empty)
    QTest::addColumn<bool>("gone");
    QTest::addColumn<QStringList>("wire");
    const QStringList deleteOnce{"DELETE /v2/images/{id}"};
    for (const QString &flavor : kFlavors) {
        QTest::newRow(rowName("plain", flavor))
            << flavor << "web-frontend-2025" << false << false << ""
            << "done" << true << deleteOnce;
        QTest::newRow(rowName("already gone", flavor)) << flavor << "" << false << false << ""
                                                       << "done" << true << deleteOnce;
        // The image API refuses (IMS: IMG.0028; Glance: 403): it stays, and the user is told.
        QTest::newRow(rowName("protected, not unprotected", flavor))
            << flavor << "db-golden" << false << false << ""
            << (flavor == QLatin1String("ims") ? "IMG.0028" : "error") << false << deleteOnce;
    }
    // Deleted, the answer lost: sent again (idempotent), the image API's 404 is "deleted".
    QTest::newRow("answer lost, IMS") << "ims"
                                      << "web-frontend-2025" << false << false
                                      << "drop:when=after,route=^DELETE /v2/images/,count=1"
                                      << "done" << true << (deleteOnce + deleteOnce);
    // The gateway's 404 says the API is not there: not deleted.
    QTest::newRow("gateway 404, IMS")
        << "ims"
        << "web-frontend-2025" << false << false << "gateway:route=^DELETE /v2/images/,count=1"
        << "APIG.0101" << false << deleteOnce;
    QTest::newRow("unprotect, IMS") << "ims"
                                    << "db-golden" << true << false << ""
                                    << "refused" << false << QStringList{};
    QTest::newRow("full-ECS with its backup, IMS") << "ims"
                                                   << "full-ecs-backup" << false << true << ""
                                                   << "done" << true << deleteOnce;
    QTest::newRow("full-ECS, backup kept, IMS") << "ims"
                                                << "full-ecs-backup" << false << false << ""
                                                << "done" << true << deleteOnce;
    QTest::newRow("unprotect and delete, Glance")
        << "glance"
        << "db-golden" << true << false << ""
        << "done" << true << QStringList{"PATCH /v2/images/{id}", "DELETE /v2/images/{id}"};
    QTest::newRow("backup, Glance") << "glance"
                                    << "full-ecs-backup" << false << true << ""
                                    << "refused" << false << QStringList{};
}

void TestImageOperations::remove() {
    QFETCH(QString, flavor);
    QFETCH(QString, image);
    QFETCH(bool, unprotect);
    QFETCH(bool, deleteBackup);
    QFETCH(QString, fault);
    QFETCH(QString, outcome);
    QFETCH(bool, gone);
    QFETCH(QStringList, wire);
    START_CLOUD(flavor);
    const QString id = image.isEmpty() ? QStringLiteral("3f2a7c1e-0b9d-4e8a-a1c5-6d7e8f9a0b1c")
                                       : m_cloud->id(image);
    QVERIFY(!id.isEmpty());
    if (!fault.isEmpty())
        QVERIFY(m_cloud->addFault(fault));
    QSignalSpy removed(m_cloud->operations(), &ImageOperations::imageRemoved);
    Answer<Done> done;
    m_cloud->operations()->remove({id, unprotect, deleteBackup}, done.callback());
    AWAIT_ONCE(done);

    QCOMPARE(m_cloud->proxy().changes(), m_cloud->expand(wire, id));
    if (outcome == QLatin1String("done")) {
        QVERIFY2(done.ok(), qPrintable(done.why()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), id);
    } else {
        QVERIFY(!done.ok());
        QCOMPARE(removed.count(), 0);
        if (outcome == QLatin1String("refused"))
            QCOMPARE(done.error().kind, ApiError::Kind::Refused);
        else if (outcome != QLatin1String("error"))
            QCOMPARE(done.error().code, outcome);
    }
    QCOMPARE(m_cloud->image(id).isEmpty(), gone);
    // A full-ECS image's backup goes only when asked (the body {"delete_backup": true}).
    const QJsonArray backups = m_cloud->sandbox()
                                   .admin("GET", QStringLiteral("/_sandbox/deleted-backups"))
                                   .json()
                                   .value("deleted_backups")
                                   .toArray();
    QCOMPARE(backups.size(), deleteBackup && gone ? 1 : 0);
    if (!backups.isEmpty())
        QCOMPARE(backups.first()["image_id"].toString(), id);
}

void TestImageOperations::inspectDeletion_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("protectedBlocked"); // db-golden: the blocker, or "" when deletable
    QTest::addColumn<bool>("protectedNeedsUnprotect");
    QTest::addColumn<bool>("backupOffered"); // full-ecs-backup
    QTest::newRow("IMS") << "ims"
                         << "IMG.0028" << false << true;
    QTest::newRow("Glance") << "glance"
                            << "" << true << false;
}

void TestImageOperations::inspectDeletion() {
    QFETCH(QString, flavor);
    QFETCH(QString, protectedBlocked);
    QFETCH(bool, protectedNeedsUnprotect);
    QFETCH(bool, backupOffered);
    START_CLOUD(flavor);
    const QStringList names = {
        "Standard_Debian_12_latest", "shared-app-base",   "db-golden",
        "full-ecs-backup",           "web-frontend-2025", "partner-hardened-base"};
    QStringList ids;
    for (const QString &name : names)
        ids << m_cloud->id(name);
    Answer<QList<DeletionCandidate>> inspected;
    m_cloud->operations()->inspectDeletion(ids, inspected.callback());
    AWAIT_ONCE(inspected);
    QVERIFY2(inspected.ok(), qPrintable(inspected.why()));
    const QList<DeletionCandidate> &candidates = inspected.value();
    QCOMPARE(candidates.size(), names.size());
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(candidates[i].image.name, names[i]); // in the order asked, whatever answered first
    const auto blockers = [&](int i) { return candidates[i].check.blockers.join(' '); };
    QVERIFY2(blockers(0).contains("IMG.0094"), qPrintable(blockers(0))); // public
    QCOMPARE(candidates[1].memberCount, 1);                              // shared with the partner
    QVERIFY2(blockers(1).isEmpty(), qPrintable(blockers(1)));
    QVERIFY(candidates[1].check.warnings.join(' ').contains("Shared with 1 project"));
    if (protectedBlocked.isEmpty())
        QVERIFY2(blockers(2).isEmpty(), qPrintable(blockers(2)));
    else
        QVERIFY2(blockers(2).contains(protectedBlocked), qPrintable(blockers(2)));
    QCOMPARE(candidates[2].check.needsUnprotect, protectedNeedsUnprotect);
    QCOMPARE(candidates[3].check.offersBackupDeletion, backupOffered);
    QVERIFY(blockers(4).isEmpty());
    QCOMPARE(candidates[4].memberCount, 0);
    QVERIFY(candidates[4].check.warnings.isEmpty());
    // Shared with us (accepted): the partner's to delete, not ours; nobody to warn about.
    QVERIFY2(blockers(5).contains("reject the share"), qPrintable(blockers(5)));
    QCOMPARE(candidates[5].image.memberStatus, QStringLiteral("accepted"));
    QCOMPARE(candidates[5].memberCount, 0);
    QCOMPARE(m_cloud->proxy().changes(), QStringList()); // it only reads

    // An image that cannot be read fails the whole inspection: nothing is deleted half-known.
    Answer<QList<DeletionCandidate>> unknown;
    m_cloud->operations()->inspectDeletion({ids.first(), "3f2a7c1e-0b9d-4e8a-a1c5-6d7e8f9a0b1c"},
                                           unknown.callback());
    AWAIT_ONCE(unknown);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().httpStatus, 404);
}

// ---------------------------------------------------------------- servers and reads

void TestImageOperations::stopServers() {
    START_CLOUD("ims");
    const QString id = m_cloud->serverNamed("web-01")["id"].toString();
    QCOMPARE(m_cloud->serverNamed("web-01")["status"].toString(), QStringLiteral("ACTIVE"));
    QSignalSpy serversChanged(m_cloud->operations(), &ImageOperations::serversChanged);
    Answer<QList<Server>> stopped;
    m_cloud->operations()->stopServers({id}, stopped.callback());
    AWAIT_ONCE(stopped);
    QVERIFY2(stopped.ok(), qPrintable(stopped.why()));
    QCOMPARE(stopped.value().size(), 1);
    QCOMPARE(stopped.value().first().id, id);
    QVERIFY(stopped.value().first().isStopped());
    QCOMPARE(m_cloud->serverNamed("web-01")["status"].toString(), QStringLiteral("SHUTOFF"));
    // Watched until stopped: the window's server list followed it.
    QVERIFY(serversChanged.count() >= 2);
    QCOMPARE(m_cloud->proxy().changes(),
             m_cloud->expand(QStringList{"POST /v1/{project}/cloudservers/action"}));
}

void TestImageOperations::quotaAndOsVersions_data() {
    QTest::addColumn<QString>("flavor");
    QTest::newRow("IMS") << "ims";
    QTest::newRow("Glance") << "glance";
}

void TestImageOperations::quotaAndOsVersions() {
    QFETCH(QString, flavor);
    START_CLOUD(flavor);
    Answer<QList<QuotaResource>> quota;
    m_cloud->operations()->quota(quota.callback());
    AWAIT_ONCE(quota);
    Answer<QList<OsVersion>> versions;
    m_cloud->operations()->osVersions(versions.callback());
    AWAIT_ONCE(versions);
    if (flavor == QLatin1String("glance")) { // IMS's own APIs: not asked for on plain Glance
        QCOMPARE(quota.error().kind, ApiError::Kind::Unsupported);
        QCOMPARE(versions.error().kind, ApiError::Kind::Unsupported);
        for (const ScriptedRequest &request : m_cloud->proxy().requests())
            QVERIFY2(!request.path().contains("cloudimages"), request.target.constData());
        return;
    }
    QVERIFY2(quota.ok(), qPrintable(quota.why()));
    const auto images = std::find_if(quota.value().cbegin(), quota.value().cend(),
                                     [](const QuotaResource &r) { return r.type == "image"; });
    QVERIFY(images != quota.value().cend());
    QVERIFY(images->used > 0);
    QCOMPARE(images->quota, images->used + 50); // the seeded headroom
    QVERIFY2(versions.ok(), qPrintable(versions.why()));
    QVERIFY(std::any_of(versions.value().cbegin(), versions.value().cend(), [](const OsVersion &v) {
        return v.osVersion == "Ubuntu 22.04 server 64bit";
    }));
}

// ---------------------------------------------------------------- retry

void TestImageOperations::retry_data() {
    QTest::addColumn<QString>("firstFault");
    QTest::addColumn<bool>("outcomeUnknown"); // the first POST's answer was lost; else it failed
    QTest::addColumn<QString>("retryFault");
    QTest::addColumn<QString>("outcome"); // resent, already done, error
    QTest::addColumn<int>("sentOnRetry"); // copy requests Retry sent
    QTest::addColumn<int>("copies");      // images of the copy's name at the end
    QTest::newRow("failed job") << "job-fail:route=/copy$,count=1" << false << ""
                                << "resent" << 1 << 1;
    // The POST made the copy but its answer was lost: Retry finds the copy, sends nothing.
    QTest::newRow("answer lost, copy made")
        << "drop:when=after,route=^POST /v1/cloudimages/.*/copy$,count=1" << true << ""
        << "already done" << 0 << 1;
    // The POST never arrived: nothing to find, so it is sent again.
    QTest::newRow("no answer, nothing made")
        << "drop:route=^POST /v1/cloudimages/.*/copy$,count=1" << true << ""
        << "resent" << 1 << 1;
    // The resend is refused by the cloud: the failed job stays, to be retried later.
    QTest::newRow("resend refused") << "job-fail:route=/copy$,count=1" << false
                                    << "error:status=400,route=^POST /v1/cloudimages/.*/copy$"
                                    << "error" << 1 << 0;
}

void TestImageOperations::retry() {
    QFETCH(QString, firstFault);
    QFETCH(bool, outcomeUnknown);
    QFETCH(QString, retryFault);
    QFETCH(QString, outcome);
    QFETCH(int, sentOnRetry);
    QFETCH(int, copies);
    START_CLOUD("ims");
    QVERIFY(m_cloud->addFault(firstFault));
    m_cloud->holdPolls(outcomeUnknown); // Retry, not the tracker, is to look for the copy
    const QString source = m_cloud->id("web-frontend-2025");
    Answer<StartedJob> started;
    m_cloud->operations()->replicate(
        {source, "web-frontend-2025", "web-retried", {}, {}, {}, {}, {}}, started.callback());
    AWAIT_ONCE(started);
    QVERIFY2(started.ok(), qPrintable(started.why()));
    QCOMPARE(started.value().outcomeUnknown, outcomeUnknown);
    const QString first = started.value().jobId;
    const auto failed = jobIn(first, outcomeUnknown ? JobState::OutcomeUnknown : JobState::Fail);
    QVERIFY(failed);

    m_cloud->clearFaults();
    if (!retryFault.isEmpty())
        QVERIFY(m_cloud->addFault(retryFault));
    m_cloud->sandbox().advance(10000); // whatever the lost POST started has finished
    m_cloud->holdPolls(false);
    m_cloud->proxy().clear();
    QSignalSpy replaced(m_cloud->operations(), &ImageOperations::jobReplaced);
    Answer<RetryOutcome> retried;
    m_cloud->operations()->retry(first, retried.callback());
    AWAIT_ONCE(retried);

    const QStringList copyRequests =
        m_cloud->proxy().changes().filter(QRegularExpression("^POST /v1/cloudimages/.*/copy$"));
    QCOMPARE(copyRequests.size(), sentOnRetry);
    if (outcome == QLatin1String("resent")) {
        QVERIFY2(retried.ok(), qPrintable(retried.why()));
        QCOMPARE(retried.value().kind, RetryOutcome::Kind::Resent);
        const QString second = retried.value().job.jobId;
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(replaced.first().first().toString(), first);
        QVERIFY(!m_cloud->tracker()->job(first)); // the new job took its place
        const auto job = jobIn(second, JobState::Success);
        QVERIFY(job);
        QCOMPARE(job->recipe, failed->recipe); // the same request, retryable again
    } else if (outcome == QLatin1String("already done")) {
        QVERIFY2(retried.ok(), qPrintable(retried.why()));
        QCOMPARE(retried.value().kind, RetryOutcome::Kind::AlreadyDone);
        QCOMPARE(m_cloud->proxy().changes(), QStringList()); // nothing sent at all
        QCOMPARE(replaced.count(), 0);
        const auto job = m_cloud->tracker()->job(first); // now shows what it made
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Success);
        QCOMPARE(job->imageId, m_cloud->id("web-retried"));
    } else {
        QVERIFY(!retried.ok());
        QCOMPARE(retried.error().httpStatus, 400);
        QCOMPARE(replaced.count(), 0);
        const auto job = m_cloud->tracker()->job(first);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Fail);
    }
    m_cloud->settle();
    QCOMPARE(m_cloud->imagesNamed("web-retried").size(), copies);
}

void TestImageOperations::retryRefused_data() {
    QTest::addColumn<QString>("job"); // unknown, no recipe, running, succeeded
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown job") << "unknown"
                                 << "There is no job";
    // A job a version without recipes started (or another tool): Retry cannot know the request.
    QTest::newRow("job without a recipe") << "no recipe"
                                          << "does not know what request started it";
    QTest::newRow("running job") << "running"
                                 << "only a failed job";
    QTest::newRow("succeeded job") << "succeeded"
                                   << "only a failed job";
}

void TestImageOperations::retryRefused() {
    QFETCH(QString, job);
    QFETCH(QString, reason);
    START_CLOUD("ims");
    QString jobId = QStringLiteral("ff80808288d41e1b0189a6b1c3bb7777");
    if (job == QLatin1String("no recipe")) {
        m_cloud->tracker()->add(jobId, "web-frontend-2025 → web-copy");
    } else if (job == QLatin1String("running") || job == QLatin1String("succeeded")) {
        m_cloud->holdPolls(job == QLatin1String("running"));
        Answer<StartedJob> started;
        m_cloud->operations()->replicate(
            {m_cloud->id("web-frontend-2025"), "web-frontend-2025", "web-once", {}, {}, {}, {}, {}},
            started.callback());
        AWAIT_ONCE(started);
        QVERIFY2(started.ok(), qPrintable(started.why()));
        jobId = started.value().jobId;
        if (job == QLatin1String("succeeded"))
            QVERIFY(jobIn(jobId, JobState::Success));
    }
    m_cloud->proxy().clear();
    QSignalSpy replaced(m_cloud->operations(), &ImageOperations::jobReplaced);
    Answer<RetryOutcome> retried;
    m_cloud->operations()->retry(jobId, retried.callback());
    AWAIT_ONCE(retried);
    QVERIFY(!retried.ok());
    QCOMPARE(retried.error().kind, ApiError::Kind::Refused);
    QVERIFY2(retried.error().message.contains(reason), qPrintable(retried.error().message));
    QCOMPARE(m_cloud->proxy().changes(), QStringList());
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(m_cloud->tracker()->job(jobId).has_value(), job != QLatin1String("unknown"));
    if (job == QLatin1String("succeeded")) // one copy, not two
        QCOMPARE(m_cloud->imagesNamed("web-once").size(), 1);
}

// ---------------------------------------------------------------- imports

ImportOrder TestImageOperations::importOrder(const QString &kind) {
    ImportOrder order;
    order.name = QStringLiteral("imported");
    order.description = QStringLiteral("imported by a test");
    order.tags = {QStringLiteral("env=prod")};
    const auto fromObs = [&](const char *url, int minDiskGb) {
        order.source = ImportOrder::Source::ObsFile;
        order.obsUrl = QLatin1String(url);
        order.minDiskGb = minDiskGb;
    };
    if (kind == QLatin1String("obs")) {
        fromObs("imsdesk-images:ubuntu.qcow2", 40);
        order.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
        order.minRamMb = 1024;
        order.maxRamMb = 4096;
    } else if (kind == QLatin1String("iso")) {
        fromObs("imsdesk-images:debian-12.iso", 10);
        order.iso = true;
        order.osVersion = QStringLiteral("Debian GNU/Linux 12.0.0 64bit");
    } else if (kind == QLatin1String("quick")) {
        fromObs("imsdesk-images:big.raw", 100);
        order.quickImport = true;
        order.osVersion = QStringLiteral("CentOS 7.9 64bit");
    } else if (kind == QLatin1String("quick data")) {
        fromObs("imsdesk-images:data.zvhd2", 500);
        order.quickImport = true;
        order.dataDisk = true;
    } else if (kind == QLatin1String("obs data")) {
        fromObs("imsdesk-images:data1.qcow2", 80);
        order.dataDisk = true;
    } else if (kind == QLatin1String("whole") || kind == QLatin1String("data disks")) {
        order.source = kind == QLatin1String("whole") ? ImportOrder::Source::ServerWhole
                                                      : ImportOrder::Source::ServerDataDisks;
        order.serverId = m_cloud->serverNamed("db-01")["id"].toString();
        order.serverName = QStringLiteral("db-01");
        order.minRamMb = kind == QLatin1String("whole") ? 2048 : 0;
        if (order.source == ImportOrder::Source::ServerDataDisks)
            order.dataDisks = {{QStringLiteral("c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"),
                                QStringLiteral("db-data1")},
                               {QStringLiteral("7d3a2c1b-0e9f-4a8b-9c7d-6e5f4a3b2c1d"),
                                QStringLiteral("db-data2")}};
    } else if (kind == QLatin1String("backup")) {
        order.source = ImportOrder::Source::Backup;
        order.backupId = QStringLiteral("2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22");
    } else if (kind == QLatin1String("register")) {
        order = ImportOrder{};
        order.source = ImportOrder::Source::QueuedImage;
        order.imageId = m_cloud->id("upload-pending");
        order.name = QStringLiteral("upload-pending");
        order.obsUrl = QStringLiteral("imsdesk-images:web.vmdk");
    } else if (kind == QLatin1String("file")) {
        // A qcow2 header whose disk is 20 GiB (size at offset 24), in a 4 KB file.
        QByteArray header(4096, '\0');
        header.replace(0, 4, QByteArray("QFI\xfb"));
        header[7] = 3; // version
        const quint64 size = 20ULL * 1024 * 1024 * 1024;
        for (int i = 0; i < 8; ++i)
            header[24 + i] = char((size >> (8 * (7 - i))) & 0xff);
        QFile file(m_files.filePath(QStringLiteral("web.qcow2")));
        if (file.open(QIODevice::WriteOnly))
            file.write(header);
        order.source = ImportOrder::Source::LocalFile;
        order.filePath = file.fileName();
        order.minDiskGb = 20;
    }
    return order;
}

QJsonObject TestImageOperations::filled(const QJsonObject &json) {
    QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    text.replace(QLatin1String("{server}"), m_cloud->serverNamed("db-01")["id"].toString())
        .replace(QLatin1String("{queued}"), m_cloud->id("upload-pending"));
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void TestImageOperations::importImage_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("wire");       // the one request that starts the job
    QTest::addColumn<QJsonObject>("body");   // what it must send (fields not listed: any)
    QTest::addColumn<QStringList>("absent"); // what it must not send
    QTest::addColumn<QString>("jobType");
    QTest::addColumn<QStringList>("images");  // the names that appear
    QTest::addColumn<QJsonObject>("image");   // the first one's attributes (fields not listed: any)
    QTest::addColumn<QString>("description"); // in the jobs panel

    const QJsonArray tags{QJsonObject{{"key", "env"}, {"value", "prod"}}};
    QTest::newRow("OBS file (5.3 c)")
        << "obs"
        << "POST /v2/cloudimages/action"
        << QJsonObject{{"name", "imported"},
                       {"image_url", "imsdesk-images:ubuntu.qcow2"},
                       {"min_disk", 40},
                       {"os_version", "Ubuntu 22.04 server 64bit"},
                       {"description", "imported by a test"},
                       {"image_tags", tags},
                       {"min_ram", 1024},
                       {"max_ram", 4096}}
        << QStringList{"tags", "type", "is_quick_import", "instance_id"} << "imsImportImageJob"
        << QStringList{"imported"}
        << QJsonObject{{"__os_version", "Ubuntu 22.04 server 64bit"},
                       {"min_disk", 40},
                       {"min_ram", 1024},
                       {"__description", "imported by a test"},
                       {"status", "active"},
                       {"tags", QJsonArray{"env=prod"}}}
        << "ubuntu.qcow2 in imsdesk-images → imported";
    QTest::newRow("ISO file (5.3 c)")
        << "iso"
        << "POST /v2/cloudimages/action"
        << QJsonObject{{"type", "IsoImage"},
                       {"os_version", "Debian GNU/Linux 12.0.0 64bit"},
                       {"min_disk", 10}}
        << QStringList{"min_ram", "is_quick_import"} << "imsImportImageJob"
        << QStringList{"imported"}
        << QJsonObject{{"disk_format", "iso"}, {"virtual_env_type", "IsoImage"}}
        << "debian-12.iso in imsdesk-images → imported (ISO)";
    QTest::newRow("quick import (5.4)")
        << "quick"
        << "POST /v2/cloudimages/quickimport/action"
        << QJsonObject{{"name", "imported"},
                       {"image_url", "imsdesk-images:big.raw"},
                       {"min_disk", 100},
                       {"os_version", "CentOS 7.9 64bit"},
                       {"image_tags", tags}}
        << QStringList{"type", "is_quick_import", "min_ram"} << "imsImportImageJob"
        << QStringList{"imported"}
        << QJsonObject{{"__lazyloading", "true"}, {"__os_version", "CentOS 7.9 64bit"}}
        << "big.raw in imsdesk-images → imported (quick import)";
    QTest::newRow("quick import of a data disk (5.4)")
        << "quick data"
        << "POST /v2/cloudimages/quickimport/action"
        << QJsonObject{{"type", "DataImage"}, {"min_disk", 500}} << QStringList{"os_version"}
        << "imsImportDataImageJob" << QStringList{"imported"}
        << QJsonObject{{"virtual_env_type", "DataImage"}}
        << "data.zvhd2 in imsdesk-images → imported (data disk, quick import)";
    QTest::newRow("OBS data disk (5.5)")
        << "obs data"
        << "POST /v1/cloudimages/dataimages/action"
        << QJsonObject{{"name", "imported"},
                       {"image_url", "imsdesk-images:data1.qcow2"},
                       {"min_disk", 80},
                       {"image_tags", tags}}
        << QStringList{"os_version", "type", "tags"} << "imsImportDataImageJob"
        << QStringList{"imported"}
        << QJsonObject{{"virtual_env_type", "DataImage"}, {"min_disk", 80}}
        << "data1.qcow2 in imsdesk-images → imported (data disk)";
    QTest::newRow("full-ECS of a server (5.6)")
        << "whole"
        << "POST /v1/cloudimages/wholeimages/action"
        << QJsonObject{{"name", "imported"},
                       {"instance_id", "{server}"},
                       {"description", "imported by a test"},
                       {"image_tags", tags},
                       {"min_ram", 2048}}
        << QStringList{"backup_id", "whole_image_type"} << "imsCreateWholeImageByInstanceJob"
        << QStringList{"imported"} << QJsonObject{{"__whole_image", "true"}, {"min_ram", 2048}}
        << "server db-01 (whole) → imported";
    QTest::newRow("full-ECS of a CBR backup (5.6)")
        << "backup"
        << "POST /v1/cloudimages/wholeimages/action"
        << QJsonObject{{"name", "imported"},
                       {"backup_id", "2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22"},
                       {"whole_image_type", "CBR"}}
        << QStringList{"instance_id"} << "imsCreateWholeImageByBackupJob" << QStringList{"imported"}
        << QJsonObject{{"__whole_image", "true"},
                       {"__backup_id", "2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22"}}
        << "backup 2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22 → imported";
    QTest::newRow("data disks of a server (5.3 b)")
        << "data disks"
        << "POST /v2/cloudimages/action"
        << QJsonObject{{"data_images",
                        QJsonArray{
                            QJsonObject{{"name", "db-data1"},
                                        {"volume_id", "c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"},
                                        {"description", "imported by a test"},
                                        {"image_tags", tags}},
                            QJsonObject{{"name", "db-data2"},
                                        {"volume_id", "7d3a2c1b-0e9f-4a8b-9c7d-6e5f4a3b2c1d"},
                                        {"description", "imported by a test"},
                                        {"image_tags", tags}}}}}
        << QStringList{"instance_id", "image_url", "volume_id"} << "imsVolumesToSysDataImagesJob"
        << QStringList{"db-data1", "db-data2"}
        << QJsonObject{{"virtual_env_type", "DataImage"}, {"status", "active"}}
        << "server db-01 (data disks) → db-data1, db-data2";
    QTest::newRow("register a queued image (5.7)")
        << "register"
        << "PUT /v1/cloudimages/{queued}/upload"
        << QJsonObject{{"image_url", "imsdesk-images:web.vmdk"}} << QStringList{"name"}
        << "imsNativeImportImageJob" << QStringList{"upload-pending"}
        << QJsonObject{{"status", "active"}, {"__root_origin", "file"}}
        << "web.vmdk in imsdesk-images → upload-pending";
}

void TestImageOperations::importImage() {
    QFETCH(QString, kind);
    QFETCH(QString, wire);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, absent);
    QFETCH(QString, jobType);
    QFETCH(QStringList, images);
    QFETCH(QJsonObject, image);
    QFETCH(QString, description);
    START_CLOUD("ims");
    const ImportOrder order = importOrder(kind);
    Answer<StartedJob> started;
    m_cloud->operations()->importImage(order, started.callback());
    AWAIT_ONCE(started);
    QVERIFY2(started.ok(), qPrintable(started.why()));
    const auto job = jobIn(started.value().jobId, JobState::Success);
    QVERIFY(job);

    // One request, the one the SPEC gives, with the fields it names.
    const QString line = filled({{"line", wire}})["line"].toString();
    QCOMPARE(m_cloud->proxy().changes(), QStringList{line});
    const QJsonObject sent = QJsonDocument::fromJson(m_cloud->proxy().lastBody(line)).object();
    const QJsonObject expected = filled(body);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QVERIFY2(sent.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(" sent as ") +
                            QJsonDocument(sent).toJson(QJsonDocument::Compact)));
    for (const QString &key : absent)
        QVERIFY2(!sent.contains(key), qPrintable(key + QStringLiteral(" was sent")));
    QCOMPARE(m_cloud->cloudJob(started.value().jobId)["job_type"].toString(), jobType);

    // The images are there, as the user asked for them; the job shows the first.
    for (const QString &name : images)
        QCOMPARE(m_cloud->imagesNamed(name).size(), 1);
    const QJsonObject made = m_cloud->image(job->imageId);
    QCOMPARE(made["name"].toString(), images.first());
    for (auto it = image.constBegin(); it != image.constEnd(); ++it)
        QVERIFY2(made.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(" is ") +
                            QJsonDocument(made).toJson(QJsonDocument::Compact)));
    // In the jobs panel, retryable with the request that started it.
    QCOMPARE(job->description, description);
    const auto recipe = recipes::fromJson(job->recipe);
    QVERIFY(recipe);
    QCOMPARE(recipes::describe(*recipe), description);
}

void TestImageOperations::importRefused_data() {
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change"); // what is wrong with the order
    QTest::addColumn<QString>("reason"); // part of what the user is told
    QTest::newRow("OBS path without bucket") << "ims"
                                             << "obs"
                                             << "obs path"
                                             << "Enter the OBS file as bucket:file";
    QTest::newRow("ISO without OS version") << "ims"
                                            << "iso"
                                            << "no os"
                                            << "IMG.0166";
    // Read from the cloud's own list before sending.
    QTest::newRow("OS version the cloud does not list") << "ims"
                                                        << "obs"
                                                        << "unknown os"
                                                        << "IMG.0056";
    QTest::newRow("name IMS refuses") << "ims"
                                      << "whole"
                                      << "bad name"
                                      << "Use only letters, digits";
    QTest::newRow("full quota") << "ims"
                                << "backup"
                                << "full quota"
                                << "The image quota is full";
    QTest::newRow("more data disks than the quota has left") << "ims"
                                                             << "data disks"
                                                             << "one left"
                                                             << "only 1 of the quota";
    QTest::newRow("quick import of a qcow2") << "ims"
                                             << "quick"
                                             << "qcow2"
                                             << "Quick import takes only RAW and ZVHD2";
    QTest::newRow("data disk below 40 GB (5.5)") << "ims"
                                                 << "obs data"
                                                 << "20 GB"
                                                 << "40-2048 GB";
    // The file's header is read (off the calling thread) before anything is sent.
    QTest::newRow("local file that is not there") << "ims"
                                                  << "file"
                                                  << "missing"
                                                  << "does not exist";
    QTest::newRow("min disk below the disk in the file") << "ims"
                                                         << "file"
                                                         << "10 GB"
                                                         << "less than the 20 GB disk inside";
    QTest::newRow("OBS import on plain OpenStack") << "glance"
                                                   << "obs"
                                                   << ""
                                                   << "Plain OpenStack only takes files";
}

void TestImageOperations::importRefused() {
    QFETCH(QString, flavor);
    QFETCH(QString, kind);
    QFETCH(QString, change);
    QFETCH(QString, reason);
    START_CLOUD(flavor);
    ImportOrder order = importOrder(kind);
    if (change == QLatin1String("obs path"))
        order.obsUrl = QStringLiteral("ubuntu.qcow2");
    else if (change == QLatin1String("no os"))
        order.osVersion.clear();
    else if (change == QLatin1String("unknown os"))
        order.osVersion = QStringLiteral("Ubuntu 99.04 server 64bit");
    else if (change == QLatin1String("bad name"))
        order.name = QStringLiteral("db<full>");
    else if (change == QLatin1String("qcow2"))
        order.obsUrl = QStringLiteral("imsdesk-images:big.qcow2");
    else if (change == QLatin1String("20 GB"))
        order.minDiskGb = 20;
    else if (change == QLatin1String("missing"))
        order.filePath = m_files.filePath(QStringLiteral("gone.qcow2"));
    else if (change == QLatin1String("10 GB"))
        order.minDiskGb = 10;
    if (change == QLatin1String("full quota") || change == QLatin1String("one left")) {
        Answer<QList<QuotaResource>> quota;
        m_cloud->operations()->quota(quota.callback());
        AWAIT_ONCE(quota);
        QVERIFY2(quota.ok(), qPrintable(quota.why()));
        const auto images = std::find_if(quota.value().cbegin(), quota.value().cend(),
                                         [](const QuotaResource &r) { return r.type == "image"; });
        QVERIFY(images != quota.value().cend());
        const int left = change == QLatin1String("full quota") ? 0 : 1;
        QCOMPARE(m_cloud->sandbox()
                     .admin("PUT", "/_sandbox/quota",
                            QJsonDocument(QJsonObject{{"project_id", m_cloud->projectId()},
                                                      {"images", images->used + left}})
                                .toJson())
                     .status,
                 204);
    }
    m_cloud->proxy().clear();
    Answer<StartedJob> started;
    m_cloud->operations()->importImage(order, started.callback());
    AWAIT_ONCE(started);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ApiError::Kind::Refused);
    QVERIFY2(started.error().message.contains(reason), qPrintable(started.error().message));
    QCOMPARE(m_cloud->proxy().changes(), QStringList()); // nothing sent, nothing left behind
    QVERIFY(m_cloud->tracker()->jobs().isEmpty());
}

void TestImageOperations::importRetry_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("route");       // of the request Retry sends again
    QTest::addColumn<QString>("refusedWith"); // the cloud's code for the resend; empty: it works
    QTest::newRow("OBS file") << "obs"
                              << "^POST /v2/cloudimages/action$"
                              << "";
    QTest::newRow("quick import") << "quick"
                                  << "^POST /v2/cloudimages/quickimport/action$"
                                  << "";
    QTest::newRow("OBS data disk") << "obs data"
                                   << "^POST /v1/cloudimages/dataimages/action$"
                                   << "";
    QTest::newRow("full-ECS") << "whole"
                              << "^POST /v1/cloudimages/wholeimages/action$"
                              << "";
    QTest::newRow("data disks") << "data disks"
                                << "^POST /v2/cloudimages/action$"
                                << "";
    // A failed register kills its queued image (as Glance does): the same request again is
    // refused by the cloud, which says so; the failed job stays.
    QTest::newRow("register") << "register"
                              << "^PUT /v1/cloudimages/.*/upload$"
                              << "IMG.0046";
}

void TestImageOperations::importRetry() {
    QFETCH(QString, kind);
    QFETCH(QString, route);
    QFETCH(QString, refusedWith);
    START_CLOUD("ims");
    QVERIFY(m_cloud->addFault(QStringLiteral("job-fail:route=%1,count=1").arg(route)));
    Answer<StartedJob> started;
    m_cloud->operations()->importImage(importOrder(kind), started.callback());
    AWAIT_ONCE(started);
    QVERIFY2(started.ok(), qPrintable(started.why()));
    const QString first = started.value().jobId;
    const auto failed = jobIn(first, JobState::Fail);
    QVERIFY(failed);
    const QString line = m_cloud->proxy().changes().value(0);
    const QByteArray firstBody = m_cloud->proxy().lastBody(line);

    m_cloud->clearFaults();
    m_cloud->proxy().clear();
    Answer<RetryOutcome> retried;
    m_cloud->operations()->retry(first, retried.callback());
    AWAIT_ONCE(retried);
    // The same request again.
    QCOMPARE(m_cloud->proxy().changes(), QStringList{line});
    QCOMPARE(QJsonDocument::fromJson(m_cloud->proxy().lastBody(line)),
             QJsonDocument::fromJson(firstBody));
    if (!refusedWith.isEmpty()) {
        QVERIFY(!retried.ok());
        QCOMPARE(retried.error().code, refusedWith);
        QVERIFY(m_cloud->tracker()->job(first)); // still there, still failed
        return;
    }
    QVERIFY2(retried.ok(), qPrintable(retried.why()));
    QCOMPARE(retried.value().kind, RetryOutcome::Kind::Resent);
    const auto job = jobIn(retried.value().job.jobId, JobState::Success);
    QVERIFY(job);
    QCOMPARE(job->recipe, failed->recipe);
    const auto recipe = recipes::fromJson(job->recipe);
    QVERIFY(recipe);
    QCOMPARE(m_cloud->imagesNamed(recipes::expected(*recipe).imageName).size(), 1); // not two
}

QTEST_GUILESS_MAIN(TestImageOperations)
#include "tst_imageoperations.moc"
