// imsctl's commands over core's ImageOperations, end to end against an in-process sandbox as
// IMS (its default) and as plain Glance: each test runs the real imsctl, then reads what the
// cloud now holds through the fixture (not through imsctl), and checks the refusals the window
// makes (public, protected, shared images; fields IMS does not let users change) with their
// exit codes. Every row gets a fresh sandbox, so that rows do not see each other's changes.
#include "imsctlrun.h"
#include "jobstore.h"
#include "networkproxy.h"
#include "profile.h"
#include "recipes.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>

namespace {

using Run = ImsctlRun;
using sandbox::Flavor;

// Counts the requests that change images (native or extension PATCH, tag and member PUT and
// DELETE, image DELETE): a zero-latency fault on those routes whose remaining count goes down
// by one per request.
const char kMissing[] = "00000000-0000-0000-0000-000000000000";

const QString kCountWrites =
    QStringLiteral("latency:ms=0,route=^(PATCH|PUT|DELETE) ,count=1000000");

sandbox::SandboxOptions optionsFor(Flavor flavor, int images) {
    sandbox::SandboxOptions options;
    options.flavor = flavor;
    options.images = images;
    options.jobSeconds = 2; // sandbox time, advanced while imsctl runs
    return options;
}

// One sandbox with imsctl's home, the main project's token and a count of the writes.
class Cloud final {
public:
    // `images`: extra private images, for listings of many pages.
    explicit Cloud(Flavor flavor, int images = 0)
        : m_flavor(flavor)
        , m_fixture(optionsFor(flavor, images)) {
        // imsctl compares job and image times with its own clock: start the sandbox's at now.
        m_fixture.advance(QDateTime::currentMSecsSinceEpoch() - m_fixture.now());
        m_token = m_fixture.login();
        const QJsonObject fault{{"spec", kCountWrites}};
        m_fixture.admin("POST", "/_sandbox/faults", QJsonDocument(fault).toJson());
    }

    bool ready() const { return m_fixture.started() && !m_token.isEmpty(); }
    SandboxFixture &fixture() { return m_fixture; }
    const QString &token() const { return m_token; }
    QString home() const { return m_home.path(); }

    // `nameTheCloud`: a plain OpenStack cloud says so, as its users name it (no IMS extension to
    // try first); else imsctl takes the sandbox for IMS and learns otherwise from a 404.
    Run imsctl(const QStringList &args, bool nameTheCloud = true) {
        return runImsctl(args, environment(nameTheCloud), m_home.path(), 60000,
                         [this] { m_fixture.advance(500); });
    }

