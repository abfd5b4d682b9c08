// The sandbox's IAM, IMS extension and ECS routes over loopback HTTP, with an injected clock so
// that jobs progress without waiting.
#include "sandboxfixture.h"

#include <QTest>
#include <QtEndian>

namespace {

constexpr qint64 kGiB = 1LL << 30;

QByteArray bigEndian64(qint64 value) {
    QByteArray bytes(8, '\0');
    qToBigEndian<quint64>(quint64(value), bytes.data());
    return bytes;
}

QByteArray littleEndian64(qint64 value) {
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(quint64(value), bytes.data());
    return bytes;
}

// 64 KiB whose headers say `format` with a disk of `virtualSize` bytes inside (raw: no header).
QByteArray diskFile(const QString &format, qint64 virtualSize) {
    QByteArray data(64 * 1024, 'x');
    if (format == QLatin1String("qcow2")) {
        data.replace(0, 8, QByteArray("QFI\xfb\0\0\0\3", 8));
        data.replace(24, 8, bigEndian64(virtualSize));
    } else if (format == QLatin1String("vmdk")) {
        data.replace(0, 8, QByteArray("KDMV\1\0\0\0", 8));
        data.replace(12, 8, littleEndian64(virtualSize / 512));
    } else if (format == QLatin1String("vmdk descriptor")) {
        const QByteArray text =
            "# Disk DescriptorFile\nversion=1\nRW " + QByteArray::number(virtualSize / 1024) +
            " SPARSE \"disk-s001.vmdk\"\nRW " + QByteArray::number(virtualSize / 1024) +
            " SPARSE \"disk-s002.vmdk\"\n";
        data = text;
    } else if (format == QLatin1String("vhd")) { // a fixed VHD: the footer is the last 512 bytes
        const qsizetype footer = data.size() - 512;
        data.replace(footer, 8, "conectix");
        data.replace(footer + 48, 8, bigEndian64(virtualSize));
    } else if (format == QLatin1String("vhdx")) {
        data.replace(0, 8, "vhdxfile");
    } else if (format == QLatin1String("iso")) {
        data.replace(0x8001, 5, "CD001");
    }
    return data;
}

} // namespace

class TestSandboxIms final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void iamTokens_data();
    void iamTokens();
    void iamProjectsAndCatalog();
    void tokenExpires();
    void cloudImageFilters_data();
    void cloudImageFilters();
    void cloudImagePaging();
    void pagingFollowsChanges();
    void markerOutsideTheFilter();
    void updateCloudImage_data();
    void updateCloudImage();
    void cloudImagePaths_data();
    void cloudImagePaths();
    void cloudImagePatchIsAtomic();
    void deleteBackup_data();
    void deleteBackup();
    void createFromEcsNeedsAStoppedServer();
    void jobProgressesWithTheClock();
    void createVariants_data();
    void createVariants();
    void quotaIsEnforced();
    void copyWithinRegion();
    void copyAcrossRegions();
    void exportAndRegister();
    void batchMembers();
    void extensionTags();
    void osVersionsAndUnknownJob();
    void simpleRoutes_data();
    void simpleRoutes();
    void serversStart();
    void serversListTheirVolumes();
    void obsImports_data();
    void obsImports();
    void obsAdminObjects();
    void registerChecksTheFile_data();
    void registerChecksTheFile();
    void nativeUpload_data();
    void nativeUpload();
    void uploadOf128GbIsRefusedUnread();
    void nativeCreateRules_data();
    void nativeCreateRules();
    void dataDiskImages_data();
    void dataDiskImages();
    void wholeImageSources_data();
    void wholeImageSources();
    void aBackupMakesOneImage();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_token;
    QString m_project;
    QJsonObject job(const QString &id);
    // `field` of every image `query` lists, following the marker `limit` images at a time.
    QStringList paged(const char *field, const QString &query, int limit = 4);
    QString jobOf(const Reply &reply);
    // `body` with the seeded ids the rows name: WEB01_VDB (a volume, by server and device),
    // SERVER_DB01, BACKUP_WEB01 (the server's CBR backup), of this project and the partner's.
    QByteArray withSeededIds(QByteArray body);
    // The job's final state after its time: "SUCCESS", or the error code of a FAIL.
    QString jobEnd(const QString &jobId);
    QString errorCode(const Reply &reply) const {
        return reply.json().value("error").toObject().value("code").toString();
    }
};

void TestSandboxIms::init() {
    sandbox::SandboxOptions options;
    options.jobSeconds = 10;
    options.images = 30;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->started(), qPrintable(m_sandbox->error()));
    m_token = m_sandbox->login();
    m_project = m_sandbox->env("OS_PROJECT_ID");
}

QJsonObject TestSandboxIms::job(const QString &id) {
    return m_sandbox->get("/v1/" + m_project + "/jobs/" + id, m_token).json();
}

QString TestSandboxIms::jobOf(const Reply &reply) {
    return reply.status == 200 ? reply.json().value("job_id").toString() : QString();
}

QByteArray TestSandboxIms::withSeededIds(QByteArray body) {
    const auto key = [](QString name) { return name.remove('-').toUpper().toLatin1(); };
    for (const QString &token : {m_token, m_sandbox->login(true)}) {
        const QString project =
            token == m_token ? m_project : m_sandbox->env("OS_MEMBER_PROJECT_ID");
        for (const QJsonValue &v : m_sandbox->get("/v1/" + project + "/cloudservers/detail", token)
                                       .json()
                                       .value("servers")
                                       .toArray()) {
            const QJsonObject server = v.toObject();
            const QByteArray name = key(server.value("name").toString());
            body.replace("SERVER_" + name, server.value("id").toString().toLatin1());
            for (const QJsonValue &volume :
                 server.value("os-extended-volumes:volumes_attached").toArray()) {
                const QString device = volume.toObject().value("device").toString().mid(5);
                body.replace(name + "_" + device.toUpper().toLatin1(),
                             volume.toObject().value("id").toString().toLatin1());
            }
        }
    }
    for (const QJsonValue &v :
         m_sandbox->admin("GET", "/_sandbox/backups").json().value("backups").toArray()) {
        const QJsonObject backup = v.toObject(); // named SERVER-daily, SERVER-weekly
        body.replace("BACKUP_" + key(backup.value("name").toString().section('-', 0, -2)),
                     backup.value("id").toString().toLatin1());
    }
    return body;
}

QString TestSandboxIms::jobEnd(const QString &jobId) {
    m_sandbox->advance(10000);
    const QJsonObject j = job(jobId);
    return j.value("status").toString() == QLatin1String("FAIL") ? j.value("error_code").toString()
                                                                 : j.value("status").toString();
}

void TestSandboxIms::iamTokens_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("good") << QByteArray() << 201;
    QTest::newRow("wrong password")
        << SandboxFixture::tokenBody("sandbox-user", "nope", "eu-de") << 401;
    QTest::newRow("unknown user") << SandboxFixture::tokenBody("nobody", "x", "eu-de") << 401;
    QTest::newRow("foreign project") << QByteArray("partner") << 401;
    QTest::newRow("empty") << QByteArray("{}") << 400;
    QTest::newRow("malformed") << QByteArray("{") << 400;
}

void TestSandboxIms::iamTokens() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    if (body.isEmpty())
        body = SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"),
                                         m_sandbox->env("OS_PASSWORD"), "eu-de");
    if (body == "partner")
        body = SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"),
                                         m_sandbox->env("OS_PASSWORD"), "eu-de_partner");
    const Reply r = m_sandbox->request("POST", "/v3/auth/tokens", body);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QVERIFY(r.header("X-Subject-Token").size() > 64);
        const QJsonObject token = r.json().value("token").toObject();
        QCOMPARE(token.value("project").toObject().value("id").toString(), m_project);
        QVERIFY(token.value("expires_at").toString().endsWith("000Z"));
    } else {
        const QJsonObject error = r.json().value("error").toObject();
        QCOMPARE(error.value("code").toInt(), status); // a number in IAM's format
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Keystone uri="));
        QVERIFY(!error.value("title").toString().isEmpty());
    }
}

void TestSandboxIms::iamProjectsAndCatalog() {
    const QJsonObject token =
        m_sandbox
            ->request("POST", "/v3/auth/tokens",
                      SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"),
                                                m_sandbox->env("OS_PASSWORD"), "eu-de"))
            .json()
            .value("token")
            .toObject();
    QStringList found;
    for (const QJsonValue &service : token.value("catalog").toArray())
        for (const QJsonValue &e : service.toObject().value("endpoints").toArray())
            found.append(service.toObject().value("type").toString() + " " +
                         e.toObject().value("region_id").toString() + " " +
                         e.toObject().value("url").toString());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    QVERIFY(found.contains("image eu-de " + base));
    QVERIFY(found.contains("image eu-nl " + base + "/region/eu-nl"));
    QVERIFY(found.contains("ecs eu-de " + base));
    QVERIFY(found.contains("identity eu-de " + base + "/v3"));
    QCOMPARE(
        m_sandbox->request("GET", "/v3").json().value("version").toObject().value("id").toString(),
        QStringLiteral("v3.14"));
    const QJsonArray projects =
        m_sandbox->get("/v3/projects?name=eu-de", m_token).json().value("projects").toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().toObject().value("id").toString(), m_project);
    QCOMPARE(m_sandbox->request("GET", "/v3/projects?name=eu-de").status, 401);
    // An unscoped token: 201 without a project or catalog, good for IAM calls only.
    QJsonObject unscoped =
        QJsonDocument::fromJson(SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"),
                                                          m_sandbox->env("OS_PASSWORD"), "x"))
            .object();
    QJsonObject auth = unscoped["auth"].toObject();
    auth.remove("scope");
    unscoped["auth"] = auth;
    const Reply plain =
        m_sandbox->request("POST", "/v3/auth/tokens", QJsonDocument(unscoped).toJson());
    QCOMPARE(plain.status, 201);
    QVERIFY(!plain.json()["token"].toObject().contains("catalog"));
    QCOMPARE(m_sandbox->get("/v3/auth/projects", plain.header("X-Subject-Token")).status, 200);
    QCOMPARE(m_sandbox->get("/v2/cloudimages", plain.header("X-Subject-Token")).status, 401);
    // Validation and revocation.
    const QString other = m_sandbox->login();
    httplib::Headers check{{"X-Auth-Token", m_token.toStdString()},
                           {"X-Subject-Token", other.toStdString()}};
    const Reply valid = m_sandbox->request("GET", "/v3/auth/tokens", {}, "", check);
    QCOMPARE(valid.status, 200);
    QCOMPARE(valid.json()["token"].toObject()["project"].toObject()["id"].toString(), m_project);
    QCOMPARE(m_sandbox->request("DELETE", "/v3/auth/tokens", {}, "", check).status, 204);
    QCOMPARE(m_sandbox->request("GET", "/v3/auth/tokens", {}, "", check).status, 404);
    QCOMPARE(m_sandbox->get("/v2/cloudimages", other).status, 401); // revoked
    QCOMPARE(m_sandbox->get("/v2/cloudimages", m_token).status, 200);
}

