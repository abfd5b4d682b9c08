// core/'s multi-region inventory against the in-process sandbox seeded with several regions
// (--regions): the regions come from IAM's project list, each is listed through its own
// connection at once, a failing region fails alone, and the lineage and server usage built from
// what the regions listed link copies to their sources across regions.
#include "connection.h"
#include "lineage.h"
#include "missingsources.h"
#include "regioninventory.h"
#include "sandboxfixture.h"
#include "serverusage.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ims;

namespace {

struct Outcome {
    QStringList discovered;
    QHash<QString, QList<Image>> images; // by region
    QHash<QString, int> totals;          // regions that finished
    QHash<QString, ApiError> errors;     // regions that failed
    QStringList discoveryErrors;
    int finished = 0;
};

} // namespace

class TestRegionInventory final : public QObject {
    Q_OBJECT

private slots:
    void everyRegionListedThroughItsOwnConnection();
    void aFailingRegionFailsAlone_data();
    void aFailingRegionFailsAlone();
    void refusedProjectListStillListsTheOwnRegion();
    void lineageLinksCopiesAcrossRegions();
    void usageNamesTheServersOfEachRegion();
    void missingSourcesAreReadOnceEachAFewAtATime();
    void aProfileJoinsAndLeavesWhileTheOthersList();

private:
    void start(int regions, const QStringList &faults = {});
    Outcome run(RegionInventory &inventory);
    std::unique_ptr<SandboxFixture> m_sandbox;
    Profile m_profile;
    Credentials m_credentials;
};

