// The on-disk listing cache: what a start shows at once (stale) before the refresh arrives.
#include "listingcache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ims::Image;
using ims::ListingCache;

class TestListingCache final : public QObject {
    Q_OBJECT

private slots:
    void savedListingLoadsWithTheSameFields();
    void cachesWrittenWithTheServersObjectsStillLoad();
    void anotherVersionOrGarbageLoadsNothing_data();
    void anotherVersionOrGarbageLoadsNothing();
    void loadsInBatchesInOrder_data();
    void loadsInBatchesInOrder();

private:
    // The one file a cache directory holds after one save.
    static QString onlyFile(const QTemporaryDir &dir);
};

static QList<Image> sampleImages() {
    Image full;
    full.id = QStringLiteral("a1");
    full.name = QStringLiteral("full-ecs-backup");
    full.status = QStringLiteral("active");
    full.visibility = QStringLiteral("shared");
    full.owner = QStringLiteral("0123456789abcdef0123456789abcdef");
    full.imageType = QStringLiteral("private");
    full.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
    full.platform = QStringLiteral("Ubuntu");
    full.osType = QStringLiteral("Linux");
    full.diskFormat = QStringLiteral("zvhd2");
    full.containerFormat = QStringLiteral("bare");
    full.description = QStringLiteral("nightly, \"quoted\"\nand two lines");
    full.cmkId = QStringLiteral("bd66288c-9081-460a-8227-4cbd0c814cb4");
    full.memberStatus = QStringLiteral("accepted");
    full.virtualEnvType = QStringLiteral("FusionCompute");
    full.sizeBytes = 9'007'199'254'740'993; // 2^53 + 1: beyond what a double keeps exactly
    full.minDiskGb = 40;
    full.minRamMb = 2048;
    full.isProtected = true;
    full.isWholeImage = true;
    full.createdAt = QDateTime(QDate(2024, 11, 6), QTime(6, 19, 45, 120), Qt::UTC);
    full.updatedAt = full.createdAt.addSecs(60);
    full.tags = {QStringLiteral("env=prod"), QStringLiteral("legacy.tag")};
    Image bare;
    bare.id = QStringLiteral("b2"); // nothing else known: a queued upload, say
    return {full, bare};
}

QString TestListingCache::onlyFile(const QTemporaryDir &dir) {
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    return files.size() == 1 ? dir.filePath(files.first()) : QString();
}

void TestListingCache::savedListingLoadsWithTheSameFields() {
    QTemporaryDir dir;
    ListingCache cache(dir.path());
    const QString key = ListingCache::key(QStringLiteral("prod"), QStringLiteral("eu-de"),
                                          QStringLiteral("private"));
    QList<Image> saved = sampleImages();
    saved.first().attributes.insert(QStringLiteral("__secret_vendor_flag"), true);
    QVERIFY(cache.save(key, saved).result());
    const QList<Image> loaded = cache.load(key).result();
    QCOMPARE(loaded.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Image &a = saved.at(i);
        const Image &b = loaded.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.visibility, a.visibility);
        QCOMPARE(b.owner, a.owner);
        QCOMPARE(b.imageType, a.imageType);
        QCOMPARE(b.osVersion, a.osVersion);
        QCOMPARE(b.platform, a.platform);
        QCOMPARE(b.osType, a.osType);
        QCOMPARE(b.diskFormat, a.diskFormat);
        QCOMPARE(b.containerFormat, a.containerFormat);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.cmkId, a.cmkId);
        QCOMPARE(b.memberStatus, a.memberStatus);
        QCOMPARE(b.virtualEnvType, a.virtualEnvType);
        QCOMPARE(b.sizeBytes, a.sizeBytes);
        QCOMPARE(b.minDiskGb, a.minDiskGb);
        QCOMPARE(b.minRamMb, a.minRamMb);
        QCOMPARE(b.isProtected, a.isProtected);
        QCOMPARE(b.isWholeImage, a.isWholeImage);
        QCOMPARE(b.createdAt, a.createdAt);
        QCOMPARE(b.updatedAt, a.updatedAt);
        QCOMPARE(b.tags, a.tags);
        QVERIFY(b.attributes.isEmpty()); // the pane reads them from the cloud
    }
    QCOMPARE(loaded.at(1).sizeBytes, -1); // unknown stays unknown, not 0
    // Other profiles, regions and views have caches of their own.
    QVERIFY(cache
                .load(ListingCache::key(QStringLiteral("prod"), QStringLiteral("eu-nl"),
                                        QStringLiteral("private")))
                .result()
                .isEmpty());
}

