#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ims::Image;
using ims::ImageTableModel;

class TestImageTableModel final : public QObject {
    Q_OBJECT

private slots:
    void headersNameEveryColumn();
    void upsertAddsThenUpdatesInPlace();
    void removeAndRefreshKeepIndexConsistent();
    void sortsSizeAsNumberAndDatesAsDates_data();
    void sortsSizeAsNumberAndDatesAsDates();
    void searchMatchesNameIdTagsAndOs_data();
    void searchMatchesNameIdTagsAndOs();
    void appendedPagesMergeIntoTheSortOrder();
    void updatedImageMovesToItsSortedPlace();
    void selectionFollowsTheImageThroughSortAndFilter();
    void groupedCopiesFollowTheirSource_data();
    void groupedCopiesFollowTheirSource();
    void copyOfSaysWhatIsKnownOfTheSource_data();
    void copyOfSaysWhatIsKnownOfTheSource();
    void rowIndexFindsIdsWhoseHashesCollide_data();
    void rowIndexFindsIdsWhoseHashesCollide();
};

static QStringList proxyIds(const ims::ImageFilterProxyModel &proxy) {
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    return ids;
}

static Image makeImage(const QString &id, const QString &name, qint64 size,
                       const QString &created) {
    Image image;
    image.id = id;
    image.name = name;
    image.status = QStringLiteral("active");
    image.sizeBytes = size;
    image.createdAt = QDateTime::fromString(created, Qt::ISODate);
    image.updatedAt = image.createdAt;
    return image;
}

static QList<Image> threeImages() {
    Image ubuntu = makeImage(QStringLiteral("id-a"), QStringLiteral("web-ubuntu"), 900'000'000,
                             QStringLiteral("2024-01-10T10:00:00Z"));
    ubuntu.platform = QStringLiteral("Ubuntu");
    ubuntu.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
    ubuntu.tags = {QStringLiteral("env=prod")};
    Image small = makeImage(QStringLiteral("id-b"), QStringLiteral("db-centos"), 8'000'000'000,
                            QStringLiteral("2023-12-31T23:00:00Z"));
    small.platform = QStringLiteral("CentOS");
    Image big = makeImage(QStringLiteral("id-c"), QStringLiteral("Zeta"), 70'000'000,
                          QStringLiteral("2024-02-01T00:00:00Z"));
    return {ubuntu, small, big};
}

void TestImageTableModel::headersNameEveryColumn() {
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{"Name",        "Status",    "OS",       "OS version", "Image type",
                          "Disk format", "Size",      "Min disk", "Min RAM",    "Visibility",
                          "Protected",   "Encrypted", "Created",  "Updated",    "ID",
                          "Tags",        "Region",    "Profile",  "Copy of",    "Used by"}));
    QCOMPARE(model.rowCount(), 0);
}

void TestImageTableModel::upsertAddsThenUpdatesInPlace() {
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(threeImages());
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Image renamed = *model.image(QStringLiteral("id-b"));
    renamed.name = QStringLiteral("db-centos-v2");
    renamed.status = QStringLiteral("saving");
    model.upsert({renamed});

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(QStringLiteral("id-b"));
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, ImageTableModel::Name).data().toString(),
             QStringLiteral("db-centos-v2"));
    QCOMPARE(model.index(row, ImageTableModel::Status).data().toString(), QStringLiteral("Saving"));
    QVERIFY(model.image(QStringLiteral("id-b"))->isTransitional());
}

void TestImageTableModel::removeAndRefreshKeepIndexConsistent() {
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(threeImages());
    model.remove(QStringLiteral("id-a"));
    model.remove(QStringLiteral("gone-already")); // deleting what is gone is not an error
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(model.rowOf(QStringLiteral("id-c")), ImageTableModel::Id).data().toString(),
        QStringLiteral("id-c"));

    model.upsert(threeImages());
    model.beginRefresh();
    model.upsert({threeImages().first()});
    QCOMPARE(model.refreshedCount(), 1);
    model.removeUnrefreshed();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("id-a")), 0);
    QCOMPARE(model.image(QStringLiteral("id-b")), nullptr);
}

void TestImageTableModel::sortsSizeAsNumberAndDatesAsDates_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascendingIds");
    QTest::newRow("size") << int(ImageTableModel::Size) << QStringList{"id-c", "id-a", "id-b"};
    QTest::newRow("created") << int(ImageTableModel::Created)
                             << QStringList{"id-b", "id-a", "id-c"};
    QTest::newRow("name, case-insensitive")
        << int(ImageTableModel::Name) << QStringList{"id-b", "id-a", "id-c"};
}

void TestImageTableModel::sortsSizeAsNumberAndDatesAsDates() {
    QFETCH(int, column);
    QFETCH(QStringList, ascendingIds);
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(threeImages());
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(proxyIds(proxy), ascendingIds);
    proxy.sort(column, Qt::DescendingOrder);
    std::reverse(ascendingIds.begin(), ascendingIds.end());
    QCOMPARE(proxyIds(proxy), ascendingIds);
}

