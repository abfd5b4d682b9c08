// imsctl images list --all-regions and images where against a sandbox of three regions: the
// region column and field, a region that fails said on stderr while the others print, and an
// image's source and copies across regions.
#include "imsctlrun.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestImsctlRegions final : public QObject {
    Q_OBJECT

private slots:
    void listsEveryRegion_data();
    void listsEveryRegion();
    void whereShowsTheCopiesOfEveryRegion();

private:
    QProcessEnvironment environment(SandboxFixture &sandbox) const {
        QProcessEnvironment env;
        for (const auto &[name, value] : sandbox.server().environment())
            if (!name.contains(QLatin1String("ACCESS_KEY")) &&
                !name.contains(QLatin1String("SECRET_KEY")))
                env.insert(name, value);
        return env;
    }
    QTemporaryDir m_home;
};

void TestImsctlRegions::listsEveryRegion_data() {
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all") << QStringList() << QStringList{"eu-ch2", "eu-de", "eu-nl"} << 0;
    QTest::newRow("eu-ch2 failing")
        << QStringList{"gateway:status=403,route=^GET /v2/cloudimages,region=eu-ch2"}
        << QStringList{"eu-de", "eu-nl"} << 1;
}

void TestImsctlRegions::listsEveryRegion() {
    QFETCH(QStringList, faults);
    QFETCH(QStringList, regions);
    QFETCH(int, exitCode);
    sandbox::SandboxOptions options;
    options.regions = 3;
    options.faults = faults;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.started());
    const ImsctlRun run = runImsctl({"images", "list", "--all-regions", "--format", "json"},
                                    environment(sandbox), m_home.path());
    QCOMPARE(run.exitCode, exitCode);
    const QJsonArray images = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!images.isEmpty());
    QSet<QString> seen;
    for (const QJsonValue &v : images)
        seen.insert(v.toObject().value("region").toString());
    QStringList listed(seen.begin(), seen.end());
    listed.sort();
    QCOMPARE(listed, regions);
    QCOMPARE(run.err.contains("eu-ch2"), exitCode != 0);
}

void TestImsctlRegions::whereShowsTheCopiesOfEveryRegion() {
    sandbox::SandboxOptions options;
    options.regions = 3;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.started());
    const QProcessEnvironment env = environment(sandbox);
    const ImsctlRun list =
        runImsctl({"images", "list", "--all-regions", "--format", "json"}, env, m_home.path());
    QString web;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        if (v["name"].toString() == "web-frontend-2025" && v["region"].toString() == "eu-de")
            web = v["id"].toString();
    QVERIFY(!web.isEmpty());
    const ImsctlRun where =
        runImsctl({"images", "where", web, "--format", "json"}, env, m_home.path());
    QCOMPARE(where.exitCode, 0);
    QStringList copyRegions;
    for (const QJsonValue &v : QJsonDocument::fromJson(where.out).array())
        if (v["relation"].toString() == "copy" && v["source"].toString() == web)
            copyRegions.append(v["region"].toString());
    copyRegions.sort();
    QCOMPARE(copyRegions, (QStringList{"eu-ch2", "eu-nl"}));
}

QTEST_GUILESS_MAIN(TestImsctlRegions)
#include "tst_imsctl_regions.moc"
