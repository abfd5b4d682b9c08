// core/'s ImageBrowser against the in-process sandbox, with ImageTableModel as the rows and no
// widgets: small events cost small reads (a finished copy reads its image, not the listing),
// refreshes are coalesced, and a cloud without /v2/cloudimages is listed natively. What the
// client sends is counted from the session's QNetworkAccessManager.
#include "connection.h"
#include "imagebrowser.h"
#include "imageoperations.h"
#include "imagerequests.h"
#include "imagetablemodel.h"
#include "jobtracker.h"
#include "listingcache.h"
#include "profile.h"
#include "requestlog.h"
#include "sandboxserver.h"
#include "send.h"
#include "session.h"

#include <httplib.h>

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace ims;

class TestImageBrowser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void finishedCopyReadsItsImageAndListsNothing();
    void refreshesAreCoalesced_data();
    void refreshesAreCoalesced();
    void quotaIsReadAlone();
    void imageGoneFromTheCloudLeavesTheRows();
    void cloudWithoutCloudImagesIsListedNatively_data();
    void cloudWithoutCloudImagesIsListedNatively();
    void answeredShareChangesRowsAndCountWithoutAListing();
    void periodicRefreshReadsOnlyWhatChanged_data();
    void periodicRefreshReadsOnlyWhatChanged();
    void deletionElsewhereGoesAtTheFullListing_data();
    void deletionElsewhereGoesAtTheFullListing();
    void ownDeletionRemovesTheRowAtOnce();
    void deletedRowIsNotBroughtBackByAListingAlreadyRunning();
    void cachedRowsShowFirstAndGoOnceTheListingIsComplete();

private:
    void start(sandbox::Flavor flavor);
    bool addFault(const QString &spec);
    std::unique_ptr<Connection> connectAs(bool member);
    void waitLoaded();
    void waitRefreshed();
    QStringList listings() const;

    QTemporaryDir m_home;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ImageTableModel> m_rows;
    std::unique_ptr<Connection> m_connection;
    ImageBrowser *m_browser = nullptr;
    std::unique_ptr<RequestLog> m_log;
};

void TestImageBrowser::initTestCase() {
    // The job file and the settings stay this test's own.
    qputenv("HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestImageBrowser::init() {
    start(sandbox::Flavor::Ims);
}

void TestImageBrowser::start(sandbox::Flavor flavor) {
    cleanup();
    sandbox::SandboxOptions options;
    options.jobSeconds = 0.3;
    options.flavor = flavor;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0) != 0);
    m_rows = std::make_unique<ImageTableModel>();
    m_connection = connectAs(false);
    QVERIFY(m_connection);
    m_browser = m_connection->browse(m_rows.get(), nullptr);
    m_log = std::make_unique<RequestLog>(m_connection->session());
}

// A connection of the main user, or of the sharing partner (its own user and project).
std::unique_ptr<Connection> TestImageBrowser::connectAs(bool member) {
    QProcessEnvironment env;
    for (const auto &[name, value] : m_server->environment())
        env.insert(name, value);
    if (member) {
        for (const char *name : {"USERNAME", "PASSWORD", "PROJECT_NAME", "PROJECT_ID"})
            env.insert(QStringLiteral("OS_") + QLatin1String(name),
                       env.value(QStringLiteral("OS_MEMBER_") + QLatin1String(name)));
        env.remove(QStringLiteral("OS_ACCESS_KEY"));
        env.remove(QStringLiteral("OS_SECRET_KEY"));
    }
    Credentials credentials;
    QString why;
    std::optional<Profile> profile = profileFromEnvironment(env, &credentials, &why);
    if (!profile) {
        qWarning("profile: %s", qPrintable(why));
        return {};
    }
    profile->cloud = CloudKind::Sandbox;
    profile->name = member ? QStringLiteral("partner") : QStringLiteral("main");
    return std::make_unique<Connection>(*profile, credentials);
}

void TestImageBrowser::cleanup() {
    m_log.reset();
    m_connection.reset();
    m_rows.reset();
    m_server.reset();
}

bool TestImageBrowser::addFault(const QString &spec) {
    httplib::Client client("127.0.0.1", m_server->port());
    const std::string body =
        QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson().toStdString();
    const auto result = client.Post(
        "/_sandbox/faults", {{"X-Sandbox-Admin-Token", m_server->adminToken().toStdString()}}, body,
        "application/json");
    return result && result->status == 201;
}

