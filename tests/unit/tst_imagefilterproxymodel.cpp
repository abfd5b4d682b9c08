// The proxy under removals and updates: what the view sees must be rows removed and rows
// repainted, never a reset, so that the selection, the current row and the scroll position stay.
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ims::Image;
using ims::ImageFilterProxyModel;
using ims::ImageTableModel;

namespace {

QString idOf(int n) {
    return QStringLiteral("id-%1").arg(n, 4, 10, QLatin1Char('0'));
}

// Names, sizes and tags that interleave, so that sorting by any of them scatters source rows.
Image makeImage(int n) {
    Image image;
    image.id = idOf(n);
    image.name = QStringLiteral("image-%1").arg((n * 37) % 101);
    image.status = QStringLiteral("active");
    image.sizeBytes = qint64((n * 7919) % 1000) * 1000;
    image.tags = {QStringLiteral("env=%1").arg(n % 3 ? "prod" : "dev")};
    image.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + n * 60, Qt::UTC);
    image.updatedAt = image.createdAt;
    return image;
}

QList<Image> images(int count) {
    QList<Image> list;
    for (int n = 0; n < count; ++n)
        list << makeImage(n);
    return list;
}

QStringList proxyIds(const QAbstractItemModel &proxy) {
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    return ids;
}

// What a proxy built from scratch over the same rows shows: what the updated one must show.
QStringList freshIds(ImageTableModel &model, int sortColumn, const QString &search) {
    ImageFilterProxyModel fresh;
    fresh.setSourceModel(&model);
    if (sortColumn >= 0)
        fresh.sort(sortColumn, Qt::DescendingOrder);
    fresh.setSearchText(search);
    return proxyIds(fresh);
}

// Every proxy row maps to the source and back, whatever the moment.
bool mapsBothWays(const ImageFilterProxyModel &proxy) {
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 1);
        const QModelIndex source = proxy.mapToSource(index);
        if (proxy.mapFromSource(source) != index ||
            source.data(ImageTableModel::IdRole).toString() != proxy.imageAt(row).id)
            return false;
    }
    return true;
}

} // namespace

class TestImageFilterProxyModel final : public QObject {
    Q_OBJECT

private slots:
    void removalsAndARefreshNeverReset_data();
    void removalsAndARefreshNeverReset();
    void removeEmitsTheProxyRowOfTheImage();
    void removingAFilteredOutImageEmitsNothing();
    void sourceRemovesStaleRunsLastFirst();
    void dataChangedCoversOnlyTheChangedRows();
    void anUpdateThatMovesARowKeepsPersistentIndexes();
    void clearRemovesEveryRowWithoutAReset();
};

void TestImageFilterProxyModel::removalsAndARefreshNeverReset_data() {
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("search");
    for (const auto &[name, column] : {std::pair{"unsorted", -1},
                                       {"by name", int(ImageTableModel::Name)},
                                       {"by size", int(ImageTableModel::Size)},
                                       {"by created", int(ImageTableModel::Created)}}) {
        QTest::addRow("%s, no filter", name) << column << QString();
        QTest::addRow("%s, filtered", name) << column << QStringLiteral("env=prod");
    }
}

void TestImageFilterProxyModel::removalsAndARefreshNeverReset() {
    QFETCH(int, sortColumn);
    QFETCH(QString, search);
    ImageTableModel model;
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(300));
    if (sortColumn >= 0)
        proxy.sort(sortColumn, Qt::DescendingOrder);
    proxy.setSearchText(search);

    // The refresh keeps every image but 1, 2 (a run), 3k+5 below 200 and 250..259 (a run).
    const auto dropped = [](int n) {
        return n == 1 || n == 2 || (n < 200 && n % 3 == 2) || (n >= 250 && n < 260);
    };
    const QString keptId = idOf(100);
    QVERIFY(!dropped(100));
    const QPersistentModelIndex kept =
        proxy.index(int(proxyIds(proxy).indexOf(keptId)), ImageTableModel::Status);
    QVERIFY(kept.isValid());

    // What each rowsAboutToBeRemoved names, read while those rows are still there.
    QStringList removedIds;
    connect(&proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [&](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    removedIds << proxy.imageAt(row).id;
            });
    bool consistentMeanwhile = true;
    connect(&model, &QAbstractItemModel::rowsRemoved, this,
            [&] { consistentMeanwhile = consistentMeanwhile && mapsBothWays(proxy); });
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);

    QStringList expectedRemoved;
    for (const QString &id : proxyIds(proxy)) {
        if (dropped(id.mid(3).toInt()))
            expectedRemoved << id;
    }
    model.remove(idOf(1)); // a delete, then a refresh that drops the rest
    model.beginRefresh();
    QList<Image> refreshed;
    for (int n = 0; n < 300; ++n) {
        if (!dropped(n))
            refreshed << makeImage(n);
    }
    model.upsert(refreshed);
    model.removeUnrefreshed();

    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0); // the same images came back: nothing moved
    QVERIFY(consistentMeanwhile);
    removedIds.sort();
    expectedRemoved.sort();
    QCOMPARE(removedIds, expectedRemoved);
    QCOMPARE(proxyIds(proxy), freshIds(model, sortColumn, search));
    QVERIFY(mapsBothWays(proxy));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(ImageTableModel::IdRole).toString(), keptId);
    QCOMPARE(kept.row(), proxyIds(proxy).indexOf(keptId));
    QCOMPARE(kept.column(), int(ImageTableModel::Status));
}

