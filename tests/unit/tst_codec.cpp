// Decoders against the shared API examples and against hostile input (SPEC §11.1).
#include "codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ims;

static QByteArray example(const char *name) {
    QFile file(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

class TestCodec final : public QObject {
    Q_OBJECT

private slots:
    void imageListsFromExamples_data();
    void imageListsFromExamples();
    void imageKeepsEveryAttribute();
    void listingWithoutAttributesKeepsTheFieldsTheProductNeeds();
    void listingOfOnlyAttributesKeepsWhatPagingNeeds();
    void listingSharesRepeatedValues_data();
    void listingSharesRepeatedValues();
    void imageObjectReadsBackToTheSameFields();
    void tolerantScalars_data();
    void tolerantScalars();
    void dates_data();
    void dates();
    void jobs_data();
    void jobs();
    void tokenAndCatalog();
    void endpointFromCatalog_data();
    void endpointFromCatalog();
    void smallDocuments();
    void serverDataDisks_data();
    void serverDataDisks();
    void hostileInputNeverCrashes_data();
    void hostileInputNeverCrashes();
};

void TestCodec::imageListsFromExamples_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<bool>("hasNext");
    QTest::newRow("cloudimages") << example("cloudimages_list_response.json") << 1 << QString()
                                 << false;
    QTest::newRow("public doc sample")
        << example("cloudimages_list_public_doc_sample.json") << 1 << QString() << false;
    QTest::newRow("glance page") << example("glance_images_list_page.json") << 2 << QString()
                                 << true;
    QTest::newRow("glance last page")
        << example("glance_images_list_last_page.json") << -1 << QString() << false;
}

void TestCodec::imageListsFromExamples() {
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(bool, hasNext);
    const Result<ImagePage> page = codec::imagePage(body);
    QVERIFY(page.ok());
    if (count >= 0)
        QCOMPARE(page.value().images.size(), count);
    QCOMPARE(!page.value().cursor.next.isEmpty(), hasNext);
    for (const Image &image : page.value().images) {
        QVERIFY(!image.id.isEmpty());
        QVERIFY(!image.name.isEmpty());
        QVERIFY(image.createdAt.isValid());
    }
}

void TestCodec::imageKeepsEveryAttribute() {
    const QJsonObject all =
        QJsonDocument::fromJson(example("cloudimage_all_fields_catalogue.json")).object();
    const Image image = codec::image(all);
    QCOMPARE(image.attributes, all); // unknown attributes stay for the details view
    QCOMPARE(image.imageType, all.value("__imagetype").toString());
    QCOMPARE(image.osVersion, all.value("__os_version").toString());
    QCOMPARE(image.sizeBytes, all.value("__image_size").toString().toLongLong());
    QCOMPARE(image.isProtected, all.value("protected").toBool());
    QCOMPARE(image.tags.size(), all.value("tags").toArray().size());
}

void TestCodec::listingWithoutAttributesKeepsTheFieldsTheProductNeeds() {
    const QByteArray body = R"({"images":[
        {"id":"a","name":"full","status":"active","__whole_image":"true",
         "virtual_env_type":"FusionCompute","__vendor_flag":"x"},
        {"id":"b","name":"iso","status":"active","__whole_image":false,
         "virtual_env_type":"IsoImage"},
        {"name":"no id"}, 7]})";
    const Result<ImagePage> dropped = codec::imagePage(body, codec::Attributes::Drop);
    QVERIFY(dropped.ok());
    QCOMPARE(dropped.value().images.size(), 2);
    const Image &full = dropped.value().images.at(0);
    const Image &iso = dropped.value().images.at(1);
    QVERIFY(full.attributes.isEmpty()); // the details pane reads them when the image is selected
    QVERIFY(iso.attributes.isEmpty());
    QVERIFY(full.isWholeImage);
    QVERIFY(!iso.isWholeImage);
    QCOMPARE(full.virtualEnvType, QStringLiteral("FusionCompute"));
    QCOMPARE(iso.virtualEnvType, QStringLiteral("IsoImage"));
    QCOMPARE(full.name, QStringLiteral("full"));

    const Result<ImagePage> kept = codec::imagePage(body); // imsctl's listing keeps everything
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().images.at(0).attributes.value("__vendor_flag").toString(),
             QStringLiteral("x"));
    QCOMPARE(kept.value().images.at(0).isWholeImage, true);

    // One image read for the table (the transitional refresh) drops them the same way.
    const QByteArray one = R"({"id":"a","name":"full","__vendor_flag":"x"})";
    const Result<Image> lean = codec::imageDocument(one, codec::Attributes::Drop);
    QVERIFY(lean.ok());
    QVERIFY(lean.value().attributes.isEmpty());
    QCOMPARE(lean.value().name, QStringLiteral("full"));
    QCOMPARE(codec::imageDocument(one).value().attributes.value("__vendor_flag").toString(),
             QStringLiteral("x"));
}