// The view listed once, completely, with its quota and pending count, and nothing left running
// or asked for: what the tests count afterwards is theirs.
void TestImageBrowser::waitLoaded() {
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    QSignalSpy quota(m_browser, &ImageBrowser::quotaChanged);
    QSignalSpy pending(m_browser, &ImageBrowser::pendingSharesChanged);
    m_browser->setView(ImageView::Private);
    // Plain Glance has no quota API.
    const auto quotaRead = [&] {
        return !quota.isEmpty() || !m_connection->session()->hasImsExtension();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        !loaded.isEmpty() && quotaRead() && !pending.isEmpty() && !m_browser->isLoading(), 20'000);
    QVERIFY(m_rows->rowCount() > 0);
}

// One refresh ended (full or of what changed) and nothing is left running or asked for.
void TestImageBrowser::waitRefreshed() {
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
}

// The listings sent (their pages, by either API), not the single reads.
QStringList TestImageBrowser::listings() const {
    return m_log->sent().filter(
        QRegularExpression(QStringLiteral("^GET /v2/(cloudimages|images)\\?")));
}

// What another client of the same project does (imsctl, the console): this window hears of it
// only from the cloud.
namespace {

template <typename Request> bool await(Request *request) {
    bool done = false;
    bool ok = false;
    QObject context;
    send(request, &context, [&](const auto &result) {
        done = true;
        ok = bool(result);
        if (!result)
            qWarning("%s", qPrintable(result.error().message));
    });
    return QTest::qWaitFor([&] { return done; }, 10'000) && ok;
}

QString idNamed(const ImageTableModel &rows, const QString &name) {
    for (int row = 0; row < rows.rowCount(); ++row) {
        if (rows.at(row).name == name)
            return rows.at(row).id;
    }
    return {};
}

} // namespace

void TestImageBrowser::finishedCopyReadsItsImageAndListsNothing() {
    waitLoaded();
    const int before = m_rows->rowCount();
    const Image *source = nullptr;
    for (int row = 0; row < m_rows->rowCount() && !source; ++row) {
        if (m_rows->at(row).name == QLatin1String("web-frontend-2025"))
            source = &m_rows->at(row);
    }
    QVERIFY(source);
    m_log->clear();
    QSignalSpy finished(m_connection->tracker(), &JobTracker::jobFinished);
    ReplicationOrder order;
    order.imageId = source->id;
    order.imageName = source->name;
    order.name = QStringLiteral("web-frontend-2025-copy");
    std::optional<Result<StartedJob>> started;
    m_connection->operations()->replicate(
        order, [&started](const Result<StartedJob> &result) { started = result; });
    QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 10'000);
    if (!*started)
        QFAIL(qPrintable(started->error().message));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    const auto job = finished.first().first().value<TrackedJob>();
    QCOMPARE(job.state, JobState::Success);
    QVERIFY(!job.imageId.isEmpty());

    // The copy appears in "Private" by itself, read alone.
    QTRY_VERIFY_WITH_TIMEOUT(m_rows->image(job.imageId), 10'000);
    QCOMPARE(m_rows->rowCount(), before + 1);
    QCOMPARE(m_rows->image(job.imageId)->name, order.name);
    QVERIFY(!m_browser->isLoading()); // no listing running, none asked for
    const QStringList images = m_log->sent().filter(QRegularExpression(QStringLiteral("images")));
    qInfo("requests to the image API from the copy on (its POST included): %d: %s",
          int(images.size()), qPrintable(images.join(QStringLiteral(", "))));
    QCOMPARE(m_log->count(QStringLiteral("GET /v2/images/") + job.imageId), 1);
    QVERIFY2(m_log->privateListings() == 0, qPrintable(m_log->sent().join(QLatin1Char('\n'))));
}

void TestImageBrowser::refreshesAreCoalesced_data() {
    QTest::addColumn<int>("inARow");       // refresh() calls one after the other
    QTest::addColumn<int>("whileRunning"); // calls while the listing they made runs
    QTest::addColumn<int>("listings");
    QTest::addColumn<bool>("eventsBetween"); // the event loop runs between the calls
    QTest::newRow("five in a row") << 5 << 0 << 1 << false;
    QTest::newRow("five, events between") << 5 << 0 << 1 << true;
    QTest::newRow("three while one runs") << 1 << 3 << 2 << false;
}

void TestImageBrowser::refreshesAreCoalesced() {
    QFETCH(int, inARow);
    QFETCH(int, whileRunning);
    QFETCH(int, listings);
    QFETCH(bool, eventsBetween);
    waitLoaded();
    // Each listing's first page takes a while, so that later calls meet it running.
    QVERIFY(addFault(QStringLiteral("latency:ms=400,route=^GET /v2/cloudimages")));
    m_log->clear();
    QSignalSpy loading(m_browser, &ImageBrowser::loading);
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    for (int i = 0; i < inARow; ++i) {
        m_browser->refresh();
        if (eventsBetween) // what was sent goes out; no time passes to speak of
            for (int pass = 0; pass < 20; ++pass)
                QCoreApplication::processEvents();
    }
    if (whileRunning > 0) {
        QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty(), 10'000); // the listing started
        QVERIFY(loaded.isEmpty());
        for (int i = 0; i < whileRunning; ++i)
            m_browser->refresh();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 30'000);
    QCOMPARE(loaded.size(), listings);
    QVERIFY2(m_log->privateListings() == listings,
             qPrintable(m_log->sent().join(QLatin1Char('\n'))));
}

void TestImageBrowser::quotaIsReadAlone() {
    waitLoaded();
    m_log->clear();
    QSignalSpy quota(m_browser, &ImageBrowser::quotaChanged);
    m_browser->loadQuota();
    QTRY_COMPARE_WITH_TIMEOUT(quota.size(), 1, 10'000);
    QVERIFY(quota.first().at(1).toInt() > 0); // the image quota
    QVERIFY(!m_browser->isLoading());
    QCOMPARE(m_log->count(QStringLiteral("GET /v1/cloudimages/quota")), 1);
    QVERIFY2(m_log->privateListings() == 0, qPrintable(m_log->sent().join(QLatin1Char('\n'))));
}

void TestImageBrowser::imageGoneFromTheCloudLeavesTheRows() {
    waitLoaded();
    const int before = m_rows->rowCount();
    // A row the cloud does not know (deleted elsewhere since the listing): its read says 404.
    Image ghost = m_rows->at(0);
    ghost.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    m_rows->upsert({ghost});
    QCOMPARE(m_rows->rowCount(), before + 1);
    m_log->clear();
    m_browser->refreshImage(ghost.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_rows->rowCount(), before, 10'000);
    QVERIFY(!m_rows->image(ghost.id));
    QCOMPARE(m_log->sent(), QStringList{QStringLiteral("GET /v2/images/") + ghost.id});
}

void TestImageBrowser::cloudWithoutCloudImagesIsListedNatively_data() {
    QTest::addColumn<bool>("plainGlance");
    QTest::newRow("gateway: API not found (APIG.0101)") << false;
    QTest::newRow("plain Glance (the sandbox's Glance flavour)") << true;
}

void TestImageBrowser::cloudWithoutCloudImagesIsListedNatively() {
    QFETCH(bool, plainGlance);
    if (plainGlance)
        start(sandbox::Flavor::Glance); // its own 404 for a path it does not know
    else // what IMS's gateway answers where the extension is not deployed
        QVERIFY(addFault(QStringLiteral("error:status=404,route=^GET /v2/cloudimages")));
    QSignalSpy missing(m_browser, &ImageBrowser::imsExtensionMissing);
    QSignalSpy failed(m_browser, &ImageBrowser::failed);
    waitLoaded();
    QCOMPARE(missing.size(), 1);
    QVERIFY(failed.isEmpty()); // the fallback is not an error for the user
    QVERIFY(!m_connection->session()->hasImsExtension());
    QVERIFY(m_log->glanceListings() >= 1);
    bool named = false;
    for (int row = 0; row < m_rows->rowCount(); ++row)
        named = named || m_rows->at(row).name == QLatin1String("web-frontend-2025");
    QVERIFY(named);
    // Later refreshes list natively at once: no second 404.
    const int cloudImages = m_log->count(QStringLiteral("GET /v2/cloudimages"));
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    m_browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
    QCOMPARE(m_log->count(QStringLiteral("GET /v2/cloudimages")), cloudImages);
}

void TestImageBrowser::answeredShareChangesRowsAndCountWithoutAListing() {
    waitLoaded();
    int row = 0;
    while (row < m_rows->rowCount() && m_rows->at(row).name != QLatin1String("web-frontend-2025"))
        ++row;
    QVERIFY(row < m_rows->rowCount());
    const QString imageId = m_rows->at(row).id;
    QString partnerProject;
    for (const auto &[name, value] : m_server->environment()) {
        if (name == QLatin1String("OS_MEMBER_PROJECT_ID"))
            partnerProject = value;
    }
    QSignalSpy shared(m_connection->tracker(), &JobTracker::jobFinished);
    ShareOrder share;
    share.imageIds = {imageId};
    share.addProjects = {partnerProject};
    m_connection->operations()->share(share);
    QTRY_COMPARE_WITH_TIMEOUT(shared.size(), 1, 30'000);

    // The partner, in "Private": the count is one page of pending shares.
    ImageTableModel partnerRows;
    std::unique_ptr<Connection> partner = connectAs(true);
    QVERIFY(partner);
    ImageBrowser *browser = partner->browse(&partnerRows, nullptr);
    RequestLog log(partner->session());
    QSignalSpy pending(browser, &ImageBrowser::pendingSharesChanged);
    QSignalSpy loaded(browser, &ImageBrowser::loaded);
    browser->setView(ImageView::Private);
    QTRY_VERIFY_WITH_TIMEOUT(!pending.isEmpty() && !loaded.isEmpty(), 20'000);
    const int waiting = pending.last().at(0).toInt(); // the seeded shares and this one
    QVERIFY(waiting >= 1);
    QCOMPARE(pending.last().at(1).toBool(), false);
    // One count, of pages of kPendingCountLimit (IMS reads on after a short page until an empty
    // one: a gateway may shorten pages).
    const QStringList counts = log.sent().filter(QStringLiteral("member_status=pending"));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.filter(QStringLiteral("marker=")).size(), counts.size() - 1);
    QVERIFY(
        counts.first().contains(QStringLiteral("limit=%1").arg(ImageBrowser::kPendingCountLimit)));

    // "Shared with me" lists the pending shares anyway: they are counted from its rows.
    pending.clear();
    loaded.clear();
    browser->setView(ImageView::Shared);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !browser->isLoading(), 20'000);
    QVERIFY(partnerRows.image(imageId));
    QCOMPARE(partnerRows.image(imageId)->memberStatus, QStringLiteral("pending"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.last().at(0).toInt(), waiting);
    QVERIFY(log.sent().filter(QStringLiteral("member_status=pending")).size() >= 1); // the view's

    // Accepted (an IMS members job): the row and the count change when the job ends.
    log.clear();
    pending.clear();
    QSignalSpy answered(partner->tracker(), &JobTracker::jobFinished);
    partner->operations()->answerShares({imageId}, true);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(pending.size(), 1, 5'000);
    QCOMPARE(pending.last().at(0).toInt(), waiting - 1);
    QCOMPARE(partnerRows.image(imageId)->memberStatus, QStringLiteral("accepted"));
    QVERIFY(!browser->isLoading());
    QVERIFY2(log.sent()
                 .filter(QRegularExpression(QStringLiteral("^GET /v2/(cloud)?images\\?")))
                 .isEmpty(),
             qPrintable(log.sent().join(QLatin1Char('\n'))));
}

void TestImageBrowser::periodicRefreshReadsOnlyWhatChanged_data() {
    QTest::addColumn<bool>("glance");  // the sandbox's plain Glance flavour
    QTest::addColumn<bool>("refused"); // the cloud answers 400 to the updated_at filter
    QTest::newRow("IMS") << false << false;
    QTest::newRow("Glance") << true << false;
    QTest::newRow("IMS refusing updated_at: full listings") << false << true;
    QTest::newRow("Glance refusing updated_at: full listings") << true << true;
}

void TestImageBrowser::periodicRefreshReadsOnlyWhatChanged() {
    QFETCH(bool, glance);
    QFETCH(bool, refused);
    start(glance ? sandbox::Flavor::Glance : sandbox::Flavor::Ims);
    std::unique_ptr<Connection> other = connectAs(false);
    QVERIFY(other);
    if (glance) // as the window's session learns from its first listing
        other->session()->markImsExtensionMissing();
    ImageMetadata queued;
    queued.name = QStringLiteral("to-be-uploaded");
    QVERIFY(await(new CreateImageMetadataRequest(other->session(), queued)));
    // Changed as late as the others, and not since: read again, and left alone.
    ImageMetadata untouched;
    untouched.name = QStringLiteral("left-alone");
    QVERIFY(await(new CreateImageMetadataRequest(other->session(), untouched)));
    waitLoaded();
    const QString renamed = idNamed(*m_rows, QStringLiteral("web-frontend-2025"));
    const QString uploaded = idNamed(*m_rows, queued.name);
    QVERIFY(!renamed.isEmpty() && !uploaded.isEmpty());
    QCOMPARE(m_rows->image(uploaded)->status, QStringLiteral("queued"));
    QHash<QString, Image> before;
    for (int row = 0; row < m_rows->rowCount(); ++row)
        before.insert(m_rows->at(row).id, m_rows->at(row));

    // Elsewhere: a rename, a new image and an upload (queued → saving or active).
    ImageChanges changes;
    changes.imageId = renamed;
    changes.name = QStringLiteral("web-frontend-2026");
    bool editDone = false;
    other->operations()->update(
        *m_rows->image(renamed), changes, [&editDone](const Result<Image> &result) {
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            editDone = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(editDone, 10'000);
    ImageMetadata added;
    added.name = QStringLiteral("made-elsewhere");
    QVERIFY(await(new CreateImageMetadataRequest(other->session(), added)));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(64 * 1024, 'x'));
    file.close();
    QVERIFY(await(new UploadImageFileRequest(other->session(), uploaded, file.fileName())));
    if (refused) // the first listing with the filter; the full listing after it is answered
        QVERIFY(
            addFault(QStringLiteral("error:status=400,count=1,route=^GET /v2/(cloud)?images$")));

    m_log->clear();
    QSignalSpy loading(m_browser, &ImageBrowser::loading);
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    QSignalSpy updated(m_rows.get(), &ImageTableModel::imagesUpdated);
    m_browser->setRefreshIntervals(std::chrono::hours(1), std::chrono::hours(1)); // no timer
    m_browser->periodicRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);

    // Exactly the three rows changed; none went.
    QCOMPARE(m_rows->rowCount(), before.size() + 1);
    QCOMPARE(m_rows->image(renamed)->name, changes.name.value());
    QVERIFY(m_rows->image(uploaded)->status != QLatin1String("queued"));
    const QString made = idNamed(*m_rows, added.name);
    QVERIFY(!made.isEmpty());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY(m_rows->image(it.key()));
        if (it.key() != renamed && it.key() != uploaded)
            QVERIFY2(*m_rows->image(it.key()) == it.value(), qPrintable(it.value().name));
    }
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(1).toBool(), false); // "Refreshed <time>"
    const QStringList sent = listings();
    if (!refused) {
        // One short read: no progress shown, every listing asks for what changed.
        QVERIFY(loading.isEmpty());
        // The rows it read again unchanged are left alone (selection, sort): only two updated.
        int touched = 0;
        for (const QList<QVariant> &signal : updated)
            touched += int(signal.first().value<QList<int>>().size());
        QCOMPARE(touched, 2);
        QVERIFY2(sent.size() <= 3, qPrintable(sent.join(QLatin1Char('\n'))));
        QCOMPARE(sent.filter(QStringLiteral("updated_at=gte")).size(), sent.size());
        QVERIFY(m_browser->listsChanges());
        return;
    }
    // Refused: listed fully at once, and from then on.
    QVERIFY(!m_browser->listsChanges());
    QVERIFY(!sent.isEmpty() && sent.first().contains(QStringLiteral("updated_at")));
    QCOMPARE(sent.filter(QStringLiteral("updated_at")).size(), 1);
    m_log->clear();
    loaded.clear();
    m_browser->periodicRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
    QVERIFY(!listings().isEmpty());
    QVERIFY(listings().filter(QStringLiteral("updated_at")).isEmpty());
    QCOMPARE(m_rows->rowCount(), before.size() + 1);
}

void TestImageBrowser::deletionElsewhereGoesAtTheFullListing_data() {
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<bool>("gone");
    QTest::newRow("periodic: what changed (a deletion is not a change it sees)")
        << QStringLiteral("changes") << false;
    QTest::newRow("periodic, the full interval passed") << QStringLiteral("full") << true;
    QTest::newRow("F5") << QStringLiteral("F5") << true;
}

void TestImageBrowser::deletionElsewhereGoesAtTheFullListing() {
    QFETCH(QString, refresh);
    QFETCH(bool, gone);
    waitLoaded();
    const QString id = idNamed(*m_rows, QStringLiteral("web-frontend-2025"));
    QVERIFY(!id.isEmpty());
    const int before = m_rows->rowCount();
    std::unique_ptr<Connection> other = connectAs(false);
    QVERIFY(other);
    QVERIFY(await(new DeleteImageRequest(other->session(), id)));

    m_browser->setRefreshIntervals(std::chrono::hours(1), refresh == QLatin1String("full")
                                                              ? std::chrono::milliseconds(0)
                                                              : std::chrono::hours(1));
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    if (refresh == QLatin1String("F5"))
        m_browser->refresh();
    else
        m_browser->periodicRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
    QCOMPARE(!m_rows->image(id), gone);
    QCOMPARE(m_rows->rowCount(), gone ? before - 1 : before);
}

void TestImageBrowser::ownDeletionRemovesTheRowAtOnce() {
    waitLoaded();
    const QString id = idNamed(*m_rows, QStringLiteral("web-frontend-2025"));
    QVERIFY(!id.isEmpty());
    const int before = m_rows->rowCount();
    m_log->clear();
    std::optional<Result<Done>> done;
    m_connection->operations()->remove({id},
                                       [&done](const Result<Done> &result) { done = result; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10'000);
    QVERIFY(*done);
    // At the answer, without a listing.
    QVERIFY(!m_rows->image(id));
    QCOMPARE(m_rows->rowCount(), before - 1);
    QVERIFY(!m_browser->isLoading());
    QVERIFY2(listings().isEmpty(), qPrintable(m_log->sent().join(QLatin1Char('\n'))));
}

// A page read before the deletion arrives after it: the row stays gone. (The sandbox computes
// a page after its latency, so the deletion is told to the browser alone, as the delete's
// answer does, while the image stays on the cloud; a listing started afterwards lists it.)
void TestImageBrowser::deletedRowIsNotBroughtBackByAListingAlreadyRunning() {
    waitLoaded();
    const QString id = idNamed(*m_rows, QStringLiteral("web-frontend-2025"));
    QVERIFY(!id.isEmpty());
    QVERIFY(addFault(QStringLiteral("latency:ms=500,route=^GET /v2/cloudimages")));
    QSignalSpy loading(m_browser, &ImageBrowser::loading);
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    m_browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty(), 10'000);
    m_browser->forgetImage(id);
    QVERIFY(!m_rows->image(id));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
    QVERIFY(!m_rows->image(id));
    loaded.clear();
    m_browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_browser->isLoading(), 20'000);
    QVERIFY(m_rows->image(id));
}

// The cached listing shows while the first page is on its way (in passes, as the listing's
// refresh has begun), and what the cloud no longer lists goes when its listing is complete.
void TestImageBrowser::cachedRowsShowFirstAndGoOnceTheListingIsComplete() {
    QTemporaryDir dir;
    ListingCache cache(dir.path());
    const Profile &profile = m_connection->session()->profile();
    QList<Image> cached;
    for (int i = 0; i < 6 * ImageBrowser::kMinRowsPerPass; ++i) {
        Image image;
        image.id = QStringLiteral("cached-%1").arg(i);
        image.name = QStringLiteral("deleted since %1").arg(i);
        cached << image;
    }
    QVERIFY(
        cache.save(ImageBrowser::cacheKey(profile.name, profile.region, ImageView::Private), cached)
            .result());
    m_connection.reset(); // its browser has no cache: one with it
    m_connection = connectAs(false);
    m_browser = m_connection->browse(m_rows.get(), &cache);
    QVERIFY(addFault(QStringLiteral("latency:ms=1000,route=^GET /v2/cloudimages")));
    QSignalSpy loaded(m_browser, &ImageBrowser::loaded);
    m_browser->setView(ImageView::Private);
    QTRY_COMPARE_WITH_TIMEOUT(m_rows->rowCount(), int(cached.size()), 10'000);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(1).toBool(), true); // stale
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 2 && !m_browser->isLoading(), 20'000);
    QVERIFY(m_rows->rowCount() > 0);
    QVERIFY(!m_rows->image(QStringLiteral("cached-0")));
    QVERIFY(!idNamed(*m_rows, QStringLiteral("web-frontend-2025")).isEmpty());
}

QTEST_GUILESS_MAIN(TestImageBrowser)
#include "tst_imagebrowser.moc"