void TestSandboxIms::tokenExpires() {
    m_sandbox->advance(24LL * 3600 * 1000 + 1);
    const Reply r = m_sandbox->get("/v2/cloudimages", m_token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value("error_code").toString(), QStringLiteral("APIG.0301"));
    QVERIFY(r.json().value("error_msg").toString().contains("token expires"));
    QCOMPARE(m_sandbox->request("GET", "/v2/cloudimages").json().value("error_msg").toString(),
             QStringLiteral("Incorrect IAM authentication information: x-auth-token not found"));
}

void TestSandboxIms::cloudImageFilters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("gold") << "__imagetype=gold&visibility=public&protected=true" << 8
                          << "__imagetype"
                          << "gold";
    QTest::newRow("own private") << "__imagetype=private&limit=1000" << 38 << "__imagetype"
                                 << "private";
    // Our two shared images and the one from the partner (accepted, respectively pending).
    QTest::newRow("shared accepted")
        << "member_status=accepted&visibility=shared&__imagetype=shared" << 3 << "__imagetype"
        << "shared";
    QTest::newRow("shared pending")
        << "member_status=pending&visibility=shared&__imagetype=shared" << 3 << "__imagetype"
        << "shared";
    QTest::newRow("os type") << "__os_type=Windows" << 1 << "__platform"
                             << "Windows";
    QTest::newRow("whole image") << "__whole_image=true" << 1 << "name"
                                 << "full-ecs-backup";
    QTest::newRow("status killed") << "status=killed&name=import-failed" << 1 << "status"
                                   << "killed";
    QTest::newRow("virtual_env_type") << "virtual_env_type=DataImage" << 1 << "name"
                                      << "logs-data-disk";
    QTest::newRow("created_at lt") << "created_at=lt:2025-06-01T00:00:00Z" << 8 << "__imagetype"
                                   << "gold";
    QTest::newRow("sort name asc")
        << "__imagetype=gold&sort_key=name&sort_dir=asc&limit=1" << 1 << "name"
        << "Standard_CentOS_7.9_latest";
    QTest::newRow("limit") << "limit=3" << 3 << ""
                           << "";
    QTest::newRow("enterprise project 0")
        << "enterprise_project_id=0&__imagetype=gold" << 8 << "enterprise_project_id"
        << "0";
    QTest::newRow("enterprise project other")
        << "enterprise_project_id=0b1c2d3e-0000-4000-8000-000000000000" << 0 << ""
        << "";
    QTest::newRow("all granted") << "enterprise_project_id=all_granted_eps&__imagetype=gold" << 8
                                 << ""
                                 << "";
    QTest::newRow("architecture arm") << "architecture=arm" << 0 << ""
                                      << "";
    QTest::newRow("architecture x86") << "architecture=x86&__imagetype=gold" << 8 << ""
                                      << "";
}

void TestSandboxIms::cloudImageFilters() {
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Reply r = m_sandbox->get("/v2/cloudimages?" + query, m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains("next")); // no links on the extension list
    const QJsonArray images = r.json().value("images").toArray();
    QCOMPARE(images.size(), count);
    for (const QJsonValue &v : images)
        if (!field.isEmpty())
            QCOMPARE(v.toObject().value(field).toString(), value);
}

void TestSandboxIms::cloudImagePaging() {
    const QStringList ids = paged("id", QString(), 10);
    QCOMPARE(ids.size(),
             m_sandbox->get("/v2/cloudimages", m_token).json().value("images").toArray().size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    const Reply bad = m_sandbox->get("/v2/cloudimages?__imagetype=golden", m_token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0024"));
    QCOMPARE(m_sandbox->get("/v2/cloudimages?limit=x", m_token)
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0001"));
    QCOMPARE(m_sandbox->get("/v2/cloudimages?marker=nope", m_token).status, 400);
    QCOMPARE(m_sandbox->get("/v2/cloudimages?architecture=sparc", m_token)
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0212"));
}

QStringList TestSandboxIms::paged(const char *field, const QString &query, int limit) {
    QStringList values;
    QString marker;
    for (int guard = 0; guard < 50; ++guard) {
        const QJsonArray page =
            m_sandbox
                ->get(QStringLiteral("/v2/cloudimages?limit=%1&").arg(limit) + query +
                          (marker.isEmpty() ? QString() : "&marker=" + marker),
                      m_token)
                .json()
                .value("images")
                .toArray();
        for (const QJsonValue &v : page)
            values.append(v.toObject().value(QLatin1String(field)).toString());
        if (page.size() < limit)
            break;
        marker = page.last().toObject().value("id").toString();
    }
    return values;
}

void TestSandboxIms::pagingFollowsChanges() {
    // The sandbox keeps a sorted listing, and each image's JSON, until something changes: what
    // was read before a rename or a delete must not be served after it.
    const QString byName = "__imagetype=private&sort_key=name&sort_dir=asc";
    const QStringList before = paged("name", byName);
    QVERIFY(before.contains("web-frontend-2025"));
    QVERIFY(std::is_sorted(before.begin(), before.end()));
    const QString id = m_sandbox->imageId("web-frontend-2025", m_token);
    const Reply renamed = m_sandbox->request(
        "PATCH", "/v2/cloudimages/" + id,
        R"([{"op":"replace","path":"/name","value":"aaa-renamed"}])",
        "application/json;charset=UTF-8", {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(renamed.status, 200);
    const QStringList afterRename = paged("name", byName);
    QCOMPARE(afterRename.size(), before.size());
    QCOMPARE(afterRename.first(), QStringLiteral("aaa-renamed"));
    QVERIFY(!afterRename.contains("web-frontend-2025"));
    QCOMPARE(m_sandbox
                 ->request("DELETE", "/v2/images/" + id, {}, {},
                           {{"X-Auth-Token", m_token.toStdString()}})
                 .status,
             204);
    const QStringList afterDelete = paged("name", byName);
    QCOMPARE(afterDelete.size(), before.size() - 1);
    QVERIFY(!afterDelete.contains("aaa-renamed"));
}

void TestSandboxIms::markerOutsideTheFilter() {
    // Glance's rule: the marker need only be visible; the page starts where it would sort.
    const QStringList all = paged("name", "sort_key=name&sort_dir=asc");
    const QStringList own = paged("name", "__imagetype=private&sort_key=name&sort_dir=asc");
    const QString publicName = "Standard_Debian_12_latest";
    QVERIFY(all.contains(publicName) && !own.contains(publicName));
    const QString marker = m_sandbox->imageId(publicName, m_token);
    const QJsonArray page = m_sandbox
                                ->get("/v2/cloudimages?__imagetype=private&sort_key=name&"
                                      "sort_dir=asc&limit=100&marker=" +
                                          marker,
                                      m_token)
                                .json()
                                .value("images")
                                .toArray();
    QStringList after;
    for (const QString &name : own)
        if (name > publicName)
            after << name;
    QStringList names;
    for (const QJsonValue &v : page)
        names << v.toObject().value("name").toString();
    QCOMPARE(names, after);
}

void TestSandboxIms::updateCloudImage_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code"); // empty: 200
    QTest::newRow("rename") << "web-frontend-2025"
                            << QByteArray(R"([{"op":"replace","path":"/name","value":"ims_test"}])")
                            << "";
    QTest::newRow("description") << "web-frontend-2025"
                                 << QByteArray(
                                        R"([{"op":"add","path":"/__description","value":"d"}])")
                                 << "";
    QTest::newRow("min_ram as string")
        << "web-frontend-2025"
        << QByteArray(R"([{"op":"replace","path":"/min_ram","value":"1024"}])") << "";
    QTest::newRow("bad name") << "web-frontend-2025"
                              << QByteArray(R"([{"op":"replace","path":"/name","value":"a<b"}])")
                              << "IMG.0003";
    QTest::newRow("long name") << "web-frontend-2025"
                               << QByteArray(R"([{"op":"replace","path":"/name","value":")" +
                                             QByteArray(129, 'a') + "\"}]")
                               << "IMG.0002";
    QTest::newRow("bad description")
        << "web-frontend-2025"
        << QByteArray(R"([{"op":"replace","path":"/__description","value":"a\nb"}])") << "IMG.0054";
    QTest::newRow("bad firmware")
        << "web-frontend-2025"
        << QByteArray(R"([{"op":"replace","path":"/hw_firmware_type","value":"efi"}])")
        << "IMG.0141";
    QTest::newRow("data image") << "logs-data-disk"
                                << QByteArray(R"([{"op":"replace","path":"/name","value":"x"}])")
                                << "IMG.0168";
    QTest::newRow("not active") << "upload-pending"
                                << QByteArray(R"([{"op":"replace","path":"/name","value":"x"}])")
                                << "IMG.0046";
    QTest::newRow("not owner") << "Standard_Debian_12_latest"
                               << QByteArray(R"([{"op":"replace","path":"/name","value":"x"}])")
                               << "IMG.0047";
    QTest::newRow("empty body") << "web-frontend-2025" << QByteArray() << "IMG.0007";
    QTest::newRow("malformed") << "web-frontend-2025" << QByteArray("[{") << "IMG.0001";
}

void TestSandboxIms::updateCloudImage() {
    QFETCH(QString, image);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const QString id = m_sandbox->imageId(image, m_token);
    QVERIFY(!id.isEmpty());
    const Reply r =
        m_sandbox->request("PATCH", "/v2/cloudimages/" + id, body, "application/json;charset=UTF-8",
                           {{"X-Auth-Token", m_token.toStdString()}});
    if (code.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("id").toString(), id);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("error").toObject().value("code").toString(), code);
    }
}

// One op per row on web-frontend-2025 through PATCH /v2/cloudimages (SPEC §5.2): every updatable
// path takes a string value (min_ram too; a JSON number is accepted as well, the sandbox's
// choice), and base attributes outside the list are refused with IMG.0001.
void TestSandboxIms::cloudImagePaths_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("shown"); // the attribute in the answer; Undefined: not checked
    QTest::addColumn<QString>("code");     // empty: 200
    for (const char *flag : {"__support_xen", "__support_largememory", "__support_diskintensive",
                             "__support_highperformance", "__support_xen_hana", "__is_config_init",
                             "__support_kvm_infiniband", "__support_fc_inject", "__support_amd",
                             "__support_kvm_hi1822_hisriov", "__support_kvm_hi1822_hivirtionet",
                             "hw_vif_multiqueue_enabled"})
        QTest::newRow(flag) << QStringLiteral("/") + QLatin1String(flag) << QJsonValue("true")
                            << QJsonValue("true") << "";
    QTest::newRow("__support_xen_gpu_type")
        << "/__support_xen_gpu_type" << QJsonValue("M60_vGPU") << QJsonValue("M60_vGPU") << "";
    QTest::newRow("__support_kvm_gpu_type")
        << "/__support_kvm_gpu_type" << QJsonValue("V100") << QJsonValue("V100") << "";
    QTest::newRow("enterprise_project_id")
        << "/enterprise_project_id" << QJsonValue("0") << QJsonValue("0") << "";
    QTest::newRow("hw_firmware_type")
        << "/hw_firmware_type" << QJsonValue("uefi") << QJsonValue("uefi") << "";
    QTest::newRow("name") << "/name" << QJsonValue("renamed") << QJsonValue("renamed") << "";
    QTest::newRow("__description")
        << "/__description" << QJsonValue("about") << QJsonValue("about") << "";
    QTest::newRow("min_ram string") << "/min_ram" << QJsonValue("1024") << QJsonValue(1024) << "";
    QTest::newRow("min_ram number") << "/min_ram" << QJsonValue(2048) << QJsonValue(2048) << "";
    QTest::newRow("min_ram fraction")
        << "/min_ram" << QJsonValue(1024.5) << QJsonValue() << "IMG.0055";
    QTest::newRow("min_ram not a number")
        << "/min_ram" << QJsonValue("lots") << QJsonValue() << "IMG.0055";
    QTest::newRow("max_ram string") << "/max_ram" << QJsonValue("4096") << QJsonValue("4096") << "";
    QTest::newRow("max_ram number") << "/max_ram" << QJsonValue(4096) << QJsonValue("4096") << "";
    QTest::newRow("extension attribute")
        << "/color" << QJsonValue("blue") << QJsonValue("blue") << "";
    QTest::newRow("upper-case extension")
        << "/Color" << QJsonValue("blue") << QJsonValue() << "IMG.0001";
    for (const char *fixed : {"protected", "min_disk", "tags", "visibility", "disk_format",
                              "container_format", "os_hidden", "virtual_env_type", "status",
                              "owner", "size", "__imagetype", "__isregistered"})
        QTest::newRow(fixed) << QStringLiteral("/") + QLatin1String(fixed) << QJsonValue("1")
                             << QJsonValue() << "IMG.0001";
}

void TestSandboxIms::cloudImagePaths() {
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, shown);
    QFETCH(QString, code);
    const QString id = m_sandbox->imageId("web-frontend-2025", m_token);
    const QJsonObject before = m_sandbox->get("/v2/images/" + id, m_token).json();
    const Reply r = m_sandbox->send(
        "PATCH", "/v2/cloudimages/" + id, m_token,
        QJsonArray{QJsonObject{{"op", "replace"}, {"path", path}, {"value", value}}},
        "application/json;charset=UTF-8");
    const QString key = path.mid(1);
    if (code.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(key), shown);
        QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value(key), shown);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("error").toObject().value("code").toString(), code);
        QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value(key), before.value(key));
    }
}