    // imsctl with a terminal as stdin and stdout (script(1) gives it one), answering `input`.
    // Its stdout and stderr both arrive in `out`.
    Run imsctlOnTerminal(const QStringList &args, const QByteArray &input) {
        QString command = QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl");
        for (const QString &arg : args)
            command += " '" + arg + "'";
        QProcessEnvironment env = environment(true);
        env.insert("PATH", qEnvironmentVariable("PATH"));
        env.insert("HOME", m_home.path());
        env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        env.insert("XDG_DATA_HOME", m_home.filePath("data"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start("script", {"-qec", command, "/dev/null"});
        process.waitForStarted();
        process.write(input);
        if (!process.waitForFinished(30000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString id(const QString &name, bool member = false) {
        return m_fixture.imageId(name, member ? m_fixture.login(true) : m_token);
    }
    QJsonObject image(const QString &id) {
        return m_fixture.get("/v2/images/" + id, m_token).json();
    }
    int status(const QString &id) { return m_fixture.get("/v2/images/" + id, m_token).status; }
    // member id → status, as the owner (`member` = the partner project owns it) sees them.
    QMap<QString, QString> members(const QString &id, bool member = false) {
        const QString token = member ? m_fixture.login(true) : m_token;
        QMap<QString, QString> statuses;
        const QJsonArray list =
            m_fixture.get("/v2/images/" + id + "/members", token).json().value("members").toArray();
        for (const QJsonValue &m : list)
            statuses.insert(m.toObject().value("member_id").toString(),
                            m.toObject().value("status").toString());
        return statuses;
    }
    // What is left of the fault `spec`'s count; -1 when there is no such fault.
    int faultRemaining(const QString &spec) const {
        const QJsonArray faults =
            m_fixture.admin("GET", "/_sandbox/faults").json().value("faults").toArray();
        for (const QJsonValue &v : faults)
            if (v.toObject().value("spec").toString() == spec)
                return v.toObject().value("remaining").toInt();
        return -1;
    }
    int writes() const {
        const int remaining = faultRemaining(kCountWrites);
        return remaining < 0 ? -1 : 1000000 - remaining;
    }
    QProcessEnvironment environment(bool nameTheCloud) {
        QProcessEnvironment env;
        for (const auto &[name, value] : m_fixture.server().environment())
            env.insert(name, value);
        if (m_flavor == Flavor::Glance && nameTheCloud)
            env.insert("IMSDESK_CLOUD", "openstack");
        return env;
    }
    QString publicImageId() {
        return m_fixture.get("/v2/images?visibility=public&limit=1", m_token)
            .json()
            .value("images")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString();
    }
    QString projectId() const { return m_fixture.env("OS_PROJECT_ID"); }
    bool isIms() const { return m_flavor != Flavor::Glance; }
    // The private listing imsctl asks for, paged by the test over the same API (IMS: marker
    // after the last id until an empty page; Glance: its next links): id → the image's object.
    QMap<QString, QJsonObject> pagedImages() {
        QMap<QString, QJsonObject> images;
        QString next = isIms() ? "/v2/cloudimages?owner=" + projectId() + "&limit=500"
                               : "/v2/images?owner=" + projectId() + "&limit=200";
        while (!next.isEmpty()) {
            const QJsonObject page = m_fixture.get(next, m_token).json();
            const QJsonArray list = page.value("images").toArray();
            for (const QJsonValue &v : list)
                images.insert(v.toObject().value("id").toString(), v.toObject());
            if (isIms())
                next = list.isEmpty()
                           ? QString()
                           : "/v2/cloudimages?owner=" + projectId() + "&limit=500&marker=" +
                                 list.last().toObject().value("id").toString();
            else
                next = page.value("next").toString();
        }
        return images;
    }
    // The route of the listing's pages, for faults.
    QString listRoute() const {
        return isIms() ? QStringLiteral("^GET /v2/cloudimages")
                       : QStringLiteral("^GET /v2/images$");
    }
    void addFault(const QString &spec) {
        m_fixture.admin("POST", "/_sandbox/faults",
                        QJsonDocument(QJsonObject{{"spec", spec}}).toJson());
    }
    QString partnerId() const { return m_fixture.env("OS_MEMBER_PROJECT_ID"); }
    QString jobFile() const { return m_home.filePath("data/imsdesk/jobs.jsonl"); }

private:
    Flavor m_flavor;
    SandboxFixture m_fixture;
    QString m_token;
    QTemporaryDir m_home;
};

QString text(const QByteArray &bytes) {
    return QString::fromUtf8(bytes);
}

// A job as the window leaves it in the shared job file: its recipe from core/recipes.
ims::TrackedJob windowJob(const QString &id, const ims::recipes::Recipe &recipe,
                          ims::JobState state) {
    ims::TrackedJob job;
    job.jobId = id;
    job.profile = QLatin1String(ims::kEnvironmentProfileName);
    job.description = ims::recipes::describe(recipe);
    job.state = state;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    job.updatedAt = job.startedAt;
    job.recipe = ims::recipes::toJson(recipe);
    job.expected = ims::recipes::expected(recipe);
    job.revision = 1;
    return job;
}

// A qcow2 file as qemu-img writes it (version 3 header: magic, version, cluster bits, the
// virtual size), padded to `fileBytes` with a pattern, so that the format is detected from the
// contents and the upload's checksum means something.
QString qcow2File(const QString &dir, const QString &name, qint64 virtualBytes, qint64 fileBytes) {
    QByteArray header(104, '\0');
    const auto put32 = [&](int at, quint32 v) { qToBigEndian(v, header.data() + at); };
    const auto put64 = [&](int at, quint64 v) { qToBigEndian(v, header.data() + at); };
    header.replace(0, 4, QByteArray("QFI\xfb", 4));
    put32(4, 3);             // version
    put32(20, 16);           // cluster_bits: 64 KiB clusters
    put64(24, virtualBytes); // size of the disk inside
    put32(36, 1);            // l1_size
    put64(40, 3 * 65536);    // l1_table_offset
    put64(48, 65536);        // refcount_table_offset
    put32(56, 1);            // refcount_table_clusters
    put32(96, 4);            // refcount_order
    put32(100, 104);         // header_length
    const QString path = dir + '/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(header);
    QByteArray block(64 * 1024, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(i * 7 % 251);
    for (qint64 left = fileBytes - header.size(); left > 0; left -= block.size())
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    return path;
}

QString md5Of(const QString &path) {
    QFile file(path);
    QCryptographicHash md5(QCryptographicHash::Md5);
    if (file.open(QIODevice::ReadOnly))
        md5.addData(&file);
    return QString::fromLatin1(md5.result().toHex());
}

} // namespace

Q_DECLARE_METATYPE(sandbox::Flavor)

class TestImsctlCommands final : public QObject {
    Q_OBJECT

private slots:
    void followsTheProxyImsdeskSaved();
    void editChangesWhatTheCloudHolds_data();
    void editChangesWhatTheCloudHolds();
    void editRefusesBeforeSending_data();
    void editRefusesBeforeSending();
    void deleteAppliesTheWindowsChecks_data();
    void deleteAppliesTheWindowsChecks();
    void deleteAsksOnATerminal_data();
    void deleteAsksOnATerminal();
    void listFallsBackToGlanceOn404();
    void listStreamsEveryPage_data();
    void listStreamsEveryPage();
    void listFailingLaterPageEndsTheOutput_data();
    void listFailingLaterPageEndsTheOutput();
    void listPrintsEachPageAsItArrives();
    void listOnATerminalHasNoProgressLine();
    void shareAndUnshare_data();
    void shareAndUnshare();
    void sharesListAndAnswer_data();
    void sharesListAndAnswer();
    void exportWaitsForItsJob();
    void quotaAndOsVersions();
    void serversStopWaitsUntilShutoff();
    void jobsShowPrintsTheRecord();
    void jobsRetry_data();
    void jobsRetry();
    void nativeCloudRefusesImsOnlyCommands_data();
    void nativeCloudRefusesImsOnlyCommands();
    void importUploadsALocalFile_data();
    void importUploadsALocalFile();
    void importCancelsOnCtrlC();
    void importRefusesBeforeSending_data();
    void importRefusesBeforeSending();
    void importFromTheCloud_data();
    void importFromTheCloud();
    void osVersionsOfAPlatform();
};

void TestImsctlCommands::editChangesWhatTheCloudHolds_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QJsonObject>("expected"); // attributes as the native API shows them
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("ims: name, description, RAM, tags")
        << Flavor::Ims
        << QStringList{"--name",    "web-renamed", "--description", "edited by imsctl",
                       "--min-ram", "2048",        "--max-ram",     "8192",
                       "--tag",     "env=staging", "--tag",         "owner=ops",
                       "--untag",   "team"}
        << QJsonObject{{"name", "web-renamed"},
                       {"__description", "edited by imsctl"},
                       {"min_ram", 2048},
                       {"max_ram", "8192"}}
        << QStringList{"env=staging", "owner=ops"};
    QTest::newRow("ims: only a tag")
        << Flavor::Ims << QStringList{"--tag", "env=test"}
        << QJsonObject{{"name", "web-frontend-2025"}} << QStringList{"env=test", "team=web"};
    QTest::newRow("glance: name, min disk, min RAM, protection, tags")
        << Flavor::Glance
        << QStringList{"--name",    "web-renamed", "--min-disk",  "30",      "--min-ram", "1024",
                       "--protect", "--tag",       "env=staging", "--untag", "team"}
        << QJsonObject{{"name", "web-renamed"},
                       {"min_disk", 30},
                       {"min_ram", 1024},
                       {"protected", true}}
        << QStringList{"env=staging"};
}

void TestImsctlCommands::editChangesWhatTheCloudHolds() {
    QFETCH(Flavor, flavor);
    QFETCH(QStringList, args);
    QFETCH(QJsonObject, expected);
    QFETCH(QStringList, tags);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    const QString id = cloud.id("web-frontend-2025");
    QVERIFY(!id.isEmpty());

    const Run run = cloud.imsctl(QStringList{"images", "edit", id, "--format", "json"} + args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // It prints the image as the cloud now has it.
    const QJsonObject printed = QJsonDocument::fromJson(run.out).array().first().toObject();
    QCOMPARE(printed.value("name"), expected.value("name"));

    const QJsonObject now = cloud.image(id);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(now.value(it.key()) == it.value(),
                 qPrintable(it.key() + ": " + QJsonDocument(now).toJson()));
    QStringList held;
    for (const QJsonValue &t : now.value("tags").toArray())
        held << t.toString();
    held.sort();
    QCOMPARE(held, tags);
}

void TestImsctlCommands::editRefusesBeforeSending_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("image"); // a name; "public" for a public image, else an id
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("ims: min disk")
        << Flavor::Ims << "web-frontend-2025" << QStringList{"--min-disk", "20"} << 6
        << "does not let users change the minimum disk";
    QTest::newRow("ims: min disk with a name")
        << Flavor::Ims << "web-frontend-2025" << QStringList{"--name", "x", "--min-disk", "20"} << 6
        << "minimum disk";
    QTest::newRow("ims: protection")
        << Flavor::Ims << "web-frontend-2025" << QStringList{"--protect"} << 6 << "protection";
    QTest::newRow("glance: max RAM") << Flavor::Glance << "web-frontend-2025"
                                     << QStringList{"--max-ram", "4096"} << 6 << "no maximum RAM";
    QTest::newRow("ims: a data disk image")
        << Flavor::Ims << "logs-data-disk" << QStringList{"--name", "x"} << 1 << "IMG.0168";
    QTest::newRow("ims: a public image")
        << Flavor::Ims << "public" << QStringList{"--name", "x"} << 1 << "Only the owner";
    QTest::newRow("untag of a missing key")
        << Flavor::Ims << "web-frontend-2025" << QStringList{"--untag", "nope"} << 1
        << "has no tag nope";
    QTest::newRow("unknown image") << Flavor::Ims << "00000000-0000-0000-0000-000000000000"
                                   << QStringList{"--name", "x"} << 1 << "";
    QTest::newRow("nothing to change")
        << Flavor::Ims << "web-frontend-2025" << QStringList{} << 2 << "needs something to change";
    QTest::newRow("protect and unprotect")
        << Flavor::Glance << "web-frontend-2025" << QStringList{"--protect", "--unprotect"} << 2
        << "exclude each other";
    QTest::newRow("a bad tag") << Flavor::Ims << "web-frontend-2025"
                               << QStringList{"--tag", "bad key=x"} << 2 << "--tag";
    QTest::newRow("negative RAM") << Flavor::Ims << "web-frontend-2025"
                                  << QStringList{"--min-ram", "-1"} << 2 << "--min-ram";
}

void TestImsctlCommands::editRefusesBeforeSending() {
    QFETCH(Flavor, flavor);
    QFETCH(QString, image);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    const QString id = image == "public"                           ? cloud.publicImageId()
                       : image.contains('-') && image.size() == 36 ? image
                                                                   : cloud.id(image);
    QVERIFY(!id.isEmpty());
    const QJsonObject before = cloud.image(id);

    const Run run = cloud.imsctl(QStringList{"images", "edit", id} + args);
    QVERIFY2(run.exitCode == code, run.err.constData());
    QVERIFY2(text(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cloud.writes(), 0); // nothing was sent
    QCOMPARE(cloud.image(id), before);
}

void TestImsctlCommands::deleteAppliesTheWindowsChecks_data() {
    QTest::addColumn<Flavor>("flavor");
    // names; "public" for a public image, "missing" for an id the cloud does not know
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("gone"); // of `images`
    QTest::addColumn<QString>("message");
    QTest::newRow("ims: a private image")
        << Flavor::Ims << QStringList{"web-frontend-2025"} << QStringList{} << 0
        << QStringList{"web-frontend-2025"} << "";
    QTest::newRow("ims: a public image")
        << Flavor::Ims << QStringList{"public"} << QStringList{} << 1 << QStringList{}
        << "Public images cannot be deleted (IMG.0094)";
    QTest::newRow("ims: protected, without --unprotect")
        << Flavor::Ims << QStringList{"db-golden"} << QStringList{} << 1 << QStringList{}
        << "IMS does not let users unprotect them";
    QTest::newRow("ims: protected, with --unprotect")
        << Flavor::Ims << QStringList{"db-golden"} << QStringList{"--unprotect"} << 1
        << QStringList{} << "IMS does not let users unprotect them";
    QTest::newRow("glance: protected, without --unprotect")
        << Flavor::Glance << QStringList{"db-golden"} << QStringList{} << 1 << QStringList{}
        << "pass --unprotect";
    QTest::newRow("glance: protected, with --unprotect")
        << Flavor::Glance << QStringList{"db-golden"} << QStringList{"--unprotect"} << 0
        << QStringList{"db-golden"} << "";
    QTest::newRow("ims: shared, without --yes and no terminal")
        << Flavor::Ims << QStringList{"shared-app-base"} << QStringList{} << 1 << QStringList{}
        << "Shared with 1 project, which loses access. Pass --yes";
    QTest::newRow("ims: shared, with --yes")
        << Flavor::Ims << QStringList{"shared-app-base"} << QStringList{"--yes"} << 0
        << QStringList{"shared-app-base"} << "";
    QTest::newRow("glance: shared, without --yes")
        << Flavor::Glance << QStringList{"shared-app-base"} << QStringList{} << 1 << QStringList{}
        << "Shared with 1 project";
    QTest::newRow("glance: shared, with --yes")
        << Flavor::Glance << QStringList{"shared-app-base"} << QStringList{"--yes"} << 0
        << QStringList{"shared-app-base"} << "";
    QTest::newRow("ims: full-ECS with --delete-backup")
        << Flavor::Ims << QStringList{"full-ecs-backup"} << QStringList{"--delete-backup"} << 0
        << QStringList{"full-ecs-backup"} << "";
    QTest::newRow("ims: --delete-backup of an image without one")
        << Flavor::Ims << QStringList{"web-frontend-2025"} << QStringList{"--delete-backup"} << 1
        << QStringList{} << "only full-ECS images";
    QTest::newRow("ims: an unknown id among others")
        << Flavor::Ims << QStringList{"missing", "web-frontend-2025"} << QStringList{} << 1
        << QStringList{"web-frontend-2025"} << QString(kMissing) + ": ";
    QTest::newRow("ims: each id on its own, the worst code")
        << Flavor::Ims << QStringList{"public", "web-frontend-2025", "db-golden"} << QStringList{}
        << 1 << QStringList{"web-frontend-2025"} << "IMG.0094";
}

void TestImsctlCommands::deleteAppliesTheWindowsChecks() {
    QFETCH(Flavor, flavor);
    QFETCH(QStringList, images);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QStringList, gone);
    QFETCH(QString, message);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    QStringList ids;
    for (const QString &name : images)
        ids << (name == "public"    ? cloud.publicImageId()
                : name == "missing" ? QString(kMissing)
                                    : cloud.id(name));
    QVERIFY(!ids.contains(QString()));

    const Run run = cloud.imsctl(QStringList{"images", "delete"} + ids + args);
    QVERIFY2(run.exitCode == code, run.err.constData());
    QVERIFY2(text(run.err).contains(message), run.err.constData());
    QStringList deleted;
    for (int i = 0; i < images.size(); ++i) {
        const bool isGone = gone.contains(images.at(i));
        if (images.at(i) != "missing")
            QCOMPARE(cloud.status(ids.at(i)), isGone ? 404 : 200);
        if (isGone)
            deleted << ids.at(i);
    }
    // stdout holds the deleted ids, one a line; every refusal is on stderr with its id.
    QCOMPARE(text(run.out), deleted.isEmpty() ? QString() : deleted.join('\n') + '\n');
    for (const QString &id : ids)
        if (!deleted.contains(id))
            QVERIFY2(text(run.err).contains("imsctl: " + id + ": "), run.err.constData());
    if (args.contains("--delete-backup") && code == 0) {
        const QJsonArray backups = cloud.fixture()
                                       .admin("GET", "/_sandbox/deleted-backups")
                                       .json()
                                       .value("deleted_backups")
                                       .toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().toObject().value("image_id").toString(), ids.first());
    }
}

void TestImsctlCommands::deleteAsksOnATerminal_data() {
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("y") << QByteArray("y\n") << true;
    QTest::newRow("yes") << QByteArray("yes\n") << true;
    QTest::newRow("n") << QByteArray("n\n") << false;
    QTest::newRow("enter") << QByteArray("\n") << false;
}

void TestImsctlCommands::deleteAsksOnATerminal() {
    QFETCH(QByteArray, answer);
    QFETCH(bool, deleted);
    if (QStandardPaths::findExecutable("script").isEmpty())
        QSKIP("script(1) is not installed: no terminal to ask on");
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const QString id = cloud.id("shared-app-base");
    const Run run = cloud.imsctlOnTerminal({"images", "delete", id}, answer);
    QVERIFY2(run.exitCode == (deleted ? 0 : 1), run.out.constData());
    // Named, with its member count, then asked.
    QVERIFY2(run.out.contains("shared-app-base (" + id.toUtf8() + ") Shared with 1 project"),
             run.out.constData());
    QVERIFY2(run.out.contains("[y/N]"), run.out.constData());
    QCOMPARE(cloud.status(id), deleted ? 404 : 200);
}

void TestImsctlCommands::listFallsBackToGlanceOn404() {
    // A profile that takes the cloud for IMS: /v2/cloudimages answers 404, the native listing
    // follows.
    Cloud cloud(Flavor::Glance);
    QVERIFY(cloud.ready());
    const Run run = cloud.imsctl({"images", "list", "--format", "json"}, false);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
        names << v.toObject().value("name").toString();
    QVERIFY2(names.contains("web-frontend-2025"), run.out.constData());
}
namespace {

// More images than fit in two pages of either API (IMS 500 a page, Glance 200).
constexpr int kManyImages = 1200;

// The images of a JSON listing: each id once, with its object; empty when the output is not one
// array, or an id is there twice.
QMap<QString, QJsonObject> jsonImages(const QByteArray &out) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    QMap<QString, QJsonObject> images;
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return images;
    for (const QJsonValue &v : document.array()) {
        const QString id = v.toObject().value("id").toString();
        if (images.contains(id))
            return {};
        images.insert(id, v.toObject());
    }
    return images;
}

} // namespace

void TestImsctlCommands::listStreamsEveryPage_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("format");
    for (const auto &[flavor, name] : {std::pair{Flavor::Ims, "IMS"}, {Flavor::Glance, "Glance"}})
        for (const char *format : {"json", "csv", "table"})
            QTest::addRow("%s, %s", name, format) << flavor << QString::fromLatin1(format);
}

void TestImsctlCommands::listStreamsEveryPage() {
    // Printed page by page, the listing of many pages is the one the user always had: one JSON
    // array, byte for byte as the whole list printed at once, each image once with every
    // attribute the API gave; one CSV header, one table header, a row per image.
    QFETCH(Flavor, flavor);
    QFETCH(QString, format);
    Cloud cloud(flavor, kManyImages);
    QVERIFY(cloud.ready());
    const QMap<QString, QJsonObject> expected = cloud.pagedImages();
    QVERIFY(expected.size() > kManyImages);
    const Run run = cloud.imsctl({"images", "list", "--format", format});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    if (format == "json") {
        const QMap<QString, QJsonObject> images = jsonImages(run.out);
        QCOMPARE(images.size(), expected.size());
        QCOMPARE(images, expected);
        // The seeded names hold no control character: the bytes are QJsonDocument's own.
        QCOMPARE(run.out, QJsonDocument::fromJson(run.out).toJson());
        return;
    }
    const QString newline = format == "csv" ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList lines = text(run.out).split(newline);
    QCOMPARE(lines.takeLast(), QString()); // ends with a line break
    const QString header =
        format == "csv" ? QStringLiteral("id,name,status") : QStringLiteral("ID ");
    QVERIFY2(lines.first().startsWith(header), qPrintable(lines.first()));
    QCOMPARE(lines.filter(QRegularExpression('^' + header)).size(), 1);
    QSet<QString> ids;
    for (const QString &line : lines.mid(1))
        ids.insert(line.section(format == "csv" ? QStringLiteral(",") : QStringLiteral(" "), 0, 0));
    QCOMPARE(lines.size() - 1, expected.size());
    QCOMPARE(ids, QSet<QString>(expected.keyBegin(), expected.keyEnd()));
}

void TestImsctlCommands::listFailingLaterPageEndsTheOutput_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("fault"); // on every page after the first two, whatever the retries
    QTest::addColumn<QString>("message");
    for (const auto &[flavor, name] : {std::pair{Flavor::Ims, "IMS"}, {Flavor::Glance, "Glance"}}) {
        QTest::addRow("%s, malformed page", name) << flavor << "malformed:skip=2"
                                                  << "cannot read";
        QTest::addRow("%s, 500", name) << flavor << "error:status=500,skip=2"
                                       << "500";
    }
}

void TestImsctlCommands::listFailingLaterPageEndsTheOutput() {
    // The third page fails after two were printed: stdout is still one JSON array (closed) of
    // those two pages' images, the error is said on stderr, and the exit code says it failed.
    QFETCH(Flavor, flavor);
    QFETCH(QString, fault);
    QFETCH(QString, message);
    Cloud cloud(flavor, kManyImages);
    QVERIFY(cloud.ready());
    const QMap<QString, QJsonObject> all = cloud.pagedImages();
    cloud.addFault(fault + ",route=" + cloud.listRoute());
    // One marker chain, so that "the third page" is one page (partitioned listings are
    // tst_imagelisting's; the printer is the same).
    const Run run = cloud.imsctl({"images", "list", "--format", "json", "--chains", "1"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(text(run.err).contains(message), run.err.constData());
    const QMap<QString, QJsonObject> printed = jsonImages(run.out);
    QCOMPARE(printed.size(), cloud.isIms() ? 1000 : 400);
    for (auto it = printed.begin(); it != printed.end(); ++it)
        QCOMPARE(it.value(), all.value(it.key()));
}

void TestImsctlCommands::listPrintsEachPageAsItArrives() {
    // The third (last full) page is held back by the cloud: the first two pages' rows are on
    // stdout while imsctl still waits for it, so imsctl printed them and need not hold them.
    // "Still waits" is the cloud's word: the page after it (the empty 4th) was not asked for.
    Cloud cloud(Flavor::Ims, kManyImages);
    QVERIFY(cloud.ready());
    cloud.addFault("latency:ms=10000,skip=2,count=1,route=" + cloud.listRoute());
    const QString fourthPage = "latency:ms=0,skip=3,count=1,route=" + cloud.listRoute();
    cloud.addFault(fourthPage);
    QProcessEnvironment env = cloud.environment(true);
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", cloud.home());
    env.insert("XDG_CONFIG_HOME", cloud.home() + "/config");
    env.insert("XDG_DATA_HOME", cloud.home() + "/data");
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"),
                  {"images", "list", "--format", "csv", "--chains", "1"});
    QByteArray out;
    while (out.count("\r\n") < 1001 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    const int fourthPageNotAsked = cloud.faultRemaining(fourthPage);
    process.kill();
    process.waitForFinished();
    QVERIFY2(out.count("\r\n") >= 1001, out.right(200).constData()); // the header and two pages
    QCOMPARE(fourthPageNotAsked, 1);
}

void TestImsctlCommands::listOnATerminalHasNoProgressLine() {
    // stdout and stderr on one terminal: the rows arriving page by page are the progress; a
    // "listed N images" line would land inside them.
    Cloud cloud(Flavor::Ims, kManyImages);
    QVERIFY(cloud.ready());
    const Run run = cloud.imsctlOnTerminal({"images", "list"}, {});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("listed "), run.out.right(300).constData());
    QCOMPARE(run.out.count("\r\n"), cloud.pagedImages().size() + 1); // the header and the rows
}

void TestImsctlCommands::shareAndUnshare_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<bool>("wait");
    QTest::newRow("ims, --wait") << Flavor::Ims << true;
    QTest::newRow("glance") << Flavor::Glance << false;
}

void TestImsctlCommands::shareAndUnshare() {
    QFETCH(Flavor, flavor);
    QFETCH(bool, wait);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    const QString web = cloud.id("web-frontend-2025");
    const QString db = cloud.id("db-golden");
    const QStringList waitArg = wait ? QStringList{"--wait"} : QStringList{};

    const Run share = cloud.imsctl(
        QStringList{"images", "share", web, db, "--project", cloud.partnerId()} + waitArg);
    QVERIFY2(share.exitCode == 0, share.err.constData());
    QCOMPARE(text(share.out), web + '\n' + db + '\n');
    QCOMPARE(cloud.members(web).value(cloud.partnerId()), QStringLiteral("pending"));
    QCOMPARE(cloud.members(db).value(cloud.partnerId()), QStringLiteral("pending"));

    const Run unshare = cloud.imsctl(
        QStringList{"images", "unshare", db, "--project", cloud.partnerId()} + waitArg);
    QVERIFY2(unshare.exitCode == 0, unshare.err.constData());
    QVERIFY(!cloud.members(db).contains(cloud.partnerId()));
    QVERIFY(cloud.members(web).contains(cloud.partnerId()));

    const Run bad = cloud.imsctl({"images", "share", web, "--project", "not-a-project"});
    QCOMPARE(bad.exitCode, 2);
}

void TestImsctlCommands::sharesListAndAnswer_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<bool>("accept");
    QTest::newRow("ims, accept") << Flavor::Ims << true;
    QTest::newRow("ims, reject") << Flavor::Ims << false;
    QTest::newRow("glance, accept") << Flavor::Glance << true;
    QTest::newRow("glance, reject") << Flavor::Glance << false;
}

