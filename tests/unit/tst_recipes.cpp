// Typed job recipes: what Retry sends again, also after a restart and from another process. The
// JSON is the one jobs.jsonl has always held, so jobs written by a previous version (and by
// imsctl) stay retryable, and a version that cannot read a recipe says so rather than sending
// something else.
#include "recipes.h"

#include <QJsonDocument>
#include <QTest>

using namespace ims;
using namespace ims::recipes;

Q_DECLARE_METATYPE(ims::recipes::Recipe)

namespace {

QJsonObject parsed(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Copy sampleCopy() {
    return {"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e", "web-frontend-2025", "web-copy", "nightly copy",
            "bd66288c-9081-460a-8227-4cbd0c814cb4"};
}

CrossRegionCopy sampleCrossRegionCopy() {
    return {"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e",
            "web-frontend-2025",
            "web-nl",
            "",
            "eu-nl",
            "eu-nl",
            "ims_admin_agency"};
}

CreateFromServer sampleCreate() {
    return {"5f0f5c8e-0f0e-4a62-9e0c-2a7b7b0a2c11",
            "db-01",
            "db-image",
            "from the stopped db server",
            {"env=prod", "golden"},
            2048,
            8192};
}

Export sampleExport() {
    return {"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e", "web-frontend-2025",
            "ims-image:exports/web.qcow2", "qcow2", false};
}

Members sampleMembers(Members::Action action) {
    const bool ownAnswer = action == Members::Action::Accept || action == Members::Action::Reject;
    return {action,
            {"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e", "7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"},
            ownAnswer ? QStringList{} : QStringList{"1bed856811654c1cb661a6ca845ebc77"}};
}

ImportFromObs sampleImport() {
    return {"imsdesk-images:ubuntu.qcow2",
            "web-base",
            "Ubuntu 22.04 base",
            "Ubuntu 22.04 server 64bit",
            40,
            1024,
            4096,
            {"env=prod", "golden"},
            false,
            false,
            false};
}

WholeImage sampleWholeFromServer() {
    return {"5f0f5c8e-0f0e-4a62-9e0c-2a7b7b0a2c11",
            "db-01",
            "",
            "db-full",
            "the whole db server",
            {"env=prod"},
            2048,
            0};
}

WholeImage sampleWholeFromBackup() {
    return {"", "", "2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22", "db-restored", "", {}, 0, 0};
}

DataDiskImages sampleDataDisks() {
    return {"5f0f5c8e-0f0e-4a62-9e0c-2a7b7b0a2c11",
            "db-01",
            {{"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30", "db-data1"},
             {"7d3a2c1b-0e9f-4a8b-9c7d-6e5f4a3b2c1d", "db-data2"}},
            "data of db-01",
            {"tier=db"}};
}

Register sampleRegister() {
    return {"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "web-queued", "imsdesk-images:web.vmdk"};
}

} // namespace

class TestRecipes final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readsWhatThePreviousVersionWrote_data();
    void readsWhatThePreviousVersionWrote();
    void unknownOrDamagedIsNotRetryable_data();
    void unknownOrDamagedIsNotRetryable();
    void describesForTheJobsPanel_data();
    void describesForTheJobsPanel();
    void expectsTheImageItCreates_data();
    void expectsTheImageItCreates();
};

void TestRecipes::roundTrip_data() {
    QTest::addColumn<Recipe>("recipe");
    QTest::newRow("copy") << Recipe(sampleCopy());
    QTest::newRow("copy, no key, no description")
        << Recipe(Copy{"id-1", "id-1", "web-copy", {}, {}});
    QTest::newRow("cross-region copy") << Recipe(sampleCrossRegionCopy());
    QTest::newRow("create from server") << Recipe(sampleCreate());
    QTest::newRow("create from server, nothing optional")
        << Recipe(CreateFromServer{"srv-1", "srv-1", "img", {}, {}, 0, 0});
    QTest::newRow("export") << Recipe(sampleExport());
    QTest::newRow("quick export") << Recipe(Export{"id-1", "web", "bucket:web.zvhd2", {}, true});
    QTest::newRow("members add") << Recipe(sampleMembers(Members::Action::Add));
    QTest::newRow("members remove") << Recipe(sampleMembers(Members::Action::Remove));
    QTest::newRow("members accept") << Recipe(sampleMembers(Members::Action::Accept));
    QTest::newRow("members reject") << Recipe(sampleMembers(Members::Action::Reject));
    QTest::newRow("import from OBS") << Recipe(sampleImport());
    QTest::newRow("import from OBS, nothing optional")
        << Recipe(ImportFromObs{"b:o.qcow2", "img", {}, {}, 1, 0, 0, {}, false, false, false});
    QTest::newRow("quick import of a data disk")
        << Recipe(ImportFromObs{"b:big.raw", "big", {}, {}, 500, 0, 0, {}, true, true, false});
    QTest::newRow("data disk from OBS")
        << Recipe(ImportFromObs{"b:d.qcow2", "d", {}, {}, 40, 0, 0, {}, true, false, false});
    QTest::newRow("ISO from OBS") << Recipe(ImportFromObs{"b:debian.iso",
                                                          "debian",
                                                          {},
                                                          "Debian GNU/Linux 12 64bit",
                                                          10,
                                                          0,
                                                          0,
                                                          {},
                                                          false,
                                                          false,
                                                          true});
    QTest::newRow("whole image of a server") << Recipe(sampleWholeFromServer());
    QTest::newRow("whole image of a backup") << Recipe(sampleWholeFromBackup());
    QTest::newRow("data disk images") << Recipe(sampleDataDisks());
    QTest::newRow("register") << Recipe(sampleRegister());
    QTest::newRow("non-ASCII names")
        << Recipe(Copy{"id-1", "镜像-测试", "镜像 副本", "“quoted” description", {}});
}

void TestRecipes::roundTrip() {
    QFETCH(Recipe, recipe);
    // Through the text the job file holds, not only the in-memory object.
    const QByteArray line = QJsonDocument(toJson(recipe)).toJson(QJsonDocument::Compact);
    const std::optional<Recipe> back = fromJson(QJsonDocument::fromJson(line).object());
    QVERIFY2(back.has_value(), line.constData());
    QCOMPARE(back->index(), recipe.index());
    QVERIFY2(*back == recipe, line.constData());
}

void TestRecipes::readsWhatThePreviousVersionWrote_data() {
    // Each line as app/jobrecipes.cpp (05ead79 and before) wrote it into jobs.jsonl.
    QTest::addColumn<QJsonObject>("written");
    QTest::addColumn<Recipe>("recipe");
    QTest::newRow("copy") << parsed(
                                 R"({"op":"copy","image_id":"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e",
        "image_name":"web-frontend-2025","name":"web-copy","description":"nightly copy",
        "cmk_id":"bd66288c-9081-460a-8227-4cbd0c814cb4"})")
                          << Recipe(sampleCopy());
    QTest::newRow("cross_region_copy") << parsed(R"({"op":"cross_region_copy",
        "image_id":"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","image_name":"web-frontend-2025",
        "name":"web-nl","description":"","region":"eu-nl","project_name":"eu-nl",
        "agency_name":"ims_admin_agency"})")
                                       << Recipe(sampleCrossRegionCopy());
    QTest::newRow("create_from_server") << parsed(R"({"op":"create_from_server",
        "server_id":"5f0f5c8e-0f0e-4a62-9e0c-2a7b7b0a2c11","server_name":"db-01",
        "name":"db-image","description":"from the stopped db server",
        "tags":["env=prod","golden"],"min_ram":2048,"max_ram":8192})")
                                        << Recipe(sampleCreate());
    QTest::newRow("export") << parsed(R"({"op":"export",
        "image_id":"0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","image_name":"web-frontend-2025",
        "bucket_url":"ims-image:exports/web.qcow2","file_format":"qcow2","quick":false})")
                            << Recipe(sampleExport());
    QTest::newRow("members add") << parsed(R"({"op":"members","action":"add",
        "images":["0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"],
        "projects":["1bed856811654c1cb661a6ca845ebc77"]})")
                                 << Recipe(sampleMembers(Members::Action::Add));
    QTest::newRow("members remove") << parsed(R"({"op":"members","action":"remove",
        "images":["0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"],
        "projects":["1bed856811654c1cb661a6ca845ebc77"]})")
                                    << Recipe(sampleMembers(Members::Action::Remove));
    QTest::newRow("members accept") << parsed(R"({"op":"members","action":"accept",
        "images":["0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"],
        "projects":[]})") << Recipe(sampleMembers(Members::Action::Accept));
    QTest::newRow("members reject") << parsed(R"({"op":"members","action":"reject",
        "images":["0d1c5a6e-8b1f-4c1d-9c7e-1f2a3b4c5d6e","7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d"],
        "projects":[]})") << Recipe(sampleMembers(Members::Action::Reject));
}

