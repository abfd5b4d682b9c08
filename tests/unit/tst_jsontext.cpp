// imsctl's JSON writer (app/imsctl/jsontext): what `images list --format json` prints for every
// image. It must write the bytes imsctl printed before it existed (QJsonDocument's indented
// text made terminal-safe), so that scripts reading imsctl see no change: strings with quotes,
// controls, non-ASCII and terminal escapes, numbers at the edges of int64 and doubles, empty and
// nested containers, and random text of any UTF-16 unit, compared with that pipeline.
#include "jsontext.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace {

// `value` as one element of a listing's array, the way imsctl printed it before the writer.
QByteArray throughQt(const QJsonValue &value) {
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson());
    return imsctl::terminalSafeJson(text).toUtf8();
}

QByteArray throughWriter(const QJsonValue &value) {
    QByteArray out("[\n    ");
    imsctl::jsontext::appendValue(out, value, 1);
    out.append("\n]\n");
    return out;
}

QByteArray writtenString(const QString &text) {
    QByteArray out;
    imsctl::jsontext::appendString(out, text);
    return out;
}

QJsonValue parsed(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", json.constData(), qPrintable(error.errorString()));
    return document.array().first();
}

} // namespace

class TestJsonText final : public QObject {
    Q_OBJECT

private slots:
    void stringEscapes_data();
    void stringEscapes();
    void valuesAsImsctlPrintedThem_data();
    void valuesAsImsctlPrintedThem();
    void randomTextAsImsctlPrintedIt();
    void bigNumbersKeepTheirDigits();
};

void TestJsonText::stringEscapes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("plain") << QStringLiteral("ubuntu-22.04 (x86)")
                           << QByteArray(R"j("ubuntu-22.04 (x86)")j");
    QTest::addRow("empty") << QString() << QByteArray(R"("")");
    QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray(R"("a\"b\\c")");
    QTest::addRow("slash stays") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
    QTest::addRow("named controls")
        << QStringLiteral("\n\t\r\b\f") << QByteArray(R"("\n\t\r\b\f")");
    QTest::addRow("other C0 controls, ESC")
        << QStringLiteral("\x01-\x1b[2J-\x1f") << QByteArray(R"("\u0001-\u001b[2J-\u001f")");
    QTest::addRow("NUL") << QString(QChar(0)) << QByteArray(R"("\u0000")");
    QTest::addRow("DEL") << QStringLiteral("a\x7f") << QByteArray(R"("a\u007f")");
    QTest::addRow("C1 CSI") << QStringLiteral("x\u009b2J") << QByteArray(R"("x\u009b2J")");
    QTest::addRow("bidi override, isolate")
        << QStringLiteral("\u202egpj.exe\u2066") << QByteArray(R"("\u202egpj.exe\u2066")");
    QTest::addRow("Latin-1 letter, NBSP")
        << QStringLiteral("caf\u00e9\u00a0") << QByteArray("\"caf\xc3\xa9\xc2\xa0\"");
    QTest::addRow("CJK") << QStringLiteral("\u955c\u50cf")
                         << QByteArray("\"\xe9\x95\x9c\xe5\x83\x8f\"");
    QTest::addRow("near the bidi range")
        << QStringLiteral("\u2029\u202f\u2065\u206a")
        << QByteArray("\"\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa\"");
    QTest::addRow("astral (surrogate pair)")
        << QString::fromUcs4(U"\U0001F600") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::addRow("lone high surrogate")
        << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"))
        << QByteArray(R"("a\ud83db")");
    QTest::addRow("lone low surrogate, at the end")
        << (QStringLiteral("a") + QChar(0xde00)) << QByteArray(R"("a\ude00")");
    QTest::addRow("high surrogate last") << QString(QChar(0xd800)) << QByteArray(R"("\ud800")");
}

void TestJsonText::stringEscapes() {
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(writtenString(text), json);
    // Read back, the text is the same: the escapes are JSON's own.
    QCOMPARE(parsed(json).toString(), text);
}