void TestImsctlCommands::sharesListAndAnswer() {
    QFETCH(Flavor, flavor);
    QFETCH(bool, accept);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    const Run list = cloud.imsctl({"shares", "list", "--format", "json"});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QMap<QString, QString> listed; // name → member status
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        listed.insert(v.toObject().value("name").toString(),
                      v.toObject().value("member_status").toString());
    // Images shared with this project, not the ones it shares itself.
    const QMap<QString, QString> expected{{"partner-monitoring", "pending"},
                                          {"partner-hardened-base", "accepted"}};
    QCOMPARE(listed, expected);
    const Run table = cloud.imsctl({"shares", "list"});
    QVERIFY(table.out.startsWith("ID "));
    QVERIFY(table.out.contains("MEMBER_STATUS"));

    const QString offer = cloud.id("partner-monitoring", true);
    QVERIFY(!offer.isEmpty());
    const Run answer = cloud.imsctl({"shares", accept ? "accept" : "reject", offer, "--wait"});
    QVERIFY2(answer.exitCode == 0, answer.err.constData());
    QCOMPARE(text(answer.out), offer + '\n');
    QCOMPARE(cloud.members(offer, true).value(cloud.projectId()),
             accept ? QStringLiteral("accepted") : QStringLiteral("rejected"));
}

