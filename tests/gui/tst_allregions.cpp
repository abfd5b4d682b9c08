// Issue 13's All regions view, driven through the window against a sandbox seeded with three
// regions: every region's rows with a Region column, the chips and `region:` filtering them, a
// failing region named in its own error line while the others load, "Replicate to the regions
// that lack it" starting exactly the missing copy, which then shows as a copy of its source
// without a refresh, and an operation on a row of another region sent to that region.
#include "allregions.h"
#include "allregionskit.h"
#include "deletedialog.h"
#include "desktopfixture.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "regionbar.h"
#include "replicatedialog.h"
#include "settingskeys.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace ims;

class TestAllRegions final : public QObject, private AllRegionsKit {
    Q_OBJECT

private slots:
    void listsEveryRegionAndFiltersByRegion();
    void aFailingRegionShowsItsErrorWhileOthersLoad();
    void replicateToTheRegionsThatLackIt();
    void deletingARowOfAnotherRegionGoesToThatRegion();
    void aSourceOutsideTheListingIsNotGone();
    void retryOfAJobOfAnotherRegionGoesToThatRegion();
    void aJobOfAnotherRegionIsAnnouncedAndClearedForGood();
};

void TestAllRegions::listsEveryRegionAndFiltersByRegion() {
    DesktopFixture desk(threeRegions());
    desk.start();
    openAllRegions(desk);
    for (const QString &region : kRegions)
        QVERIFY2(waitForRow(desk, QStringLiteral("web-frontend-2025"), region), qPrintable(region));
    QTRY_COMPARE(shownRegions(desk), QSet<QString>(kRegions.cbegin(), kRegions.cend()));
    MainWindow *w = desk.window();
    QVERIFY(!w->imageTable()->isColumnHidden(ImageTableModel::Region));
    QCOMPARE(w->regionBar()->regions(), kRegions);

    // A chip unchecked: its region's rows go, the others stay.
    w->regionBar()->chip(QStringLiteral("eu-nl"))->click();
    QTRY_COMPARE(shownRegions(desk),
                 (QSet<QString>{QStringLiteral("eu-de"), QStringLiteral("eu-ch2")}));
    w->regionBar()->chip(QStringLiteral("eu-nl"))->click();
    QTRY_COMPARE(shownRegions(desk).size(), 3);

    // `region:` in the search field.
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("region:eu-ch2"));
    QTRY_COMPARE(shownRegions(desk), QSet<QString>{QStringLiteral("eu-ch2")});
    search->clear();
    QTRY_COMPARE(shownRegions(desk).size(), 3);

    // A copy says what it is a copy of, across regions.
    const Image *copy = row(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-nl"));
    const Image *source = row(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-de"));
    QVERIFY(copy && source);
    QCOMPARE(copy->sourceImageId, source->id);
    const int copyRow = desk.app->images()->rowOf(copy->id);
    QCOMPARE(desk.app->images()->index(copyRow, ImageTableModel::Source).data().toString(),
             QStringLiteral("web-frontend-2025 (eu-de)"));

    // Back to Private: the browser's own rows again, no region in them.
    auto *tabs = w->findChild<QTabBar *>();
    tabs->setCurrentIndex(0);
    QVERIFY(w->imageTable()->isColumnHidden(ImageTableModel::Region));
    QTRY_VERIFY(desk.app->images()->rowCount() > 0 && desk.app->images()->at(0).region.isEmpty());
}

void TestAllRegions::aFailingRegionShowsItsErrorWhileOthersLoad() {
    DesktopFixture desk(threeRegions(
        {QStringLiteral("gateway:status=403,route=^GET /v2/cloudimages,region=eu-ch2")}));
    desk.start();
    openAllRegions(desk);
    RegionBar *bar = desk.window()->regionBar();
    QTRY_VERIFY_WITH_TIMEOUT(!bar->regionError(QStringLiteral("eu-ch2")).isEmpty(), 15000);
    QVERIFY2(bar->regionError(QStringLiteral("eu-ch2")).contains(QLatin1String("eu-ch2")),
             qPrintable(bar->regionError(QStringLiteral("eu-ch2"))));
    QVERIFY(waitForRow(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-de")));
    QVERIFY(waitForRow(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-nl")));
    QTRY_VERIFY(bar->regionError(QStringLiteral("eu-de")).isEmpty());
    QVERIFY(bar->regionError(QStringLiteral("eu-nl")).isEmpty());
    QVERIFY(!shownRegions(desk).contains(QStringLiteral("eu-ch2")));
    // A label joins a shown layout hidden, and shows from the event loop: asked until it has.
    QTRY_VERIFY([bar] {
        const auto *line = bar->findChild<QLabel *>(QStringLiteral("regionError:eu-ch2"));
        return line && line->isVisible();
    }());
}

void TestAllRegions::replicateToTheRegionsThatLackIt() {
    DesktopFixture desk(threeRegions());
    desk.start();
    openAllRegions(desk);
    for (const QString &region : kRegions)
        QVERIFY(waitForRow(desk, QStringLiteral("web-frontend-2025"), region));
    QVERIFY(waitForRow(desk, QStringLiteral("db-golden"), QStringLiteral("eu-de")));
    QTRY_VERIFY(!desk.app->allRegions()->inventory()->isRunning());
    const Image source = *row(desk, QStringLiteral("db-golden"), QStringLiteral("eu-de"));
    QVERIFY(desk.window()->selectImage(source.id));
    DetailsPane *pane = desk.window()->detailsPane();
    QTRY_VERIFY(pane->replicateMissingButton()->isVisible());
    QCOMPARE(desk.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);

    pane->replicateMissingButton()->click();
    ReplicateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ReplicateDialog *>(widget); d && d->isVisible())
                return d;
        }
        return static_cast<ReplicateDialog *>(nullptr);
    }()));
    // Exactly the region that lacks it is checked; the agency is the user's to name.
    QTableWidget *targets = dialog->targets();
    QStringList checked;
    for (int r = 0; r < targets->rowCount(); ++r) {
        if (targets->item(r, 0)->checkState() == Qt::Checked) {
            checked << targets->item(r, 0)->data(Qt::UserRole).toString();
            targets->item(r, 2)->setText(QStringLiteral("ims_admin_agency"));
        }
    }
    QCOMPARE(checked, QStringList{QStringLiteral("eu-nl")});
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    // One copy request, sent in the source's region, and its copy shows in eu-nl as a copy of
    // the source, with no refresh asked for.
    QVERIFY(waitForRow(desk, QStringLiteral("db-golden-copy"), QStringLiteral("eu-nl")));
    QCOMPARE(row(desk, QStringLiteral("db-golden-copy"), QStringLiteral("eu-nl"))->sourceImageId,
             source.id);
    int copies = 0;
    int listings = 0;
    for (const QJsonValue &entry : desk.adminAnswer("GET", QStringLiteral("/_sandbox/requests"))
                                       .json()["requests"]
                                       .toArray()) {
        const QString method = entry["method"].toString();
        const QString target = entry["target"].toString();
        if (method == QLatin1String("POST") && target.contains(QLatin1String("copy")))
            ++copies;
        if (method == QLatin1String("GET") && target.contains(QLatin1String("/v2/cloudimages?")))
            ++listings;
    }
    QCOMPARE(copies, 1);
    QCOMPARE(listings, 0);
    QTRY_VERIFY(!pane->replicateMissingButton()->isVisible());
}