void TestImageTableModel::searchMatchesNameIdTagsAndOs_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty shows all") << "" << QStringList{"id-a", "id-b", "id-c"};
    QTest::newRow("name, any case") << "CENTOS" << QStringList{"id-b"};
    QTest::newRow("id") << "id-c" << QStringList{"id-c"};
    QTest::newRow("tag") << "env=prod" << QStringList{"id-a"};
    QTest::newRow("os version") << "22.04" << QStringList{"id-a"};
    QTest::newRow("nothing") << "windows" << QStringList{};
}

void TestImageTableModel::searchMatchesNameIdTagsAndOs() {
    QFETCH(QString, search);
    QFETCH(QStringList, ids);
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(threeImages());
    proxy.sort(ImageTableModel::Id, Qt::AscendingOrder);
    proxy.setSearchText(search);
    QCOMPARE(proxyIds(proxy), ids);
}

void TestImageTableModel::appendedPagesMergeIntoTheSortOrder() {
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("-name:skip"));
    // Pages arrive in server order; the view shows one sorted, filtered list throughout.
    for (int page = 0; page < 5; ++page) {
        QList<Image> images;
        for (int i = 0; i < 20; ++i) {
            const int n = page * 20 + i;
            images << makeImage(
                QStringLiteral("id-%1").arg(n, 3, 10, QLatin1Char('0')),
                n % 10 == 0 ? QStringLiteral("skip-%1").arg(n) : QStringLiteral("img-%1").arg(n),
                qint64((n * 37) % 100) * 1000, QStringLiteral("2024-01-01T00:00:00Z"));
        }
        model.upsert(images);
    }
    QCOMPARE(proxy.rowCount(), 90);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.imageAt(row - 1).sizeBytes <= proxy.imageAt(row).sizeBytes);
    QVERIFY(!proxyIds(proxy).contains(QStringLiteral("id-010")));
}

void TestImageTableModel::groupedCopiesFollowTheirSource_data() {
    QTest::addColumn<int>("pages");      // the images arrive in this many pages, copies first
    QTest::addColumn<QString>("change"); // then: "remove ID", "rename ID NAME" or nothing
    QTest::addColumn<QStringList>("order");
    const QStringList all{"alone", "db", "db-nl", "web", "web-nl", "web-nl-2", "zeta", "zeta-nl"};
    QTest::newRow("one page") << 1 << "" << all;
    QTest::newRow("copies listed before their source") << 3 << "" << all;
    QTest::newRow("a source deleted: its copy leads the rest") // as "a-web-copy"
        << 1 << "remove web"
        << QStringList{"web-nl", "web-nl-2", "alone", "db", "db-nl", "zeta", "zeta-nl"};
    QTest::newRow("a source renamed: its copies go with it")
        << 1 << "rename web b-web"
        << QStringList{"alone", "web", "web-nl", "web-nl-2", "db", "db-nl", "zeta", "zeta-nl"};
}

// "Group copies" (the Copy of column): each source leads its copies, and copies of a copy; an
// image made from a public image the view does not list (web) still leads its own copies.
void TestImageTableModel::groupedCopiesFollowTheirSource() {
    QFETCH(int, pages);
    QFETCH(QString, change);
    QFETCH(QStringList, order);
    const auto copyOf = [](const QString &id, const QString &name, const QString &source) {
        Image image = makeImage(id, name, 1, QStringLiteral("2024-01-01T00:00:00Z"));
        image.sourceImageId = source;
        return image;
    };
    const QList<Image> images{
        copyOf("web-nl", "a-web-copy", "web"),     copyOf("web-nl-2", "web-copy-2", "web-nl"),
        copyOf("db-nl", "b-db-copy", "db"),        copyOf("web", "web", "public-ubuntu"),
        copyOf("alone", "alone", "public-ubuntu"), copyOf("db", "db", ""),
        copyOf("zeta-nl", "a-zeta-copy", "zeta"),  copyOf("zeta", "zeta", "gone")};
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::Source, Qt::AscendingOrder);
    const qsizetype perPage = (images.size() + pages - 1) / pages;
    for (qsizetype first = 0; first < images.size(); first += perPage)
        model.upsert(images.mid(first, perPage));
    const QStringList words = change.split(QLatin1Char(' '));
    if (words.first() == QLatin1String("remove"))
        model.remove(words.at(1));
    if (words.first() == QLatin1String("rename")) {
        Image renamed = model.at(model.rowOf(words.at(1)));
        renamed.name = words.at(2);
        model.upsert({renamed});
    }
    QCOMPARE(proxyIds(proxy), order);
}

void TestImageTableModel::updatedImageMovesToItsSortedPlace() {
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(threeImages());
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    QCOMPARE(proxyIds(proxy), (QStringList{"id-c", "id-a", "id-b"}));

    Image grown = *model.image(QStringLiteral("id-c"));
    grown.sizeBytes = 9'000'000'000;
    model.upsert({grown});
    QCOMPARE(proxyIds(proxy), (QStringList{"id-a", "id-b", "id-c"}));

    proxy.setSearchText(QStringLiteral("status:active"));
    Image killed = grown;
    killed.status = QStringLiteral("killed");
    model.upsert({killed}); // no longer matches the query: it leaves the view
    QCOMPARE(proxyIds(proxy), (QStringList{"id-a", "id-b"}));
}