void TestImsctlCommands::exportWaitsForItsJob() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const QString web = cloud.id("web-frontend-2025");
    const Run run = cloud.imsctl({"images", "export", web, "--bucket-url", "my-bucket:web.qcow2",
                                  "--file-format", "qcow2", "--wait"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("SUCCESS"), run.err.constData());
    // The job is in the shared job file with its recipe, and the cloud ran it.
    const QList<ims::TrackedJob> jobs = ims::JobStore(cloud.jobFile()).load();
    QCOMPARE(jobs.size(), 1);
    const auto recipe = ims::recipes::fromJson(jobs.first().recipe);
    QVERIFY(recipe && std::holds_alternative<ims::recipes::Export>(*recipe));
    QCOMPARE(std::get<ims::recipes::Export>(*recipe).bucketUrl,
             QStringLiteral("my-bucket:web.qcow2"));
    const QJsonObject job =
        cloud.fixture()
            .get("/v1/" + cloud.projectId() + "/jobs/" + jobs.first().jobId, cloud.token())
            .json();
    QCOMPARE(job.value("status").toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(job.value("job_type").toString(), QStringLiteral("imsNativeExportImageJob"));

    // The window's rules: a full-ECS image is not exported, and nothing is sent.
    const Run whole = cloud.imsctl(
        {"images", "export", cloud.id("full-ecs-backup"), "--bucket-url", "my-bucket:x.qcow2"});
    QCOMPARE(whole.exitCode, 1);
    QVERIFY2(whole.err.contains("Full-ECS images cannot be exported"), whole.err.constData());
    QCOMPARE(ims::JobStore(cloud.jobFile()).load().size(), 1);
}

void TestImsctlCommands::quotaAndOsVersions() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const Run quota = cloud.imsctl({"quota", "--format", "json"});
    QVERIFY2(quota.exitCode == 0, quota.err.constData());
    const QJsonArray resources = cloud.fixture()
                                     .get("/v1/cloudimages/quota", cloud.token())
                                     .json()
                                     .value("quotas")
                                     .toObject()
                                     .value("resources")
                                     .toArray();
    const QJsonArray printed = QJsonDocument::fromJson(quota.out).array();
    QCOMPARE(printed.size(), resources.size());
    QVERIFY(!printed.isEmpty());
    QCOMPARE(printed.first().toObject().value("type").toString(),
             resources.first().toObject().value("type").toString());
    QCOMPARE(printed.first().toObject().value("used").toString(),
             QString::number(resources.first().toObject().value("used").toInteger()));
    const Run table = cloud.imsctl({"quota"});
    QCOMPARE(table.out.split('\n').first().simplified(), QByteArray("TYPE USED QUOTA MIN MAX"));

    const Run versions = cloud.imsctl({"os-versions", "--format", "csv"});
    QVERIFY2(versions.exitCode == 0, versions.err.constData());
    QVERIFY(versions.out.startsWith("platform,os_version,"));
    QVERIFY(versions.out.contains("Ubuntu 22.04 server 64bit"));
}

