// core/'s Lineage (copies linked to their source from __originalimagename and from the recipes
// of copy jobs imsdesk ran) and the pure parts of the multi-region inventory: which regions a
// profile's IAM projects give, and the profile each region is reached through.
#include "codec.h"
#include "lineage.h"
#include "recipes.h"
#include "regioninventory.h"

#include <QJsonObject>
#include <QTest>

using namespace ims;

namespace {

Image image(const QString &id, const QString &region, const QString &source = {},
            const QString &status = QStringLiteral("active"), int minute = 0) {
    Image i;
    i.id = id;
    i.name = id;
    i.region = region;
    i.sourceImageId = source;
    i.status = status;
    i.createdAt = QDateTime(QDate(2026, 4, 1), QTime(10, minute), Qt::UTC);
    return i;
}

TrackedJob copyJob(const recipes::Recipe &recipe, const QString &newImage,
                   JobState state = JobState::Success, const QString &profile = "prod") {
    TrackedJob job;
    job.jobId = QStringLiteral("job-") + newImage;
    job.profile = profile;
    job.state = state;
    job.imageId = newImage;
    job.recipe = recipes::toJson(recipe);
    return job;
}

ProjectInfo project(const QString &name, bool enabled = true) {
    ProjectInfo p;
    p.id = QStringLiteral("id-") + name;
    p.name = name;
    p.enabled = enabled;
    return p;
}

} // namespace

class TestLineage final : public QObject {
    Q_OBJECT

private slots:
    void decodesTheSourceFromTheAttribute();
    void linksFromAttributes();
    void linksFromRecipes_data();
    void linksFromRecipes();
    void attributeWinsOverRecipe();
    void orphanWhenTheSourceIsGone();
    void regionsLackingCountsHealthyCopiesOnly();
    void cycleDoesNotHang();
    void regionsFromProjects_data();
    void regionsFromProjects();
    void regionProfileScopesToTheRegion();
    void regionalNamesSplitBack();
};

void TestLineage::decodesTheSourceFromTheAttribute() {
    const Image i = codec::image(QJsonObject{{"id", "c1"}, {"__originalimagename", "s1"}},
                                 codec::Attributes::Drop);
    QCOMPARE(i.sourceImageId, QStringLiteral("s1"));
    QVERIFY(i.attributes.isEmpty());
    QCOMPARE(codec::image(codec::imageObject(i)).sourceImageId, QStringLiteral("s1"));
}

void TestLineage::linksFromAttributes() {
    Lineage lineage;
    lineage.addImages({image("src", "eu-de"), image("nl", "eu-nl", "src", "active", 5),
                       image("ch", "eu-ch2", "src", "active", 2), image("nl2", "eu-nl", "nl")});
    QCOMPARE(lineage.sourceOf("nl"), QStringLiteral("src"));
    QCOMPARE(lineage.copiesOf("src"), (QStringList{"ch", "nl"})); // oldest first
    QCOMPARE(lineage.descendantsOf("src"), (QStringList{"ch", "nl", "nl2"}));
    QCOMPARE(lineage.rootOf("nl2"), QStringLiteral("src"));
    QVERIFY(lineage.sourceOf("src").isEmpty());
    lineage.removeImage("ch");
    QCOMPARE(lineage.copiesOf("src"), QStringList{"nl"});
}

void TestLineage::linksFromRecipes_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedRegion");
    QTest::newRow("cross-region copy") << "cross" << int(JobState::Success) << "src"
                                       << "eu-nl";
    QTest::newRow("in-region copy") << "copy" << int(JobState::Success) << "src"
                                    << "eu-de";
    QTest::newRow("failed copy") << "cross" << int(JobState::Fail) << ""
                                 << "";
    QTest::newRow("export") << "export" << int(JobState::Success) << ""
                            << "";
}

void TestLineage::linksFromRecipes() {
    QFETCH(QString, op);
    QFETCH(int, state);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedRegion);
    recipes::Recipe recipe;
    if (op == "cross")
        recipe = recipes::CrossRegionCopy{"src", "src", "web", "", "eu-nl", "eu-nl", ""};
    else if (op == "copy")
        recipe = recipes::Copy{"src", "src", "web", "", ""};
    else
        recipe = recipes::Export{"src", "src", "bucket:o", "qcow2", false};
    Lineage lineage;
    lineage.addImages({image("src", "eu-de")});
    lineage.addJobs({copyJob(recipe, "new", JobState(state))},
                    [](const QString &profile) { return profile == "prod" ? "eu-de" : ""; });
    QCOMPARE(lineage.sourceOf("new"), expectedSource);
    QCOMPARE(lineage.copiesOf("src"),
             expectedSource.isEmpty() ? QStringList() : QStringList{"new"});
    // Once listed without a region of its own, the copy counts where the job made it.
    Image listed = image("new", QString());
    lineage.addImages({listed});
    const QStringList lacking = lineage.regionsLacking("src", {"eu-de", "eu-nl"});
    QCOMPARE(lacking.contains("eu-nl"), expectedRegion != "eu-nl");
}

void TestLineage::attributeWinsOverRecipe() {
    Lineage lineage;
    lineage.addJobs(
        {copyJob(recipes::CrossRegionCopy{"old", "old", "c", "", "eu-nl", "eu-nl", ""}, "c")});
    lineage.addImages({image("c", "eu-nl", "real")});
    QCOMPARE(lineage.sourceOf("c"), QStringLiteral("real"));
}