void TestImageTableModel::selectionFollowsTheImageThroughSortAndFilter() {
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.upsert(threeImages());
    proxy.sort(ImageTableModel::Name, Qt::AscendingOrder);
    const QPersistentModelIndex selected =
        proxy.index(proxyIds(proxy).indexOf("id-a"), ImageTableModel::Status);

    proxy.sort(ImageTableModel::Size, Qt::DescendingOrder);
    QCOMPARE(selected.data(ImageTableModel::IdRole).toString(), QStringLiteral("id-a"));
    QCOMPARE(selected.column(), int(ImageTableModel::Status));

    proxy.setSearchText(QStringLiteral("ubuntu"));
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(ImageTableModel::IdRole).toString(), QStringLiteral("id-a"));

    proxy.setSearchText(QStringLiteral("centos")); // filtered out: the selection ends
    QVERIFY(!selected.isValid());
}

void TestImageTableModel::rowIndexFindsIdsWhoseHashesCollide_data() {
    QTest::addColumn<bool>("collide");
    QTest::newRow("real hashes") << false;
    QTest::newRow("every hash the same") << true;
}

void TestImageTableModel::rowIndexFindsIdsWhoseHashesCollide() {
    QFETCH(bool, collide);
    ims::RowIndex index =
        collide ? ims::RowIndex([](const QString &) { return size_t(7); }) : ims::RowIndex();
    QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const auto idOf = [&ids](int row) { return ids.at(row); };
    for (int row = 0; row < ids.size(); ++row)
        index.insert(ids.at(row), row);
    QCOMPARE(index.find(QStringLiteral("c"), idOf), 2);
    QCOMPARE(index.find(QStringLiteral("a"), idOf), 0);
    QCOMPARE(index.find(QStringLiteral("unknown"), idOf), -1);
    ids.removeFirst(); // "a" is gone, the others moved up
    index.rebuild(int(ids.size()), idOf);
    QCOMPARE(index.find(QStringLiteral("a"), idOf), -1);
    QCOMPARE(index.find(QStringLiteral("b"), idOf), 0);
    QCOMPARE(index.find(QStringLiteral("c"), idOf), 1);
}

// The Copy of column of a copy whose source is not among the rows: its id while nothing is
// known ("not listed" is not "gone"), the source's name once a read found it, "gone" only once
// the cloud said so; each news repaints the copies that name it.
void TestImageTableModel::copyOfSaysWhatIsKnownOfTheSource_data() {
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("gone");
    QTest::addColumn<QString>("shown");
    QTest::newRow("not read yet") << false << QString() << false << "pub-1 (not listed)";
    QTest::newRow("read: a public image")
        << true << "Standard_Ubuntu" << false << "Standard_Ubuntu (eu-de)";
    QTest::newRow("read: 404") << true << QString() << true << "source gone (pub-1)";
}

void TestImageTableModel::copyOfSaysWhatIsKnownOfTheSource() {
    QFETCH(bool, known);
    QFETCH(QString, name);
    QFETCH(bool, gone);
    QFETCH(QString, shown);
    ImageTableModel model;
    Image listed = makeImage("src", "web", 1, "2024-01-01T00:00:00Z");
    listed.region = QStringLiteral("eu-de");
    Image copyOfListed = makeImage("c-0", "web", 1, "2024-01-02T00:00:00Z");
    copyOfListed.sourceImageId = listed.id;
    Image copy = makeImage("c-1", "web", 1, "2024-01-02T00:00:00Z");
    copy.sourceImageId = QStringLiteral("pub-1");
    Image other = makeImage("c-2", "web", 1, "2024-01-02T00:00:00Z");
    other.sourceImageId = QStringLiteral("pub-1"); // a second copy of the same source
    model.upsert({listed, copyOfListed, copy, other});
    const auto text = [&model](int row) {
        return model.index(row, ImageTableModel::Source).data().toString();
    };
    QCOMPARE(text(1), QStringLiteral("web (eu-de)"));
    QCOMPARE(text(2), QStringLiteral("pub-1 (not listed)"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    if (known)
        model.setOutsideSource(QStringLiteral("pub-1"), {name, QStringLiteral("eu-de"), gone});
    QCOMPARE(text(2), shown);
    QCOMPARE(text(3), shown);
    QCOMPARE(text(1), QStringLiteral("web (eu-de)")); // a listed source is the rows'
    if (known) { // one signal over the copies that name it, the Source column only
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2, ImageTableModel::Source));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, ImageTableModel::Source));
    }
    model.clearOutsideSources(); // a new listing: unknown again
    QCOMPARE(text(2), QStringLiteral("pub-1 (not listed)"));
}

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