void TestImsctlCommands::serversStopWaitsUntilShutoff() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const Run servers = cloud.imsctl({"servers", "list", "--format", "json"});
    QVERIFY2(servers.exitCode == 0, servers.err.constData());
    QString active;
    for (const QJsonValue &v : QJsonDocument::fromJson(servers.out).array())
        if (v.toObject().value("status").toString() == "ACTIVE")
            active = v.toObject().value("id").toString();
    QVERIFY(!active.isEmpty());
    const QString path = "/v1/" + cloud.projectId() + "/cloudservers/" + active;

    // Without --wait: sent, and said so; the server is still on its way down.
    const Run sent = cloud.imsctl({"servers", "stop", active});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(text(sent.out), active + " stop sent\n");

    const Run stop = cloud.imsctl({"servers", "stop", active, "--wait"});
    QVERIFY2(stop.exitCode == 0, stop.err.constData());
    QCOMPARE(text(stop.out), active + '\n');
    QCOMPARE(cloud.fixture()
                 .get(path, cloud.token())
                 .json()
                 .value("server")
                 .toObject()
                 .value("status")
                 .toString(),
             QStringLiteral("SHUTOFF"));

    const Run unknown = cloud.imsctl({"servers", "stop", "00000000-0000-0000-0000-000000000000"});
    QVERIFY2(unknown.exitCode == 1, unknown.err.constData());
}