void TestCodec::listingOfOnlyAttributesKeepsWhatPagingNeeds() {
    // imsctl's JSON: the server's objects as they came, plus what a partitioned listing pages
    // and de-duplicates by; the same images (the one without an id left out) as a full decode.
    const QByteArray body = R"({"images":[
        {"id":"a","name":"web","status":"active","created_at":"2026-11-20T10:00:05Z",
         "__vendor_flag":"x","size":9223372036854775807},
        {"name":"no id"},
        {"id":"b","created_at":"2026-11-21T00:00:00Z"}]})";
    const Result<ImagePage> only = codec::imagePage(body, codec::Attributes::Only);
    const Result<ImagePage> full = codec::imagePage(body);
    QVERIFY(only.ok());
    QCOMPARE(only.value().images.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Image &lean = only.value().images.at(i);
        const Image &decoded = full.value().images.at(i);
        QCOMPARE(lean.id, decoded.id);
        QCOMPARE(lean.createdAt, decoded.createdAt);
        QVERIFY(lean.createdAt.isValid());
        QCOMPARE(lean.attributes, decoded.attributes);
    }
    QCOMPARE(only.value().images.at(0).attributes.value("size").toInteger(),
             std::numeric_limits<qint64>::max());
    QVERIFY(only.value().images.at(0).name.isEmpty()); // not decoded: nobody reads it
}

void TestCodec::listingSharesRepeatedValues_data() {
    QTest::addColumn<QStringList>("statuses"); // one image each, in page order
    QTest::newRow("the same") << QStringList{"active", "active", "active"};
    QTest::newRow("alternating") << QStringList{"active", "queued", "active", "queued"};
    QTest::newRow("runs") << QStringList{"active", "active", "killed", "killed", "active"};
    QTest::newRow("each once, then again")
        << QStringList{"active", "queued", "saving", "killed", "saving", "active"};
}

void TestCodec::listingSharesRepeatedValues() {
    QFETCH(QStringList, statuses);
    QByteArray body = R"({"images":[)";
    for (int i = 0; i < statuses.size(); ++i)
        body += QByteArray(i ? "," : "") + R"({"id":"i)" + QByteArray::number(i) +
                R"(","status":")" + statuses[i].toLatin1() +
                R"(","owner":"0123456789abcdef0123456789abcdef",)" +
                R"("__os_version":"Ubuntu 22.04 server 64bit","tags":["env=prod"]})";
    body += "]}";
    const Result<ImagePage> page = codec::imagePage(body, codec::Attributes::Drop);
    QVERIFY(page.ok());
    const QList<Image> &images = page.value().images;
    QCOMPARE(images.size(), statuses.size());
    // One copy of each repeated value for the whole page: 100 000 images stay small.
    for (const Image &image : images) {
        QCOMPARE(image.owner.constData(), images.first().owner.constData());
        QCOMPARE(image.osVersion.constData(), images.first().osVersion.constData());
        QCOMPARE(image.tags.first().constData(), images.first().tags.first().constData());
    }
    // Each image its own status, whatever its neighbours had; the same status, one copy.
    for (int i = 0; i < statuses.size(); ++i) {
        QCOMPARE(images.at(i).status, statuses[i]);
        const int first = int(statuses.indexOf(statuses[i]));
        QCOMPARE(images.at(i).status.constData(), images.at(first).status.constData());
    }
    QCOMPARE(images.last().osVersion, QStringLiteral("Ubuntu 22.04 server 64bit"));
    QVERIFY(images.at(0).id != images.at(1).id);
}

