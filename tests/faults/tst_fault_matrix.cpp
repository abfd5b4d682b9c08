// The fault matrix: every user operation of imsctl against every fault the sandbox can inject.
// Each cell runs the real imsctl against a fresh sandbox (real clock, one-second jobs), then
// asserts what the user sees (exit code, the words of the message) and what the cloud holds
// afterwards (nothing duplicated, nothing lost), read by a second, fault-free client. The suite
// prints the whole matrix as a table at the end. IMSDESK_TEST_PART (set by ctest, one entry per
// operation so that the cells run side by side) restricts it to one operation, named as
// partName() names it.
#include "imsctlrun.h"
#include "sandboxserver.h"
#include "tokenbody.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

// What one operation is, for the matrix.
struct Operation {
    QString name;
    QString route;          // the request the faults aim at ("METHOD /path" regex)
    bool startsJob = false; // an asynchronous IMS job, followed with --wait
    bool asMember = false;  // run as the sharing partner (accepting a share)
};

// "cross-region copy" → "cross-region-copy": an operation as IMSDESK_TEST_PART names it.
QString partName(const Operation &op) {
    return QString(op.name).replace(QLatin1Char(' '), QLatin1Char('-'));
}

// The operations this run covers: all, or the one IMSDESK_TEST_PART names.
bool inThisPart(const Operation &op) {
    const QString part = qEnvironmentVariable("IMSDESK_TEST_PART");
    return part.isEmpty() || part == partName(op);
}

// What the cell should show.
struct Expected {
    int exitCode = 0;
    int cloudCount = -1;   // what the cloud holds afterwards; -1: nothing to count
    QString message;       // a regex the stderr must match; empty: anything
    bool recovers = false; // a later `imsctl jobs --watch` (faults gone) finishes the job
};

const QList<Operation> &operations() {
    static const QList<Operation> ops = {
        {"login", "^POST /v3/auth/tokens", false, false},
        {"list", "^GET /v2/cloudimages", false, false},
        {"show", "^GET /v2/images/[^/]+$", false, false},
        {"copy", "^POST /v1/cloudimages/[^/]+/copy$", true, false},
        {"cross-region copy", "^POST /v1/cloudimages/[^/]+/cross_region_copy$", true, false},
        {"create from server", "^POST /v2/cloudimages/action$", true, false},
        {"export", "^POST /v1/cloudimages/[^/]+/file$", true, false},
        {"delete", "^DELETE /v2/images/", false, false},
        {"share", "^POST /v1/cloudimages/members$", true, false},
        {"accept", "^PUT /v1/cloudimages/members$", true, true},
    };
    return ops;
}

const QStringList &faultNames() {
    static const QStringList names = {"latency",      "429",        "500",       "503",
                                      "drop before",  "drop after", "malformed", "truncated",
                                      "token expiry", "IAM 401",    "IAM 403",   "job FAIL"};
    return names;
}

// The job API and its progress variant (SPEC §5.14, §5.15).
const QString kJobRoute = QStringLiteral("^GET /v1/(cloudimages/job|[^/]+/jobs)/");
const QString kTokenRoute = QStringLiteral("^POST /v3/auth/tokens");

