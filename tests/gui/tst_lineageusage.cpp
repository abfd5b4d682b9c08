// Issue 13's usage and lineage in the All regions view, against a sandbox seeded with three
// regions and servers in each: the Used by column counts the servers made from each image and
// the details pane names them, the delete dialog says which servers were made from an image
// (and nothing of the kind for an unused one), and the Copy of column names a source the
// listing did not bring, or says it is gone only once the cloud said so.
#include "allregionskit.h"
#include "detailspane.h"
#include "settingskeys.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

#include <memory>

using namespace ims;

class TestLineageUsage final : public QObject, private AllRegionsKit {
    Q_OBJECT

private slots:
    void usedByCountsTheServersOfEveryRegion_data();
    void usedByCountsTheServersOfEveryRegion();
    void deleteDialogSaysWhichServersWereMadeFromIt_data();
    void deleteDialogSaysWhichServersWereMadeFromIt();
    void anImageInUseIsNotDeletedUnseen();
    void copyOfNamesTheSourceOrSaysItIsGone_data();
    void copyOfNamesTheSourceOrSaysItIsGone();
    void cleanupTestCase() { m_listed.reset(); }

private:
    // One window for the rows that only look (no row changes anything): listed once.
    DesktopFixture &listed() {
        if (!m_listed) {
            m_listed = std::make_unique<DesktopFixture>(threeRegions());
            m_listed->start();
            openListed(*m_listed);
        }
        return *m_listed;
    }
    std::unique_ptr<DesktopFixture> m_listed;
};

// The sandbox seeds servers in every region, made from the region's copy of web-frontend-2025
// (eu-nl's nl-web-01, eu-ch2's eu-ch2-web-01) and from public images the view does not list.
void TestLineageUsage::usedByCountsTheServersOfEveryRegion_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("servers");
    QTest::newRow("eu-nl copy in use") << "eu-nl"
                                       << "web-frontend-2025" << QStringList{"nl-web-01"};
    QTest::newRow("eu-ch2 copy in use") << "eu-ch2"
                                        << "web-frontend-2025" << QStringList{"eu-ch2-web-01"};
    QTest::newRow("eu-de source unused") << "eu-de"
                                         << "web-frontend-2025" << QStringList{};
    QTest::newRow("eu-nl copy unused") << "eu-nl"
                                       << "nl-web-copy" << QStringList{};
}

void TestLineageUsage::usedByCountsTheServersOfEveryRegion() {
    QFETCH(QString, region);
    QFETCH(QString, name);
    QFETCH(QStringList, servers);
    DesktopFixture &desk = listed();
    QVERIFY(!desk.window()->imageTable()->isColumnHidden(ImageTableModel::UsedBy));
    QVERIFY(waitForRow(desk, name, region));
    const QString id = row(desk, name, region)->id;
    // Known once the region's servers are listed: a count, 0 included (unknown shows nothing).
    QTRY_VERIFY_WITH_TIMEOUT(shown(desk, id, ImageTableModel::UsedBy).isValid(), 15000);
    QCOMPARE(shown(desk, id, ImageTableModel::UsedBy).toInt(), servers.size());

    QVERIFY(desk.window()->selectImage(id));
    QTreeWidget *tree = desk.window()->detailsPane()->tree();
    QTreeWidgetItem *usedBy = nullptr;
    QTRY_VERIFY([&] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("usedBy"))
                usedBy = tree->topLevelItem(i);
        }
        return usedBy != nullptr;
    }());
    QCOMPARE(usedBy->text(0), QStringLiteral("Used by (%1 servers)").arg(servers.size()));
    QStringList listed;
    for (int i = 0; i < usedBy->childCount(); ++i) {
        listed << usedBy->child(i)->text(0);
        QVERIFY2(usedBy->child(i)->text(1).endsWith(region), qPrintable(usedBy->child(i)->text(1)));
    }
    QCOMPARE(listed, servers);
}

void TestLineageUsage::deleteDialogSaysWhichServersWereMadeFromIt_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("servers"); // the dialog's line, empty: none
    QTest::newRow("eu-nl copy in use") << "eu-nl"
                                       << "web-frontend-2025"
                                       << "1 server in eu-nl was created from it";
    QTest::newRow("eu-ch2 copy in use") << "eu-ch2"
                                        << "web-frontend-2025"
                                        << "1 server in eu-ch2 was created from it";
    QTest::newRow("unused copy") << "eu-nl"
                                 << "nl-web-copy" << QString();
}

void TestLineageUsage::deleteDialogSaysWhichServersWereMadeFromIt() {
    QFETCH(QString, region);
    QFETCH(QString, name);
    QFETCH(QString, servers);
    DesktopFixture &desk = listed();
    QVERIFY(waitForRow(desk, name, region));
    const QString id = row(desk, name, region)->id;
    QTRY_VERIFY_WITH_TIMEOUT(shown(desk, id, ImageTableModel::UsedBy).isValid(), 15000);
    QVERIFY(desk.window()->selectImage(id));
    DeleteDialog *dialog = openDeleteDialog(desk);
    QVERIFY(dialog);
    const QString impact = dialog->table()->item(0, 1)->text();
    if (servers.isEmpty())
        QVERIFY2(!impact.contains(QLatin1String("created from it")), qPrintable(impact));
    else
        QVERIFY2(impact.contains(servers), qPrintable(impact));
    dialog->reject();
}