void TestLineage::orphanWhenTheSourceIsGone() {
    Lineage lineage;
    lineage.addImages(
        {image("src", "eu-de"), image("c", "eu-nl", "src"), image("orphan", "eu-nl", "deleted")});
    QVERIFY(!lineage.isOrphan("c"));
    QVERIFY(!lineage.isOrphan("src")); // no source at all is not an orphan
    QVERIFY(lineage.isOrphan("orphan"));
    QCOMPARE(lineage.rootOf("orphan"), QStringLiteral("deleted"));
    lineage.removeImage("src");
    QVERIFY(lineage.isOrphan("c"));
}

void TestLineage::regionsLackingCountsHealthyCopiesOnly() {
    Lineage lineage;
    lineage.addImages({image("src", "eu-de"), image("nl", "eu-nl", "src"),
                       image("ch", "eu-ch2", "src", "killed"), image("ap", "ap-1", "nl")});
    QCOMPARE(lineage.regionsLacking("src", {"eu-de", "eu-nl", "eu-ch2", "ap-1", "af-1"}),
             (QStringList{"eu-ch2", "af-1"}));
}

void TestLineage::cycleDoesNotHang() {
    Lineage lineage;
    lineage.addImages({image("a", "eu-de", "b"), image("b", "eu-de", "a")});
    QCOMPARE(lineage.descendantsOf("a"), QStringList{"b"});
    QVERIFY(!lineage.rootOf("a").isEmpty());
}

void TestLineage::regionsFromProjects_data() {
    QTest::addColumn<QList<ProjectInfo>>("projects");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("projectNames");
    const QList<ProjectInfo> account{project("eu-nl_sub"), project("eu-de"), project("eu-nl"),
                                     project("eu-ch2", false), project("eu-de_partner")};
    QTest::newRow("every enabled region, own first")
        << account << QStringList() << QStringList{"eu-de", "eu-nl"}
        << QStringList{"eu-de", "eu-nl"};
    QTest::newRow("named regions only")
        << account << QStringList{"eu-nl"} << QStringList{"eu-de", "eu-nl"}
        << QStringList{"eu-de", "eu-nl"};
    QTest::newRow("a region of sub-projects only")
        << QList<ProjectInfo>{project("eu-de"), project("ap-1_a"), project("ap-1_b")}
        << QStringList() << QStringList{"eu-de", "ap-1"} << QStringList{"eu-de", "ap-1_a"};
    QTest::newRow("IAM lists nothing")
        << QList<ProjectInfo>{} << QStringList() << QStringList{"eu-de"} << QStringList{"eu-de"};
}

void TestLineage::regionsFromProjects() {
    QFETCH(QList<ProjectInfo>, projects);
    QFETCH(QStringList, named);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, projectNames);
    Profile profile;
    profile.region = "eu-de";
    profile.projectName = "eu-de";
    profile.inventoryRegions = named;
    QStringList gotRegions, gotNames;
    for (const auto &[region, p] : inventoryRegions(profile, projects)) {
        gotRegions.append(region);
        gotNames.append(p.name);
    }
    QCOMPARE(gotRegions, regions);
    QCOMPARE(gotNames, projectNames);
}

void TestLineage::regionProfileScopesToTheRegion() {
    Profile base = *presetProfile(CloudKind::OpenTelekomCloud, "eu-de");
    base.name = "prod";
    base.projectName = "eu-de";
    base.projectId = "p-de";
    base.ecsUrl = QUrl("https://ecs.eu-de.otc.t-systems.com");
    QCOMPARE(regionProfile(base, "eu-de", project("eu-de")).name, QStringLiteral("prod"));
    const Profile nl = regionProfile(base, "eu-nl", project("eu-nl"));
    QCOMPARE(nl.name, QStringLiteral("prod@eu-nl"));
    QCOMPARE(nl.region, QStringLiteral("eu-nl"));
    QCOMPARE(nl.projectId, QStringLiteral("id-eu-nl"));
    QCOMPARE(nl.projectName, QStringLiteral("eu-nl"));
    QCOMPARE(nl.identityUrl, base.identityUrl);
    QCOMPARE(nl.imageUrl, presetProfile(CloudKind::OpenTelekomCloud, "eu-nl")->imageUrl);
    QVERIFY(nl.ecsUrl.isEmpty()); // eu-de's ECS is no endpoint of eu-nl: the catalog says
}

void TestLineage::regionalNamesSplitBack() {
    const QStringList known{"prod", "lab@home"};
    QCOMPARE(splitRegionalProfileName("prod@eu-nl", known), (RegionKey{"prod", "eu-nl"}));
    QCOMPARE(splitRegionalProfileName("prod", known), (RegionKey{"prod", ""}));
    QCOMPARE(splitRegionalProfileName("lab@home", known), (RegionKey{"lab@home", ""}));
    QCOMPARE(splitRegionalProfileName("lab@home@eu-de", known), (RegionKey{"lab@home", "eu-de"}));
    QCOMPARE(splitRegionalProfileName("other@eu-de", known), (RegionKey{"other@eu-de", ""}));
}

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