void TestSandboxIms::cloudImagePatchIsAtomic() {
    const QString id = m_sandbox->imageId("db-golden", m_token);
    const Reply r = m_sandbox->send(
        "PATCH", "/v2/cloudimages/" + id, m_token,
        QJsonArray{QJsonObject{{"op", "replace"}, {"path", "/name"}, {"value", "half"}},
                   QJsonObject{{"op", "replace"}, {"path", "/protected"}, {"value", "false"}}});
    QCOMPARE(r.json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0001"));
    const QJsonObject image = m_sandbox->get("/v2/images/" + id, m_token).json();
    QCOMPARE(image.value("name").toString(), QStringLiteral("db-golden"));
    QCOMPARE(image.value("protected").toBool(), true);
}

// DELETE /v2/images/{id} with {"delete_backup": true} also deletes a full-ECS image's backup
// (SPEC §6.6); the admin API lists what was deleted, so that a test can tell what a client sent.
void TestSandboxIms::deleteBackup_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("backupDeleted");
    QTest::newRow("delete_backup true")
        << "full-ecs-backup" << QByteArray(R"({"delete_backup": true})") << true;
    QTest::newRow("no body") << "full-ecs-backup" << QByteArray() << false;
    QTest::newRow("delete_backup false")
        << "full-ecs-backup" << QByteArray(R"({"delete_backup": false})") << false;
    QTest::newRow("delete_backup as a string")
        << "full-ecs-backup" << QByteArray(R"({"delete_backup": "true"})") << false;
    QTest::newRow("not a full-ECS image")
        << "web-frontend-2025" << QByteArray(R"({"delete_backup": true})") << false;
}

void TestSandboxIms::deleteBackup() {
    QFETCH(QString, image);
    QFETCH(QByteArray, body);
    QFETCH(bool, backupDeleted);
    const QString id = m_sandbox->imageId(image, m_token);
    const QJsonObject shown = m_sandbox->get("/v2/images/" + id, m_token).json();
    const QString backup = shown.value("__backup_id").toString();
    if (image == QLatin1String("full-ecs-backup")) {
        QCOMPARE(shown.value("__whole_image").toString(), QStringLiteral("true"));
        QVERIFY(!backup.isEmpty());
    }
    const Reply r = m_sandbox->request("DELETE", "/v2/images/" + id, body, "application/json",
                                       {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(r.status, 204);
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).status, 404);
    const QJsonArray deleted = m_sandbox->admin("GET", "/_sandbox/deleted-backups")
                                   .json()
                                   .value("deleted_backups")
                                   .toArray();
    QCOMPARE(deleted.size(), backupDeleted ? 1 : 0);
    if (backupDeleted) {
        QCOMPARE(deleted.first().toObject().value("backup_id").toString(), backup);
        QCOMPARE(deleted.first().toObject().value("image_id").toString(), id);
        QCOMPARE(deleted.first().toObject().value("project_id").toString(), m_project);
    }
    QCOMPARE(m_sandbox->request("GET", "/_sandbox/deleted-backups").status, 401);
}