// With the confirmation turned off, an image that affects nothing else goes at once; one that
// servers were made from still shows the dialog that says so.
void TestLineageUsage::anImageInUseIsNotDeletedUnseen() {
    m_listed.reset(); // a window of its own, with a setting of its own
    DesktopFixture desk(threeRegions());
    QSettings().setValue(QString::fromLatin1(settings::ConfirmDelete.name), false);
    desk.start();
    openListed(desk);
    const QString id = row(desk, QStringLiteral("web-frontend-2025"), QStringLiteral("eu-nl"))->id;
    QTRY_VERIFY_WITH_TIMEOUT(shown(desk, id, ImageTableModel::UsedBy).isValid(), 15000);
    QVERIFY(desk.window()->selectImage(id));
    QCOMPARE(desk.admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);
    DeleteDialog *dialog = openDeleteDialog(desk);
    QVERIFY(dialog);
    QVERIFY(dialog->table()->item(0, 1)->text().contains(
        QLatin1String("1 server in eu-nl was created from it")));
    for (const QJsonValue &entry :
         desk.adminAnswer("GET", QStringLiteral("/_sandbox/requests")).json()["requests"].toArray())
        QVERIFY2(entry["method"].toString() != QLatin1String("DELETE"),
                 qPrintable(entry["target"].toString()));
    QVERIFY(desk.app->images()->image(id));
    dialog->reject();
}

// What a copy's "Copy of" cell says of a source that is not among the rows: a public image is
// read and named (not called gone); a source that no longer exists, as the cloud's 404 says, is
// gone: the seeded copy's, a source deleted in the sandbox behind the window's back (seen at
// the next refresh), and one deleted from the window (its copies are told at once).
void TestLineageUsage::copyOfNamesTheSourceOrSaysItIsGone_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("deleteSource"); // "sandbox" (then a refresh), "window" or none
    QTest::addColumn<QString>("shown");        // %1: the source's id
    QTest::newRow("copy of a public image")
        << "eu-de"
        << "web-frontend-2025" << QString() << "Standard_Ubuntu_22.04_latest (eu-de)";
    QTest::newRow("seeded copy of a deleted image")
        << "eu-nl"
        << "db-legacy-copy" << QString() << "source gone (%1)";
    QTest::newRow("source deleted in the sandbox") << "eu-nl"
                                                   << "web-frontend-2025"
                                                   << "sandbox"
                                                   << "source gone (%1)";
    QTest::newRow("source deleted from the window") << "eu-nl"
                                                    << "web-frontend-2025"
                                                    << "window"
                                                    << "source gone (%1)";
}

void TestLineageUsage::copyOfNamesTheSourceOrSaysItIsGone() {
    QFETCH(QString, region);
    QFETCH(QString, name);
    QFETCH(QString, deleteSource);
    QFETCH(QString, shown);
    m_listed.reset();
    DesktopFixture desk(threeRegions());
    desk.start();
    openListed(desk);
    QVERIFY(waitForRow(desk, name, region));
    const Image copy = *row(desk, name, region);
    QVERIFY(!copy.sourceImageId.isEmpty());
    if (deleteSource == QLatin1String("sandbox")) {
        QCOMPARE(desk.asUser("DELETE", QStringLiteral("/v2/images/") + copy.sourceImageId).status,
                 204);
        desk.window()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.app->allRegions()->inventory()->isRunning() && row(desk, name, region), 15000);
        QVERIFY(!desk.app->images()->image(copy.sourceImageId));
    } else if (deleteSource == QLatin1String("window")) {
        QVERIFY(desk.window()->selectImage(copy.sourceImageId));
        DeleteDialog *dialog = openDeleteDialog(desk);
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.app->images()->image(copy.sourceImageId), 15000);
        dialog->reject();
    }
    const QString expected =
        shown.contains(QLatin1String("%1")) ? shown.arg(copy.sourceImageId) : shown;
    QTRY_COMPARE_WITH_TIMEOUT(
        TestLineageUsage::shown(desk, copy.id, ImageTableModel::Source).toString(), expected,
        15000);
    // The details pane agrees with the column.
    QVERIFY(desk.window()->selectImage(copy.id));
    QTreeWidget *tree = desk.window()->detailsPane()->tree();
    const bool gone = expected.startsWith(QLatin1String("source gone"));
    QTRY_COMPARE(tree->findItems(QStringLiteral("unknown · source (gone)"),
                                 Qt::MatchExactly | Qt::MatchRecursive, 0)
                     .size(),
                 gone ? 1 : 0);
    QCOMPARE(tree->findItems(QStringLiteral("source (not listed)"),
                             Qt::MatchEndsWith | Qt::MatchRecursive, 0)
                 .size(),
             0);
}

QTEST_MAIN(TestLineageUsage)
#include "tst_lineageusage.moc"
