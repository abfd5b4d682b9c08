// imsctl prints what the server says without letting it drive the terminal or a spreadsheet:
// images named with escape sequences, bidi overrides and formulas are created in the sandbox
// over its API, then listed as a table (no control character reaches stdout), as JSON (exact),
// and as CSV (formulas defused); error texts on stderr (a job's fail reason from the server, the
// command line quoted back) are escaped as well.
#include "imsctlrun.h"
#include "sandboxprocess.h"
#include "tokenbody.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ImsctlRun;

// The names, as the server stores and returns them.
const QString kEscape = QStringLiteral("\x1b[31mred\x1b[0m-alert");
const QString kMarkup = QStringLiteral("<b>x</b><img src=x>");
const QString kBidi = QStringLiteral("invoice\u202Egnp.exe");
const QString kC1 = QString(QChar(0x9b)) + QStringLiteral("2Jclear");
const QString kTitle = QStringLiteral("a\x1b]0;owned\x07title");

// Bytes no terminal must receive from imsctl: ESC, BEL, the UTF-8 of C1 CSI and of RLO.
bool hasTerminalControls(const QByteArray &bytes) {
    return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains("\xc2\x9b") ||
           bytes.contains("\xe2\x80\xae");
}

} // namespace

class TestImsctlOutput final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tableShowsControlsAsEscapes();
    void jsonKeepsTheExactNames();
    void csvDefusesFormulas_data();
    void csvDefusesFormulas();
    void errorTextsAreEscaped_data();
    void errorTextsAreEscaped();
    void jobFailReasonIsEscaped();

private:
    Run imsctl(const QStringList &args);
    QByteArray http(const QByteArray &verb, const QString &path, const QJsonObject &body,
                    QByteArray *subjectToken = nullptr);
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_home;
    QByteArray m_token;
};

QByteArray TestImsctlOutput::http(const QByteArray &verb, const QString &path,
                                  const QJsonObject &body, QByteArray *subjectToken) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox->base() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("X-Auth-Token", m_token);
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (subjectToken)
        *subjectToken = reply->rawHeader("X-Subject-Token");
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

void TestImsctlOutput::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(m_sandbox->ready());
    const QJsonObject login =
        passwordLogin(m_sandbox->value("OS_USERNAME"), m_sandbox->value("OS_PASSWORD"),
                      m_sandbox->value("OS_PROJECT_ID"), ProjectBy::Id);
    http("POST", QStringLiteral("/v3/auth/tokens"), login, &m_token);
    QVERIFY(!m_token.isEmpty());
    // The native image API takes any name (Glance allows 255 characters of anything).
    for (const QString &name :
         {kEscape, kMarkup, kBidi, kC1, kTitle, QStringLiteral("=1+2"),
          QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("@SUM(A1:A9)"),
          QStringLiteral("+491234"), QStringLiteral("\t=tab"), QStringLiteral("plain-name")}) {
        const QJsonObject image =
            QJsonDocument::fromJson(http("POST", QStringLiteral("/v2/images"),
                                         QJsonObject{{"name", name},
                                                     {"visibility", "private"},
                                                     {"disk_format", "qcow2"},
                                                     {"container_format", "bare"}}))
                .object();
        QVERIFY2(image.value("name").toString() == name,
                 qPrintable(image.value("name").toString()));
    }
}

Run TestImsctlOutput::imsctl(const QStringList &args) {
    return runImsctl(args, m_sandbox->environment(), m_home.path());
}