void TestSandboxIms::createFromEcsNeedsAStoppedServer() {
    const QJsonArray servers = m_sandbox->get("/v1/" + m_project + "/cloudservers/detail", m_token)
                                   .json()
                                   .value("servers")
                                   .toArray();
    QCOMPARE(servers.size(), 3);
    QString running;
    for (const QJsonValue &s : servers)
        if (s.toObject().value("status").toString() == QLatin1String("ACTIVE"))
            running = s.toObject().value("id").toString();
    QVERIFY(!running.isEmpty());
    const auto create = [&](const QString &server) {
        return m_sandbox->send("POST", "/v2/cloudimages/action", m_token,
                               QJsonObject{{"name", "from-ecs"}, {"instance_id", server}});
    };
    QCOMPARE(create("877a2cda-ba63-4e1e-b95f-e67e48b6129a")
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0005"));
    QCOMPARE(create(running).json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0008"));
    // Stop it (asynchronous), then the image can be made.
    const Reply stop = m_sandbox->send(
        "POST", "/v1/" + m_project + "/cloudservers/action", m_token,
        QJsonObject{{"os-stop", QJsonObject{{"servers", QJsonArray{QJsonObject{{"id", running}}}},
                                            {"type", "SOFT"}}}});
    const QString stopJob = jobOf(stop);
    QVERIFY(!stopJob.isEmpty());
    QCOMPARE(create(running).json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0010")); // in progress
    QCOMPARE(m_sandbox->get("/v1/" + m_project + "/cloudservers/" + running, m_token)
                 .json()
                 .value("server")
                 .toObject()
                 .value("OS-EXT-STS:task_state")
                 .toString(),
             QStringLiteral("powering-off"));
    m_sandbox->advance(10000);
    QCOMPARE(job(stopJob).value("status").toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox->get("/v1/" + m_project + "/cloudservers/" + running, m_token)
                 .json()
                 .value("server")
                 .toObject()
                 .value("status")
                 .toString(),
             QStringLiteral("SHUTOFF"));
    QVERIFY(!jobOf(create(running)).isEmpty());
    QCOMPARE(m_sandbox->get("/v1/" + m_project + "/cloudservers/detail?status=SHUTOFF", m_token)
                 .json()
                 .value("count")
                 .toInt(),
             3);
}

void TestSandboxIms::jobProgressesWithTheClock() {
    QString stopped;
    for (const QJsonValue &s :
         m_sandbox->get("/v1/" + m_project + "/cloudservers/detail?status=SHUTOFF", m_token)
             .json()
             .value("servers")
             .toArray())
        stopped = s.toObject().value("id").toString();
    const QString id = jobOf(m_sandbox->send("POST", "/v2/cloudimages/action", m_token,
                                             QJsonObject{{"name", "clocked"},
                                                         {"instance_id", stopped},
                                                         {"tags", QJsonArray{"env.test"}}}));
    QVERIFY(!id.isEmpty());
    QCOMPARE(id.size(), 32);
    QCOMPARE(job(id).value("status").toString(), QStringLiteral("INIT"));
    QVERIFY(m_sandbox->imageId("clocked", m_token).isEmpty());
    m_sandbox->advance(3000);
    QJsonObject j = job(id);
    QCOMPARE(j.value("status").toString(), QStringLiteral("RUNNING"));
    const double first = j.value("entities").toObject().value("process_percent").toDouble();
    QVERIFY(first > 0 && first < 1);
    QVERIFY(!j.value("entities").toObject().value("current_task").toString().isEmpty());
    QCOMPARE(j.value("end_time").toString(), QString());
    const QString imageId = m_sandbox->imageId("clocked", m_token);
    QVERIFY(!imageId.isEmpty());
    QCOMPARE(m_sandbox->get("/v2/images/" + imageId, m_token).json().value("status").toString(),
             QStringLiteral("saving"));
    m_sandbox->advance(4000);
    QVERIFY(job(id).value("entities").toObject().value("process_percent").toDouble() > first);
    m_sandbox->advance(4000);
    j = job(id);
    QCOMPARE(j.value("status").toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(j.value("entities").toObject().value("image_id").toString(), imageId);
    QCOMPARE(j.value("entities").toObject().value("process_percent").toDouble(), 1.0);
    QVERIFY(!j.value("end_time").toString().isEmpty());
    QCOMPARE(j.value("job_type").toString(), QStringLiteral("imsCreateImageByInstance"));
    const QJsonObject image = m_sandbox->get("/v2/images/" + imageId, m_token).json();
    QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(image.value("tags").toArray(), QJsonArray{"env=test"});
    QVERIFY(image.value("__data_origin").toString().startsWith("instance,"));
    // The progress API gives the same job without a project id in the path.
    QCOMPARE(m_sandbox->get("/v1/cloudimages/job/" + id, m_token).json().value("status").toString(),
             QStringLiteral("SUCCESS"));
    // Another project does not see the job.
    QCOMPARE(m_sandbox->get("/v1/cloudimages/job/" + id, m_sandbox->login(true)).status, 404);

    // A file whose name contains "fail" makes the import fail with IMG.0057.
    const QString failing = jobOf(m_sandbox->send(
        "POST", "/v2/cloudimages/action", m_token,
        QJsonObject{{"name", "doomed"}, {"image_url", "bucket:fail.qcow2"}, {"min_disk", 40}}));
    m_sandbox->advance(5000);
    QVERIFY(!m_sandbox->imageId("doomed", m_token).isEmpty()); // saving while it runs
    m_sandbox->advance(6000);
    j = job(failing);
    QCOMPARE(j.value("status").toString(), QStringLiteral("FAIL"));
    QCOMPARE(j.value("error_code").toString(), QStringLiteral("IMG.0057"));
    QVERIFY(!j.value("fail_reason").toString().isEmpty());
    QVERIFY(m_sandbox->imageId("doomed", m_token).isEmpty());
}

void TestSandboxIms::createVariants_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("result"); // job type, or an error code
    QTest::addColumn<int>("images");
    QTest::newRow("file")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"name":"f","image_url":"imsdesk-images:ubuntu-22.04.qcow2","min_disk":40,"os_version":"CentOS 7.6 64bit"})")
        << "imsImportImageJob" << 1;
    QTest::newRow("file with data disk")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"name":"f","image_url":"imsdesk-images:ubuntu-22.04.qcow2","min_disk":40,"data_images":[{"name":"d1","image_url":"imsdesk-images:logs-data-100g.raw","min_disk":100}]})")
        << "imsImportImageJob" << 2;
    QTest::newRow("file bad url") << "/v2/cloudimages/action"
                                  << QByteArray(
                                         R"({"name":"f","image_url":"nocolon","min_disk":40})")
                                  << "IMG.0017" << 0;
    QTest::newRow("file bad os")
        << "/v2/cloudimages/action"
        << QByteArray(R"({"name":"f","image_url":"b:o","min_disk":40,"os_version":"Plan9"})")
        << "IMG.0056" << 0;
    QTest::newRow("iso without os")
        << "/v2/cloudimages/action"
        << QByteArray(R"({"name":"f","image_url":"b:o.iso","min_disk":40,"type":"IsoImage"})")
        << "IMG.0166" << 0;
    QTest::newRow("volume")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"name":"v","volume_id":"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30","os_version":"CentOS 7.0 64bit"})")
        << "imsVolumeCreateImageJob" << 1;
    QTest::newRow("data disks of ecs")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"data_images":[{"name":"d1","volume_id":"DB01_VDB"},{"name":"d2","volume_id":"DB01_VDC"}]})")
        << "imsVolumesToSysDataImagesJob" << 2;
    QTest::newRow("no name") << "/v2/cloudimages/action" << QByteArray(R"({"instance_id":"x"})")
                             << "IMG.0013" << 0;
    QTest::newRow("tags and image_tags")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"name":"t","image_url":"b:o","min_disk":40,"tags":["a.b"],"image_tags":[{"key":"a","value":"b"}]})")
        << "IMG.0001" << 0;
    QTest::newRow("eleven tags")
        << "/v2/cloudimages/action"
        << QByteArray(
               R"({"name":"t","image_url":"b:o","min_disk":40,"tags":["a.1","b.1","c.1","d.1","e.1","f.1","g.1","h.1","i.1","j.1","k.1"]})")
        << "IMG.0116" << 0;
    QTest::newRow("quick import")
        << "/v2/cloudimages/quickimport/action"
        << QByteArray(
               R"({"name":"q","image_url":"imsdesk-images:euler-2.9.zvhd2","min_disk":40,"os_version":"CentOS 7.6 64bit"})")
        << "imsImportImageJob" << 1;
    QTest::newRow("quick import data")
        << "/v2/cloudimages/quickimport/action"
        << QByteArray(
               R"({"name":"q","image_url":"imsdesk-images:euler-2.9.zvhd2","min_disk":40,"type":"DataImage"})")
        << "imsImportDataImageJob" << 1;
    QTest::newRow("data image")
        << "/v1/cloudimages/dataimages/action"
        << QByteArray(
               R"({"name":"fedora-data1","image_url":"imsdesk-images:logs-data-100g.raw","min_disk":100,"tags":["aaa.111"],"os_type":"Linux"})")
        << "imsImportDataImageJob" << 1;
    QTest::newRow("data image small disk")
        << "/v1/cloudimages/dataimages/action"
        << QByteArray(R"({"name":"x","image_url":"b:o","min_disk":20})") << "IMG.0055" << 0;
    QTest::newRow("whole from backup")
        << "/v1/cloudimages/wholeimages/action"
        << QByteArray(R"({"name":"w","backup_id":"BACKUP_WEB01","whole_image_type":"CBR"})")
        << "imsCreateWholeImageByBackupJob" << 1;
    QTest::newRow("whole without source")
        << "/v1/cloudimages/wholeimages/action" << QByteArray(R"({"name":"w"})") << "IMG.0019" << 0;
    QTest::newRow("empty body") << "/v2/cloudimages/action" << QByteArray() << "IMG.0007" << 0;
}

void TestSandboxIms::createVariants() {
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, result);
    QFETCH(int, images);
    body = withSeededIds(body);
    const Reply r = m_sandbox->request("POST", path, body, "application/json",
                                       {{"X-Auth-Token", m_token.toStdString()}});
    if (result.startsWith("IMG.")) {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("error").toObject().value("code").toString(), result);
        return;
    }
    QCOMPARE(r.status, 200);
    m_sandbox->advance(10000);
    const QJsonObject j = job(jobOf(r));
    QCOMPARE(j.value("job_type").toString(), result);
    QCOMPARE(j.value("status").toString(), QStringLiteral("SUCCESS"));
    const QString imageId = j.value("entities").toObject().value("image_id").toString();
    QCOMPARE(m_sandbox->get("/v2/images/" + imageId, m_token).json().value("status").toString(),
             QStringLiteral("active"));
    QCOMPARE(images > 1, j.value("entities").toObject().contains("sub_jobs_result"));
}

