// core/'s ImageListing against the in-process sandbox, as IMS and as plain Glance: a listing cut
// into created_at ranges paged at once gives the same images as one marker chain, whatever the
// cloud does meanwhile (images created and deleted, 429 bursts, thousands of images of the same
// second, a cloud that refuses the filter). What the sandbox received is read from its journal
// (GET /_sandbox/requests), with arrival times.
#include "imagelisting.h"
#include "profile.h"
#include "sandboxfixture.h"
#include "session.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace ims;

namespace {

enum class Churn { None, CreateAndDelete };

struct Listed {
    QStringList ids;  // in the order they came
    QStringList bulk; // ids of the active --images ones (bulk-…), which may be deleted
    std::optional<Result<int>> result;
    int batches = 0;
    bool networkOnCaller = false; // the listing's requests ran on the caller's thread
    int callerRequests = 0;       // requests sent by the caller's own session
    bool offThread = false;       // a batch came on another thread than the caller's
};

QStringList sorted(QStringList ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(sandbox::Flavor)

class TestImageListing final : public QObject {
    Q_OBJECT

private slots:
    void partitionedEqualsSequential_data();
    void partitionedEqualsSequential();
    void throttlePausesEveryChain_data();
    void throttlePausesEveryChain();
    void cancelAndDeleteMidListing_data();
    void cancelAndDeleteMidListing();
    void slowReceiverHoldsTheListing_data();
    void slowReceiverHoldsTheListing();

private:
    void start(sandbox::Flavor flavor, int images, int perSecond);
    Listed list(bool partition, int pageSize, const std::function<void(int)> &onBatch = {});
    QJsonArray journal() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    QString m_token;
};

void TestImageListing::start(sandbox::Flavor flavor, int images, int perSecond) {
    m_session.reset();
    sandbox::SandboxOptions options;
    options.flavor = flavor;
    options.images = images;
    options.imagesPerSecond = perSecond;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->started(), qPrintable(m_sandbox->error()));
    QProcessEnvironment env;
    for (const auto &[name, value] : m_sandbox->server().environment())
        env.insert(name, value);
    Credentials credentials;
    QString why;
    std::optional<Profile> profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    profile->cloud = CloudKind::Sandbox;
    m_session = std::make_unique<Session>(*profile, credentials);
    if (flavor == sandbox::Flavor::Glance)
        m_session->markImsExtensionMissing();
    m_token = m_sandbox->login();
}

Listed TestImageListing::list(bool partition, int pageSize,
                              const std::function<void(int)> &onBatch) {
    ImageListQuery query;
    query.pageSize = pageSize;
    query.attributes = codec::Attributes::Drop;
    ListingOptions options;
    options.partition = partition;
    options.concurrency = 8;
    Listed listed;
    ImageListing listing(m_session.get(), query, options);
    // What the caller's own network manager sends (not its twins', which RequestLog adds).
    int callerRequests = 0;
    const QMetaObject::Connection watch =
        connect(m_session->network(), &QNetworkAccessManager::finished, this,
                [&](QNetworkReply *) { ++callerRequests; });
    QThread *caller = QThread::currentThread();
    connect(&listing, &ImageListing::batch, this, [&](const QList<Image> &images) {
        listed.offThread = listed.offThread || QThread::currentThread() != caller;
        for (const Image &image : images) {
            listed.ids.append(image.id);
            if (image.name.startsWith(QLatin1String("bulk-")) &&
                image.status == QLatin1String("active"))
                listed.bulk.append(image.id);
        }
        if (onBatch)
            onBatch(listed.batches);
        ++listed.batches;
    });
    connect(&listing, &ImageListing::finished, this,
            [&](const Result<int> &result) { listed.result = result; });
    listing.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(listed.result.has_value(), 120'000); }();
    listed.networkOnCaller = listing.networkThread() == caller;
    disconnect(watch);
    listed.callerRequests = callerRequests;
    return listed;
}

QJsonArray TestImageListing::journal() const {
    return m_sandbox->admin("GET", QStringLiteral("/_sandbox/requests"))
        .json()
        .value(QStringLiteral("requests"))
        .toArray();
}

// The created_at ranges the sandbox answered (not the probe; not a request a fault answered in
// its place: a latency only delays it).
static QSet<QString> rangesAskedFor(const QJsonArray &requests) {
    QSet<QString> ranges;
    for (const QJsonValue &v : requests) {
        const QString target = v[QStringLiteral("target")].toString();
        const QUrlQuery query(QUrl(target).query());
        const QString range = query.queryItemValue(QStringLiteral("created_at"));
        if (!range.isEmpty() &&
            query.queryItemValue(QStringLiteral("limit")) != QLatin1String("1") &&
            (v[QStringLiteral("fault")].toString().isEmpty() ||
             v[QStringLiteral("fault")].toString() == QLatin1String("latency")))
            ranges.insert(range);
    }
    return ranges;
}

void TestImageListing::partitionedEqualsSequential_data() {
    QTest::addColumn<sandbox::Flavor>("flavor");
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("churn");
    QTest::addColumn<bool>("partitioned"); // whether the listing is expected to be cut
    const QString listings = QStringLiteral("route=^GET /v2/(cloudimages|images)$");
    for (const auto flavor : {sandbox::Flavor::Ims, sandbox::Flavor::Glance}) {
        const char *name = flavor == sandbox::Flavor::Ims ? "ims" : "glance";
        QTest::addRow("%s/plain", name) << flavor << 1 << QString() << int(Churn::None) << true;
        QTest::addRow("%s/created and deleted meanwhile", name)
            << flavor << 1 << QString() << int(Churn::CreateAndDelete) << true;
        QTest::addRow("%s/429 bursts", name)
            << flavor << 1
            << QStringLiteral("throttle:%1,retry_after=1,count=4,skip=12").arg(listings)
            << int(Churn::None) << true;
        QTest::addRow("%s/100 ms a page", name)
            << flavor << 1 << QStringLiteral("latency:%1,ms=100").arg(listings) << int(Churn::None)
            << true;
        // The worker's twin of the session logs in again by itself.
        QTest::addRow("%s/token expires meanwhile", name)
            << flavor << 1 << QStringLiteral("expire-token:%1,count=1,skip=15").arg(listings)
            << int(Churn::None) << true;
        QTest::addRow("%s/500 images a second", name)
            << flavor << 500 << QString() << int(Churn::None) << true;
        QTest::addRow("%s/created_at filter refused", name)
            << flavor << 1 << QStringLiteral("error:status=400,%1,query=created_at").arg(listings)
            << int(Churn::None) << false;
    }
}

void TestImageListing::partitionedEqualsSequential() {
    QFETCH(sandbox::Flavor, flavor);
    QFETCH(int, perSecond);
    QFETCH(QString, fault);
    QFETCH(int, churn);
    QFETCH(bool, partitioned);
    constexpr int kImages = 3000;
    constexpr int kPageSize = 50; // 60 pages and more: chains are cut while they run
    start(flavor, kImages, perSecond);
    if (QTest::currentTestFailed())
        return;

    const Listed before = list(false, 0);
    QVERIFY(before.result && *before.result);
    QVERIFY(before.ids.size() > kImages);
    QCOMPARE(QSet<QString>(before.ids.begin(), before.ids.end()).size(), before.ids.size());

    if (!fault.isEmpty())
        QCOMPARE(m_sandbox
                     ->admin("POST", QStringLiteral("/_sandbox/faults"),
                             QJsonDocument(QJsonObject{{QStringLiteral("spec"), fault}}).toJson())
                     .status,
                 201);
    m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/requests"));
    QStringList created;
    QStringList deleted;
    const auto meanwhile = [&](int batch) {
        if (churn != int(Churn::CreateAndDelete) || batch >= 10)
            return;
        const Reply made = m_sandbox->send(
            "POST", QStringLiteral("/v2/images"), m_token,
            QJsonObject{{QStringLiteral("name"), QStringLiteral("meanwhile-%1").arg(batch)},
                        {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
                        {QStringLiteral("container_format"), QStringLiteral("bare")}});
        QCOMPARE(made.status, 201);
        created << made.json().value(QStringLiteral("id")).toString();
        // From the middle of the listing and from both ends of the created_at order.
        const QString victim = before.bulk.at((batch * 997) % before.bulk.size());
        QCOMPARE(m_sandbox
                     ->request("DELETE", QStringLiteral("/v2/images/") + victim, {}, "",
                               {{"X-Auth-Token", m_token.toStdString()}})
                     .status,
                 204);
        deleted << victim;
    };
    QElapsedTimer clock;
    clock.start();
    const Listed partitionedListing = list(true, kPageSize, meanwhile);
    const qint64 partitionedMs = clock.elapsed();
    QVERIFY2(partitionedListing.result && *partitionedListing.result,
             partitionedListing.result && !*partitionedListing.result
                 ? qPrintable(describe(partitionedListing.result->error()))
                 : "no result");
    QCOMPARE(partitionedListing.result->value(), int(partitionedListing.ids.size()));
    // Batches on the caller's thread; requests on the listing's own thread and network manager.
    QVERIFY(!partitionedListing.offThread);
    QVERIFY(!partitionedListing.networkOnCaller);
    QCOMPARE(partitionedListing.callerRequests, 0);
    // Each image once.
    const QSet<QString> got(partitionedListing.ids.begin(), partitionedListing.ids.end());
    QCOMPARE(got.size(), partitionedListing.ids.size());

    const QSet<QString> ranges = rangesAskedFor(journal());
    if (partitioned)
        QVERIFY2(ranges.size() > 8, qPrintable(QStringLiteral("%1 ranges").arg(ranges.size())));
    else
        QVERIFY2(ranges.isEmpty(), qPrintable(QStringList(ranges.begin(), ranges.end()).join(',')));

    m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/faults"));
    if (fault.startsWith(QLatin1String("latency"))) {
        // A figure, not an assertion: the same listing as one chain, at the same latency.
        m_sandbox->admin("POST", QStringLiteral("/_sandbox/faults"),
                         QJsonDocument(QJsonObject{{QStringLiteral("spec"), fault}}).toJson());
        clock.restart();
        const Listed sequential = list(false, kPageSize);
        qInfo("%lld images in pages of %d: one chain %lld ms, partitioned %lld ms (%d ranges)",
              qint64(before.ids.size()), kPageSize, clock.elapsed(), partitionedMs,
              int(ranges.size()));
        m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(sorted(sequential.ids), sorted(before.ids));
    }
    if (churn == int(Churn::None)) {
        QCOMPARE(sorted(partitionedListing.ids), sorted(before.ids));
        return;
    }
    // What existed before and after is there; what was deleted or created meanwhile may be.
    const Listed after = list(false, 0);
    QVERIFY(after.result && *after.result);
    QSet<QString> kept(before.ids.begin(), before.ids.end());
    kept.intersect(QSet<QString>(after.ids.begin(), after.ids.end()));
    QCOMPARE(kept.size(), before.ids.size() - deleted.size());
    QVERIFY(got.contains(kept));
    QSet<QString> possible(before.ids.begin(), before.ids.end());
    possible.unite(QSet<QString>(created.begin(), created.end()));
    QVERIFY(possible.contains(got));
}

void TestImageListing::throttlePausesEveryChain_data() {
    QTest::addColumn<sandbox::Flavor>("flavor");
    QTest::newRow("ims") << sandbox::Flavor::Ims;
    QTest::newRow("glance") << sandbox::Flavor::Glance;
}

// One 429 with Retry-After: 2 holds back every chain, not only the one that got it: between
// shortly after the 429 (the pages already on the wire arrive) and the end of the wait, the
// sandbox receives no listing request at all.
void TestImageListing::throttlePausesEveryChain() {
    QFETCH(sandbox::Flavor, flavor);
    start(flavor, 3000, 1);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(
        m_sandbox
            ->admin("POST", QStringLiteral("/_sandbox/faults"),
                    QJsonDocument(QJsonObject{{QStringLiteral("spec"),
                                               QStringLiteral("throttle:route=^GET "
                                                              "/v2/(cloudimages|images)$,"
                                                              "retry_after=2,count=1,skip=20")}})
                        .toJson())
            .status,
        201);
    m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/requests"));
    const Listed listed = list(true, 50);
    QVERIFY(listed.result && *listed.result);
    const QJsonArray requests = journal();
    qint64 throttledAt = -1;
    for (const QJsonValue &v : requests) {
        if (v[QStringLiteral("fault")].toString() == QLatin1String("throttle"))
            throttledAt = qint64(v[QStringLiteral("at")].toDouble());
    }
    QVERIFY(throttledAt > 0);
    QStringList during;
    int after = 0;
    for (const QJsonValue &v : requests) {
        const qint64 at = qint64(v[QStringLiteral("at")].toDouble());
        if (at > throttledAt + 500 && at < throttledAt + 1800)
            during << v[QStringLiteral("target")].toString();
        if (at >= throttledAt + 1800)
            ++after;
    }
    QVERIFY2(during.isEmpty(), qPrintable(during.join(QLatin1Char('\n'))));
    QVERIFY(after > 0); // the listing went on after the wait
}

void TestImageListing::cancelAndDeleteMidListing_data() {
    QTest::addColumn<sandbox::Flavor>("flavor");
    QTest::addColumn<bool>("deleteIt");
    QTest::newRow("ims/cancel") << sandbox::Flavor::Ims << false;
    QTest::newRow("ims/delete") << sandbox::Flavor::Ims << true;
    QTest::newRow("glance/cancel") << sandbox::Flavor::Glance << false;
    QTest::newRow("glance/delete") << sandbox::Flavor::Glance << true;
}

// Cancelled: one `finished` (Cancelled) and no batch after it. Deleted: nothing at all after.
void TestImageListing::cancelAndDeleteMidListing() {
    QFETCH(sandbox::Flavor, flavor);
    QFETCH(bool, deleteIt);
    start(flavor, 3000, 1);
    if (QTest::currentTestFailed())
        return;
    // Slow pages, so that the listing is surely in the middle when it is deleted; as fast as
    // can be when it is cancelled, so that batches queue up behind the one that cancels.
    if (deleteIt)
        m_sandbox->admin(
            "POST", QStringLiteral("/_sandbox/faults"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("spec"),
                             QStringLiteral("latency:route=^GET /v2/(cloudimages|images)$,ms=30")}})
                .toJson());
    ImageListQuery query;
    query.pageSize = deleteIt ? 50 : 10;
    auto *listing = new ImageListing(m_session.get(), query);
    int batches = 0;
    int batchesAfterStop = 0;
    int finishedCount = 0;
    bool stopped = false;
    std::optional<Result<int>> result;
    connect(listing, &ImageListing::batch, this, [&](const QList<Image> &) {
        ++batches;
        if (stopped)
            ++batchesAfterStop;
        // Cancelled from a batch's slot, as a user's click between two: the batches the
        // worker has sent meanwhile (queued here) must not come out.
        if (!deleteIt && batches == 3) {
            stopped = true;
            listing->cancel();
        }
    });
    connect(listing, &ImageListing::finished, this, [&](const Result<int> &r) {
        ++finishedCount;
        result = r;
    });
    listing->start();
    QTRY_VERIFY_WITH_TIMEOUT(batches >= 3, 30'000);
    if (deleteIt) {
        stopped = true;
        delete listing;
    }
    // Whatever was on its way has time to arrive (and must not be told).
    QTest::qWait(1500);
    QCOMPARE(batchesAfterStop, 0);
    if (deleteIt) {
        QCOMPARE(finishedCount, 0);
    } else {
        QCOMPARE(finishedCount, 1);
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        delete listing;
    }
}

void TestImageListing::slowReceiverHoldsTheListing_data() {
    QTest::addColumn<sandbox::Flavor>("flavor");
    QTest::addColumn<bool>("partition");
    QTest::newRow("ims/partitioned") << sandbox::Flavor::Ims << true;
    QTest::newRow("ims/one chain") << sandbox::Flavor::Ims << false;
    QTest::newRow("glance/partitioned") << sandbox::Flavor::Glance << true;
}

// A receiver slower than the cloud (imsctl printing a page while the next ones arrive): the
// worker stops asking for pages while more than `backlogImages` wait for it, so what is held
// stays a few pages whatever the listing's size; the listing still ends complete.
void TestImageListing::slowReceiverHoldsTheListing() {
    QFETCH(sandbox::Flavor, flavor);
    QFETCH(bool, partition);
    constexpr int kImages = 2000;
    constexpr int kPage = 50;
    constexpr int kBacklog = 200;
    constexpr int kChains = 4;
    start(flavor, kImages, 1);
    if (QTest::currentTestFailed())
        return;
    ImageListQuery query;
    query.pageSize = kPage;
    query.attributes = codec::Attributes::Drop;
    ListingOptions options;
    options.partition = partition;
    options.concurrency = kChains;
    options.backlogImages = kBacklog;
    ImageListing listing(m_session.get(), query, options);
    int received = 0;
    // At each batch: images the sandbox had sent beyond those received, less what the ranges
    // fetched past their end (each range's last page may be another range's images, dropped),
    // which is not held.
    int mostAhead = 0;
    connect(&listing, &ImageListing::batch, this, [&](const QList<Image> &images) {
        received += int(images.size());
        const QJsonArray requests = journal();
        int pages = 0;
        for (const QJsonValue &v : requests) {
            const QUrlQuery asked(QUrl(v[QStringLiteral("target")].toString()).query());
            if (v[QStringLiteral("target")].toString().contains(QLatin1String("images?")) &&
                asked.queryItemValue(QStringLiteral("limit")) != QLatin1String("1"))
                ++pages;
        }
        const int overshoot = int(rangesAskedFor(requests).size()) * kPage;
        mostAhead = std::max(mostAhead, pages * kPage - overshoot - received);
        QThread::msleep(20); // the receiver's own work: slower than a page comes
    });
    std::optional<Result<int>> result;
    connect(&listing, &ImageListing::finished, this, [&](const Result<int> &r) { result = r; });
    m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/requests"));
    listing.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    QVERIFY(*result);
    QVERIFY(result->value() >= kImages); // the seed's own images too
    QCOMPARE(received, result->value());
    // The backlog, the page each chain had already asked for, and the one whose answer the
    // worker was decoding when it paused: never the listing's thousands.
    const int bound = kBacklog + 2 * kChains * kPage;
    QVERIFY2(mostAhead <= bound, qPrintable(QStringLiteral("%1 images were fetched ahead of the "
                                                           "receiver (at most %2 expected)")
                                                .arg(mostAhead)
                                                .arg(bound)));
}

QTEST_GUILESS_MAIN(TestImageListing)
#include "tst_imagelisting.moc"
