// The AK/SK signer against the published vectors and against the official Node SDK's signer.
#include "aksksigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

// Pinned: vector D of the SPEC was cross-checked with this version.
constexpr char kReferencePackage[] = "@huaweicloud/huaweicloud-sdk-core@3.1.211";
constexpr int kGeneratedRequests = 240;

QJsonObject vectorsFile() {
    QFile file(QStringLiteral(IMSDESK_TEST_DATA "/ims-api/aksk_signing_vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing signing vectors");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString randomText(QRandomGenerator &rng, const QStringList &alphabet, int minLength,
                   int maxLength) {
    QString text;
    const int length = minLength + int(rng.bounded(maxLength - minLength + 1));
    for (int i = 0; i < length; ++i)
        text += alphabet.at(int(rng.bounded(alphabet.size())));
    return text;
}

QStringList characters(const QString &chars) {
    QStringList list;
    for (int i = 0; i < chars.size(); ++i) {
        if (chars.at(i).isHighSurrogate() && i + 1 < chars.size()) {
            list.append(chars.mid(i, 2));
            ++i;
        } else {
            list.append(chars.at(i));
        }
    }
    return list;
}

} // namespace

class TestAkSkSigner final : public QObject {
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void hostHeaderDropsDefaultPorts_data();
    void hostHeaderDropsDefaultPorts();
    void agreesWithReferenceImplementation();
};

void TestAkSkSigner::publishedVectors_data() {
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v : vectorsFile().value("vectors").toArray())
        QTest::newRow(qPrintable(v.toObject().value("name").toString())) << v.toObject();
}

void TestAkSkSigner::publishedVectors() {
    QFETCH(QJsonObject, vector);
    HeaderList headers;
    const QJsonObject input = vector.value("signed_headers_input").toObject();
    for (auto it = input.begin(); it != input.end(); ++it)
        headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    const QByteArray body = vector.value("body_utf8").toString().toUtf8();
    const AkSkSignature s =
        aksk::sign(vector.value("method").toString().toUtf8(), QUrl(vector.value("url").toString()),
                   headers, aksk::sha256Hex(body), vector.value("ak").toString().toUtf8(),
                   vector.value("sk").toString().toUtf8());
    QCOMPARE(QString::fromUtf8(s.canonicalRequest), vector.value("canonical_request").toString());
    QCOMPARE(QString::fromUtf8(s.stringToSign), vector.value("string_to_sign").toString());
    QCOMPARE(QString::fromUtf8(s.authorization), vector.value("authorization").toString());
}

void TestAkSkSigner::hostHeaderDropsDefaultPorts_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default")
        << "https://ims.eu-de.otc.t-systems.com/v2" << QByteArray("ims.eu-de.otc.t-systems.com");
    QTest::newRow("https 443") << "https://ims.example.com:443/" << QByteArray("ims.example.com");
    QTest::newRow("http 80") << "http://127.0.0.1:80/" << QByteArray("127.0.0.1");
    QTest::newRow("other port") << "http://127.0.0.1:8080/x" << QByteArray("127.0.0.1:8080");
}

void TestAkSkSigner::hostHeaderDropsDefaultPorts() {
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(aksk::hostHeader(QUrl(url)), host);
}

