// The window's listing decode (codec::imagePage with Attributes::Drop parses with RapidJSON)
// against the Qt path it replaces (codec::listing, pageCursor, listingImages): the same images,
// cursor and errors for every listing example and for hostile pages.
#include "codec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ims;

namespace {

QByteArray example(const QString &name) {
    QFile file(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// The Qt path, step by step as the window decoded pages before.
Result<ImagePage> qtPage(const QByteArray &body) {
    const auto o = codec::listing(body);
    if (!o)
        return o.error();
    return ImagePage{codec::listingImages(o.value(), codec::Attributes::Drop),
                     codec::pageCursor(o.value())};
}

QString dump(const Image &i) {
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODateWithMs) + QString::number(int(t.timeSpec()))
                           : QStringLiteral("invalid");
    };
    return QStringList{i.id,
                       i.name,
                       i.status,
                       i.visibility,
                       i.owner,
                       i.imageType,
                       i.osVersion,
                       i.platform,
                       i.osType,
                       i.diskFormat,
                       i.containerFormat,
                       i.description,
                       i.cmkId,
                       i.memberStatus,
                       i.virtualEnvType,
                       i.sourceImageId,
                       i.region,
                       i.profile,
                       QString::number(i.sizeBytes),
                       QString::number(i.minDiskGb),
                       QString::number(i.minRamMb),
                       QString::number(i.maxRamMb),
                       QString::number(i.isProtected),
                       QString::number(i.isWholeImage),
                       when(i.createdAt),
                       when(i.updatedAt),
                       i.tags.join(QChar(0x1F)),
                       QString::number(i.attributes.size())}
        .join(QLatin1Char('|'));
}

QString dump(const PageCursor &c) {
    return QStringLiteral("%1|%2|%3").arg(c.count).arg(c.lastId, c.next);
}

void compare(const Result<ImagePage> &got, const Result<ImagePage> &want) {
    QCOMPARE(got.ok(), want.ok());
    if (!want) {
        QCOMPARE(int(got.error().kind), int(want.error().kind));
        QCOMPARE(got.error().message, want.error().message);
        return;
    }
    QCOMPARE(dump(got.value().cursor), dump(want.value().cursor));
    QCOMPARE(got.value().images.size(), want.value().images.size());
    for (qsizetype n = 0; n < want.value().images.size(); ++n) {
        QCOMPARE(dump(got.value().images[n]), dump(want.value().images[n]));
        QVERIFY(got.value().images[n] == want.value().images[n]);
    }
}

QByteArray page(const QByteArray &images, const QByteArray &rest = {}) {
    return "{\"images\":[" + images + "]" + rest + "}";
}

// A page of the catalogue's image (every attribute IMS documents), varied as a listing varies.
QByteArray cataloguePage(int count) {
    const QJsonObject all =
        QJsonDocument::fromJson(example(QStringLiteral("cloudimage_all_fields_catalogue.json")))
            .object();
    QJsonArray images;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = all;
        o.insert(QStringLiteral("id"), QStringLiteral("id-%1").arg(i));
        o.insert(QStringLiteral("name"), QStringLiteral("image-%1").arg(i));
        o.insert(QStringLiteral("status"),
                 i % 3 ? QStringLiteral("active") : QStringLiteral("queued"));
        o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("env=prod"), i});
        images.append(o);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("images"), images},
                           {QStringLiteral("next"), QStringLiteral("/v2/images?marker=x")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestListingDecode final : public QObject {
    Q_OBJECT

private slots:
    void sameAsQt_data();
    void sameAsQt();
};

void TestListingDecode::sameAsQt_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast"); // whether RapidJSON decodes it (else Qt's parser does)
    const QStringList listings = QDir(QStringLiteral(IMSDESK_TEST_DATA "/ims-api"))
                                     .entryList({QStringLiteral("*.json")}, QDir::Files);
    int examples = 0;
    for (const QString &name : listings) {
        const QByteArray body = example(name).trimmed(); // cuts always break the JSON
        const bool isListing = codec::listing(body).ok();
        QTest::addRow("%s", qPrintable(name)) << body << isListing;
        examples += isListing;
        for (const qsizetype cut :
             {qsizetype(1), body.size() / 3, body.size() / 2, body.size() - 1})
            QTest::addRow("%s cut at %lld", qPrintable(name), qlonglong(cut))
                << body.left(cut) << false;
    }
    QVERIFY(examples >= 4);
    QTest::newRow("catalogue page") << cataloguePage(50) << true;

    // Not a listing: Qt's errors.
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("array") << QByteArray("[1]") << false;
    QTest::newRow("no images") << QByteArray("{\"next\":\"x\"}") << false;
    QTest::newRow("images an object") << QByteArray("{\"images\":{}}") << false;
    QTest::newRow("images last not an array")
        << QByteArray("{\"images\":[],\"images\":1}") << false;
    QTest::newRow("garbage after") << page("{\"id\":\"a\"}") + "x" << false;
    QTest::newRow("NUL after") << page("{\"id\":\"a\"}") + QByteArray(1, '\0') << false;
    QTest::newRow("NUL in a string") << page(QByteArray("{\"id\":\"a\0b\"}", 12)) << false;
    QTest::newRow("raw tab in a string") << page("{\"id\":\"a\tb\"}") << false;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + page("{\"id\":\"a\"}") << false;
    QTest::newRow("invalid UTF-8") << page("{\"id\":\"\xC3\x28\"}") << false;
    QTest::newRow("encoded surrogate") << page("{\"id\":\"\xED\xA0\x80\"}") << false;
    QTest::newRow("number too big") << page("{\"id\":\"a\",\"x\":1e400}") << false;
    QTest::newRow("number too small") << page("{\"id\":\"a\",\"x\":1e-400}") << false;
    QTest::newRow("nested 1024 deep")
        << page("{\"id\":\"a\",\"x\":" + QByteArray(1021, '[') + QByteArray(1021, ']') + "}")
        << true;
    QTest::newRow("nested 1025 deep")
        << page("{\"id\":\"a\",\"x\":" + QByteArray(1022, '[') + QByteArray(1022, ']') + "}")
        << false;
    QTest::newRow("lone high surrogate") << page("{\"id\":\"a\\ud800\"}") << false;
    QTest::newRow("lone low surrogate") << page("{\"id\":\"a\\udc00\"}") << false;
    QTest::newRow("lone low surrogate in a tag")
        << page("{\"id\":\"a\",\"tags\":[\"\\udfff\"]}") << false;

    // Listings RapidJSON decodes, to Qt's values.
    QTest::newRow("surrogate pair and escapes")
        << page("{\"id\":\"\\ud83d\\ude00\",\"name\":\"caf\\u00e9 \\\"q\\\" \\/ \\n\",\"owner\":"
                "\"\\u6F22\\u5b57\",\"__description\":\"\xE2\x82\xAC \xF0\x9F\x98\x80\"}")
        << true;
    QTest::newRow("NUL escape") << page("{\"id\":\"a\\u0000b\",\"status\":\"\\u0000\"}") << true;
    QTest::newRow("NUL escape in a key") << page("{\"id\\u0000\":\"x\",\"id\":\"a\"}") << true;
    QTest::newRow("escaped key") << page("{\"\\u0069d\":\"a\",\"n\\u0061me\":\"n\"}") << true;
    QTest::newRow("duplicate keys: the last wins")
        << page("{\"id\":\"a\",\"name\":\"1\",\"name\":\"2\",\"status\":{},\"status\":\"active\","
                "\"min_disk\":5,\"min_disk\":\"x\"}",
                ",\"next\":\"1\",\"next\":\"2\"")
        << true;
    QTest::newRow("duplicate images: the last wins")
        << QByteArray("{\"images\":[{\"id\":\"a\"}],\"images\":[{\"id\":\"b\"},{\"id\":\"c\"}]}")
        << true;
    QTest::newRow("wrong types")
        << page("{\"id\":12,\"name\":true,\"status\":null,\"visibility\":[],\"owner\":{},"
                "\"__image_size\":\"12345678901\",\"min_disk\":\"40\",\"min_ram\":2.9,"
                "\"max_ram\":\" 1024 \",\"protected\":\"TRUE\",\"__whole_image\":1,"
                "\"created_at\":20250101,\"updated_at\":\"2018-01-22T06:59:22.701000Z\","
                "\"tags\":[\"a\",1,true,null,[],{},\"\",2.5]}")
        << true;
    QTest::newRow("tags not an array") << page("{\"id\":\"a\",\"tags\":\"a,b\"}") << true;
    QTest::newRow("huge and odd numbers")
        << page("{\"id\":123456789012345678901234567890,\"name\":9223372036854775808,"
                "\"status\":-9223372036854775809,\"owner\":-0,\"__os_type\":-0.0,"
                "\"__image_size\":1e300,\"size\":5,\"min_disk\":1e18,\"min_ram\":-5,"
                "\"max_ram\":4294967296,\"protected\":0.0,\"__whole_image\":-1e-300,"
                "\"__platform\":1.5e-7,\"__os_version\":0.1,\"disk_format\":9007199254740993,"
                "\"container_format\":1E2,\"member_status\":123.456e-2}")
        << true;
    QTest::newRow("size from size")
        << page("{\"id\":\"a\",\"size\":\"77\"},{\"id\":\"b\",\"__image_size\":-3,\"size\":8}")
        << true;
    QTest::newRow("entries without id or not objects")
        << page("1,\"x\",null,[],{},{\"id\":\"\"},{\"id\":\"a\"},{\"name\":\"no id\"},3") << true;
    QTest::newRow("empty page") << page("") << true;
    QTest::newRow("next a number") << page("{\"id\":\"a\"}", ",\"next\":5") << true;
    QTest::newRow("next null") << page("{\"id\":\"a\"}", ",\"next\":null") << true;
    QTest::newRow("whitespace") << QByteArray(" \r\n\t{ \"images\" : [ { \"id\" : \"a\" } ] } \n")
                                << true;
}

void TestListingDecode::sameAsQt() {
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    const Result<ImagePage> want = qtPage(body);
    std::optional<PageCursor> told;
    const std::optional<ImagePage> fastPage =
        codec::fastImagePage(body, [&told](const PageCursor &cursor) { told = cursor; });
    QCOMPARE(fastPage.has_value(), fast); // or the window would pay Qt's parse for this page
    if (fastPage) {
        compare(*fastPage, want);
        QVERIFY(told);
        QCOMPARE(dump(*told), dump(want.value().cursor));
    }
    // What the window gets, whichever parser read it.
    told.reset();
    const Result<ImagePage> got = codec::imagePage(
        body, codec::Attributes::Drop, [&told](const PageCursor &cursor) { told = cursor; });
    compare(got, want);
    QCOMPARE(told.has_value(), want.ok());
    if (told)
        QCOMPARE(dump(*told), dump(want.value().cursor));
}

QTEST_GUILESS_MAIN(TestListingDecode)
#include "tst_listingdecode.moc"
