// Uploads as data: the recipe an upload job keeps (so that Retry, after a restart or from
// another process, sends the same file again) and the progress line of the jobs panel.
#include "imagerequests.h"
#include "imageupload.h"
#include "recipes.h"
#include "uploadrecipe.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace ims;

namespace {

recipes::Upload sampleUpload() {
    recipes::Upload upload;
    upload.filePath = "/srv/images/ubuntu-24.04.qcow2";
    upload.name = "web-base";
    upload.description = "golden web image";
    upload.osVersion = "Ubuntu 24.04 server 64bit";
    upload.diskFormat = "qcow2";
    upload.minDiskGb = 40;
    upload.minRamMb = 1024;
    upload.maxRamMb = 8192;
    upload.tags = {"team=web", "golden"};
    upload.fileSize = 2'000'000'000;
    upload.fileModified = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2, 123), Qt::UTC);
    upload.imageId = "4c3b2a19-0000-4000-8000-0123456789ab";
    return upload;
}

} // namespace

class TestUploadRecipes final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void roundTrip();
    void damagedIsNotRestartable_data();
    void damagedIsNotRestartable();
    void metadataForTheQueuedImage();
    void progressText_data();
    void progressText();
    void throughputIsSmoothed();
};

void TestUploadRecipes::roundTrip() {
    const recipes::Upload upload = sampleUpload();
    const QJsonObject json = recipes::toJson(upload);
    QCOMPARE(json["op"].toString(), QStringLiteral("upload"));
    QCOMPARE(recipes::uploadFromJson(json), upload);
    QCOMPARE(recipes::describe(upload), QStringLiteral("ubuntu-24.04.qcow2 → web-base"));
    // Not one of the requests Retry resends: an older reader says it cannot, never guesses.
    QVERIFY(!recipes::fromJson(json));
}

void TestUploadRecipes::damagedIsNotRestartable_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field removed
    QTest::newRow("no file") << "file" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no name") << "name" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no disk format") << "disk_format" << QJsonValue("");
    QTest::newRow("size as text") << "file_size" << QJsonValue("2 GB");
    QTest::newRow("a tag not text") << "tags" << QJsonValue(QJsonArray{1});
    QTest::newRow("another op") << "op" << QJsonValue("copy");
}

void TestUploadRecipes::damagedIsNotRestartable() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = recipes::toJson(sampleUpload());
    if (value.isUndefined())
        json.remove(field);
    else
        json[field] = value;
    QVERIFY(!recipes::uploadFromJson(json));
}

void TestUploadRecipes::metadataForTheQueuedImage() {
    const ImageMetadata metadata = recipes::metadata(sampleUpload());
    QCOMPARE(metadata.name, QStringLiteral("web-base"));
    QCOMPARE(metadata.description, QStringLiteral("golden web image"));
    QCOMPARE(metadata.diskFormat, QStringLiteral("qcow2"));
    QCOMPARE(metadata.minDiskGb, 40);
    QCOMPARE(metadata.minRamMb, 1024);
    QCOMPARE(metadata.maxRamMb, 8192);
    QCOMPARE(metadata.tags, (QStringList{"team=web", "golden"}));
}

void TestUploadRecipes::progressText_data() {
    QTest::addColumn<qint64>("sent");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    QTest::newRow("moving") << qint64(1.2 * kGiB) << 2 * kGiB << 48.0 * 1024 * 1024
                            << "Uploading 1.2 GB of 2.0 GB · 48.0 MB/s · 18 s left";
    QTest::newRow("minutes left") << qint64(0) << 2 * kGiB << 10.0 * 1024 * 1024
                                  << "Uploading 0 bytes of 2.0 GB · 10.0 MB/s · 3 min 25 s left";
    QTest::newRow("hours left") << qint64(0) << 100 * kGiB << 10.0 * 1024 * 1024
                                << "Uploading 0 bytes of 100.0 GB · 10.0 MB/s · 2 h 50 min left";
    QTest::newRow("no rate yet") << qint64(0) << 2 * kGiB << 0.0 << "Uploading 0 bytes of 2.0 GB";
}

void TestUploadRecipes::progressText() {
    QFETCH(qint64, sent);
    QFETCH(qint64, total);
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(ImageUpload::progressText(sent, total, rate), text);
}

void TestUploadRecipes::throughputIsSmoothed() {
    // The first sample is taken as it is; a burst moves the figure only part of the way.
    QCOMPARE(ImageUpload::smoothed(0, 100), 100.0);
    const double afterBurst = ImageUpload::smoothed(100, 1000);
    QVERIFY(afterBurst > 100 && afterBurst < 550);
    // A steady rate is reached again.
    double rate = afterBurst;
    for (int i = 0; i < 30; ++i)
        rate = ImageUpload::smoothed(rate, 100);
    QVERIFY(qAbs(rate - 100) < 1);
}

QTEST_GUILESS_MAIN(TestUploadRecipes)
#include "tst_uploadrecipes.moc"