void TestImsctlCommands::jobsShowPrintsTheRecord() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const QString db = cloud.id("db-golden");
    const Run copy = cloud.imsctl({"images", "copy", db, "--name", "db-copy", "--cmk",
                                   "11111111-2222-3333-4444-555555555555"});
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    const QString jobId = text(copy.out.trimmed());

    const Run json = cloud.imsctl({"jobs", "show", jobId, "--format", "json"});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject record = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(record.value("job_id").toString(), jobId);
    const auto recipe = ims::recipes::fromJson(record.value("recipe").toObject());
    QVERIFY(recipe && std::holds_alternative<ims::recipes::Copy>(*recipe));
    QCOMPARE(std::get<ims::recipes::Copy>(*recipe).cmkId,
             QStringLiteral("11111111-2222-3333-4444-555555555555"));

    const Run table = cloud.imsctl({"jobs", "show", jobId});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("recipe "));
    QVERIFY2(text(table.out).contains(ims::recipes::describe(*recipe)), table.out.constData());

    const Run unknown = cloud.imsctl({"jobs", "show", "nope"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no job nope"));
}

void TestImsctlCommands::jobsRetry_data() {
    QTest::addColumn<QString>("kind"); // of the job in the file
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("copies"); // images named "retried-copy" afterwards
    QTest::addColumn<QString>("message");
    QTest::newRow("a failed window job") << "failed" << 0 << 1 << "sent again";
    QTest::newRow("outcome unknown, image exists")
        << "unknown-found" << 0 << 1 << "nothing was sent";
    QTest::newRow("outcome unknown, no image") << "unknown-missing" << 0 << 1 << "sent again";
    QTest::newRow("a failed imsctl job") << "imsctl" << 0 << 1 << "sent again";
    QTest::newRow("a running job") << "running" << 1 << 0 << "only a failed job";
    QTest::newRow("no recipe") << "no-recipe" << 1 << 0 << "cannot be retried";
    QTest::newRow("unknown id") << "none" << 1 << 0 << "There is no job";
}

void TestImsctlCommands::jobsRetry() {
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(int, copies);
    QFETCH(QString, message);
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const QString db = cloud.id("db-golden");
    if (kind == "unknown-found") {
        // The copy happened, but its POST's answer was lost: the job file says outcome unknown.
        const Run made = cloud.imsctl({"images", "copy", db, "--name", "retried-copy", "--wait"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        ims::JobStore(cloud.jobFile()).save({});
    }
    const ims::recipes::Copy recipe{db, "db-golden", "retried-copy", "from the window", {}};
    ims::TrackedJob job =
        windowJob(QStringLiteral("0123456789abcdef0123456789abcdef"), recipe,
                  kind.startsWith("unknown") ? ims::JobState::OutcomeUnknown : ims::JobState::Fail);
    if (kind.startsWith("unknown"))
        job.jobId = QStringLiteral("local-5d2c1f0e-0000-4000-8000-000000000001");
    if (kind == "no-recipe")
        job.recipe = {};
    if (kind == "imsctl") { // a copy imsctl started (and recorded) itself, whose job failed
        const QJsonObject fault{
            {"spec", "job-fail:route=^POST /v1/cloudimages/[^/]+/copy,count=1"}};
        cloud.fixture().admin("POST", "/_sandbox/faults", QJsonDocument(fault).toJson());
        const Run started = cloud.imsctl({"images", "copy", db, "--name", "retried-copy"});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        job.jobId = text(started.out.trimmed());
        QCOMPARE(cloud.imsctl({"jobs", "--watch"}).exitCode, 0); // follows it to its FAIL
        QCOMPARE(ims::JobStore(cloud.jobFile()).load().first().state, ims::JobState::Fail);
    } else if (kind == "running") {
        job.state = ims::JobState::Running;
        QVERIFY(ims::JobStore(cloud.jobFile()).save({job}));
    } else if (kind != "none") {
        QVERIFY(ims::JobStore(cloud.jobFile()).save({job}));
    }
    const int writesBefore = cloud.writes();

    const Run run = cloud.imsctl({"jobs", "retry", kind == "none" ? "nope" : job.jobId, "--wait"});
    QVERIFY2(run.exitCode == code, run.err.constData());
    QVERIFY2(text(run.err).contains(message), run.err.constData());
    const QJsonArray named = cloud.fixture()
                                 .get("/v2/images?name=retried-copy", cloud.token())
                                 .json()
                                 .value("images")
                                 .toArray();
    QCOMPARE(named.size(), copies);
    if (copies == 1) // prints the image id, the one the cloud holds
        QCOMPARE(text(run.out.trimmed()), named.first().toObject().value("id").toString());
    QCOMPARE(cloud.writes(), writesBefore);
}

void TestImsctlCommands::nativeCloudRefusesImsOnlyCommands_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("quota") << QStringList{"quota"};
    QTest::newRow("os-versions") << QStringList{"os-versions"};
    QTest::newRow("export") << QStringList{"images", "export", "ID", "--bucket-url", "b-1:x"};
    QTest::newRow("copy") << QStringList{"images", "copy", "ID", "--name", "x"};
    QTest::newRow("delete --delete-backup")
        << QStringList{"images", "delete", "ID", "--delete-backup"};
}

void TestImsctlCommands::nativeCloudRefusesImsOnlyCommands() {
    QFETCH(QStringList, args);
    Cloud cloud(Flavor::Glance);
    QVERIFY(cloud.ready());
    const QString web = cloud.id("web-frontend-2025");
    args.replaceInStrings(QStringLiteral("ID"), web);
    const Run run = cloud.imsctl(args);
    // delete --delete-backup: refused for the image (no backup on OpenStack), not sent.
    const int expected = args.contains("--delete-backup") ? 1 : 6;
    QVERIFY2(run.exitCode == expected, run.err.constData());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(cloud.status(web), 200);
}

void TestImsctlCommands::importUploadsALocalFile_data() {
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("kind"); // qcow2 or raw
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("printsImage"); // --wait: the image as JSON; else its id
    QTest::addColumn<QString>("diskFormat");
    QTest::newRow("ims: qcow2 (detected), --wait, tags")
        << Flavor::Ims << "qcow2"
        << QStringList{"--os-version", "Ubuntu 22.04 server 64bit", "--tag", "team=web", "--wait"}
        << true << "qcow2";
    QTest::newRow("ims: raw, min disk given, no --wait")
        << Flavor::Ims << "raw" << QStringList{"--min-disk", "1"} << false << "raw";
    QTest::newRow("openstack: qcow2, --wait, min RAM")
        << Flavor::Glance << "qcow2" << QStringList{"--min-ram", "1024", "--wait"} << true
        << "qcow2";
}

// A local file: uploaded, the image active with the file's size and checksum, the image (or
// its id) on stdout, progress on stderr with --wait.
void TestImsctlCommands::importUploadsALocalFile() {
    QFETCH(Flavor, flavor);
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QFETCH(bool, printsImage);
    QFETCH(QString, diskFormat);
    Cloud cloud(flavor);
    QVERIFY(cloud.ready());
    QTemporaryDir files;
    constexpr qint64 kBytes = 3 * 1024 * 1024;
    QString path;
    if (kind == "qcow2") {
        path = qcow2File(files.path(), "web.qcow2", 1LL << 30, kBytes);
    } else {
        path = files.filePath("data.img");
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::WriteOnly) && raw.resize(kBytes));
    }
    QVERIFY(!path.isEmpty());
    const Run run = cloud.imsctl(
        QStringList{"images", "import", path, "--name", "uploaded", "--format", "json"} + args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id = cloud.id("uploaded");
    QVERIFY(!id.isEmpty());
    const QJsonObject image = cloud.image(id);
    QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(image.value("size").toInteger(), kBytes);
    QCOMPARE(image.value("checksum").toString(), md5Of(path));
    QCOMPARE(image.value("disk_format").toString(), diskFormat);
    if (printsImage) {
        const QJsonArray printed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.first().toObject().value("id").toString(), id);
        QCOMPARE(printed.first().toObject().value("status").toString(), QStringLiteral("active"));
    } else {
        QCOMPARE(text(run.out.trimmed()), id);
    }
}

// Ctrl+C during an upload: imsctl cancels it, deletes the queued image, says that nothing is
// left and exits 130. The sandbox holds the PUT (latency), so that the upload is under way.
void TestImsctlCommands::importCancelsOnCtrlC() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const QJsonObject fault{{"spec", "latency:ms=10000,route=^PUT /v2/images/[^/]+/file"}};
    cloud.fixture().admin("POST", "/_sandbox/faults", QJsonDocument(fault).toJson());
    QTemporaryDir files;
    const QString path = qcow2File(files.path(), "web.qcow2", 1LL << 30, 8 * 1024 * 1024);
    QProcessEnvironment env = cloud.environment(true);
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", cloud.home());
    env.insert("XDG_CONFIG_HOME", cloud.home() + "/config");
    env.insert("XDG_DATA_HOME", cloud.home() + "/data");
    QProcess imsctl;
    imsctl.setProcessEnvironment(env);
    imsctl.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"),
                 {"images", "import", path, "--name", "cancel-me", "--wait"});
    QVERIFY(imsctl.waitForStarted());
    // The queued image exists once the metadata is made: the PUT is then under way.
    QTRY_VERIFY_WITH_TIMEOUT(!cloud.id("cancel-me").isEmpty(), 20000);
    QTest::qWait(300);
    ::kill(pid_t(imsctl.processId()), SIGINT);
    QVERIFY(imsctl.waitForFinished(30000));
    const QByteArray err = imsctl.readAllStandardError();
    QVERIFY2(imsctl.exitStatus() == QProcess::NormalExit && imsctl.exitCode() == 130,
             err.constData());
    QVERIFY2(err.contains("its queued image was deleted, nothing is left"), err.constData());
    QVERIFY(imsctl.readAllStandardOutput().isEmpty());
    QVERIFY(cloud.id("cancel-me").isEmpty());
}