void TestRegionInventory::start(int regions, const QStringList &faults) {
    sandbox::SandboxOptions options;
    options.regions = regions;
    options.faults = faults;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY2(m_sandbox->started(), qPrintable(m_sandbox->error()));
    QProcessEnvironment env;
    for (const auto &[name, value] : m_sandbox->server().environment())
        env.insert(name, value);
    QString why;
    std::optional<Profile> profile = profileFromEnvironment(env, &m_credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    m_profile = *profile;
    m_profile.name = QStringLiteral("sandbox");
    m_profile.cloud = CloudKind::Sandbox;
}

Outcome TestRegionInventory::run(RegionInventory &inventory) {
    Outcome out;
    connect(&inventory, &RegionInventory::regionsDiscovered, this,
            [&](const QString &, const QStringList &regions) { out.discovered += regions; });
    connect(&inventory, &RegionInventory::discoveryFailed, this,
            [&](const QString &profile, const ApiError &) { out.discoveryErrors.append(profile); });
    connect(&inventory, &RegionInventory::batch, this,
            [&](const RegionKey &key, const QList<Image> &images) {
                out.images[key.region] += images;
            });
    connect(&inventory, &RegionInventory::regionFinished, this,
            [&](const RegionKey &key, int total) { out.totals.insert(key.region, total); });
    connect(
        &inventory, &RegionInventory::regionFailed, this,
        [&](const RegionKey &key, const ApiError &error) { out.errors.insert(key.region, error); });
    connect(&inventory, &RegionInventory::finished, this, [&] { ++out.finished; });
    inventory.start();
    if (!QTest::qWaitFor([&] { return out.finished > 0; }, 20000))
        qWarning("the inventory did not finish");
    QTest::qWait(50); // nothing may follow `finished`
    return out;
}

void TestRegionInventory::everyRegionListedThroughItsOwnConnection() {
    start(3);
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    ImageListQuery query;
    query.attributes = codec::Attributes::Drop;
    inventory.setQuery(query);
    const Outcome out = run(inventory);
    QCOMPARE(out.finished, 1);
    QCOMPARE(out.discovered, (QStringList{"eu-de", "eu-nl", "eu-ch2"}));
    QVERIFY(out.errors.isEmpty());
    QSet<QString> seen;
    for (const QString &region : out.discovered) {
        QVERIFY2(out.totals.value(region) > 0, qPrintable(region));
        QCOMPARE(out.images.value(region).size(), out.totals.value(region));
        for (const Image &image : out.images.value(region)) {
            QCOMPARE(image.region, region);
            QVERIFY(image.profile.isEmpty()); // one profile: rows need no Profile column
            QVERIFY2(!seen.contains(image.id), "an image was listed in two regions");
            seen.insert(image.id);
        }
        Connection *connection = inventory.connection(m_profile.name, region);
        QVERIFY(connection);
        QCOMPARE(connection->profile().region, region);
        QCOMPARE(connection->session()->projectId().isEmpty(), false);
    }
    // Each region's rows are its own project's: the other regions' names differ from eu-de's.
    QVERIFY(std::any_of(out.images["eu-nl"].cbegin(), out.images["eu-nl"].cend(),
                        [](const Image &i) { return i.name == QLatin1String("nl-web"); }));
    QVERIFY(std::none_of(out.images["eu-de"].cbegin(), out.images["eu-de"].cend(),
                         [](const Image &i) { return i.name == QLatin1String("nl-web"); }));
    // The own region goes through the profile as saved (its jobs keep their name); the others
    // through a connection of their own, whose jobs are kept apart.
    QCOMPARE(inventory.connection(m_profile.name, "eu-de")->profile().name, m_profile.name);
    QCOMPARE(inventory.connection(m_profile.name, "eu-nl")->profile().name,
             regionalProfileName(m_profile.name, "eu-nl"));
    QCOMPARE(inventory.connectionForJobProfile(regionalProfileName(m_profile.name, "eu-ch2")),
             inventory.connection(m_profile.name, "eu-ch2"));
    QVERIFY(inventory.connection(m_profile.name, "eu-nl")->session()->projectId() !=
            inventory.connection(m_profile.name, "eu-de")->session()->projectId());
}

void TestRegionInventory::aFailingRegionFailsAlone_data() {
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    // A 500 is retried before the region gives up; a 403 (no permission in that region) is not.
    QTest::newRow("eu-nl 500") << QStringLiteral("eu-nl") << QStringLiteral("error:status=500")
                               << 500;
    QTest::newRow("eu-ch2 403") << QStringLiteral("eu-ch2") << QStringLiteral("gateway:status=403")
                                << 403;
}

void TestRegionInventory::aFailingRegionFailsAlone() {
    QFETCH(QString, failing);
    QFETCH(QString, fault);
    QFETCH(int, status);
    start(3, {fault + QStringLiteral(",route=^GET /v2/cloudimages,region=") + failing});
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    ListingOptions options;
    options.partition = false; // one chain per region: the failure is its first page's
    inventory.setListingOptions(options);
    const Outcome out = run(inventory);
    QCOMPARE(out.finished, 1);
    QCOMPARE(out.errors.keys(), QStringList{failing});
    QCOMPARE(out.errors.value(failing).httpStatus, status);
    QVERIFY(inventory.regionError({m_profile.name, failing}).has_value());
    QVERIFY(!out.images.contains(failing));
    for (const QString &region :
         {QStringLiteral("eu-de"), QStringLiteral("eu-nl"), QStringLiteral("eu-ch2")}) {
        if (region == failing)
            continue;
        QVERIFY2(out.totals.value(region) > 0, qPrintable(region));
        QVERIFY(!inventory.regionError({m_profile.name, region}).has_value());
    }
}

void TestRegionInventory::refusedProjectListStillListsTheOwnRegion() {
    start(3, {QStringLiteral("gateway:status=403,route=^GET /v3/auth/projects")});
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    const Outcome out = run(inventory);
    QCOMPARE(out.finished, 1);
    QCOMPARE(out.discoveryErrors, QStringList{m_profile.name});
    QCOMPARE(out.discovered, QStringList{"eu-de"});
    QVERIFY(out.totals.value("eu-de") > 0);
}

void TestRegionInventory::lineageLinksCopiesAcrossRegions() {
    start(3);
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    const Outcome out = run(inventory);
    QVERIFY(out.errors.isEmpty());
    Lineage lineage;
    for (const QList<Image> &images : out.images)
        lineage.addImages(images);
    const auto find = [&](const QString &region, const QString &name) {
        for (const Image &i : out.images.value(region))
            if (i.name == name)
                return i.id;
        return QString();
    };
    const QString web = find("eu-de", "web-frontend-2025");
    QVERIFY(!web.isEmpty());
    const QString webNl = find("eu-nl", "web-frontend-2025");
    const QString webCh = find("eu-ch2", "web-frontend-2025");
    QVERIFY(!webNl.isEmpty() && !webCh.isEmpty());
    QCOMPARE(lineage.sourceOf(webNl), web);
    QCOMPARE(lineage.sourceOf(webCh), web);
    QVERIFY(lineage.copiesOf(web).contains(webNl));
    QVERIFY(lineage.copiesOf(web).contains(webCh));
    QCOMPARE(lineage.sourceOf(find("eu-nl", "nl-web-copy")), find("eu-nl", "nl-web"));
    QVERIFY(lineage.isOrphan(find("eu-nl", "db-legacy-copy")));
    QVERIFY(!lineage.isOrphan(webNl));
    const QString db = find("eu-de", "db-golden");
    QVERIFY(!db.isEmpty());
    QCOMPARE(lineage.regionsLacking(db, out.discovered), QStringList{"eu-nl"});
    QVERIFY(lineage.regionsLacking(web, out.discovered).isEmpty());
}

void TestRegionInventory::usageNamesTheServersOfEachRegion() {
    start(3);
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    const Outcome out = run(inventory);
    ServerUsage usage;
    QSignalSpy changed(&usage, &ServerUsage::changed);
    for (const QString &region : out.discovered)
        usage.refresh(m_profile.name, region,
                      inventory.connection(m_profile.name, region)->session());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 10000);
    QString webNl;
    for (const Image &i : out.images.value("eu-nl"))
        if (i.name == QLatin1String("web-frontend-2025"))
            webNl = i.id;
    const QList<ServerRef> servers = usage.serversOf(webNl);
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first().name, QStringLiteral("nl-web-01"));
    QCOMPARE(servers.first().region, QStringLiteral("eu-nl"));
    QCOMPARE(usage.impactText(webNl), QStringLiteral("1 server in eu-nl was created from it"));
    QVERIFY(usage.isKnown(m_profile.name, "eu-ch2"));
}