void TestRecipes::readsWhatThePreviousVersionWrote() {
    QFETCH(QJsonObject, written);
    QFETCH(Recipe, recipe);
    QVERIFY(!written.isEmpty());
    const std::optional<Recipe> read = fromJson(written);
    QVERIFY(read.has_value());
    QVERIFY(*read == recipe);
    // And the other way: a previous version (or an older imsctl) sharing the job file reads
    // what this one writes.
    QCOMPARE(toJson(recipe), written);
}

void TestRecipes::unknownOrDamagedIsNotRetryable_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("a newer version's op") << QByteArray(R"({"op":"import","image_url":"b:o"})");
    QTest::newRow("empty op") << QByteArray(R"({"op":"","image_id":"i","name":"n"})");
    QTest::newRow("no op") << QByteArray(R"({"image_id":"i","name":"n"})");
    QTest::newRow("op not a string") << QByteArray(R"({"op":1,"image_id":"i","name":"n"})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("cut-off line") << QByteArray(R"({"op":"copy","image_id":"i","na)");
    QTest::newRow("not an object") << QByteArray(R"(["copy","i","n"])");
    QTest::newRow("unknown members action")
        << QByteArray(R"({"op":"members","action":"share","images":["i"],"projects":["p"]})");
    QTest::newRow("copy without image") << QByteArray(R"({"op":"copy","name":"n"})");
    QTest::newRow("copy without name") << QByteArray(R"({"op":"copy","image_id":"i"})");
    QTest::newRow("copy, id not a string")
        << QByteArray(R"({"op":"copy","image_id":42,"name":"n"})");
    QTest::newRow("cross-region copy without region")
        << QByteArray(R"({"op":"cross_region_copy","image_id":"i","name":"n"})");
    QTest::newRow("create without server")
        << QByteArray(R"({"op":"create_from_server","name":"n"})");
    QTest::newRow("create, tags not a list")
        << QByteArray(R"({"op":"create_from_server","server_id":"s","name":"n","tags":"a=b"})");
    QTest::newRow("create, min_ram not a number")
        << QByteArray(R"({"op":"create_from_server","server_id":"s","name":"n","min_ram":"x"})");
    QTest::newRow("export without bucket") << QByteArray(R"({"op":"export","image_id":"i"})");
    QTest::newRow("export, quick not a flag")
        << QByteArray(R"({"op":"export","image_id":"i","bucket_url":"b:o","quick":"yes"})");
    QTest::newRow("members without images")
        << QByteArray(R"({"op":"members","action":"add","images":[],"projects":["p"]})");
    QTest::newRow("share without projects")
        << QByteArray(R"({"op":"members","action":"add","images":["i"]})");
    QTest::newRow("members, image not a string")
        << QByteArray(R"({"op":"members","action":"accept","images":[7]})");
    QTest::newRow("import without file")
        << QByteArray(R"({"op":"import_from_obs","name":"n","min_disk":40})");
    QTest::newRow("import without name")
        << QByteArray(R"({"op":"import_from_obs","obs_url":"b:o","min_disk":40})");
    QTest::newRow("import without min disk")
        << QByteArray(R"({"op":"import_from_obs","obs_url":"b:o","name":"n"})");
    QTest::newRow("import, min disk 0")
        << QByteArray(R"({"op":"import_from_obs","obs_url":"b:o","name":"n","min_disk":0})");
    QTest::newRow("import, quick not a flag") << QByteArray(
        R"({"op":"import_from_obs","obs_url":"b:o","name":"n","min_disk":40,"quick":1})");
    QTest::newRow("whole image of nothing") << QByteArray(R"({"op":"whole_image","name":"n"})");
    QTest::newRow("whole image of a server and a backup")
        << QByteArray(R"({"op":"whole_image","server_id":"s","backup_id":"b","name":"n"})");
    QTest::newRow("whole image without name")
        << QByteArray(R"({"op":"whole_image","server_id":"s"})");
    QTest::newRow("data disk images without disks")
        << QByteArray(R"({"op":"data_disk_images","server_id":"s","disks":[]})");
    QTest::newRow("data disk images, disks missing")
        << QByteArray(R"({"op":"data_disk_images","server_id":"s"})");
    QTest::newRow("data disk without volume") << QByteArray(
        R"({"op":"data_disk_images","disks":[{"volume_id":"v","name":"a"},{"name":"b"}]})");
    QTest::newRow("data disk without name")
        << QByteArray(R"({"op":"data_disk_images","disks":[{"volume_id":"v"}]})");
    QTest::newRow("data disk not an object")
        << QByteArray(R"({"op":"data_disk_images","disks":["v"]})");
    QTest::newRow("register without image") << QByteArray(R"({"op":"register","obs_url":"b:o"})");
    QTest::newRow("register without file") << QByteArray(R"({"op":"register","image_id":"i"})");
}

void TestRecipes::unknownOrDamagedIsNotRetryable() {
    QFETCH(QByteArray, text);
    QVERIFY(!fromJson(QJsonDocument::fromJson(text).object()).has_value());
}

void TestRecipes::describesForTheJobsPanel_data() {
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<QString>("description");
    QTest::newRow("copy") << Recipe(sampleCopy()) << "web-frontend-2025 → web-copy";
    QTest::newRow("cross-region copy")
        << Recipe(sampleCrossRegionCopy()) << "web-frontend-2025 → web-nl in eu-nl";
    QTest::newRow("create from server") << Recipe(sampleCreate()) << "server db-01 → db-image";
    QTest::newRow("export") << Recipe(sampleExport())
                            << "web-frontend-2025 → ims-image:exports/web.qcow2";
    QTest::newRow("share") << Recipe(sampleMembers(Members::Action::Add))
                           << "Share 2 image(s) with 1 project(s)";
    QTest::newRow("stop sharing") << Recipe(sampleMembers(Members::Action::Remove))
                                  << "Stop sharing 2 image(s) with 1 project(s)";
    QTest::newRow("accept") << Recipe(sampleMembers(Members::Action::Accept))
                            << "Accept 2 image(s) shared with this project";
    QTest::newRow("reject") << Recipe(sampleMembers(Members::Action::Reject))
                            << "Reject 2 image(s) shared with this project";
    QTest::newRow("import from OBS")
        << Recipe(sampleImport()) << "ubuntu.qcow2 in imsdesk-images → web-base";
    QTest::newRow("quick import of a data disk")
        << Recipe(ImportFromObs{"b:big.raw", "big", {}, {}, 500, 0, 0, {}, true, true, false})
        << "big.raw in b → big (data disk, quick import)";
    QTest::newRow("ISO from OBS")
        << Recipe(ImportFromObs{
               "b:iso/debian.iso", "debian", {}, "Debian", 10, 0, 0, {}, false, false, true})
        << "iso/debian.iso in b → debian (ISO)";
    QTest::newRow("whole image of a server")
        << Recipe(sampleWholeFromServer()) << "server db-01 (whole) → db-full";
    QTest::newRow("whole image of a backup")
        << Recipe(sampleWholeFromBackup())
        << "backup 2b1ac4b1-8e0d-4bbc-a2b2-0b9e0c8f1d22 → db-restored";
    QTest::newRow("data disk images")
        << Recipe(sampleDataDisks()) << "server db-01 (data disks) → db-data1, db-data2";
    QTest::newRow("register") << Recipe(sampleRegister())
                              << "web.vmdk in imsdesk-images → web-queued";
}

void TestRecipes::describesForTheJobsPanel() {
    QFETCH(Recipe, recipe);
    QFETCH(QString, description);
    QCOMPARE(describe(recipe), description);
}

void TestRecipes::expectsTheImageItCreates_data() {
    QTest::addColumn<Recipe>("recipe");
    QTest::addColumn<QString>("imageName"); // empty: nothing to look for
    QTest::addColumn<QString>("region");    // empty: the profile's own
    QTest::newRow("copy") << Recipe(sampleCopy()) << "web-copy"
                          << "";
    QTest::newRow("cross-region copy") << Recipe(sampleCrossRegionCopy()) << "web-nl"
                                       << "eu-nl";
    QTest::newRow("create from server") << Recipe(sampleCreate()) << "db-image"
                                        << "";
    QTest::newRow("export") << Recipe(sampleExport()) << ""
                            << "";
    QTest::newRow("members") << Recipe(sampleMembers(Members::Action::Add)) << ""
                             << "";
    QTest::newRow("import from OBS") << Recipe(sampleImport()) << "web-base"
                                     << "";
    QTest::newRow("whole image of a server") << Recipe(sampleWholeFromServer()) << "db-full"
                                             << "";
    QTest::newRow("whole image of a backup") << Recipe(sampleWholeFromBackup()) << "db-restored"
                                             << "";
    // One job makes every disk's image: the first one found means it ran.
    QTest::newRow("data disk images") << Recipe(sampleDataDisks()) << "db-data1"
                                      << "";
    // The queued image exists before the register: finding it proves nothing.
    QTest::newRow("register") << Recipe(sampleRegister()) << ""
                              << "";
}

void TestRecipes::expectsTheImageItCreates() {
    QFETCH(Recipe, recipe);
    QFETCH(QString, imageName);
    QFETCH(QString, region);
    const ExpectedResult expectedResult = expected(recipe);
    QCOMPARE(expectedResult.imageName, imageName);
    QCOMPARE(expectedResult.region, region);
    QCOMPARE(expectedResult.isEmpty(), imageName.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
