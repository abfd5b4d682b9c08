// imsctl end to end against the sandbox: list, copy --wait, create --wait, delete, jobs, servers,
// and the documented exit codes.
#include "imsctlrun.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ImsctlRun;

// Counts the token requests a sandbox answered: started with a zero-latency fault on that route
// whose remaining count goes down by one per request.
const QString kCountLogins =
    QStringLiteral("latency:ms=0,route=^POST /v3/auth/tokens$,count=1000000");

int tokenPosts(const SandboxProcess &sandbox) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(sandbox.base() + "/_sandbox/faults"));
    const QString admin = sandbox.value("IMSDESK_SANDBOX_ADMIN_TOKEN");
    if (!admin.isEmpty())
        request.setRawHeader("X-Sandbox-Admin-Token", admin.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(reply->readAll()).object().value("faults").toArray())
        if (v.toObject().value("spec").toString() == kCountLogins)
            return 1000000 - v.toObject().value("remaining").toInt();
    return -1;
}

} // namespace

class TestImsctl final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAsJsonTableAndCsv_data();
    void listsAsJsonTableAndCsv();
    void copiesCreatesAndDeletes();
    void jobsStartedWithoutWaitAreListedLater();
    void exitCodes_data();
    void exitCodes();
    void copyWaitsThroughReconnectingAndKeepsALostAnswer();
    void refusedLoginExitsAfterOneLogin_data();
    void refusedLoginExitsAfterOneLogin();
    void shortTokenListingLogsInOnce();

private:
    Run imsctl(const QStringList &args, QProcessEnvironment env = {}, const QString &home = {});
    std::unique_ptr<SandboxProcess> m_sandbox;
    // Slow jobs, 2 000 extra images, 120 s tokens, and a count of the logins.
    std::unique_ptr<SandboxProcess> m_counting;
    QTemporaryDir m_home;
    QTemporaryDir m_countingHome;
};

void TestImsctl::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{"--job-seconds", "1"});
    QVERIFY(m_sandbox->ready());
    m_counting = std::make_unique<SandboxProcess>(QStringList{
        "--job-seconds", "600", "--images", "2000", "--token-ttl", "120", "--fault", kCountLogins});
    QVERIFY(m_counting->ready());
    QCOMPARE(tokenPosts(*m_counting), 0);
}

Run TestImsctl::imsctl(const QStringList &args, QProcessEnvironment env, const QString &home) {
    return runImsctl(args, env.isEmpty() ? m_sandbox->environment() : env,
                     home.isEmpty() ? m_home.path() : home);
}

void TestImsctl::listsAsJsonTableAndCsv_data() {
    QTest::addColumn<QString>("view");
    QTest::newRow("private") << "private";
    QTest::newRow("public") << "public";
    QTest::newRow("shared") << "shared";
}