// The fault specs of a cell; empty: the fault does not apply to this operation.
QStringList faultSpecs(const Operation &op, const QString &fault) {
    const QString r = QStringLiteral(",route=") + op.route;
    if (fault == QLatin1String("latency"))
        return {QStringLiteral("latency:ms=1500,count=1") + r};
    if (fault == QLatin1String("429"))
        return {QStringLiteral("throttle:retry_after=1,count=2") + r};
    if (fault == QLatin1String("500"))
        return {QStringLiteral("error:status=500,count=1") + r};
    if (fault == QLatin1String("503"))
        return {QStringLiteral("error:status=503,count=1") + r};
    if (fault == QLatin1String("drop before"))
        return {QStringLiteral("drop:count=1") + r};
    if (fault == QLatin1String("drop after"))
        return {QStringLiteral("drop:when=after,count=1") + r};
    if (fault == QLatin1String("malformed"))
        return {QStringLiteral("malformed:count=1") + r};
    if (fault == QLatin1String("truncated"))
        return {QStringLiteral("truncated:count=1") + r};
    if (fault == QLatin1String("token expiry"))
        return op.route == kTokenRoute ? QStringList{}
                                       : QStringList{QStringLiteral("expire-token:count=1") + r};
    if (fault == QLatin1String("IAM 401") || fault == QLatin1String("IAM 403")) {
        const QString status = fault.right(3);
        if (!op.startsJob) // the only login of the command
            return {QStringLiteral("error:status=%1,route=%2").arg(status, kTokenRoute)};
        // Mid-job: the token expires while the job is polled and its renewal is refused.
        return {QStringLiteral("expire-token:count=1,route=") + kJobRoute,
                QStringLiteral("error:status=%1,skip=1,route=%2%3")
                    .arg(status, kTokenRoute,
                         status == QLatin1String("403") ? QStringLiteral(",count=2") : QString())};
    }
    if (fault == QLatin1String("job FAIL"))
        return op.startsJob ? QStringList{QStringLiteral("job-fail:code=IMG.0057") + r}
                            : QStringList{};
    return {};
}

// The behaviour issue 10 asks for, cell by cell.
Expected expected(const Operation &op, const QString &fault) {
    const bool read = op.name == QLatin1String("login") || op.name == QLatin1String("list") ||
                      op.name == QLatin1String("show");
    const int made = op.name == QLatin1String("delete") ? 0 : 1; // what success leaves
    const int untouched = op.name == QLatin1String("delete") ? 1 : 0;
    const int count = read || op.name == QLatin1String("export") ? -1 : made;
    const int none = read || op.name == QLatin1String("export") ? -1 : untouched;
    if (fault == QLatin1String("latency") || fault == QLatin1String("429") ||
        fault == QLatin1String("token expiry"))
        return {0, count, {}, false};
    if (fault == QLatin1String("500") || fault == QLatin1String("503")) {
        if (!op.startsJob) // idempotent, or a login: sent again
            return {0, count, {}, false};
        return {1, none, QStringLiteral("error|unavailable"), false};
    }
    // Whether imsctl can look for what a job would create: an image in this region. Exports and
    // shares are not images; a copy to another region lands where this session cannot list.
    const bool findable =
        op.name == QLatin1String("copy") || op.name == QLatin1String("create from server");
    if (fault == QLatin1String("drop before") || fault == QLatin1String("drop after")) {
        if (!op.startsJob)
            return {0, count, {}, false};
        // The answer is lost: the outcome is unknown until the result is looked for; found, it
        // is followed; not found (or not findable), imsctl says so and exits 1. Never twice.
        if (fault == QLatin1String("drop after"))
            return {findable ? 0 : 1, count, QStringLiteral("outcome unknown"), false};
        return {1, none, QStringLiteral("outcome unknown"), false};
    }
    if (fault == QLatin1String("malformed") || fault == QLatin1String("truncated")) {
        if (op.startsJob) // a 2xx without a readable job id: the job was started
            return {findable ? 0 : 1, count, QStringLiteral("outcome unknown"), false};
        if (op.name == QLatin1String("delete")) // 204: no body to break
            return {0, count, {}, false};
        return {op.name == QLatin1String("login") ? 3 : 1, -1,
                QStringLiteral("cannot read|could not be read|unreadable|malformed"), false};
    }
    if (fault == QLatin1String("IAM 401")) {
        if (!op.startsJob)
            return {3, none, QStringLiteral("login"), false};
        // One refused renewal: imsctl stops (no login loop), the job is kept, not failed.
        return {3, -1, QStringLiteral("login"), true};
    }
    if (fault == QLatin1String("IAM 403")) {
        if (!op.startsJob)
            return {3, none, QStringLiteral("login|403|forbidden"), false};
        return {0, count, {}, false}; // reconnecting while IAM refuses, then done
    }
    if (fault == QLatin1String("job FAIL"))
        return {5, none, QStringLiteral("IMG.0057"), false};
    return {};
}

struct Outcome {
    int exitCode = -1;
    int cloudCount = -1;
    bool recovered = false;
};