void TestImsctlCommands::importRefusesBeforeSending_data() {
    QTest::addColumn<QStringList>("args"); // FILE: a 3 MB qcow2 of a 10 GiB disk
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unreadable file")
        << QStringList{"images", "import", "/nonexistent/disk.qcow2", "--name", "x"} << 1
        << "/nonexistent/disk.qcow2: not uploaded: /nonexistent/disk.qcow2 does not exist.";
    QTest::newRow("empty file") << QStringList{"images", "import", "EMPTY", "--name", "x"} << 1
                                << "is empty.";
    QTest::newRow("min disk too small for the disk inside")
        << QStringList{"images", "import", "FILE", "--name", "x", "--min-disk", "2"} << 1
        << "not uploaded: Min disk 2 GB is less than the 10 GB disk inside big.qcow2.";
    QTest::newRow("unknown OS version")
        << QStringList{"images", "import", "FILE", "--name", "x", "--os-version", "Plan 9 64bit"}
        << 1 << "not uploaded: The cloud does not list the OS version \"Plan 9 64bit\"";
    QTest::newRow("a local file as data disk (IMS: only from OBS)")
        << QStringList{"images", "import", "FILE", "--name", "x", "--data-disk"} << 1
        << "IMS makes data disk images only from a file in OBS";
    QTest::newRow("name IMS refuses") << QStringList{"images", "import", "FILE", "--name", "web#1"}
                                      << 2 << "--name: Use only letters, digits, spaces";
    QTest::newRow("OBS path without ':'")
        << QStringList{"images", "import", "--obs",      "bucket-file.qcow2",
                       "--name", "x",      "--min-disk", "40"}
        << 2 << "--obs: ";
    QTest::newRow("register: OBS path without ':'")
        << QStringList{"images", "register", "ID", "--obs", "bucket-file.qcow2"} << 2 << "--obs: ";
    QTest::newRow("OBS file without min disk")
        << QStringList{"images", "import", "--obs", "b-1:x.qcow2", "--name", "x"} << 1
        << "Enter the min disk";
    QTest::newRow("OBS ISO file without OS version")
        << QStringList{"images",     "import", "--obs",  "b-1:x.iso", "--iso",
                       "--min-disk", "40",     "--name", "x"}
        << 1 << "needs its OS version (IMG.0166)";
    QTest::newRow("data disks of an unknown server")
        << QStringList{"images", "create", "--server", kMissing, "--data-disks", "--name", "x"} << 1
        << "there is no such server";
    QTest::newRow("FILE and --obs")
        << QStringList{"images", "import", "FILE", "--obs", "b-1:f", "--name", "x"} << 2
        << "one of them";
    QTest::newRow("no name") << QStringList{"images", "import", "FILE"} << 2 << "--name";
    QTest::newRow("min disk not a number")
        << QStringList{"images", "import", "FILE", "--name", "x", "--min-disk", "big"} << 2
        << "--min-disk takes a whole number";
    QTest::newRow("bad tag") << QStringList{"images", "import", "FILE", "--name",
                                            "x",      "--tag",  "a b=c"}
                             << 2 << "--tag: ";
    QTest::newRow("--quick of a local file")
        << QStringList{"images", "import", "FILE", "--name", "x", "--quick"} << 2 << "--quick";
    QTest::newRow("create: --server and --backup")
        << QStringList{"images", "create", "--server", "s", "--backup", "b", "--name", "x"} << 2
        << "one of them";
}