void TestImsctl::listsAsJsonTableAndCsv() {
    QFETCH(QString, view);
    const Run json = imsctl({"images", "list", "--view", view, "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray images = QJsonDocument::fromJson(json.out).array();
    QVERIFY2(!images.isEmpty() || view == "shared", json.out.constData());
    for (const QJsonValue &v : images) {
        QVERIFY(!v.toObject().value("id").toString().isEmpty());
        QVERIFY(v.toObject().contains("status"));
        // Every attribute, not only the decoded ones (the desktop's listings drop the rest).
        QCOMPARE(v.toObject().value("hw_firmware_type").toString(), QStringLiteral("bios"));
    }
    const Run csv = imsctl({"images", "list", "--view", view, "--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,name,status,"));
    QCOMPARE(csv.out.count("\r\n"), images.size() + 1);
    const Run table = imsctl({"images", "list", "--view", view});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
}

void TestImsctl::copiesCreatesAndDeletes() {
    const Run list = imsctl({"images", "list", "--filter", "name=db-golden", "--format", "json"});
    const QString source =
        QJsonDocument::fromJson(list.out).array().first().toObject().value("id").toString();
    QVERIFY(!source.isEmpty());
    const Run copy = imsctl({"images", "copy", source, "--name", "ctl-copy", "--wait"});
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    const QString copied = QString::fromUtf8(copy.out.trimmed());
    QCOMPARE(copied.size(), 36);
    QVERIFY(copy.err.contains("SUCCESS")); // progress on stderr

    const Run servers = imsctl({"servers", "list", "--format", "json"});
    QCOMPARE(servers.exitCode, 0);
    QString stopped;
    for (const QJsonValue &v : QJsonDocument::fromJson(servers.out).array())
        if (v.toObject().value("status").toString() == "SHUTOFF")
            stopped = v.toObject().value("id").toString();
    QVERIFY(!stopped.isEmpty());
    const Run create =
        imsctl({"images", "create", "--server", stopped, "--name", "ctl-create", "--tag",
                "env=prod", "--min-ram", "1024", "--max-ram", "4096", "--wait"});
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const QString created = QString::fromUtf8(create.out.trimmed());

    const Run show = imsctl({"images", "show", created, "--format", "json"});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject image = QJsonDocument::fromJson(show.out).array().first().toObject();
    QCOMPARE(image.value("name").toString(), QStringLiteral("ctl-create"));
    // The window's create order and imsctl's are one: tags and RAM limits reach the cloud.
    QVERIFY(image.value("tags").toArray().contains(QJsonValue("env=prod")));
    QCOMPARE(image.value("min_ram").toInt(), 1024);
    QCOMPARE(image.value("max_ram").toVariant().toInt(), 4096);
    QCOMPARE(imsctl({"images", "create", "--server", stopped, "--name", "x", "--min-ram", "lots"})
                 .exitCode,
             2);
    const Run remove = imsctl({"images", "delete", copied, created});
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    QCOMPARE(remove.out, (copied + "\n" + created + "\n").toUtf8());
    QCOMPARE(imsctl({"images", "show", created}).exitCode, 1);
}

void TestImsctl::jobsStartedWithoutWaitAreListedLater() {
    const Run list = imsctl({"images", "list", "--filter", "name=db-golden", "--format", "json"});
    const QString source =
        QJsonDocument::fromJson(list.out).array().first().toObject().value("id").toString();
    const Run copy = imsctl({"images", "copy", source, "--name", "ctl-nowait"});
    QCOMPARE(copy.exitCode, 0);
    const QString jobId = QString::fromUtf8(copy.out.trimmed());
    QCOMPARE(jobId.size(), 32);
    QTest::qWait(2500); // the job finishes on the server while no imsctl runs
    const Run jobs = imsctl({"jobs", "--format", "json"});
    QCOMPARE(jobs.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(jobs.out).array()) {
        if (v.toObject().value("job_id").toString() != jobId)
            continue;
        found = true;
        QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("SUCCESS"));
        QVERIFY(!v.toObject().value("image_id").toString().isEmpty());
    }
    QVERIFY(found);
}

void TestImsctl::exitCodes_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("env"); // 0 sandbox, 1 empty, 2 wrong password, 3 unreachable
    QTest::addColumn<int>("code");
    QTest::newRow("no command") << QStringList{} << 0 << 2;
    QTest::newRow("unknown command") << QStringList{"images", "fly"} << 0 << 2;
    QTest::newRow("bad format") << QStringList{"images", "list", "--format", "xml"} << 0 << 2;
    QTest::newRow("no profile") << QStringList{"images", "list"} << 1 << 3;
    QTest::newRow("unknown profile")
        << QStringList{"--profile", "nope", "images", "list"} << 1 << 3;
    QTest::newRow("wrong password") << QStringList{"images", "list"} << 2 << 3;
    QTest::newRow("unreachable") << QStringList{"images", "list"} << 3 << 4;
    QTest::newRow("missing image")
        << QStringList{"images", "show", "00000000-0000-0000-0000-000000000000"} << 0 << 1;
}

void TestImsctl::exitCodes() {
    QFETCH(QStringList, args);
    QFETCH(int, env);
    QFETCH(int, code);
    QProcessEnvironment e = m_sandbox->environment();
    if (env == 1)
        e = QProcessEnvironment();
    if (env == 2)
        e.insert("OS_PASSWORD", "wrong");
    if (env == 3) {
        e.insert("OS_AUTH_URL", "http://127.0.0.1:9/v3");
        e.remove("OS_IMAGE_ENDPOINT");
    }
    if (env == 1)
        e.insert("IMSCTL_UNUSED", "1"); // a non-empty environment without OS_*
    const Run run = imsctl(args, e);
    QVERIFY2(run.exitCode == code, run.err.constData());
    QVERIFY(!run.err.isEmpty()); // and says why
}