void TestListingCache::cachesWrittenWithTheServersObjectsStillLoad() {
    // Earlier versions stored each image as the server sent it; the format is the same shape.
    QTemporaryDir dir;
    ListingCache cache(dir.path());
    const QString key =
        ListingCache::key(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("public"));
    QVERIFY(cache.save(key, {}).result());
    const QJsonObject server{{"id", "c3"},
                             {"name", "ubuntu"},
                             {"status", "active"},
                             {"__image_size", "449261568"},
                             {"__whole_image", "false"},
                             {"virtual_env_type", "IsoImage"},
                             {"checksum", "d41d8cd98f00b204e9800998ecf8427e"}};
    QFile file(onlyFile(dir));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(QJsonObject{{"version", 1}, {"images", QJsonArray{server}}}).toJson());
    file.close();
    const QList<Image> loaded = cache.load(key).result();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().name, QStringLiteral("ubuntu"));
    QCOMPARE(loaded.first().sizeBytes, 449261568);
    QCOMPARE(loaded.first().virtualEnvType, QStringLiteral("IsoImage"));
    QVERIFY(loaded.first().attributes.isEmpty());
}

void TestListingCache::anotherVersionOrGarbageLoadsNothing_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("another version") << QByteArray(R"({"version":99,"images":[{"id":"x"}]})");
    QTest::newRow("truncated") << QByteArray(R"({"version":1,"images":[{"id":"x")");
    QTest::newRow("not JSON") << QByteArray("\x00\xff garbage", 10);
    QTest::newRow("images not an array") << QByteArray(R"({"version":1,"images":{"id":"x"}})");
}

void TestListingCache::anotherVersionOrGarbageLoadsNothing() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    ListingCache cache(dir.path());
    const QString key =
        ListingCache::key(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("private"));
    QVERIFY(cache.save(key, sampleImages()).result());
    QCOMPARE(cache.load(key).result().size(), 2);
    QFile file(onlyFile(dir));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    QVERIFY(cache.load(key).result().isEmpty()); // refreshed from the cloud instead
}

void TestListingCache::loadsInBatchesInOrder_data() {
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("ownFile"); // as save() writes it; else a server-shaped document
    QTest::newRow("several batches, the last short") << 7 << 3 << true;
    QTest::newRow("exact batches") << 6 << 3 << true;
    QTest::newRow("one batch") << 2 << 100 << true;
    QTest::newRow("none") << 0 << 3 << true;
    QTest::newRow("a document of another writer") << 7 << 3 << false;
}

void TestListingCache::loadsInBatchesInOrder() {
    QFETCH(int, images);
    QFETCH(int, batchSize);
    QFETCH(bool, ownFile);
    QTemporaryDir dir;
    ListingCache cache(dir.path());
    const QString key =
        ListingCache::key(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("private"));
    // Names and tags with what a byte scan of the file could stumble on.
    QList<Image> saved;
    for (int i = 0; i < images; ++i) {
        Image image = sampleImages().first();
        image.id = QStringLiteral("id-%1").arg(i);
        image.name = QStringLiteral("odd } { ] [ \\\" , name %1").arg(i);
        image.tags = {QStringLiteral("k=}\\"), QStringLiteral("[\"")};
        saved << image;
    }
    QVERIFY(cache.save(key, saved).result());
    if (!ownFile) {
        QFile file(onlyFile(dir));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray indented = QJsonDocument::fromJson(file.readAll()).toJson();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(indented);
        file.close();
    }
    QFuture<QList<Image>> future = cache.loadBatches(key, batchSize);
    future.waitForFinished();
    const QList<QList<Image>> batches = future.results();
    QList<Image> loaded;
    for (const QList<Image> &batch : batches) {
        QVERIFY(batch.size() <= (ownFile ? batchSize : images));
        loaded += batch;
    }
    if (ownFile)
        QCOMPARE(batches.size(), (images + batchSize - 1) / batchSize);
    QCOMPARE(loaded.size(), saved.size());
    for (int i = 0; i < images; ++i) {
        QCOMPARE(loaded.at(i).id, saved.at(i).id);
        QCOMPARE(loaded.at(i).name, saved.at(i).name);
        QCOMPARE(loaded.at(i).tags, saved.at(i).tags);
    }
    QCOMPARE(cache.load(key).result().size(), saved.size()); // the whole listing at once
}

QTEST_GUILESS_MAIN(TestListingCache)
#include "tst_listingcache.moc"