void TestImageFilterProxyModel::removeEmitsTheProxyRowOfTheImage() {
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(20));
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    const QStringList before = proxyIds(proxy);
    const int row = int(before.indexOf(idOf(7)));
    QVERIFY(row > 0 && row < 19); // neither end: the rows after it must shift

    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    model.remove(idOf(7));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    QCOMPARE(removed.first().at(2).toInt(), row);
    QStringList expected = before;
    expected.removeAt(row);
    QCOMPARE(proxyIds(proxy), expected);
}

void TestImageFilterProxyModel::removingAFilteredOutImageEmitsNothing() {
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(20));
    proxy.sort(ImageTableModel::Name, Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("env=prod")); // hides every third image, id-0003 among them
    const QStringList shown = proxyIds(proxy);
    QVERIFY(!shown.contains(idOf(3)));

    QSignalSpy aboutToRemove(&proxy, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
    model.remove(idOf(3));
    model.remove(idOf(0)); // the first source row: every other row shifts down
    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxyIds(proxy), shown);
    QVERIFY(mapsBothWays(proxy));
}

void TestImageFilterProxyModel::sourceRemovesStaleRunsLastFirst() {
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(12));
    model.beginRefresh();
    QList<Image> kept;
    for (int n : {0, 3, 4, 6, 7, 10})
        kept << makeImage(n);
    model.upsert(kept);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeUnrefreshed();
    QList<QPair<int, int>> runs;
    for (const QList<QVariant> &signal : std::as_const(removed))
        runs << qMakePair(signal.at(1).toInt(), signal.at(2).toInt());
    QCOMPARE(runs, (QList<QPair<int, int>>{{11, 11}, {8, 9}, {5, 5}, {1, 2}}));
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.at(row).id;
    QCOMPARE(ids, (QStringList{idOf(0), idOf(3), idOf(4), idOf(6), idOf(7), idOf(10)}));
    QCOMPARE(model.rowOf(idOf(10)), 5);
    QCOMPARE(model.rowOf(idOf(9)), -1);
}

void TestImageFilterProxyModel::dataChangedCoversOnlyTheChangedRows() {
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(30));
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    const QStringList ids = proxyIds(proxy);

    // Three images whose size (the sort key) stays: two neighbours in the view, one apart.
    QList<Image> changed;
    for (int row : {4, 5, 20}) {
        Image image = *model.image(ids.at(row));
        image.status = QStringLiteral("saving");
        changed << image;
    }
    changed << changed.first(); // twice in one batch: still one row
    QSignalSpy data(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.upsert(changed);
    QCOMPARE(layouts.count(), 0);
    QList<QPair<int, int>> ranges;
    for (const QList<QVariant> &signal : std::as_const(data)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), ImageTableModel::ColumnCount - 1);
        ranges << qMakePair(topLeft.row(), bottomRight.row());
    }
    QCOMPARE(ranges, (QList<QPair<int, int>>{{4, 5}, {20, 20}}));
    QCOMPARE(proxy.index(20, ImageTableModel::Status).data().toString(), QStringLiteral("Saving"));
    QCOMPARE(proxyIds(proxy), ids);
}

void TestImageFilterProxyModel::anUpdateThatMovesARowKeepsPersistentIndexes() {
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(30));
    proxy.sort(ImageTableModel::Size, Qt::AscendingOrder);
    const QStringList ids = proxyIds(proxy);
    const QPersistentModelIndex watched = proxy.index(10, 0);
    const QPersistentModelIndex grown = proxy.index(2, 0);

    Image image = *model.image(ids.at(2));
    image.sizeBytes = 10'000'000'000; // the biggest now: it moves to the end
    QSignalSpy data(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.upsert({image});
    QCOMPARE(layouts.count(), 1);
    QStringList expected = ids;
    expected.move(2, 29);
    QCOMPARE(proxyIds(proxy), expected);
    QCOMPARE(watched.data(ImageTableModel::IdRole).toString(), ids.at(10));
    QCOMPARE(watched.row(), 9);
    QCOMPARE(grown.row(), 29);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.first().at(0).value<QModelIndex>().row(), 29);
}

void TestImageFilterProxyModel::clearRemovesEveryRowWithoutAReset() {
    ImageTableModel model;
    ImageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(images(10));
    proxy.sort(ImageTableModel::Name, Qt::AscendingOrder);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    model.clear();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    model.upsert(images(3)); // and it fills again
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(mapsBothWays(proxy));
}

QTEST_GUILESS_MAIN(TestImageFilterProxyModel)
#include "tst_imagefilterproxymodel.moc"