void TestCodec::imageObjectReadsBackToTheSameFields() {
    QJsonObject all =
        QJsonDocument::fromJson(example("cloudimage_all_fields_catalogue.json")).object();
    all.insert("__whole_image", "true");
    all.insert("member_status", "accepted");
    all.insert("min_ram", 2048);
    all.insert("max_ram", "8192"); // IMS answers it as a string (SPEC §4.1)
    const Image original = codec::image(all);
    const QJsonObject encoded = codec::imageObject(original);
    QVERIFY(encoded.size() < all.size()); // the decoded fields only, not every attribute
    const Image read = codec::image(encoded, codec::Attributes::Drop);
    QCOMPARE(read.id, original.id);
    QCOMPARE(read.name, original.name);
    QCOMPARE(read.status, original.status);
    QCOMPARE(read.visibility, original.visibility);
    QCOMPARE(read.owner, original.owner);
    QCOMPARE(read.imageType, original.imageType);
    QCOMPARE(read.osVersion, original.osVersion);
    QCOMPARE(read.platform, original.platform);
    QCOMPARE(read.osType, original.osType);
    QCOMPARE(read.diskFormat, original.diskFormat);
    QCOMPARE(read.containerFormat, original.containerFormat);
    QCOMPARE(read.description, original.description);
    QCOMPARE(read.cmkId, original.cmkId);
    QCOMPARE(read.memberStatus, QStringLiteral("accepted"));
    QCOMPARE(read.virtualEnvType, original.virtualEnvType);
    QCOMPARE(read.sizeBytes, original.sizeBytes);
    QVERIFY(read.sizeBytes > 0);
    QCOMPARE(read.minDiskGb, original.minDiskGb);
    QCOMPARE(read.minRamMb, 2048);
    QCOMPARE(read.maxRamMb, 8192);
    QCOMPARE(read.isProtected, original.isProtected);
    QVERIFY(read.isWholeImage);
    QCOMPARE(read.createdAt, original.createdAt);
    QVERIFY(read.createdAt.isValid());
    QCOMPARE(read.updatedAt, original.updatedAt);
    QCOMPARE(read.tags, original.tags);
    QVERIFY(!read.tags.isEmpty());
}

void TestCodec::tolerantScalars_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("protectedFlag");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("minDisk");
    QTest::newRow("real types") << QByteArray(
                                       R"({"id":"a","protected":true,"size":42,"min_disk":40})")
                                << true << qint64(42) << 40;
    QTest::newRow("string boolean True")
        << QByteArray(R"({"id":"a","protected":"True","__image_size":"449261568","min_disk":"40"})")
        << true << qint64(449261568) << 40;
    QTest::newRow("string false") << QByteArray(
                                         R"({"id":"a","protected":"false","__image_size":"0"})")
                                  << false << qint64(0) << 0;
    QTest::newRow("nulls")
        << QByteArray(
               R"({"id":"a","protected":null,"size":null,"virtual_size":null,"checksum":null,"min_disk":null})")
        << false << qint64(-1) << 0;
    QTest::newRow("wrong types")
        << QByteArray(R"({"id":"a","protected":[],"size":{},"min_disk":"lots","name":7})") << false
        << qint64(-1) << 0;
    QTest::newRow("huge numbers") << QByteArray(R"({"id":"a","size":1e300,"min_disk":-5})") << false
                                  << qint64(-1) << 0;
}

void TestCodec::tolerantScalars() {
    QFETCH(QByteArray, json);
    QFETCH(bool, protectedFlag);
    QFETCH(qint64, size);
    QFETCH(int, minDisk);
    const Result<Image> image = codec::imageDocument(json);
    QVERIFY(image.ok());
    QCOMPARE(image.value().isProtected, protectedFlag);
    QCOMPARE(image.value().sizeBytes, size);
    QCOMPARE(image.value().minDiskGb, minDisk);
}

void TestCodec::dates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2020, 1, 4), QTime(9, 5, 22), Qt::UTC);
    QTest::newRow("image") << "2020-01-04T09:05:22Z" << t;
    QTest::newRow("job ms") << "2020-01-04T09:05:22.701Z" << t.addMSecs(701);
    QTest::newRow("iam µs") << "2020-01-04T09:05:22.701000Z" << t.addMSecs(701);
    QTest::newRow("filter style") << "2020-01-04 09:05:22" << t;
    QTest::newRow("old OTC") << "04-Jan-2020 09:05:22:701" << t.addMSecs(701);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("garbage") << "yesterday" << QDateTime();
}

