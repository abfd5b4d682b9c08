// Issue 13's All regions view, driven through the window against a sandbox seeded with three
// regions: every region's rows with a Region column, the chips and `region:` filtering them, a
// failing region named in its own error line while the others load, "Replicate to the regions
// that lack it" starting exactly the missing copy, which then shows as a copy of its source
// without a refresh, and an operation on a row of another region sent to that region.
#include "allregions.h"
#include "desktopfixture.h"
#include "detailspane.h"
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"
#include "regionbar.h"
#include "replicatedialog.h"
#include "settingskeys.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace ims;

namespace {

const QStringList kRegions{QStringLiteral("eu-de"), QStringLiteral("eu-nl"),
                           QStringLiteral("eu-ch2")};

sandbox::SandboxOptions threeRegions(const QStringList &faults = {}) {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.regions = 3;
    options.faults = faults;
    return options;
}

} // namespace

class TestAllRegions final : public QObject {
    Q_OBJECT

private slots:
    void listsEveryRegionAndFiltersByRegion();
    void aFailingRegionShowsItsErrorWhileOthersLoad();
    void replicateToTheRegionsThatLackIt();
    void deletingARowOfAnotherRegionGoesToThatRegion();
    void aSourceOutsideTheListingIsNotGone();

private:
    void openAllRegions(DesktopFixture &desk);
    // The regions of the rows the table shows (after the chips and the search).
    static QSet<QString> shownRegions(DesktopFixture &desk);
    static const Image *row(DesktopFixture &desk, const QString &name, const QString &region);
    static bool waitForRow(DesktopFixture &desk, const QString &name, const QString &region);
};

void TestAllRegions::openAllRegions(DesktopFixture &desk) {
    auto *tabs = desk.window()->findChild<QTabBar *>();
    QVERIFY(tabs);
    int index = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QLatin1String("All regions"))
            index = i;
    }
    QVERIFY2(index >= 0, "no All regions tab");
    tabs->setCurrentIndex(index);
}

QSet<QString> TestAllRegions::shownRegions(DesktopFixture &desk) {
    QSet<QString> regions;
    const QAbstractItemModel *view = desk.window()->imageTable()->model();
    for (int r = 0; r < view->rowCount(); ++r)
        regions << view->index(r, ImageTableModel::Region).data().toString();
    return regions;
}

const Image *TestAllRegions::row(DesktopFixture &desk, const QString &name, const QString &region) {
    ImageTableModel *images = desk.app->images();
    for (int r = 0; r < images->rowCount(); ++r) {
        if (images->at(r).name == name && images->at(r).region == region)
            return &images->at(r);
    }
    return nullptr;
}

bool TestAllRegions::waitForRow(DesktopFixture &desk, const QString &name, const QString &region) {
    return QTest::qWaitFor([&] { return row(desk, name, region) != nullptr; }, 15000);
}

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

QTEST_MAIN(TestAllRegions)
#include "tst_allregions.moc"