void TestAllRegions::deletingARowOfAnotherRegionGoesToThatRegion() {
    DesktopFixture desk(threeRegions());
    QSettings().setValue(QString::fromLatin1(settings::ConfirmDelete.name), false);
    desk.start();
    openAllRegions(desk);
    QVERIFY(waitForRow(desk, QStringLiteral("nl-web-copy"), QStringLiteral("eu-nl")));
    QTRY_VERIFY(!desk.app->allRegions()->inventory()->isRunning());
    const QString id = row(desk, QStringLiteral("nl-web-copy"), QStringLiteral("eu-nl"))->id;
    QVERIFY(desk.window()->selectImage(id));
    QCOMPARE(desk.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);
    desk.app->operations()->action(QStringLiteral("delete"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.app->images()->image(id), 15000);
    QStringList deletes;
    for (const QJsonValue &entry : desk.adminAnswer("GET", QStringLiteral("/_sandbox/requests"))
                                       .json()["requests"]
                                       .toArray()) {
        if (entry["method"].toString() == QLatin1String("DELETE"))
            deletes << entry["target"].toString();
    }
    QCOMPARE(deletes.size(), 1);
    QVERIFY2(deletes.first().contains(QLatin1String("eu-nl")) && deletes.first().contains(id),
             qPrintable(deletes.first()));
}

// eu-de's web-frontend-2025 was made from a public image, which the All regions view (private
// images) does not list: its Copies name that source after one read, not "source (gone)".
void TestAllRegions::aSourceOutsideTheListingIsNotGone() {
    DesktopFixture desk(threeRegions());
    desk.start();
    openAllRegions(desk);
    QVERIFY(waitForRow(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-de")));
    QTRY_VERIFY(!desk.app->allRegions()->inventory()->isRunning());
    const Image copy = *row(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-de"));
    QVERIFY(!copy.sourceImageId.isEmpty());
    QVERIFY(desk.window()->selectImage(copy.id));
    QTreeWidget *tree = desk.window()->detailsPane()->tree();
    const auto sourceRows = [&](const QString &role) {
        return tree->findItems(role, Qt::MatchStartsWith | Qt::MatchRecursive, 0);
    };
    QTRY_VERIFY(sourceRows(QStringLiteral("eu-de · source")).size() == 1);
    QVERIFY(sourceRows(QStringLiteral("unknown · source (gone)")).isEmpty());
    // The public source is named, not added to the private rows.
    QVERIFY(!desk.app->images()->image(copy.sourceImageId));
}

// A copy started on a row of eu-nl is eu-nl's connection's job: it shows in the jobs panel, and
// when it fails its Retry goes to eu-nl again (not refused by the window's eu-de connection).
void TestAllRegions::retryOfAJobOfAnotherRegionGoesToThatRegion() {
    DesktopFixture desk(threeRegions({QStringLiteral(
        "job-fail:route=/copy,region=eu-nl,code=IMG.0071,reason=Disk is busy,count=1")}));
    desk.start();
    openListed(desk);
    replicateInEuNl(desk);
    const TrackedJob *failed = desk.waitForJob(QStringLiteral("FAIL"));
    QVERIFY2(failed, "the eu-nl job is not in the jobs panel");
    const QString jobId = failed->jobId;
    QVERIFY2(failed->profile.endsWith(QLatin1String("@eu-nl")), qPrintable(failed->profile));
    QCOMPARE(desk.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);

    JobsPanel *panel = desk.window()->jobsPanel();
    QAbstractItemModel *jobs = panel->view()->model();
    for (int r = 0; r < jobs->rowCount(); ++r) {
        if (jobs->index(r, 0).data(JobListModel::JobIdRole).toString() == jobId)
            panel->view()->selectRow(r);
    }
    QPushButton *retry = nullptr;
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Re&try"))
            retry = button;
    }
    QVERIFY(retry && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);

    const auto copies = [&desk] {
        QStringList targets;
        for (const QJsonValue &entry : desk.adminAnswer("GET", QStringLiteral("/_sandbox/requests"))
                                           .json()["requests"]
                                           .toArray()) {
            if (entry["method"].toString() == QLatin1String("POST") &&
                entry["target"].toString().contains(QLatin1String("copy")))
                targets << entry["target"].toString();
        }
        return targets;
    };
    QTRY_COMPARE_WITH_TIMEOUT(copies().size(), 1, 10000);
    QVERIFY2(copies().first().contains(QLatin1String("eu-nl")), qPrintable(copies().first()));
    QTRY_VERIFY(!desk.app->jobs()->job(jobId)); // replaced by the new job
    QVERIFY(desk.waitForJob(QStringLiteral("SUCCESS")));
    QVERIFY(!desk.window()->errorBanner()->isVisible());
}

// A job followed by another region's connection ends like the window's own: announced (the
// notification), and "Clear finished" clears it for good: not back after a restart.
void TestAllRegions::aJobOfAnotherRegionIsAnnouncedAndClearedForGood() {
    DesktopFixture desk(threeRegions());
    desk.start();
    openListed(desk);
    JobsPanel *panel = desk.window()->jobsPanel();
    panel->setNotifyAfterSeconds(-1); // every job's end, however short
    replicateInEuNl(desk);
    const TrackedJob *done = desk.waitForJob(QStringLiteral("SUCCESS"));
    QVERIFY2(done, "the eu-nl job did not succeed in the jobs panel");
    const QString jobId = done->jobId;
    QVERIFY2(done->profile.endsWith(QLatin1String("@eu-nl")), qPrintable(done->profile));
    QTRY_VERIFY2(panel->lastNotification().contains(QLatin1String("finished")),
                 qPrintable(panel->lastNotification()));

    QPushButton *clear = nullptr;
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Clear finished"))
            clear = button;
    }
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!desk.app->jobs()->job(jobId));

    desk.start(); // a restart
    openListed(desk);
    QVERIFY(waitForRow(desk, QStringLiteral("nl-web"), QStringLiteral("eu-nl")));
    QTest::qWait(500); // the eu-nl tracker's jobs reach the panel as its connection starts
    QVERIFY2(!desk.app->jobs()->job(jobId), "a cleared job came back after the restart");
    for (const TrackedJob &kept : JobStore().load()) // nor is it in the file, under any profile
        QVERIFY2(kept.jobId != jobId, qPrintable(kept.profile));
}

QTEST_MAIN(TestAllRegions)
#include "tst_allregions.moc"