// The All regions view's reads of sources the listing did not bring: one request per distinct
// id however often it is asked, never more than the bound at once, a public source found, an id
// no image has gone, a read that fails neither (asked again).
void TestRegionInventory::missingSourcesAreReadOnceEachAFewAtATime() {
    start(3, {QStringLiteral("latency:ms=150,route=^GET /v2/images/")}); // the reads overlap
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    const Outcome out = run(inventory);
    QVERIFY(out.errors.isEmpty());
    const auto sourceOf = [&](const QString &region, const QString &name) {
        for (const Image &i : out.images.value(region))
            if (i.name == name)
                return i.sourceImageId;
        return QString();
    };
    const QString publicSource = sourceOf("eu-de", "web-frontend-2025");
    const QString deletedSource = sourceOf("eu-nl", "db-legacy-copy");
    QVERIFY(!publicSource.isEmpty() && !deletedSource.isEmpty());
    Connection *de = inventory.connection(m_profile.name, "eu-de");
    Connection *nl = inventory.connection(m_profile.name, "eu-nl");
    QStringList unknown;
    for (int i = 0; i < 8; ++i)
        unknown << QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    QCOMPARE(m_sandbox->admin("DELETE", QStringLiteral("/_sandbox/requests")).status, 204);

    MissingSources sources(2);
    QHash<QString, QString> found; // id → name
    QStringList gone;
    int mostAtOnce = 0;
    const auto note = [&] { mostAtOnce = std::max(mostAtOnce, sources.reading()); };
    connect(&sources, &MissingSources::found, this, [&](const Image &source) {
        found.insert(source.id, source.name + " (" + source.region + ")");
        note();
    });
    connect(&sources, &MissingSources::gone, this, [&](const QString &id) {
        gone << id;
        note();
    });
    for (int copies = 0; copies < 3; ++copies) { // three copies name each source
        sources.ask(publicSource, de);
        note();
        sources.ask(deletedSource, nl);
        note();
        for (const QString &id : std::as_const(unknown)) {
            sources.ask(id, de);
            note();
        }
    }
    QCOMPARE(sources.queued() + sources.reading(), 2 + int(unknown.size()));
    QTRY_COMPARE_WITH_TIMEOUT(found.size() + gone.size(), 2 + int(unknown.size()), 20000);
    QCOMPARE(mostAtOnce, 2);
    QCOMPARE(found.keys(), QStringList{publicSource});
    QCOMPARE(found.value(publicSource), QStringLiteral("Standard_Ubuntu_22.04_latest (eu-de)"));
    QCOMPARE(sources.state(publicSource), MissingSources::State::Found);
    QCOMPARE(sources.state(deletedSource), MissingSources::State::Gone);
    QVERIFY(gone.contains(deletedSource));
    // One request per distinct id: asked three times, read once.
    QHash<QString, int> reads;
    const QJsonArray journal =
        QJsonDocument::fromJson(m_sandbox->admin("GET", QStringLiteral("/_sandbox/requests")).body)
            .object()
            .value(QStringLiteral("requests"))
            .toArray();
    for (const QJsonValue &entry : journal) {
        const QString target = entry[QStringLiteral("target")].toString();
        if (entry[QStringLiteral("method")].toString() == QLatin1String("GET") &&
            target.contains(QLatin1String("/v2/images/")))
            ++reads[target.section(QLatin1Char('/'), -1)];
    }
    QCOMPARE(reads.size(), 2 + int(unknown.size()));
    for (auto it = reads.cbegin(); it != reads.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));

    // A read that fails (not a 404) says nothing: the source is unknown again, and asked again.
    const QJsonObject fault{{"spec", "error:status=500,route=^GET /v2/images/"}};
    QCOMPARE(
        m_sandbox->admin("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault).toJson())
            .status,
        201);
    const QString failing = QStringLiteral("00000000-0000-4000-8000-999999999999");
    sources.ask(failing, de);
    QCOMPARE(sources.state(failing), MissingSources::State::Reading);
    QTRY_COMPARE_WITH_TIMEOUT(sources.state(failing), MissingSources::State::Unknown, 20000);
    QVERIFY(!gone.contains(failing));
}