void TestJsonText::valuesAsImsctlPrintedThem_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("image") << QByteArray(
        R"({"id": "3f1c", "name": "web \"prod\"\u001b", "size": 1073741824, "min_disk": 40,
            "protected": false, "__whole_image": true, "file": null, "tags": ["a", "b=c"],
            "__description": "Zeile 1\nZeile 2 \u00fc \u202e", "__os_version": "\u7cfb\u7edf"})");
    QTest::addRow("empty containers") << QByteArray(R"({"tags": [], "properties": {}, "x": [[]]})");
    QTest::addRow("empty object") << QByteArray("{}");
    QTest::addRow("nested") << QByteArray(
        R"({"a": {"b": [1, {"c": [true, null, "d"]}, []], "e": {}}, "f": [{}]})");
    QTest::addRow("keys escaped, sorted")
        << QByteArray(R"({"z": 1, "\u009bkey\"": 2, "A": 3, "\u00e9": 4, "": 5})");
    QTest::addRow("integers") << QByteArray(
        R"([0, -0, 1, -1, 9007199254740993, 9223372036854775807, -9223372036854775808])");
    QTest::addRow("beyond int64") << QByteArray(
        R"([9223372036854775808, -9223372036854775809, 12345678901234567890123])");
    QTest::addRow("doubles") << QByteArray(
        R"([0.1, 1.5, -2.25, 1e17, 1E300, 1.7976931348623157e308, 5e-324, 123.456e-7, 1.0, 2e0])");
    QTest::addRow("string alone") << QByteArray(R"("\u0007 \\ \"")");
    QTest::addRow("literals") << QByteArray(R"([true, false, null])");
}

void TestJsonText::valuesAsImsctlPrintedThem() {
    QFETCH(QByteArray, json);
    const QJsonValue value = parsed(json);
    QCOMPARE(throughWriter(value), throughQt(value));
}

void TestJsonText::randomTextAsImsctlPrintedIt() {
    // Every kind of UTF-16 unit, surrogates paired and unpaired among them, in keys and values.
    QRandomGenerator random(16);
    const QList<std::pair<char16_t, char16_t>> ranges = {{0x00, 0x7f},     {0x80, 0x9f},
                                                         {0xa0, 0x7ff},    {0x2020, 0x2070},
                                                         {0xd800, 0xdfff}, {0xe000, 0xffff}};
    for (int round = 0; round < 2000; ++round) {
        QString key, text;
        for (QString *s : {&key, &text}) {
            const int length = random.bounded(12);
            for (int i = 0; i < length; ++i) {
                const auto &[low, high] = ranges.at(random.bounded(int(ranges.size())));
                s->append(QChar(char16_t(low + random.bounded(high - low + 1))));
            }
        }
        const QJsonObject object{{key, text}, {QStringLiteral("list"), QJsonArray{text, key}}};
        QCOMPARE(throughWriter(object), throughQt(object));
    }
}

void TestJsonText::bigNumbersKeepTheirDigits() {
    // Not only as Qt printed them: what a script reads back. An image of 8 EiB - 1 bytes keeps
    // every digit (no detour through a double); a double keeps its shortest form.
    QCOMPARE(throughWriter(parsed("9223372036854775807")),
             QByteArray("[\n    9223372036854775807\n]\n"));
    QCOMPARE(throughWriter(parsed("-9223372036854775808")),
             QByteArray("[\n    -9223372036854775808\n]\n"));
    QCOMPARE(throughWriter(parsed("1.5e300")), QByteArray("[\n    1.5e+300\n]\n"));
    QCOMPARE(throughWriter(parsed("12345678901234567890")),
             QByteArray("[\n    12345678901234567000\n]\n")); // beyond int64: a double
    QCOMPARE(throughWriter(parsed("0.1")), QByteArray("[\n    0.1\n]\n"));
    QCOMPARE(throughWriter(parsed(R"({"tags": []})")),
             QByteArray("[\n    {\n        \"tags\": [\n        ]\n    }\n]\n"));
}

QTEST_APPLESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