void TestAkSkSigner::agreesWithReferenceImplementation() {
    const QString npmDir = QStringLiteral(IMSDESK_BIN_DIR "/npm");
    const QString module =
        npmDir +
        QStringLiteral("/node_modules/@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js");
    if (!QFile::exists(module)) {
        // Installed once per build directory; later runs work offline.
        QProcess npm;
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(QStringLiteral("npm"),
                  {QStringLiteral("install"), QStringLiteral("--prefix"), npmDir,
                   QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                   QStringLiteral("--prefer-offline"), QString::fromLatin1(kReferencePackage)});
        QVERIFY2(npm.waitForFinished(180'000), "npm install did not finish in 3 minutes");
        QVERIFY2(npm.exitCode() == 0 && QFile::exists(module), npm.readAll().constData());
    }

    // Paths: unicode and RFC 3986 reserved characters (not the ones Node's url.parse escapes
    // itself, which would make the reference double-encode them).
    const QStringList pathChars = characters(QStringLiteral("abcXYZ019-_.~!$&()*+,;=:@äöüßé中文😀"));
    const QStringList queryChars =
        characters(QStringLiteral("abcXYZ019-_.~!$&()*+,;=:@/?# %äö中😀'\"<>"));
    const QStringList keys = {
        QStringLiteral("limit"), QStringLiteral("marker"), QStringLiteral("__imagetype"),
        QStringLiteral("name"),  QStringLiteral("tag"),    QStringLiteral("a b"),
        QStringLiteral("ü")};
    const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"),
                                 QStringLiteral("PUT"), QStringLiteral("DELETE"),
                                 QStringLiteral("PATCH")};
    QRandomGenerator rng(20261122);

    QJsonArray cases;
    QList<QUrl> urls;
    QList<HeaderList> headerLists;
    for (int i = 0; i < kGeneratedRequests; ++i) {
        const QString host = rng.bounded(3) == 0 ? QStringLiteral("ims.example.com:8443")
                                                 : QStringLiteral("ims.eu-de.otc.t-systems.com");
        QString path;
        const int segments = 1 + int(rng.bounded(4));
        for (int s = 0; s < segments; ++s)
            path += QStringLiteral("/v") + randomText(rng, pathChars, 0, 8);
        if (rng.bounded(4) == 0)
            path += QLatin1Char('/');

        QJsonObject query;
        QStringList encodedPairs;
        const int pairs = int(rng.bounded(5));
        for (int p = 0; p < pairs; ++p) {
            const QString key = keys.at(int(rng.bounded(keys.size())));
            const QString value =
                rng.bounded(5) == 0 ? QString() : randomText(rng, queryChars, 1, 10);
            encodedPairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                                    QUrl::toPercentEncoding(value)));
            if (!query.contains(key)) {
                query.insert(key, value);
            } else { // a repeated name: the reference takes an array
                QJsonArray values = query.value(key).isArray() ? query.value(key).toArray()
                                                               : QJsonArray{query.value(key)};
                values.append(value);
                query.insert(key, values);
            }
        }

        QJsonObject headers{
            {QStringLiteral("X-Sdk-Date"),
             QString::fromLatin1(aksk::sdkDate(
                 QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC).addSecs(i * 337)))}};
        HeaderList headerList{{"X-Sdk-Date", headers.value("X-Sdk-Date").toString().toUtf8()},
                              {"Host", host.toUtf8()}};
        if (rng.bounded(2)) {
            headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
            headerList.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        }
        if (rng.bounded(2)) {
            headers.insert(QStringLiteral("X-Project-Id"),
                           QStringLiteral("0391e4486e864c26be5654c522f440f2"));
            headerList.append({QByteArrayLiteral("X-Project-Id"),
                               QByteArrayLiteral("0391e4486e864c26be5654c522f440f2")});
        }
        if (rng.bounded(4) == 0) {
            headers.insert(QStringLiteral("X-Security-Token"),
                           QStringLiteral("gQpzZWN1cml0eS10b2tlbg=="));
            headerList.append({QByteArrayLiteral("X-Security-Token"),
                               QByteArrayLiteral("gQpzZWN1cml0eS10b2tlbg==")});
        }

        const QString method = methods.at(int(rng.bounded(methods.size())));
        QJsonValue data = QJsonValue::Null;
        if (method != QLatin1String("GET") && rng.bounded(3) != 0)
            data =
                QJsonObject{{QStringLiteral("name"), randomText(rng, queryChars, 0, 12)},
                            {QStringLiteral("min_disk"), int(rng.bounded(100))},
                            {QStringLiteral("tags"), QJsonArray{randomText(rng, pathChars, 1, 5)}}};

        QJsonObject c{{QStringLiteral("endpoint"), QStringLiteral("https://") + host + path},
                      {QStringLiteral("method"), method},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("query"), query},
                      {QStringLiteral("data"), data},
                      {QStringLiteral("ak"), QStringLiteral("AK%1").arg(i)},
                      {QStringLiteral("sk"), randomText(rng, pathChars, 8, 40)}};
        cases.append(c);

        QUrl url(QStringLiteral("https://") + host);
        url.setPath(path);
        url.setQuery(encodedPairs.join(QLatin1Char('&')), QUrl::StrictMode);
        urls.append(url);
        headerLists.append(headerList);
    }

    QTemporaryDir dir;
    QFile input(dir.filePath(QStringLiteral("cases.json")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write(QJsonDocument(cases).toJson(QJsonDocument::Compact));
    input.close();

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), npmDir + QStringLiteral("/node_modules"));
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"),
               {QStringLiteral(IMSDESK_TEST_DATA "/../unit/aksk_reference.js"), input.fileName()});
    QVERIFY(node.waitForFinished(60'000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    QCOMPARE(results.size(), cases.size());

    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject c = cases.at(i).toObject();
        const QJsonObject r = results.at(i).toObject();
        const QByteArray body = r.value("body").toString().toUtf8();
        const AkSkSignature s =
            aksk::sign(c.value("method").toString().toUtf8(), urls.at(i), headerLists.at(i),
                       aksk::sha256Hex(body), c.value("ak").toString().toUtf8(),
                       c.value("sk").toString().toUtf8());
        QVERIFY2(QString::fromUtf8(s.authorization) == r.value("authorization").toString(),
                 qPrintable(QStringLiteral("request %1: %2 %3\nours:      %4\nreference: %5\n%6")
                                .arg(i)
                                .arg(c.value("method").toString(),
                                     urls.at(i).toString(QUrl::FullyEncoded),
                                     QString::fromUtf8(s.authorization),
                                     r.value("authorization").toString(),
                                     QString::fromUtf8(s.canonicalRequest))));
    }
}

QTEST_GUILESS_MAIN(TestAkSkSigner)
#include "tst_akskSigner.moc"