// The All regions view's Profiles menu: a profile joins while the window's lists (start(name)
// leaves the others running) and leaves before its listings end: nothing of it arrives after,
// its server lists are cancelled with it, and the others still finish.
void TestRegionInventory::aProfileJoinsAndLeavesWhileTheOthersList() {
    start(3, {QStringLiteral("latency:ms=1000,route=^GET /v2/cloudimages")});
    RegionInventory inventory;
    inventory.addProfile(m_profile, m_credentials);
    QSignalSpy finished(&inventory, &RegionInventory::finished);
    QSignalSpy discovered(&inventory, &RegionInventory::regionsDiscovered);
    QHash<QString, int> startedRegions, finishedRegions; // by profile
    connect(&inventory, &RegionInventory::regionStarted, this,
            [&](const RegionKey &key) { ++startedRegions[key.profile]; });
    connect(&inventory, &RegionInventory::regionFinished, this,
            [&](const RegionKey &key) { ++finishedRegions[key.profile]; });
    bool removed = false;
    int lateBatches = 0;
    connect(&inventory, &RegionInventory::batch, this, [&](const RegionKey &key) {
        if (removed && key.profile == QLatin1String("second"))
            ++lateBatches;
    });
    inventory.start();
    QTRY_COMPARE_WITH_TIMEOUT(discovered.size(), 1, 10000); // its regions are listing
    Profile second = m_profile;
    second.name = QStringLiteral("second");
    inventory.addProfile(second, m_credentials);
    QVERIFY(inventory.spansProfiles());
    inventory.start(second.name);
    QTRY_COMPARE_WITH_TIMEOUT(discovered.size(), 2, 10000);
    QVERIFY(inventory.isRunning());
    QCOMPARE(finished.size(), 0); // the first profile's listings were not restarted or ended

    ServerUsage usage;
    QSignalSpy changed(&usage, &ServerUsage::changed);
    usage.refresh(second.name, QStringLiteral("eu-de"),
                  inventory.connection(second.name, QStringLiteral("eu-de"))->session());
    usage.forget(second.name);
    inventory.removeProfile(second.name);
    removed = true;
    QCOMPARE(inventory.profiles(), QStringList{m_profile.name});
    QVERIFY(!inventory.connection(second.name, QStringLiteral("eu-nl")));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(startedRegions.value(m_profile.name), 3); // each listed once, never restarted
    QCOMPARE(finishedRegions.value(m_profile.name), 3);
    QCOMPARE(finishedRegions.value(second.name), 0);
    QTest::qWait(400); // a server list not cancelled would answer meanwhile
    QCOMPARE(lateBatches, 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!usage.isKnown(second.name, QStringLiteral("eu-de")));
}

QTEST_GUILESS_MAIN(TestRegionInventory)
#include "tst_regioninventory.moc"