void TestImsctl::copyWaitsThroughReconnectingAndKeepsALostAnswer() {
    // The first copy POST is read and its connection dropped; the job API then answers 503 more
    // often than the transport retries.
    SandboxProcess faulty({"--job-seconds", "1", "--fault",
                           "drop:route=^POST /v1/cloudimages/[^/]+/copy,count=1", "--fault",
                           "error:status=503,route=^GET /v1/.*jobs?/,count=6"});
    QVERIFY(faulty.ready());
    const QProcessEnvironment env = faulty.environment();
    const Run list =
        imsctl({"images", "list", "--filter", "name=db-golden", "--format", "json"}, env);
    const QString source =
        QJsonDocument::fromJson(list.out).array().first().toObject().value("id").toString();
    QVERIFY(!source.isEmpty());

    const Run dropped = imsctl({"images", "copy", source, "--name", "ctl-dropped", "--wait"}, env);
    QCOMPARE(dropped.exitCode, 1);
    QVERIFY2(dropped.err.contains("may or may not have started") &&
                 dropped.err.contains("outcome unknown"),
             dropped.err.constData());
    // Sent once: had Qt sent it again, the fault (count=1) would have let a copy through.
    QTest::qWait(1500);
    const Run none =
        imsctl({"images", "list", "--filter", "name=ctl-dropped", "--format", "json"}, env);
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    const Run jobs = imsctl({"jobs", "--format", "json"}, env);
    QCOMPARE(jobs.exitCode, 0);
    bool kept = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(jobs.out).array())
        kept |= v.toObject().value("status").toString() == QLatin1String("OUTCOME_UNKNOWN") &&
                v.toObject().value("expect").toObject().value("image_name").toString() ==
                    QLatin1String("ctl-dropped");
    QVERIFY2(kept, jobs.out.constData());

    const Run copied = imsctl({"images", "copy", source, "--name", "ctl-retried", "--wait"}, env);
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    QVERIFY2(copied.err.contains("reconnecting"), copied.err.constData());
    const QString imageId = QString::fromUtf8(copied.out.trimmed());
    QCOMPARE(imageId.size(), 36);
}

void TestImsctl::refusedLoginExitsAfterOneLogin_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("images list") << QStringList{"images", "list"};
    QTest::newRow("images delete, three ids") << QStringList{
        "images", "delete", "00000000-0000-0000-0000-00000000000a",
        "00000000-0000-0000-0000-00000000000b", "00000000-0000-0000-0000-00000000000c"};
    QTest::newRow("jobs") << QStringList{"jobs"};
    QTest::newRow("jobs --watch") << QStringList{"jobs", "--watch"};
}

void TestImsctl::refusedLoginExitsAfterOneLogin() {
    QFETCH(QStringList, args);
    const QProcessEnvironment good = m_counting->environment();
    // A running job (600 s) in the job file, as a copy started earlier with the right password.
    const Run list = imsctl({"images", "list", "--filter", "name=db-golden", "--format", "json"},
                            good, m_countingHome.path());
    const QString source =
        QJsonDocument::fromJson(list.out).array().first().toObject().value("id").toString();
    QVERIFY2(!source.isEmpty(), list.err.constData());
    const Run copy =
        imsctl({"images", "copy", source, "--name", "slow-copy"}, good, m_countingHome.path());
    QVERIFY2(copy.exitCode == 0, copy.err.constData());

    // The password changed since: one login is tried, refused, and imsctl stops with 3.
    QProcessEnvironment wrong = good;
    wrong.insert("OS_PASSWORD", "changed-elsewhere");
    const int before = tokenPosts(*m_counting);
    const Run run = imsctl(args, wrong, m_countingHome.path());
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QCOMPARE(tokenPosts(*m_counting) - before, 1);
    QVERIFY2(run.err.contains("login failed") && run.err.contains("no further login is tried"),
             run.err.constData());
    // Said once, not once per image or job.
    QVERIFY2(run.err.count("imsctl: login failed") == 1, run.err.constData());
    QVERIFY(!run.err.contains("changed-elsewhere"));
}

void TestImsctl::shortTokenListingLogsInOnce() {
    // 2 000 images in pages, each page a request, with tokens that live 120 s: the token is
    // renewed 12 s before it expires, not before every request.
    const int before = tokenPosts(*m_counting);
    const Run run = imsctl({"images", "list", "--format", "json"}, m_counting->environment(),
                           m_countingHome.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).array().size() >= 2000);
    QCOMPARE(tokenPosts(*m_counting) - before, 1);
}

QTEST_GUILESS_MAIN(TestImsctl)
#include "tst_imsctl.moc"