// Bad input is said, with the exit code, and nothing is created: no image, no job.
void TestImsctlCommands::importRefusesBeforeSending() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, reason);
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    QTemporaryDir files;
    const QString path = qcow2File(files.path(), "big.qcow2", 10LL << 30, 3 * 1024 * 1024);
    args.replaceInStrings(QRegularExpression("^FILE$"), path);
    QFile empty(files.filePath("empty.qcow2"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    args.replaceInStrings(QRegularExpression("^EMPTY$"), empty.fileName());
    args.replaceInStrings(QRegularExpression("^ID$"), cloud.id("web-frontend-2025"));
    const auto count = [&] {
        return cloud.fixture()
            .get("/v2/images?limit=1000", cloud.token())
            .json()
            .value("images")
            .toArray()
            .size();
    };
    const int before = count();
    const Run run = cloud.imsctl(args);
    QVERIFY2(run.exitCode == code, run.err.constData());
    QVERIFY2(text(run.err).contains(reason), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(count(), before);
    QVERIFY(cloud.id("x").isEmpty());
    QCOMPARE(cloud.writes(), 0);
    QVERIFY(ims::JobStore(cloud.jobFile()).load().isEmpty());
}

void TestImsctlCommands::importFromTheCloud_data() {
    QTest::addColumn<QStringList>("args"); // SERVER: a stopped server; QUEUED: a queued image
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("images"); // the names of the images the job makes
    QTest::addColumn<QString>("jobType");
    const QString os = QStringLiteral("Ubuntu 22.04 server 64bit");
    QTest::newRow("OBS file") << QStringList{"images",       "import",
                                             "--obs",        "imsdesk-images:ubuntu-22.04.qcow2",
                                             "--name",       "from-obs",
                                             "--min-disk",   "40",
                                             "--os-version", os,
                                             "--tag",        "team=web",
                                             "--wait"}
                              << 0 << QStringList{"from-obs"} << "imsImportImageJob";
    QTest::newRow("OBS file, quick import")
        << QStringList{"images",       "import", "--obs",      "imsdesk-images:euler-2.9.zvhd2",
                       "--name",       "quick",  "--min-disk", "40",
                       "--os-version", os,       "--quick",    "--wait"}
        << 0 << QStringList{"quick"} << "imsImportImageJob";
    QTest::newRow("OBS ISO file")
        << QStringList{"images",       "import",
                       "--obs",        "imsdesk-images:debian-12-netinst.iso",
                       "--name",       "iso",
                       "--os-version", os,
                       "--iso",        "--min-disk",
                       "40",           "--wait"}
        << 0 << QStringList{"iso"} << "imsImportImageJob";
    QTest::newRow("OBS data disk")
        << QStringList{"images",      "import", "--obs",      "imsdesk-images:logs-data-100g.raw",
                       "--name",      "data",   "--min-disk", "100",
                       "--data-disk", "--wait"}
        << 0 << QStringList{"data"} << "imsImportDataImageJob";
    QTest::newRow("full-ECS image of a server")
        << QStringList{"images", "create", "--server", "SERVER",
                       "--name", "whole",  "--whole",  "--wait"}
        << 0 << QStringList{"whole"} << "imsCreateWholeImageByInstanceJob";
    QTest::newRow("full-ECS image of a CBR backup")
        << QStringList{"images", "create", "--backup", "BACKUP", "--name", "from-backup", "--wait"}
        << 0 << QStringList{"from-backup"} << "imsCreateWholeImageByBackupJob";
    QTest::newRow("data disks of a server: NAME-1 and a named one")
        << QStringList{"images",       "create",   "--server", "SERVER",   "--name",       "disks",
                       "--data-disks", "--volume", "VOLUME1",  "--volume", "VOLUME2=logs", "--wait"}
        << 0 << QStringList{"disks-1", "logs"} << "imsVolumesToSysDataImagesJob";
    QTest::newRow("data disks of a server: each, named by its device")
        << QStringList{"images", "create", "--server",     "SERVER",
                       "--name", "disks",  "--data-disks", "--wait"}
        << 0 << QStringList{"disks-vdb", "disks-vdc"} << "imsVolumesToSysDataImagesJob";
    QTest::newRow("register a queued image")
        << QStringList{"images", "register", "QUEUED", "--obs", "imsdesk-images:ubuntu-22.04.qcow2",
                       "--wait"}
        << 0 << QStringList{"queued-for-register"} << "imsNativeImportImageJob";
    QTest::newRow("OBS file, the job fails: its reason, exit 5")
        << QStringList{"images",       "import",  "--obs",      "imsdesk-images:fail.qcow2",
                       "--name",       "failing", "--min-disk", "40",
                       "--os-version", os,        "--wait"}
        << 5 << QStringList{} << "imsImportImageJob";
    QTest::newRow("OBS file without --wait: the job id")
        << QStringList{"images",       "import", "--obs",      "imsdesk-images:ubuntu-22.04.qcow2",
                       "--name",       "later",  "--min-disk", "40",
                       "--os-version", os}
        << 0 << QStringList{} << "imsImportImageJob";
}

// Every source that is an IMS job: exit 0, the job in the shared job file with its recipe, the
// cloud ran it, and with --wait the new images' ids on stdout.
void TestImsctlCommands::importFromTheCloud() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QStringList, images);
    QFETCH(QString, jobType);
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    if (args.contains("SERVER")) {
        const Run servers = cloud.imsctl({"servers", "list", "--format", "json"});
        QString stopped; // db-01: stopped, with two data disks (sandbox/README.md)
        for (const QJsonValue &v : QJsonDocument::fromJson(servers.out).array())
            if (v.toObject().value("name").toString() == "db-01")
                stopped = v.toObject().value("id").toString();
        QVERIFY(!stopped.isEmpty());
        args.replaceInStrings(QRegularExpression("^SERVER$"), stopped);
    }
    if (args.contains("VOLUME1")) { // the stopped server's data disks, as ECS lists them
        const QString server = args.at(args.indexOf("--server") + 1);
        const QJsonArray servers =
            cloud.fixture()
                .get("/v1/" + cloud.projectId() + "/cloudservers/detail", cloud.token())
                .json()
                .value("servers")
                .toArray();
        QStringList volumes;
        for (const QJsonValue &v : servers)
            if (v.toObject().value("id").toString() == server)
                for (const QJsonValue &disk :
                     v.toObject().value("os-extended-volumes:volumes_attached").toArray())
                    if (disk.toObject().value("bootIndex").toString() != "0")
                        volumes << disk.toObject().value("id").toString();
        QCOMPARE(volumes.size(), 2);
        args.replaceInStrings(QRegularExpression("^VOLUME1$"), volumes.at(0));
        args.replaceInStrings(QRegularExpression("^VOLUME2="), volumes.at(1) + "=");
    }
    if (args.contains("BACKUP")) {
        QString backup;
        for (const QJsonValue &v :
             cloud.fixture().admin("GET", "/_sandbox/backups").json().value("backups").toArray())
            if (v.toObject().value("name").toString() == "web-01-daily")
                backup = v.toObject().value("id").toString();
        QVERIFY(!backup.isEmpty());
        args.replaceInStrings(QRegularExpression("^BACKUP$"), backup);
    }
    if (args.contains("QUEUED")) {
        const QJsonObject body{{"name", "queued-for-register"},
                               {"disk_format", "qcow2"},
                               {"container_format", "bare"}};
        const QString queued = cloud.fixture()
                                   .send("POST", "/v2/images", cloud.token(), body)
                                   .json()
                                   .value("id")
                                   .toString();
        QVERIFY(!queued.isEmpty());
        args.replaceInStrings(QRegularExpression("^QUEUED$"), queued);
    }
    const Run run = cloud.imsctl(args);
    QVERIFY2(run.exitCode == code, run.err.constData());
    const QList<ims::TrackedJob> jobs = ims::JobStore(cloud.jobFile()).load();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(ims::recipes::fromJson(jobs.first().recipe).has_value());
    const QJsonObject job =
        cloud.fixture()
            .get("/v1/" + cloud.projectId() + "/jobs/" + jobs.first().jobId, cloud.token())
            .json();
    QCOMPARE(job.value("job_type").toString(), jobType);
    if (!args.contains("--wait")) {
        QCOMPARE(text(run.out.trimmed()), jobs.first().jobId);
        return;
    }
    if (code != 0) {
        QVERIFY2(run.err.contains("IMG.0057"), run.err.constData());
        return;
    }
    QVERIFY2(run.err.contains("SUCCESS"), run.err.constData());
    for (const QString &name : images) {
        const QString id = cloud.id(name);
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        QCOMPARE(cloud.image(id).value("status").toString(), QStringLiteral("active"));
        QVERIFY2(text(run.out).contains(id), qPrintable(text(run.out) + text(run.err)));
    }
}

void TestImsctlCommands::osVersionsOfAPlatform() {
    Cloud cloud(Flavor::Ims);
    QVERIFY(cloud.ready());
    const Run run = cloud.imsctl({"os-versions", "--platform", "ubuntu", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QVERIFY(rows.size() >= 2);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value("platform").toString(), QStringLiteral("Ubuntu"));
    QVERIFY(run.out.contains("Ubuntu 22.04 server 64bit"));
}

// The manual proxy of imsdesk's settings dialog (its settings file, not imsctl's) carries
// imsctl's requests too: an HTTPS login goes to it as CONNECT.
void TestImsctlCommands::followsTheProxyImsdeskSaved() {
    QTemporaryDir home;
    ScriptedServer proxy([](const ScriptedRequest &) {
        ScriptedResponse refused;
        refused.status = 502;
        return refused;
    });
    {
        QSettings saved(home.filePath("config/imsdesk/imsdesk.conf"), QSettings::IniFormat);
        ims::ProxySettings manual;
        manual.mode = ims::ProxySettings::Mode::Manual;
        manual.host = QStringLiteral("127.0.0.1");
        manual.port = proxy.serverPort();
        manual.write(saved);
    }
    QProcessEnvironment env;
    env.insert("OS_AUTH_URL", "https://iam.eu-de.example.test/v3");
    env.insert("OS_USERNAME", "alice");
    env.insert("OS_PASSWORD", "not-sent-anywhere");
    env.insert("OS_USER_DOMAIN_NAME", "example");
    env.insert("OS_PROJECT_NAME", "eu-de");
    env.insert("OS_REGION_NAME", "eu-de");
    // The proxy answers in this process's event loop while imsctl runs.
    const Run run = runImsctl({"images", "list"}, env, home.path(), 30000,
                              [] { QCoreApplication::processEvents(); });
    QVERIFY(!proxy.requests.isEmpty());
    QCOMPARE(proxy.requests.first().method, QByteArray("CONNECT"));
    QCOMPARE(proxy.requests.first().target, QByteArray("iam.eu-de.example.test:443"));
    QCOMPARE(run.exitCode, 4); // unreachable: the proxy refused the tunnel
}

QTEST_GUILESS_MAIN(TestImsctlCommands)
#include "tst_imsctl_commands.moc"
