// The message a second imsdesk sends the first: what one encodes the other reads back, in
// whatever pieces the socket delivers it, and anything else is refused with a reason (never a
// crash, never a half-read command line).
#include "singleinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace ims;
using instancemessage::Frame;

Q_DECLARE_METATYPE(ims::instancemessage::Frame)

namespace {

QByteArray frameOf(const QByteArray &json) {
    QByteArray length(4, '\0');
    qToBigEndian(quint32(json.size()), length.data());
    return length + json;
}

QByteArray jsonOf(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestInstanceMessage final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void arrivesInPieces();
    void malformedIsRefused_data();
    void malformedIsRefused();
};

void TestInstanceMessage::roundTrip_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("directory");
    QTest::newRow("no argument") << QStringList() << QStringLiteral("/");
    QTest::newRow("spaces, quotes, non-ASCII")
        << QStringList{QStringLiteral("--sandbox"), QStringLiteral("my \"disk\" image.qcow2"),
                       QStringLiteral("Überschrift — 画像.img")}
        << QStringLiteral("/home/ä ö/images");
    QTest::newRow("an empty argument") << QStringList{QString()} << QStringLiteral("/tmp");
}

void TestInstanceMessage::roundTrip() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, directory);
    QByteArray buffer = instancemessage::encode({arguments, directory});
    InstanceMessage read;
    QString why;
    QCOMPARE(instancemessage::takeFrame(&buffer, &read, &why), Frame::Complete);
    QCOMPARE(read.arguments, arguments);
    QCOMPARE(read.workingDirectory, directory);
    QVERIFY(buffer.isEmpty()); // the frame was taken
}

void TestInstanceMessage::arrivesInPieces() {
    const QByteArray frame =
        instancemessage::encode({{QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("/")});
    QByteArray buffer;
    InstanceMessage read;
    QString why;
    for (qsizetype i = 0; i + 1 < frame.size(); ++i) {
        buffer += frame.at(i);
        QCOMPARE(instancemessage::takeFrame(&buffer, &read, &why), Frame::Incomplete);
    }
    buffer += frame.back();
    QCOMPARE(instancemessage::takeFrame(&buffer, &read, &why), Frame::Complete);
    QCOMPARE(read.arguments, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestInstanceMessage::malformedIsRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // part of `why`
    const QJsonObject good{
        {"version", 1}, {"arguments", QJsonArray{"x"}}, {"working_directory", "/"}};
    const auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(QLatin1String(key));
        else
            object.insert(QLatin1String(key), value);
        return frameOf(jsonOf(object));
    };
    QTest::newRow("a length of 4 GiB")
        << QByteArray("\xff\xff\xff\xff", 4) << QStringLiteral("bytes");
    QTest::newRow("one byte over the limit")
        << frameOf(QByteArray(instancemessage::kMaxSize + 1, ' ')) << QStringLiteral("bytes");
    QTest::newRow("a length of 0") << QByteArray(4, '\0') << QStringLiteral("bytes");
    QTest::newRow("not JSON") << frameOf("hello") << QStringLiteral("JSON");
    QTest::newRow("truncated JSON") << frameOf(jsonOf(good).chopped(1)) << QStringLiteral("JSON");
    QTest::newRow("a JSON array") << frameOf("[\"x\"]") << QStringLiteral("JSON object");
    QTest::newRow("a newer version") << with("version", 2) << QStringLiteral("version 2");
    QTest::newRow("version as text") << with("version", "1") << QStringLiteral("version");
    QTest::newRow("no version") << with("version", QJsonValue::Undefined)
                                << QStringLiteral("version");
    QTest::newRow("no arguments") << with("arguments", QJsonValue::Undefined)
                                  << QStringLiteral("arguments");
    QTest::newRow("arguments as text") << with("arguments", "x") << QStringLiteral("arguments");
    QTest::newRow("a number argument")
        << with("arguments", QJsonArray{"x", 3}) << QStringLiteral("string");
    QTest::newRow("an object argument")
        << with("arguments", QJsonArray{QJsonObject{}}) << QStringLiteral("string");
    QJsonArray many;
    for (qsizetype i = 0; i <= instancemessage::kMaxArguments; ++i)
        many.append(QString());
    QTest::newRow("too many arguments") << with("arguments", many) << QStringLiteral("arguments");
    QTest::newRow("a relative directory")
        << with("working_directory", "images") << QStringLiteral("directory");
    QTest::newRow("no directory") << with("working_directory", QJsonValue::Undefined)
                                  << QStringLiteral("directory");
    QTest::newRow("a number directory")
        << with("working_directory", 7) << QStringLiteral("directory");
}

void TestInstanceMessage::malformedIsRefused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QByteArray buffer = bytes;
    InstanceMessage read{{QStringLiteral("untouched")}, QStringLiteral("/untouched")};
    QString why;
    QCOMPARE(instancemessage::takeFrame(&buffer, &read, &why), Frame::Malformed);
    QVERIFY2(why.contains(reason), qPrintable(why));
    // Nothing of it was taken as a command line.
    QCOMPARE(read.arguments, QStringList{QStringLiteral("untouched")});
    QCOMPARE(read.workingDirectory, QStringLiteral("/untouched"));
}

QTEST_GUILESS_MAIN(TestInstanceMessage)
#include "tst_instancemessage.moc"
