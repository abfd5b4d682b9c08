// core/'s partitioned ImageListing against real Glance (tests/peer harness): Glance takes the
// created_at=gte: filter and the created_at sort the ranges use, and a listing cut into ranges
// gives the same images as one marker chain, images created in the same second included. Every
// run tags its images with a run id and lists only those, so other tests' images do not count.
#include "imagelisting.h"
#include "operationrequests.h"
#include "requestlog.h"
#include "requestwait.h"
#include "session.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace ims;

class TestPeerListing final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void partitionedEqualsSequential_data();
    void partitionedEqualsSequential();

private:
    QStringList list(bool partition, int pageSize);

    std::unique_ptr<Session> m_session;
    QString m_run;
    QStringList m_created;
};

void TestPeerListing::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("OS_AUTH_URL"), "run through tests/peer/with-peer-env.sh");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OS_IMAGE_ENDPOINT")); // from the catalog, as a user would
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    m_session = std::make_unique<Session>(*profile, credentials);
    QVERIFY(!m_session->hasImsExtension());
    m_run = QStringLiteral("listtest-%1")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // Eight at a time: Glance stamps several of them with the same second.
    constexpr int kImages = 60;
    QList<Image> created;
    const int failures = runMany<CreateImageMetadataRequest, Image>(
        kImages, 8,
        [&](int i) {
            ImageMetadata metadata;
            metadata.name = QStringLiteral("%1-%2").arg(m_run).arg(i);
            metadata.tags = {m_run};
            return new CreateImageMetadataRequest(m_session.get(), metadata);
        },
        &created);
    for (const Image &image : created)
        m_created.append(image.id);
    QCOMPARE(failures, 0);
    QHash<qint64, int> perSecond;
    for (const Image &image : created)
        ++perSecond[image.createdAt.toSecsSinceEpoch()];
    const int most = *std::max_element(perSecond.begin(), perSecond.end());
    qInfo("%d images over %d seconds, at most %d in one", kImages, int(perSecond.size()), most);
    QVERIFY2(most >= 2, "no two images of the same second: the tie case is not exercised");
}

void TestPeerListing::cleanupTestCase() {
    if (!m_session)
        return;
    runMany<DeleteImageRequest, Done>(int(m_created.size()), 8, [&](int i) {
        return new DeleteImageRequest(m_session.get(), m_created.at(i));
    });
}

QStringList TestPeerListing::list(bool partition, int pageSize) {
    ImageListQuery query;
    query.pageSize = pageSize;
    query.filters = {{QStringLiteral("tag"), m_run}};
    ListingOptions options;
    options.partition = partition;
    ImageListing listing(m_session.get(), query, options);
    QStringList ids;
    connect(&listing, &ImageListing::batch, this, [&](const QList<Image> &images) {
        for (const Image &image : images)
            ids.append(image.id);
    });
    const Result<int> result = waitFor<ImageListing, int>(listing, 120'000);
    if (!result)
        qWarning("listing failed: %s", qPrintable(why(result)));
    if (!result || result.value() != ids.size())
        return {};
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestPeerListing::partitionedEqualsSequential_data() {
    QTest::addColumn<int>("pageSize");
    QTest::newRow("pages of 3") << 3; // chains of one second page by marker through their ties
    QTest::newRow("pages of 7") << 7;
    QTest::newRow("Glance's default page") << 0;
}

void TestPeerListing::partitionedEqualsSequential() {
    QFETCH(int, pageSize);
    const QStringList sequential = list(false, pageSize);
    QStringList expected = m_created;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sequential, expected);
    RequestLog log(m_session.get());
    const QStringList partitioned = list(true, pageSize);
    QCOMPARE(partitioned, expected);
    // It was cut: ranges paged page after page (a refused filter would have stopped at one).
    const qsizetype ranged =
        log.sent().filter(QRegularExpression(QStringLiteral("created_at=gte.*marker="))).size();
    qInfo("%lld pages of ranges", qint64(ranged));
    if (pageSize > 0)
        QVERIFY(ranged > 2);
}

QTEST_GUILESS_MAIN(TestPeerListing)
#include "tst_peer_listing.moc"