void TestSandboxIms::quotaIsEnforced() {
    const QJsonObject quota = m_sandbox->get("/v1/cloudimages/quota", m_token)
                                  .json()
                                  .value("quotas")
                                  .toObject()
                                  .value("resources")
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(quota.value("type").toString(), QStringLiteral("image"));
    const int used = quota.value("used").toInt();
    QCOMPARE(used, 40); // 10 seeded + 30 --images
    QCOMPARE(m_sandbox
                 ->admin("PUT", "/_sandbox/quota",
                         QJsonDocument(QJsonObject{{"project_id", m_project}, {"images", used + 1}})
                             .toJson())
                 .status,
             204);
    const QByteArray body =
        R"({"name":"q1","image_url":"imsdesk-images:ubuntu-22.04.qcow2","min_disk":40})";
    QCOMPARE(m_sandbox
                 ->request("POST", "/v2/cloudimages/action", body, "application/json",
                           {{"X-Auth-Token", m_token.toStdString()}})
                 .status,
             200);
    const Reply over =
        m_sandbox->request("POST", "/v2/cloudimages/action", body, "application/json",
                           {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(over.status, 400);
    QCOMPARE(over.json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0015"));
    QCOMPARE(m_sandbox->send("POST", "/v2/images", m_token, QJsonObject{{"name", "native"}})
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0015"));
}

void TestSandboxIms::copyWithinRegion() {
    const QString source = m_sandbox->imageId("web-frontend-2025", m_token);
    const auto copy = [&](const QString &id, const QJsonObject &body) {
        return m_sandbox->send("POST", "/v1/cloudimages/" + id + "/copy", m_token, body);
    };
    const QString encrypted =
        jobOf(copy(source, {{"name", "ims_encrypted_copy"},
                            {"cmk_id", "bd66288c-9081-460a-8227-4cbd0c814cb4"}}));
    const QString plain = jobOf(
        copy(m_sandbox->imageId("build-agent-encrypted", m_token), {{"name", "decrypted_copy"}}));
    m_sandbox->advance(10000);
    const QJsonObject a =
        m_sandbox
            ->get("/v2/images/" +
                      job(encrypted).value("entities").toObject().value("image_id").toString(),
                  m_token)
            .json();
    QCOMPARE(a.value("__system__cmkid").toString(),
             QStringLiteral("bd66288c-9081-460a-8227-4cbd0c814cb4"));
    QCOMPARE(a.value("__originalimagename").toString(), source);
    QCOMPARE(job(encrypted).value("job_type").toString(),
             QStringLiteral("imsCopyImageInRegionJob"));
    const QJsonObject b =
        m_sandbox
            ->get("/v2/images/" +
                      job(plain).value("entities").toObject().value("image_id").toString(),
                  m_token)
            .json();
    QVERIFY(!b.contains("__system__cmkid"));
    QCOMPARE(copy(m_sandbox->imageId("full-ecs-backup", m_token), {{"name", "x"}})
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0130"));
    QCOMPARE(copy(m_sandbox->imageId("upload-pending", m_token), {{"name", "x"}})
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0046"));
    QCOMPARE(copy(source, {}).json().value("error").toObject().value("code").toString(),
             QStringLiteral("IMG.0013"));
    // A shared image must be accepted first.
    const QString pending = m_sandbox->imageId("partner-monitoring", m_token);
    QVERIFY(pending.isEmpty()); // not in the default list while pending
    QString pendingId;
    for (const QJsonValue &v :
         m_sandbox
             ->get("/v2/cloudimages?member_status=pending&visibility=shared&__imagetype=shared",
                   m_token)
             .json()
             .value("images")
             .toArray())
        if (v.toObject().value("name").toString() == QLatin1String("partner-monitoring"))
            pendingId = v.toObject().value("id").toString();
    QCOMPARE(
        copy(pendingId, {{"name", "x"}}).json().value("error").toObject().value("code").toString(),
        QStringLiteral("IMG.0196"));
    QVERIFY(!jobOf(copy(m_sandbox->imageId("partner-hardened-base", m_token),
                        {{"name", "accepted-copy"}}))
                 .isEmpty());
}

void TestSandboxIms::copyAcrossRegions() {
    const QString source = m_sandbox->imageId("web-frontend-2025", m_token);
    const auto copy = [&](const QJsonObject &body, const QString &id = {}) {
        return m_sandbox->send(
            "POST", "/v1/cloudimages/" + (id.isEmpty() ? source : id) + "/cross_region_copy",
            m_token, body);
    };
    const QJsonObject good{{"name", "in-nl"},
                           {"region", "eu-nl"},
                           {"project_name", "eu-nl"},
                           {"agency_name", "ims_admin_agency"}};
    const QString id = jobOf(copy(good));
    QVERIFY(!id.isEmpty());
    const auto code = [](const Reply &r) {
        return r.json().value("error").toObject().value("code").toString();
    };
    QCOMPARE(
        code(copy(
            {{"name", "x"}, {"region", "eu-de"}, {"project_name", "eu-de"}, {"agency_name", "a"}})),
        QStringLiteral("IMG.0001"));
    QCOMPARE(code(copy({{"name", "x"},
                        {"region", "eu-nl"},
                        {"project_name", "eu-de_partner"},
                        {"agency_name", "a"}})),
             QStringLiteral("IMG.0067"));
    QCOMPARE(code(copy({{"name", "x"}, {"region", "eu-nl"}, {"project_name", "eu-nl"}})),
             QStringLiteral("IMG.0001"));
    QCOMPARE(code(copy(good, m_sandbox->imageId("build-agent-encrypted", m_token))),
             QStringLiteral("IMG.0001"));
    m_sandbox->advance(10000);
    const QJsonObject j = job(id);
    QCOMPARE(j.value("status").toString(), QStringLiteral("SUCCESS"));
    const QString copied = j.value("entities").toObject().value("image_id").toString();
    // The copy lives in eu-nl, owned by the eu-nl project; eu-de does not list it.
    QCOMPARE(m_sandbox->get("/v2/images/" + copied, m_token).status, 404);
    const Reply nlToken =
        m_sandbox->request("POST", "/v3/auth/tokens",
                           SandboxFixture::tokenBody(m_sandbox->env("OS_USERNAME"),
                                                     m_sandbox->env("OS_PASSWORD"), "eu-nl"));
    const QString nl = nlToken.header("X-Subject-Token");
    const QJsonObject image = m_sandbox->get("/region/eu-nl/v2/images/" + copied, nl).json();
    QCOMPARE(image.value("name").toString(), QStringLiteral("in-nl"));
    QCOMPARE(image.value("owner").toString(), nlToken.json()
                                                  .value("token")
                                                  .toObject()
                                                  .value("project")
                                                  .toObject()
                                                  .value("id")
                                                  .toString());
    // At most five at once.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!jobOf(copy(good)).isEmpty());
    QCOMPARE(code(copy(good)), QStringLiteral("IMG.0060"));
}

void TestSandboxIms::exportAndRegister() {
    const QString own = m_sandbox->imageId("web-frontend-2025", m_token);
    const auto exportImage = [&](const QString &id, const QJsonObject &body) {
        return m_sandbox->send("POST", "/v1/cloudimages/" + id + "/file", m_token, body);
    };
    const QString id = jobOf(
        exportImage(own, {{"bucket_url", "ims-image:centos7_5.qcow2"}, {"file_format", "qcow2"}}));
    QVERIFY(!id.isEmpty());
    const auto code = [](const Reply &r) {
        return r.json().value("error").toObject().value("code").toString();
    };
    QCOMPARE(code(exportImage(m_sandbox->imageId("Standard_Debian_12_latest", m_token),
                              {{"bucket_url", "b:o"}, {"file_format", "qcow2"}})),
             QStringLiteral("IMG.0077"));
    QCOMPARE(code(exportImage(own, {{"bucket_url", "b:o"}, {"file_format", "exe"}})),
             QStringLiteral("IMG.0072"));
    QCOMPARE(code(exportImage(m_sandbox->imageId("full-ecs-backup", m_token),
                              {{"bucket_url", "b:o"}, {"file_format", "qcow2"}})),
             QStringLiteral("IMG.0128"));
    QVERIFY(!jobOf(exportImage(own, {{"bucket_url", "b:o"}, {"is_quick_export", true}})).isEmpty());
    m_sandbox->advance(10000);
    QCOMPARE(job(id).value("job_type").toString(), QStringLiteral("imsNativeExportImageJob"));
    QCOMPARE(job(id).value("status").toString(), QStringLiteral("SUCCESS"));

    // Register a file into a queued native image.
    const QString queued = m_sandbox
                               ->send("POST", "/v2/images", m_token,
                                      QJsonObject{{"name", "to-register"},
                                                  {"disk_format", "qcow2"},
                                                  {"container_format", "bare"}})
                               .json()
                               .value("id")
                               .toString();
    const QString reg =
        jobOf(m_sandbox->send("PUT", "/v1/cloudimages/" + queued + "/upload", m_token,
                              QJsonObject{{"image_url", "imsdesk-images:windows-2022.vmdk"}}));
    QVERIFY(!reg.isEmpty());
    QCOMPARE(code(m_sandbox->send("PUT", "/v1/cloudimages/" + own + "/upload", m_token,
                                  QJsonObject{{"image_url", "bucket:x"}})),
             QStringLiteral("IMG.0046"));
    m_sandbox->advance(10000);
    QCOMPARE(job(reg).value("job_type").toString(), QStringLiteral("imsNativeImportImageJob"));
    QCOMPARE(m_sandbox->get("/v2/images/" + queued, m_token).json().value("status").toString(),
             QStringLiteral("active"));
}

void TestSandboxIms::batchMembers() {
    const QString member = m_sandbox->env("OS_MEMBER_PROJECT_ID");
    const QString image = m_sandbox->imageId("web-frontend-2025", m_token);
    const auto code = [](const Reply &r) {
        return r.json().value("error").toObject().value("code").toString();
    };
    const auto members = [&](const std::string &method, const QJsonObject &body,
                             const QString &token) {
        return m_sandbox->send(method, "/v1/cloudimages/members", token, body);
    };
    QCOMPARE(
        code(members("POST", {{"images", QJsonArray{image}}, {"projects", QJsonArray{m_project}}},
                     m_token)),
        QStringLiteral("IMG.0076"));
    QCOMPARE(code(members(
                 "POST",
                 {{"images", QJsonArray{m_sandbox->imageId("Standard_Debian_12_latest", m_token)}},
                  {"projects", QJsonArray{member}}},
                 m_token)),
             QStringLiteral("IMG.0089"));
    QCOMPARE(
        code(members("POST",
                     {{"images", QJsonArray{m_sandbox->imageId("build-agent-encrypted", m_token)}},
                      {"projects", QJsonArray{member}}},
                     m_token)),
        QStringLiteral("IMG.0098"));
    QCOMPARE(code(members("POST", {{"images", QJsonArray{image}}}, m_token)),
             QStringLiteral("IMG.0001"));
    const QString id = jobOf(members(
        "POST", {{"images", QJsonArray{image}}, {"projects", QJsonArray{member}}}, m_token));
    QVERIFY(!id.isEmpty());
    m_sandbox->advance(10000);
    const QJsonObject j = job(id);
    QCOMPARE(j.value("job_type").toString(), QStringLiteral("imsAddImageMembersJob"));
    QCOMPARE(j.value("entities")
                 .toObject()
                 .value("results")
                 .toArray()
                 .first()
                 .toObject()
                 .value("status")
                 .toString(),
             QStringLiteral("success"));
    // The recipient sees it as pending, accepts it, and then lists it.
    const QString memberToken = m_sandbox->login(true);
    const auto sharedNames = [&](const char *status) {
        QStringList names;
        for (const QJsonValue &v :
             m_sandbox
                 ->get(QStringLiteral(
                           "/v2/cloudimages?visibility=shared&__imagetype=shared&member_status=") +
                           QLatin1String(status),
                       memberToken)
                 .json()
                 .value("images")
                 .toArray())
            names.append(v.toObject().value("name").toString());
        return names;
    };
    QVERIFY(sharedNames("pending").contains("web-frontend-2025"));
    QCOMPARE(code(members(
                 "PUT",
                 {{"images", QJsonArray{image}}, {"project_id", m_project}, {"status", "accepted"}},
                 memberToken)),
             QStringLiteral("IMG.0030"));
    QVERIFY(
        !jobOf(members(
                   "PUT",
                   {{"images", QJsonArray{image}}, {"project_id", member}, {"status", "accepted"}},
                   memberToken))
             .isEmpty());
    QVERIFY(sharedNames("accepted").contains("web-frontend-2025"));
    QVERIFY(
        !jobOf(members("DELETE", {{"images", QJsonArray{image}}, {"projects", QJsonArray{member}}},
                       m_token))
             .isEmpty());
    QVERIFY(!sharedNames("accepted").contains("web-frontend-2025"));
}

void TestSandboxIms::extensionTags() {
    const QString image = m_sandbox->imageId("db-golden", m_token);
    const QString base = "/v2/" + m_project + "/images/" + image + "/tags";
    QCOMPARE(m_sandbox
                 ->send("POST", base, m_token,
                        QJsonObject{{"tag", QJsonObject{{"key", "key1"}, {"value", "value1"}}}})
                 .status,
             204);
    QCOMPARE(m_sandbox
                 ->send("POST", base, m_token,
                        QJsonObject{{"tag", QJsonObject{{"key", "key1"}, {"value", "value2"}}}})
                 .status,
             204);
    QCOMPARE(m_sandbox
                 ->send("POST", base, m_token,
                        QJsonObject{{"tag", QJsonObject{{"key", "bad key!"}, {"value", "v"}}}})
                 .json()
                 .value("error")
                 .toObject()
                 .value("code")
                 .toString(),
             QStringLiteral("IMG.0115"));
    QCOMPARE(m_sandbox
                 ->send("POST", base + "/action", m_token,
                        QJsonObject{{"action", "create"},
                                    {"tags", QJsonArray{QJsonObject{{"key", "a"}, {"value", "1"}},
                                                        QJsonObject{{"key", "b"}, {"value", ""}}}}})
                 .status,
             204);
    const QJsonArray tags = m_sandbox->get(base, m_token).json().value("tags").toArray();
    QVERIFY(tags.contains(QJsonObject{{"key", "key1"}, {"value", "value2"}}));
    QVERIFY(tags.contains(QJsonObject{{"key", "b"}, {"value", ""}}));
    QCOMPARE(tags.size(), 4); // env=prod from the seed, key1, a, b
    QCOMPARE(m_sandbox->send("DELETE", base + "/a", m_token, {}).status, 204);
    QCOMPARE(m_sandbox->send("DELETE", base + "/a", m_token, {}).status, 404);
    QCOMPARE(m_sandbox
                 ->send("POST", base + "/action", m_token,
                        QJsonObject{{"action", "delete"},
                                    {"tags", QJsonArray{QJsonObject{{"key", "zzz"}}}}})
                 .status,
             204);
    const QJsonArray all =
        m_sandbox->get("/v2/" + m_project + "/images/tags", m_token).json().value("tags").toArray();
    QVERIFY(all.contains(QJsonObject{{"key", "env"}, {"values", QJsonArray{"prod"}}}));
    const QJsonObject found =
        m_sandbox
            ->send("POST", "/v2/" + m_project + "/images/resource_instances/action", m_token,
                   QJsonObject{{"action", "filter"},
                               {"tags", QJsonArray{QJsonObject{{"key", "key1"},
                                                               {"values", QJsonArray{"value2"}}}}},
                               {"limit", "10"},
                               {"offset", "0"}})
            .json();
    QCOMPARE(found.value("total_count").toInt(), 1);
    QCOMPARE(found.value("resources").toArray().first().toObject().value("resource_id").toString(),
             image);
    QCOMPARE(m_sandbox
                 ->send("POST", "/v2/" + m_project + "/images/resource_instances/action", m_token,
                        QJsonObject{{"action", "count"}, {"without_any_tag", true}})
                 .json()
                 .value("total_count")
                 .toInt(),
             38); // the 30 bulk images and the eight untagged seeded ones
    QCOMPARE(m_sandbox
                 ->send("PUT", "/v1/cloudimages/tags", m_token,
                        QJsonObject{{"image_id", image}, {"tag", "legacy.one"}})
                 .status,
             204);
    QVERIFY(m_sandbox->get("/v1/cloudimages/tags", m_token)
                .json()
                .value("tags")
                .toArray()
                .contains("legacy.one"));
    QCOMPARE(
        m_sandbox->get("/v2/00000000000000000000000000000000/images/" + image + "/tags", m_token)
            .json()
            .value("error")
            .toObject()
            .value("code")
            .toString(),
        QStringLiteral("IMG.0030"));
}

void TestSandboxIms::osVersionsAndUnknownJob() {
    const QJsonArray os = m_sandbox->get("/v1/cloudimages/os_version", m_token).array();
    QVERIFY(os.size() > 5);
    const QJsonObject first =
        os.first().toObject().value("version_list").toArray().first().toObject();
    QVERIFY(first.value("os_bit").isDouble());
    QVERIFY(!first.value("os_version").toString().isEmpty());
    const Reply unknown =
        job("0123456789abcdef0123456789abcdef").isEmpty()
            ? Reply{}
            : m_sandbox->get("/v1/" + m_project + "/jobs/0123456789abcdef0123456789abcdef",
                             m_token);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json().value("error").toObject().contains("code"));
    QCOMPARE(
        m_sandbox->get("/v2/cloudimages/nope/nope", m_token).json().value("error_code").toString(),
        QStringLiteral("APIG.0101"));
}

void TestSandboxIms::simpleRoutes_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key"); // present in the JSON answer
    QTest::newRow("healthcheck") << "/healthcheck" << false << 200 << "";
    QTest::newRow("info import") << "/v2/info/import" << true << 200 << "import-methods";
    QTest::newRow("info usage") << "/v2/info/usage" << true << 200 << "usage";
    QTest::newRow("info stores") << "/v2/info/stores" << true << 404 << "";
    QTest::newRow("auth projects") << "/v3/auth/projects" << true << 200 << "projects";
    QTest::newRow("project by id") << "/v3/projects/PROJECT" << true << 200 << "project";
    QTest::newRow("unknown project") << "/v3/projects/0000" << true << 404 << "error";
    QTest::newRow("server list, other project")
        << "/v1/00000000000000000000000000000000/cloudservers/detail" << true << 400 << "error";
    QTest::newRow("unknown server") << "/v1/PROJECT/cloudservers/nope" << true << 404 << "error";
    QTest::newRow("quota without token") << "/v1/cloudimages/quota" << false << 401 << "error_code";
    QTest::newRow("unknown IMS route")
        << "/v1/cloudimages/nothing/here/at/all" << true << 404 << "error_code";
    QTest::newRow("wrong method on IMS route")
        << "/v2/cloudimages/action" << true << 405 << "error_code";
}

void TestSandboxIms::simpleRoutes() {
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(QString, key);
    path.replace("PROJECT", m_project);
    const Reply r = withToken ? m_sandbox->get(path, m_token) : m_sandbox->request("GET", path);
    QCOMPARE(r.status, status);
    if (!key.isEmpty())
        QVERIFY2(r.json().contains(key), r.body.constData());
}

void TestSandboxIms::serversStart() {
    QString stopped;
    for (const QJsonValue &s :
         m_sandbox->get("/v1/" + m_project + "/cloudservers/detail?status=SHUTOFF", m_token)
             .json()
             .value("servers")
             .toArray())
        stopped = s.toObject().value("id").toString();
    const QString path = "/v1/" + m_project + "/cloudservers/action";
    const QString id = jobOf(m_sandbox->send(
        "POST", path, m_token,
        QJsonObject{
            {"os-start", QJsonObject{{"servers", QJsonArray{QJsonObject{{"id", stopped}}}}}}}));
    QVERIFY(!id.isEmpty());
    QCOMPARE(job(id).value("job_type").toString(), QStringLiteral("batchStartServers"));
    m_sandbox->advance(10000);
    QCOMPARE(m_sandbox->get("/v1/" + m_project + "/cloudservers/" + stopped, m_token)
                 .json()
                 .value("server")
                 .toObject()
                 .value("status")
                 .toString(),
             QStringLiteral("ACTIVE"));
    QCOMPARE(
        m_sandbox->send("POST", path, m_token, QJsonObject{{"os-reboot", QJsonObject{}}}).status,
        400);
    QCOMPARE(
        m_sandbox
            ->send("POST", path, m_token,
                   QJsonObject{{"os-stop",
                                QJsonObject{{"servers", QJsonArray{QJsonObject{{"id", "nope"}}}}}}})
            .status,
        404);
    // Another project's server is not ours to stop.
    const QString partnerServer = [&] {
        const QString memberToken = m_sandbox->login(true);
        return m_sandbox
            ->get("/v1/" + m_sandbox->env("OS_MEMBER_PROJECT_ID") + "/cloudservers/detail",
                  memberToken)
            .json()
            .value("servers")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString();
    }();
    QVERIFY(!partnerServer.isEmpty());
    QCOMPARE(
        m_sandbox
            ->send("POST", path, m_token,
                   QJsonObject{{"os-stop", QJsonObject{{"servers", QJsonArray{QJsonObject{
                                                                       {"id", partnerServer}}}}}}})
            .status,
        404);
}

void TestSandboxIms::serversListTheirVolumes() {
    QMap<QString, QStringList> devices; // server name -> "device bootIndex"
    for (const QJsonValue &v : m_sandbox->get("/v1/" + m_project + "/cloudservers/detail", m_token)
                                   .json()
                                   .value("servers")
                                   .toArray())
        for (const QJsonValue &volume :
             v.toObject().value("os-extended-volumes:volumes_attached").toArray()) {
            QVERIFY(!volume.toObject().value("id").toString().isEmpty());
            devices[v.toObject().value("name").toString()].append(
                volume.toObject().value("device").toString() + " " +
                volume.toObject().value("bootIndex").toString("-"));
        }
    QCOMPARE(devices.value("web-01"), (QStringList{"/dev/vda 0", "/dev/vdb -"}));
    QCOMPARE(devices.value("db-01"), (QStringList{"/dev/vda 0", "/dev/vdb -", "/dev/vdc -"}));
    QCOMPARE(devices.value("build-01"), QStringList{"/dev/vda 0"});
}

// Imports from the seeded OBS (README "OBS"): what IMS refuses at submission (400 and its
// code), and what it finds only by reading the file (the job fails with the code).
void TestSandboxIms::obsImports_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("refused"); // the 400's code; empty: a job starts
    QTest::addColumn<QString>("end");     // the job's end: SUCCESS or its error code
    const QString create = "/v2/cloudimages/action";
    const QString quick = "/v2/cloudimages/quickimport/action";
    const QString data = "/v1/cloudimages/dataimages/action";
    const auto file = [](const char *object, int minDisk, const char *extra = "") {
        return QByteArray(R"({"name":"imported","image_url":"imsdesk-images)") + object +
               R"(","min_disk":)" + QByteArray::number(minDisk) + extra + "}";
    };
    QTest::newRow("qcow2") << create << file(":ubuntu-22.04.qcow2", 20) << ""
                           << "SUCCESS";
    QTest::newRow("vmdk") << create << file(":windows-2022.vmdk", 40) << ""
                          << "SUCCESS";
    QTest::newRow("vhd") << create << file(":centos-7.vhd", 40) << ""
                         << "SUCCESS";
    QTest::newRow("vhdx") << create << file(":fedora-38.vhdx", 40) << ""
                          << "SUCCESS";
    QTest::newRow("zvhd2") << create << file(":euler-2.9.zvhd2", 40) << ""
                           << "SUCCESS";
    QTest::newRow("min_disk below the disk inside")
        << create << file(":ubuntu-22.04.qcow2", 19) << ""
        << "IMG.0055";
    QTest::newRow("missing object") << create << file(":nothing.qcow2", 40) << "IMG.0057"
                                    << "";
    QTest::newRow("unknown bucket") << create << file("-nope:ubuntu-22.04.qcow2", 40) << "IMG.0069"
                                    << "";
    QTest::newRow("bucket in another region")
        << create << file("-nl:ubuntu-22.04.qcow2", 40) << "IMG.0058"
        << "";
    QTest::newRow("not an image format") << create << file(":readme.txt", 40) << "IMG.0057"
                                         << "";
    QTest::newRow("too large for a normal import")
        << create << file(":big-300g.raw", 300) << "IMG.0059"
        << "";
    QTest::newRow("is_quick_import takes it")
        << create
        << file(":big-300g.raw", 300, R"(,"is_quick_import":true,"os_version":"CentOS 7.6 64bit")")
        << ""
        << "SUCCESS";
    QTest::newRow("iso image")
        << create
        << file(":debian-12-netinst.iso", 40,
                R"(,"type":"IsoImage","os_version":"Debian GNU/Linux 12.0.0 64bit")")
        << ""
        << "SUCCESS";
    QTest::newRow("iso as a disk image")
        << create << file(":debian-12-netinst.iso", 40) << "IMG.0057"
        << "";
    QTest::newRow("disk image as an iso")
        << create
        << file(":ubuntu-22.04.qcow2", 40,
                R"(,"type":"IsoImage","os_version":"Debian GNU/Linux 12.0.0 64bit")")
        << "IMG.0057"
        << "";
    QTest::newRow("iso without os")
        << create << file(":debian-12-netinst.iso", 40, R"(,"type":"IsoImage")") << "IMG.0166"
        << "";
    QTest::newRow("data disk file missing")
        << create
        << file(
               ":ubuntu-22.04.qcow2", 40,
               R"(,"data_images":[{"name":"d","image_url":"imsdesk-images:gone.raw","min_disk":100}])")
        << "IMG.0057"
        << "";
    QTest::newRow("data disk file larger than its min_disk")
        << create
        << file(
               ":ubuntu-22.04.qcow2", 40,
               R"(,"data_images":[{"name":"d","image_url":"imsdesk-images:logs-data-100g.raw","min_disk":50}])")
        << ""
        << "IMG.0055";
    QTest::newRow("a name with fail fails the job") << create << file(":fail-me.qcow2", 40) << ""
                                                    << "IMG.0057";
    const char *os = R"(,"os_version":"CentOS 7.6 64bit")";
    QTest::newRow("quick raw") << quick << file(":big-300g.raw", 300, os) << ""
                               << "SUCCESS";
    QTest::newRow("quick min_disk below the disk inside")
        << quick << file(":big-300g.raw", 200, os) << ""
        << "IMG.0055";
    QTest::newRow("quick zvhd2") << quick << file(":euler-2.9.zvhd2", 40, os) << ""
                                 << "SUCCESS";
    QTest::newRow("quick qcow2") << quick << file(":ubuntu-22.04.qcow2", 40, os) << "IMG.0057"
                                 << "";
    QTest::newRow("quick over 1 TB") << quick << file(":huge-1500g.raw", 1024, os) << "IMG.0059"
                                     << "";
    QTest::newRow("data image") << data << file(":logs-data-100g.raw", 100) << ""
                                << "SUCCESS";
    QTest::newRow("data image min_disk below the disk inside")
        << data << file(":logs-data-100g.raw", 60) << ""
        << "IMG.0055";
    QTest::newRow("data image of an iso")
        << data << file(":debian-12-netinst.iso", 40) << "IMG.0057"
        << "";
    QTest::newRow("data image from another region")
        << data << file("-nl:logs-data-100g.raw", 100) << "IMG.0058"
        << "";
}

void TestSandboxIms::obsImports() {
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, refused);
    QFETCH(QString, end);
    const Reply r = m_sandbox->request("POST", path, body, "application/json",
                                       {{"X-Auth-Token", m_token.toStdString()}});
    if (!refused.isEmpty()) {
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), refused);
        m_sandbox->advance(10000);
        QVERIFY(m_sandbox->imageId("imported", m_token).isEmpty()); // nothing left behind
        return;
    }
    QCOMPARE(r.status, 200);
    const QString id = jobOf(r);
    QCOMPARE(jobEnd(id), end);
    if (end == QLatin1String("SUCCESS")) {
        const QJsonObject image =
            m_sandbox->get("/v2/images/" + m_sandbox->imageId("imported", m_token), m_token).json();
        QCOMPARE(image.value("status").toString(), QStringLiteral("active"));
        const QString url = QJsonDocument::fromJson(body).object().value("image_url").toString();
        const QJsonArray objects =
            m_sandbox->admin("GET", "/_sandbox/obs").json()["objects"].toArray();
        const auto it = std::find_if(objects.begin(), objects.end(), [&](const QJsonValue &o) {
            return o.toObject().value("url").toString() == url;
        });
        QVERIFY(it != objects.end());
        QCOMPARE(image.value("__image_size").toString(),
                 QString::number(it->toObject().value("size").toInteger()));
    } else {
        QVERIFY(!job(id).value("fail_reason").toString().isEmpty());
        QVERIFY(m_sandbox->imageId("imported", m_token).isEmpty());
    }
}