class Cloud final {
public:
    Cloud() {
        sandbox::SandboxOptions options;
        options.jobSeconds = 1;
        options.images = 1; // bulk-000000: a plain private image to delete
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        m_port = m_server->start(0);
        for (const auto &[name, value] : m_server->environment())
            m_env.insert(name, value);
    }
    bool started() const { return m_port != 0; }
    QString env(const QString &name) const { return m_env.value(name); }
    QProcessEnvironment environment(bool member) const {
        QProcessEnvironment env;
        for (auto it = m_env.begin(); it != m_env.end(); ++it)
            env.insert(it.key(), it.value());
        if (member) {
            env.insert("OS_USERNAME", m_env.value("OS_MEMBER_USERNAME"));
            env.insert("OS_PASSWORD", m_env.value("OS_MEMBER_PASSWORD"));
            env.insert("OS_PROJECT_NAME", m_env.value("OS_MEMBER_PROJECT_NAME"));
            env.insert("OS_PROJECT_ID", m_env.value("OS_MEMBER_PROJECT_ID"));
        }
        return env;
    }

    httplib::Result call(const std::string &method, const QString &path, const QString &token,
                         const QByteArray &body = {}) const {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(20, 0);
        httplib::Headers headers;
        if (!token.isEmpty())
            headers.insert({"X-Auth-Token", token.toStdString()});
        const QString admin = m_env.value(QStringLiteral("IMSDESK_SANDBOX_ADMIN_TOKEN"));
        if (!admin.isEmpty())
            headers.insert({"X-Sandbox-Admin-Token", admin.toStdString()});
        httplib::Request req;
        req.method = method;
        req.path = path.toStdString();
        req.headers = headers;
        if (method != "GET" && method != "DELETE") {
            req.body = body.toStdString();
            req.set_header("Content-Type", "application/json");
        }
        return client.send(req);
    }
    QJsonObject json(const std::string &method, const QString &path, const QString &token,
                     const QJsonObject &body = {}) const {
        const auto result =
            call(method, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
        return result ? QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object()
                      : QJsonObject();
    }

    QString login(const QString &user, const QString &password, const QString &project) const {
        const QJsonObject body = passwordLogin(user, password, project);
        const auto result =
            call("POST", "/v3/auth/tokens", {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
        return result ? QString::fromStdString(result->get_header_value("X-Subject-Token"))
                      : QString();
    }
    QString ownerToken(const QString &project = {}) const {
        return login(env("OS_USERNAME"), env("OS_PASSWORD"),
                     project.isEmpty() ? env("OS_PROJECT_NAME") : project);
    }
    QJsonArray images(const QString &query, const QString &token,
                      const QString &region = {}) const {
        const QString prefix = region.isEmpty() ? QString() : QStringLiteral("/region/") + region;
        return json("GET", prefix + "/v2/cloudimages?" + query, token).value("images").toArray();
    }
    QString imageId(const QString &name) const {
        const QJsonArray found = images("name=" + name, ownerToken());
        return found.isEmpty() ? QString() : found.first().toObject().value("id").toString();
    }
    QString serverId(const QString &name) const {
        const QJsonArray servers =
            json("GET", "/v1/" + env("OS_PROJECT_ID") + "/cloudservers/detail", ownerToken())
                .value("servers")
                .toArray();
        for (const QJsonValue &s : servers)
            if (s.toObject().value("name").toString() == name)
                return s.toObject().value("id").toString();
        return {};
    }
    bool addFault(const QString &spec) const {
        const auto result =
            call("POST", "/_sandbox/faults", {},
                 QJsonDocument(QJsonObject{{"spec", spec}}).toJson(QJsonDocument::Compact));
        return result && result->status == 201;
    }
    void clearFaults() const { call("DELETE", "/_sandbox/faults", {}); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    quint16 m_port = 0;
    QMap<QString, QString> m_env;
};

} // namespace

class TestFaultMatrix final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cell_data();
    void cell();
    void cleanupTestCase();

private:
    using Run = ImsctlRun;
    Run imsctl(const Cloud &cloud, const QStringList &args, bool member, const QString &home);

    // Prepares the cloud for the operation and returns imsctl's arguments; `count` then tells
    // what the cloud holds of the operation's result.
    QStringList prepare(const Cloud &cloud, const Operation &op);
    int count(const Cloud &cloud, const Operation &op);

    QString m_imageId;
    QMap<QString, QMap<QString, QString>> m_matrix; // operation → fault → what the cell showed
};

TestFaultMatrix::Run TestFaultMatrix::imsctl(const Cloud &cloud, const QStringList &args,
                                             bool member, const QString &home) {
    return runImsctl(args, cloud.environment(member), home);
}

QStringList TestFaultMatrix::prepare(const Cloud &cloud, const Operation &op) {
    m_imageId = cloud.imageId(QStringLiteral("web-frontend-2025"));
    const QString &n = op.name;
    if (n == QLatin1String("login") || n == QLatin1String("list"))
        return {"images", "list", "--format", "json"};
    if (n == QLatin1String("show"))
        return {"images", "show", m_imageId, "--format", "json"};
    if (n == QLatin1String("copy"))
        return {"images", "copy", m_imageId, "--name", "matrix-copy", "--wait"};
    if (n == QLatin1String("cross-region copy"))
        return {"images",       "copy",     m_imageId, "--name",
                "matrix-xcopy", "--region", "eu-nl",   "--wait"};
    if (n == QLatin1String("create from server"))
        return {"images", "create",        "--server", cloud.serverId("db-01"),
                "--name", "matrix-server", "--wait"};
    if (n == QLatin1String("export"))
        return {"images",        "export", m_imageId, "--bucket-url", "matrix-bucket:web.qcow2",
                "--file-format", "qcow2",  "--wait"};
    if (n == QLatin1String("delete")) {
        m_imageId = cloud.imageId(QStringLiteral("bulk-000000"));
        return {"images", "delete", m_imageId};
    }
    if (n == QLatin1String("share"))
        return {"images", "share", m_imageId, "--project", cloud.env("OS_MEMBER_PROJECT_ID"),
                "--wait"};
    if (n == QLatin1String("accept")) {
        // Shared through the IMS batch API, which takes private images (Glance's member API wants
        // visibility "shared").
        cloud.json("POST", "/v1/cloudimages/members", cloud.ownerToken(),
                   {{"images", QJsonArray{m_imageId}},
                    {"projects", QJsonArray{cloud.env("OS_MEMBER_PROJECT_ID")}}});
        return {"shares", "accept", m_imageId, "--wait"};
    }
    return {};
}

int TestFaultMatrix::count(const Cloud &cloud, const Operation &op) {
    const QString &n = op.name;
    const QString owner = cloud.ownerToken();
    const auto named = [&](const QString &name, const QString &region = {}) {
        const QString token = region.isEmpty() ? owner : cloud.ownerToken(region);
        return int(cloud.images("name=" + name, token, region).size());
    };
    if (n == QLatin1String("copy"))
        return named("matrix-copy");
    if (n == QLatin1String("cross-region copy"))
        return named("matrix-xcopy", "eu-nl");
    if (n == QLatin1String("create from server"))
        return named("matrix-server");
    if (n == QLatin1String("delete"))
        return named("bulk-000000");
    const QJsonArray members =
        cloud.json("GET", "/v2/images/" + m_imageId + "/members", owner).value("members").toArray();
    if (n == QLatin1String("share"))
        return int(members.size());
    if (n == QLatin1String("accept")) {
        int accepted = 0;
        for (const QJsonValue &m : members)
            accepted += m.toObject().value("status").toString() == QLatin1String("accepted");
        return accepted;
    }
    return -1;
}

void TestFaultMatrix::initTestCase() {
    // A part that names no operation would run no cell and pass: a typo in CMakeLists fails.
    const auto &ops = operations();
    QVERIFY2(std::any_of(ops.begin(), ops.end(), inThisPart),
             qPrintable("no operation is called " + qEnvironmentVariable("IMSDESK_TEST_PART")));
}

void TestFaultMatrix::cell_data() {
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("fault");
    for (int i = 0; i < operations().size(); ++i)
        for (const QString &fault : inThisPart(operations().at(i)) ? faultNames() : QStringList())
            if (!faultSpecs(operations().at(i), fault).isEmpty())
                QTest::addRow("%s × %s", qPrintable(operations().at(i).name), qPrintable(fault))
                    << i << fault;
}

void TestFaultMatrix::cell() {
    QFETCH(int, operation);
    QFETCH(QString, fault);
    const Operation &op = operations().at(operation);
    const Expected want = expected(op, fault);
    Cloud cloud;
    QVERIFY(cloud.started());
    QTemporaryDir home;
    const QStringList args = prepare(cloud, op);
    for (const QString &spec : faultSpecs(op, fault))
        QVERIFY2(cloud.addFault(spec), qPrintable(spec));

    const Run run = imsctl(cloud, args, op.asMember, home.path());
    Outcome got;
    got.exitCode = run.exitCode;
    bool recovered = false;
    if (want.recovers) {
        // IAM is back: the job that was paused is still followed to its end.
        cloud.clearFaults();
        const Run watch = imsctl(cloud, {"jobs", "--watch"}, op.asMember, home.path());
        recovered =
            watch.exitCode == 0 && !watch.out.contains("FAIL") && watch.out.contains("SUCCESS");
        got.recovered = recovered;
    }
    cloud.clearFaults();
    if (want.cloudCount >= 0) {
        // Whatever is still running in the cloud has ended by now (one-second jobs).
        QTest::qWait(1500);
        got.cloudCount = count(cloud, op);
    }

    QString shown = QStringLiteral("exit %1").arg(got.exitCode);
    if (got.cloudCount >= 0)
        shown += QStringLiteral(", cloud %1").arg(got.cloudCount);
    if (want.recovers)
        shown += recovered ? QStringLiteral(", resumed") : QStringLiteral(", NOT resumed");
    const bool messageOk =
        want.message.isEmpty() ||
        QRegularExpression(want.message, QRegularExpression::CaseInsensitiveOption)
            .match(QString::fromUtf8(run.err))
            .hasMatch();
    const bool ok = got.exitCode == want.exitCode &&
                    (want.cloudCount < 0 || got.cloudCount == want.cloudCount) && messageOk &&
                    (!want.recovers || recovered);
    m_matrix[op.name][fault] = (ok ? QString() : QStringLiteral("✗ ")) + shown;

    const QString context =
        QStringLiteral("args: %1\nstderr:\n%2\nstdout:\n%3")
            .arg(args.join(' '), QString::fromUtf8(run.err), QString::fromUtf8(run.out.left(2000)));
    QVERIFY2(
        messageOk,
        qPrintable(QStringLiteral("stderr does not match /%1/\n").arg(want.message) + context));
    QVERIFY2(
        got.exitCode == want.exitCode,
        qPrintable(QStringLiteral("exit %1, expected %2\n").arg(got.exitCode).arg(want.exitCode) +
                   context));
    if (want.cloudCount >= 0)
        QVERIFY2(got.cloudCount == want.cloudCount,
                 qPrintable(QStringLiteral("the cloud holds %1, expected %2\n")
                                .arg(got.cloudCount)
                                .arg(want.cloudCount) +
                            context));
    if (want.recovers)
        QVERIFY2(recovered, qPrintable(QStringLiteral("the job did not resume\n") + context));
}

void TestFaultMatrix::cleanupTestCase() {
    // The matrix as a Markdown table: what each cell showed (✗ where it is not what it should).
    QString table = QStringLiteral("| operation |");
    for (const QString &fault : faultNames())
        table += QLatin1Char(' ') + fault + QStringLiteral(" |");
    table += QStringLiteral("\n| --- |") + QStringLiteral(" --- |").repeated(faultNames().size());
    for (const Operation &op : operations()) {
        if (!inThisPart(op))
            continue;
        table += QStringLiteral("\n| ") + op.name + QStringLiteral(" |");
        for (const QString &fault : faultNames()) {
            const QString cell = m_matrix.value(op.name).value(fault);
            table += QLatin1Char(' ') +
                     (cell.isEmpty() ? (faultSpecs(op, fault).isEmpty() ? QStringLiteral("n/a")
                                                                        : QStringLiteral("—"))
                                     : cell) +
                     QStringLiteral(" |");
        }
    }
    qInfo().noquote() << "\nFault matrix (exit code of imsctl, what the cloud holds after):\n" +
                             table;
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