void TestImsctlOutput::tableShowsControlsAsEscapes() {
    const Run table = imsctl({"images", "list"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(!hasTerminalControls(table.out), table.out.constData());
    QVERIFY(!hasTerminalControls(table.err));
    const QString text = QString::fromUtf8(table.out);
    // Each name is there, its controls spelled out, on a line of its own.
    QVERIFY2(text.contains(QStringLiteral("\\x1b[31mred\\x1b[0m-alert")), table.out.constData());
    QVERIFY(text.contains(QStringLiteral("invoice\\u202egnp.exe")));
    QVERIFY(text.contains(QStringLiteral("\\u009b2Jclear")));
    QVERIFY(text.contains(QStringLiteral("a\\x1b]0;owned\\x07title")));
    QVERIFY(text.contains(QStringLiteral("\\t=tab")));
    QVERIFY(text.contains(kMarkup)); // not a control: shown as it is
    // One line per image and the header: no name broke a row or moved the cursor.
    const Run json = imsctl({"images", "list", "--format", "json"});
    QCOMPARE(table.out.count('\n'), QJsonDocument::fromJson(json.out).array().size() + 1);
}

void TestImsctlOutput::jsonKeepsTheExactNames() {
    const Run json = imsctl({"images", "list", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    // The encoder writes \u001b; C1 controls and bidi overrides are escaped the same way.
    QVERIFY2(!hasTerminalControls(json.out), json.out.constData());
    QVERIFY(json.out.contains("\\u009b2Jclear"));
    QVERIFY(json.out.contains("invoice\\u202egnp.exe"));
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out).array())
        names << v.toObject().value("name").toString();
    for (const QString &name : {kEscape, kMarkup, kBidi, kC1, kTitle})
        QVERIFY2(names.contains(name), qPrintable(names.join(", ")));
}

void TestImsctlOutput::csvDefusesFormulas_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field"); // as the CSV line has it
    QTest::newRow("=") << "=1+2"
                       << "'=1+2";
    QTest::newRow("-") << "-2+3+cmd|' /C calc'!A0"
                       << "'-2+3+cmd|' /C calc'!A0";
    QTest::newRow("@") << "@SUM(A1:A9)"
                       << "'@SUM(A1:A9)";
    QTest::newRow("+") << "+491234"
                       << "'+491234";
    QTest::newRow("TAB") << "\t=tab"
                         << "'\t=tab";
    QTest::newRow("plain") << "plain-name"
                           << "plain-name";
}

void TestImsctlOutput::csvDefusesFormulas() {
    QFETCH(QString, name);
    QFETCH(QString, field);
    const Run csv = imsctl({"images", "list", "--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    bool found = false;
    for (const QString &line : QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"))) {
        const QStringList cells = line.split(QLatin1Char(',')); // none of these names has a comma
        if (cells.size() > 1 && cells.at(1) == field)
            found = true;
        QVERIFY2(cells.size() < 2 || cells.at(1) != name || name == field,
                 qPrintable(QStringLiteral("not defused: ") + line));
    }
    QVERIFY2(found, csv.out.constData());
}

void TestImsctlOutput::errorTextsAreEscaped_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    // A usage error quotes the command line.
    QTest::newRow("usage") << QStringList{"images", "list", "--filter", "\x1b]0;x\x07"} << 2;
    QTest::newRow("usage, C1 and bidi")
        << QStringList{"images", "list", "--filter", QString::fromUtf8("\u202e\u009b2J")} << 2;
}

void TestImsctlOutput::errorTextsAreEscaped() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run run = imsctl(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(!hasTerminalControls(run.err), run.err.constData());
    QVERIFY2(run.err.contains("\\x1b") || run.err.contains("\\u202e\\u009b2J"),
             run.err.constData()); // quoted, visibly
}

void TestImsctlOutput::jobFailReasonIsEscaped() {
    // A copy job fails with escapes in its reason (injected over the admin API, with the token
    // the sandbox printed); imsctl's "job … failed" line shows them spelled out.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sandbox->base() + QStringLiteral("/_sandbox/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Sandbox-Admin-Token",
                         m_sandbox->value("IMSDESK_SANDBOX_ADMIN_TOKEN").toUtf8());
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{"spec", "job-fail:route=/copy,code=IMG.0071,reason="
                                                    "\x1b[2Jwiped\x1b]0;owned\x07,count=1"}})
                     .toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();

    const Run list =
        imsctl({"images", "list", "--filter", "name=web-frontend-2025", "--format", "json"});
    const QString id =
        QJsonDocument::fromJson(list.out).array().first().toObject().value("id").toString();
    QVERIFY(!id.isEmpty());
    const Run copy = imsctl({"images", "copy", id, "--name", "failing-copy", "--wait"});
    QCOMPARE(copy.exitCode, 5);
    QVERIFY2(!hasTerminalControls(copy.err), copy.err.constData());
    QVERIFY2(copy.err.contains("\\x1b[2Jwiped\\x1b]0;owned\\x07"), copy.err.constData());
}

QTEST_GUILESS_MAIN(TestImsctlOutput)
#include "tst_imsctl_output.moc"