void TestCodec::dates() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = codec::toDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestCodec::jobs_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<double>("percent");
    QTest::newRow("success") << example("job_success.json") << "SUCCESS"
                             << "3f7185de-b59a-4bb8-aa1d-7a513528b0e9"
                             << "" << 100.0;
    QTest::newRow("running") << example("job_running_progress.json") << "RUNNING"
                             << ""
                             << "" << 40.0;
    QTest::newRow("sub jobs") << example("job_success_subjobs.json") << "SUCCESS"
                              << "*"
                              << "" << 100.0;
    QTest::newRow("members") << example("job_success_members.json") << "SUCCESS"
                             << ""
                             << "" << 100.0;
    QTest::newRow("fail") << example("job_fail.json") << "FAIL"
                          << ""
                          << "*" << -2.0;
    // A status this version does not know: kept as the cloud wrote it, never taken for an end.
    QTest::newRow("unknown status")
        << QByteArray(R"({"job_id":"j1","status":"queued"})") << "QUEUED"
        << ""
        << "" << -1.0;
}

void TestCodec::jobs() {
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    QFETCH(QString, imageId);
    QFETCH(QString, errorCode);
    QFETCH(double, percent);
    const Result<Job> job = codec::jobDocument(body);
    QVERIFY(job.ok());
    QCOMPARE(job.value().status, status);
    if (imageId == QLatin1String("*"))
        QVERIFY(!job.value().imageId.isEmpty());
    else
        QCOMPARE(job.value().imageId, imageId);
    if (errorCode == QLatin1String("*"))
        QVERIFY(job.value().errorCode.startsWith("IMG."));
    if (percent > -2)
        QCOMPARE(job.value().percent, percent);
    const JobState state = status == QLatin1String("SUCCESS")   ? JobState::Success
                           : status == QLatin1String("FAIL")    ? JobState::Fail
                           : status == QLatin1String("RUNNING") ? JobState::Running
                                                                : JobState::Unrecognised;
    QCOMPARE(job.value().state, state);
    QCOMPARE(job.value().isFinished(), state == JobState::Success || state == JobState::Fail);
}

void TestCodec::tokenAndCatalog() {
    const Result<Token> token = codec::token(example("iam_token_response.json"), "MIIDtoken");
    QVERIFY(token.ok());
    QCOMPARE(token.value().projectId, QStringLiteral("0391e4486e864c26be5654c522f440f2"));
    QCOMPARE(token.value().expiresAt, QDateTime(QDate(2024, 11, 7), QTime(6, 10, 2, 384), Qt::UTC));
    // The token's own lifetime, which the session counts from the local time it arrived.
    QCOMPARE(token.value().issuedAt, QDateTime(QDate(2024, 11, 6), QTime(6, 10, 2, 384), Qt::UTC));
    QByteArray backwards = example("iam_token_response.json");
    backwards.replace("2024-11-06T06:10:02", "2024-11-08T06:10:02");
    QVERIFY2(backwards != example("iam_token_response.json"), "the example's issued_at moved");
    QCOMPARE(codec::token(backwards, "MIIDtoken").error().kind, ApiError::Kind::Decode);
    QCOMPARE(codec::findEndpoint(token.value().catalog, {"image"}, "eu-de"),
             QStringLiteral("https://ims.eu-de.otc.t-systems.com"));
    QVERIFY(!codec::token(example("iam_token_response.json"), QByteArray()).ok());
}

void TestCodec::endpointFromCatalog_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "https://ims.example.com"
                           << "public"
                           << "r1"
                           << "https://ims.example.com";
    QTest::newRow("trailing /v2/") << "https://glance.example.com:9292/v2/"
                                   << "public"
                                   << "r1"
                                   << "https://glance.example.com:9292";
    QTest::newRow("path prefix") << "http://10.0.0.1/image"
                                 << "public"
                                 << "r1"
                                 << "http://10.0.0.1/image";
    QTest::newRow("internal only") << "http://internal"
                                   << "internal"
                                   << "r1"
                                   << "";
    QTest::newRow("other region") << "https://ims.other"
                                  << "public"
                                  << "r2"
                                  << "";
}

void TestCodec::endpointFromCatalog() {
    QFETCH(QString, url);
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const QList<CatalogService> catalog{{"image", "glance", {{interface, region, url}}}};
    QCOMPARE(codec::findEndpoint(catalog, {"image"}, "r1"), expected);
}