void TestSandboxIms::obsAdminObjects() {
    const QByteArray body =
        R"({"name":"mine","image_url":"my-bucket:dir/disk.qcow2","min_disk":40})";
    const auto submit = [&] {
        return m_sandbox->request("POST", "/v2/cloudimages/action", body, "application/json",
                                  {{"X-Auth-Token", m_token.toStdString()}});
    };
    QCOMPARE(errorCode(submit()), QStringLiteral("IMG.0069")); // no such bucket yet
    const Reply put =
        m_sandbox->admin("PUT", "/_sandbox/obs/my-bucket/dir/disk.qcow2",
                         R"({"size": 1073741824, "format": "qcow2", "virtual_size": 42949672960})");
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json().value("region").toString(), QStringLiteral("eu-de"));
    QCOMPARE(put.json().value("url").toString(), QStringLiteral("my-bucket:dir/disk.qcow2"));
    QCOMPARE(jobEnd(jobOf(submit())), QStringLiteral("SUCCESS"));
    // Too small a min_disk for the object's 40 GB disk fails the job.
    QCOMPARE(jobEnd(jobOf(m_sandbox->send("POST", "/v2/cloudimages/action", m_token,
                                          QJsonObject{{"name", "mine-small"},
                                                      {"image_url", "my-bucket:dir/disk.qcow2"},
                                                      {"min_disk", 39}}))),
             QStringLiteral("IMG.0055"));
    QCOMPARE(m_sandbox->admin("DELETE", "/_sandbox/obs/my-bucket/dir/disk.qcow2").status, 204);
    QCOMPARE(m_sandbox->admin("DELETE", "/_sandbox/obs/my-bucket/dir/disk.qcow2").status, 404);
    QCOMPARE(errorCode(submit()), QStringLiteral("IMG.0069"));
    QCOMPARE(m_sandbox->admin("PUT", "/_sandbox/obs/b/o", R"({"size": 1})").status, 400);
    QCOMPARE(m_sandbox
                 ->admin("PUT", "/_sandbox/obs/imsdesk-images/x.raw",
                         R"({"size": 1, "format": "raw", "region": "eu-nl"})")
                 .status,
             400); // the bucket is in eu-de
    QCOMPARE(m_sandbox->request("GET", "/_sandbox/obs").status, 401);
}