void TestCodec::smallDocuments() {
    const auto quota = codec::quota(example("quota_response.json"));
    QVERIFY(quota.ok());
    QCOMPARE(quota.value().first().type, QStringLiteral("image"));
    QCOMPARE(quota.value().first().quota, 20);
    const auto os = codec::osVersions(example("os_version_response.json"));
    QVERIFY(os.ok());
    QVERIFY(!os.value().isEmpty());
    QVERIFY(os.value().first().osBit == 32 || os.value().first().osBit == 64);
    const auto member = codec::memberDocument(example("glance_member_response.json"));
    QVERIFY(member.ok());
    QCOMPARE(member.value().status, QStringLiteral("pending"));
    const auto accepted = codec::jobAccepted(example("async_accepted_response.json"));
    QVERIFY(accepted.ok());
    QCOMPARE(accepted.value().jobId.size(), 32);
}

// ECS lists a server's disks in os-extended-volumes:volumes_attached; bootIndex "0" is the
// system disk, every other one a data disk.
void TestCodec::serverDataDisks_data() {
    QTest::addColumn<QByteArray>("volumes"); // the JSON array
    QTest::addColumn<QStringList>("disks");  // "volume device" of the data disks
    QTest::newRow("system and two data disks")
        << QByteArray(R"([{"id":"sys","device":"/dev/vda","bootIndex":"0"},
                          {"id":"d1","device":"/dev/vdb","delete_on_termination":"false"},
                          {"id":"d2","device":"/dev/vdc","bootIndex":"-1"}])")
        << QStringList{"d1 /dev/vdb", "d2 /dev/vdc"};
    QTest::newRow("system disk only")
        << QByteArray(R"([{"id":"sys","device":"/dev/vda","bootIndex":"0"}])") << QStringList{};
    QTest::newRow("bootIndex as a number")
        << QByteArray(
               R"([{"id":"sys","device":"/dev/vda","bootIndex":0},{"id":"d1","device":"/dev/vdb","bootIndex":1}])")
        << QStringList{"d1 /dev/vdb"};
    QTest::newRow("no device") << QByteArray(R"([{"id":"d1"}])") << QStringList{"d1 "};
    QTest::newRow("entries without id or not objects")
        << QByteArray(R"([{"device":"/dev/vdb"}, 3, null, "x"])") << QStringList{};
    QTest::newRow("not an array") << QByteArray(R"({"id":"d1"})") << QStringList{};
    QTest::newRow("absent") << QByteArray() << QStringList{};
}

void TestCodec::serverDataDisks() {
    QFETCH(QByteArray, volumes);
    QFETCH(QStringList, disks);
    QByteArray server = R"({"id":"s1","name":"web-01","status":"ACTIVE")";
    if (!volumes.isEmpty())
        server += R"(,"os-extended-volumes:volumes_attached":)" + volumes;
    const auto decoded = codec::servers(R"({"count":1,"servers":[)" + server + "}]}");
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().size(), 1);
    QStringList found;
    for (const ServerDataDisk &disk : decoded.value().first().dataDisks)
        found.append(disk.volumeId + " " + disk.device);
    QCOMPARE(found, disks);
}

void TestCodec::hostileInputNeverCrashes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"images":[{"id":"a","name":)");
    QTest::newRow("array root") << QByteArray("[1,2,3]");
    QTest::newRow("images not array") << QByteArray(R"({"images":"lots"})");
    QTest::newRow("items not objects") << QByteArray(R"({"images":[1,"x",null,[]],"next":5})");
    QTest::newRow("deep nesting") << QByteArray(5000, '[');
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01{", 5);
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
}

void TestCodec::hostileInputNeverCrashes() {
    QFETCH(QByteArray, body);
    const auto page = codec::imagePage(body);
    if (page.ok()) // whatever decodes carries only usable images
        for (const Image &i : page.value().images)
            QVERIFY(!i.id.isEmpty());
    else
        QCOMPARE(page.error().kind, ApiError::Kind::Decode);
    QVERIFY(!codec::jobDocument(body).ok());
    QVERIFY(!codec::jobAccepted(body).ok());
    QVERIFY(!codec::token(body, "x").ok());
    QVERIFY(!codec::quota(body).ok());
    QVERIFY(!codec::servers(body).ok());
    codec::osVersions(body);
    codec::memberList(body);
    codec::imageTags(body);
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