// PUT /v1/cloudimages/{id}/upload (§5.7) into a queued image made by POST /v2/images.
void TestSandboxIms::registerChecksTheFile_data() {
    QTest::addColumn<QString>("diskFormat");
    QTest::addColumn<int>("minDisk");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refused"); // the 400's code; empty: a job starts
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("status"); // of the image afterwards
    QTest::newRow("qcow2") << "qcow2" << 40 << "imsdesk-images:ubuntu-22.04.qcow2"
                           << ""
                           << "SUCCESS"
                           << "active";
    QTest::newRow("min_disk below the disk inside")
        << "qcow2" << 10 << "imsdesk-images:ubuntu-22.04.qcow2"
        << ""
        << "IMG.0055"
        << "killed";
    QTest::newRow("iso") << "iso" << 1 << "imsdesk-images:debian-12-netinst.iso"
                         << ""
                         << "SUCCESS"
                         << "active";
    QTest::newRow("missing") << "qcow2" << 40 << "imsdesk-images:gone.qcow2"
                             << "IMG.0057"
                             << ""
                             << "queued";
    QTest::newRow("too large") << "raw" << 300 << "imsdesk-images:big-300g.raw"
                               << "IMG.0059"
                               << ""
                               << "queued";
    QTest::newRow("other region") << "qcow2" << 40 << "imsdesk-images-nl:ubuntu-22.04.qcow2"
                                  << "IMG.0058"
                                  << ""
                                  << "queued";
}

void TestSandboxIms::registerChecksTheFile() {
    QFETCH(QString, diskFormat);
    QFETCH(int, minDisk);
    QFETCH(QString, url);
    QFETCH(QString, refused);
    QFETCH(QString, end);
    QFETCH(QString, status);
    const QString id = m_sandbox
                           ->send("POST", "/v2/images", m_token,
                                  QJsonObject{{"name", "to-register"},
                                              {"disk_format", diskFormat},
                                              {"container_format", "bare"},
                                              {"min_disk", minDisk}})
                           .json()
                           .value("id")
                           .toString();
    QVERIFY(!id.isEmpty());
    const Reply r = m_sandbox->send("PUT", "/v1/cloudimages/" + id + "/upload", m_token,
                                    QJsonObject{{"image_url", url}});
    if (refused.isEmpty())
        QCOMPARE(jobEnd(jobOf(r)), end);
    else
        QCOMPARE(errorCode(r), refused);
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("status").toString(), status);
}

// PUT /v2/images/{id}/file: saving until the sandbox clock has moved --upload-seconds (1.5 s),
// then active, or killed when the bytes are not the disk_format or the disk is over min_disk.
void TestSandboxIms::nativeUpload_data() {
    QTest::addColumn<QString>("diskFormat");
    QTest::addColumn<int>("minDisk");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("virtualSize"); // -1: null
    const QByteArray qcow2 = diskFile("qcow2", 20 * kGiB);
    const QByteArray raw = diskFile("raw", 0);
    QTest::newRow("qcow2") << "qcow2" << 40 << qcow2 << "active" << 20 * kGiB;
    QTest::newRow("qcow2 without min_disk") << "qcow2" << 0 << qcow2 << "active" << 20 * kGiB;
    QTest::newRow("qcow2 over min_disk") << "qcow2" << 10 << qcow2 << "killed" << 20 * kGiB;
    QTest::newRow("raw bytes as qcow2") << "qcow2" << 40 << raw << "killed" << qint64(raw.size());
    QTest::newRow("vmdk") << "vmdk" << 40 << diskFile("vmdk", 40 * kGiB) << "active" << 40 * kGiB;
    QTest::newRow("vmdk descriptor")
        << "vmdk" << 40 << diskFile("vmdk descriptor", 30 * kGiB) << "active" << 30 * kGiB;
    QTest::newRow("vmdk over min_disk")
        << "vmdk" << 20 << diskFile("vmdk", 40 * kGiB) << "killed" << 40 * kGiB;
    QTest::newRow("vhd") << "vhd" << 40 << diskFile("vhd", 40 * kGiB) << "active" << 40 * kGiB;
    QTest::newRow("qcow2 bytes as vhd") << "vhd" << 40 << qcow2 << "killed" << 20 * kGiB;
    QTest::newRow("vhdx") << "vhdx" << 40 << diskFile("vhdx", 0) << "active" << qint64(-1);
    QTest::newRow("iso") << "iso" << 1 << diskFile("iso", 0) << "active" << qint64(64 * 1024);
    QTest::newRow("raw bytes as iso") << "iso" << 1 << raw << "killed" << qint64(raw.size());
    QTest::newRow("raw") << "raw" << 1 << raw << "active" << qint64(raw.size());
    QTest::newRow("zvhd2 takes any bytes") << "zvhd2" << 40 << qcow2 << "active" << 20 * kGiB;
}

void TestSandboxIms::nativeUpload() {
    QFETCH(QString, diskFormat);
    QFETCH(int, minDisk);
    QFETCH(QByteArray, content);
    QFETCH(QString, status);
    QFETCH(qint64, virtualSize);
    QJsonObject create{
        {"name", "uploaded"}, {"disk_format", diskFormat}, {"container_format", "bare"}};
    if (minDisk > 0)
        create.insert("min_disk", minDisk);
    const QString id =
        m_sandbox->send("POST", "/v2/images", m_token, create).json().value("id").toString();
    QVERIFY(!id.isEmpty());
    const Reply put =
        m_sandbox->request("PUT", "/v2/images/" + id + "/file", content, "application/octet-stream",
                           {{"X-Auth-Token", m_token.toStdString()}});
    QCOMPARE(put.status, 204);
    const auto image = [&] { return m_sandbox->get("/v2/images/" + id, m_token).json(); };
    QCOMPARE(image().value("status").toString(), QStringLiteral("saving"));
    m_sandbox->advance(1499);
    QCOMPARE(image().value("status").toString(), QStringLiteral("saving"));
    m_sandbox->advance(1);
    const QJsonObject done = image();
    QCOMPARE(done.value("status").toString(), status);
    QCOMPARE(done.value("size").toInteger(), qint64(content.size()));
    QCOMPARE(done.value("virtual_size").toInteger(-1), virtualSize);
    // A killed image keeps none of the bytes; an active one gives them back.
    const Reply data = m_sandbox->get("/v2/images/" + id + "/file", m_token);
    QCOMPARE(data.status, status == QLatin1String("active") ? 200 : 204);
    if (status == QLatin1String("active"))
        QCOMPARE(data.body, content);
}

void TestSandboxIms::uploadOf128GbIsRefusedUnread() {
    const QString id =
        m_sandbox
            ->send(
                "POST", "/v2/images", m_token,
                QJsonObject{{"name", "huge"}, {"disk_format", "raw"}, {"container_format", "bare"}})
            .json()
            .value("id")
            .toString();
    // Declare 128 GiB and send nothing: the answer must come without the body.
    const int fd = m_sandbox->connectRaw();
    QVERIFY(fd >= 0);
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const QByteArray request =
        "PUT /v2/images/" + id.toLatin1() +
        "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + m_token.toLatin1() +
        "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
        QByteArray::number(128 * kGiB) + "\r\n\r\n";
    QCOMPARE(::write(fd, request.constData(), size_t(request.size())), ssize_t(request.size()));
    QByteArray answer;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        answer.append(buffer, qsizetype(n));
    ::close(fd);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(answer.contains("IMG.0059"));
    QCOMPARE(m_sandbox->get("/v2/images/" + id, m_token).json().value("status").toString(),
             QStringLiteral("queued"));
}

// POST /v2/images on IMS (SPEC §6.4): a name of 1 to 255 characters, the disk
// formats IMS takes (README "Native upload"), min_disk up to 1024.
void TestSandboxIms::nativeCreateRules_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code"); // empty: 201
    const auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject body{
            {"name", "native"}, {"disk_format", "qcow2"}, {"container_format", "bare"}};
        body.insert(QLatin1String(key), value);
        return body;
    };
    QTest::newRow("plain") << with("min_disk", 40) << "";
    QTest::newRow("255 characters") << with("name", QString(255, 'n')) << "";
    QTest::newRow("256 characters") << with("name", QString(256, 'n')) << "IMG.0002";
    // §4.1's characters are the extension APIs' rule; the native name has only a length.
    QTest::newRow("any characters") << with("name", "a<b>\x1b[2J") << "";
    QTest::newRow("leading space") << with("name", " native") << "";
    QTest::newRow("empty name") << with("name", "") << "IMG.0013";
    for (const char *format : {"zvhd2", "zvhd", "vhd", "raw", "qcow2", "vmdk", "vhdx", "iso"})
        QTest::newRow(format) << with("disk_format", QLatin1String(format)) << "";
    for (const char *format : {"vdi", "ami", "ploop"})
        QTest::newRow(format) << with("disk_format", QLatin1String(format)) << "IMG.0072";
    QTest::newRow("min_disk 1024") << with("min_disk", 1024) << "";
    QTest::newRow("min_disk 1025") << with("min_disk", 1025) << "IMG.0055";
}

void TestSandboxIms::nativeCreateRules() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    const Reply r = m_sandbox->send("POST", "/v2/images", m_token, body);
    if (code.isEmpty()) {
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value("__imagetype").toString(), QStringLiteral("private"));
        QCOMPARE(r.json().value("__isregistered").toString(), QStringLiteral("true"));
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
    }
}

// §5.3 b: images of data disks, which must be data disks of the project's servers.
void TestSandboxIms::dataDiskImages_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code"); // empty: SUCCESS
    QTest::newRow("two data disks")
        << QByteArray(
               R"({"data_images":[{"name":"d1","volume_id":"DB01_VDB"},{"name":"d2","volume_id":"DB01_VDC"}]})")
        << "";
    QTest::newRow("of a running server")
        << QByteArray(R"({"data_images":[{"name":"d1","volume_id":"WEB01_VDB"}]})") << "";
    QTest::newRow("a system disk")
        << QByteArray(R"({"data_images":[{"name":"d1","volume_id":"DB01_VDA"}]})") << "IMG.0120";
    QTest::newRow("another project's")
        << QByteArray(R"({"data_images":[{"name":"d1","volume_id":"PARTNER01_VDB"}]})")
        << "IMG.0120";
    QTest::newRow("unknown")
        << QByteArray(
               R"({"data_images":[{"name":"d1","volume_id":"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"}]})")
        << "IMG.0120";
    QTest::newRow("one good, one not")
        << QByteArray(
               R"({"data_images":[{"name":"d1","volume_id":"DB01_VDB"},{"name":"d2","volume_id":"nope"}]})")
        << "IMG.0120";
}

void TestSandboxIms::dataDiskImages() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const Reply r =
        m_sandbox->request("POST", "/v2/cloudimages/action", withSeededIds(body),
                           "application/json", {{"X-Auth-Token", m_token.toStdString()}});
    if (!code.isEmpty()) {
        QCOMPARE(errorCode(r), code);
        QVERIFY(m_sandbox->imageId("d1", m_token).isEmpty());
        return;
    }
    QCOMPARE(jobEnd(jobOf(r)), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox->get("/v2/images/" + m_sandbox->imageId("d1", m_token), m_token)
                 .json()
                 .value("virtual_env_type")
                 .toString(),
             QStringLiteral("DataImage"));
}

// §5.6: full-ECS images from a CBR backup (GET /_sandbox/backups lists the seeded ones) or a
// server of the project.
void TestSandboxIms::wholeImageSources_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");   // empty: SUCCESS
    QTest::addColumn<QString>("backup"); // the image's __backup_id (a placeholder)
    QTest::newRow("backup")
        << QByteArray(R"({"name":"whole","backup_id":"BACKUP_WEB01","whole_image_type":"CBR"})")
        << ""
        << "BACKUP_WEB01";
    QTest::newRow("backup already used")
        << QByteArray(R"({"name":"whole","backup_id":"BACKUP_DB01","whole_image_type":"CBR"})")
        << "IMG.0029"
        << "";
    QTest::newRow("another project's backup")
        << QByteArray(R"({"name":"whole","backup_id":"BACKUP_PARTNER01","whole_image_type":"CBR"})")
        << "IMG.0020"
        << "";
    QTest::newRow("another region's backup")
        << QByteArray(R"({"name":"whole","backup_id":"BACKUP_NLAPP01","whole_image_type":"CBR"})")
        << "IMG.0020"
        << "";
    QTest::newRow("unknown backup")
        << QByteArray(R"({"name":"whole","backup_id":"b1"})") << "IMG.0020"
        << "";
    QTest::newRow("server") << QByteArray(R"({"name":"whole","instance_id":"SERVER_BUILD01"})")
                            << ""
                            << "";
    QTest::newRow("another project's server")
        << QByteArray(R"({"name":"whole","instance_id":"SERVER_PARTNER01"})") << "IMG.0005"
        << "";
}

void TestSandboxIms::wholeImageSources() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, backup);
    const Reply r =
        m_sandbox->request("POST", "/v1/cloudimages/wholeimages/action", withSeededIds(body),
                           "application/json", {{"X-Auth-Token", m_token.toStdString()}});
    if (!code.isEmpty()) {
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
        return;
    }
    QCOMPARE(jobEnd(jobOf(r)), QStringLiteral("SUCCESS"));
    const QJsonObject image =
        m_sandbox->get("/v2/images/" + m_sandbox->imageId("whole", m_token), m_token).json();
    QCOMPARE(image.value("__whole_image").toString(), QStringLiteral("true"));
    QCOMPARE(image.value("__backup_id").toString(),
             backup.isEmpty() ? QString() : QString::fromLatin1(withSeededIds(backup.toLatin1())));
}

void TestSandboxIms::aBackupMakesOneImage() {
    const QByteArray body =
        withSeededIds(R"({"name":"whole","backup_id":"BACKUP_BUILD01","whole_image_type":"CBR"})");
    const auto submit = [&] {
        return m_sandbox->request("POST", "/v1/cloudimages/wholeimages/action", body,
                                  "application/json", {{"X-Auth-Token", m_token.toStdString()}});
    };
    const QString first = jobOf(submit());
    QVERIFY(!first.isEmpty());
    QCOMPARE(errorCode(submit()), QStringLiteral("IMG.0029")); // while the first job runs
    QCOMPARE(jobEnd(first), QStringLiteral("SUCCESS"));
    QCOMPARE(errorCode(submit()), QStringLiteral("IMG.0029"));
}

QTEST_GUILESS_MAIN(TestSandboxIms)
#include "tst_sandbox_ims.moc"
