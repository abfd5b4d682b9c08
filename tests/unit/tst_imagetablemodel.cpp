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
    void removeAndRetainOnlyKeepIndexConsistent();
    void sortsSizeAsNumberAndDatesAsDates_data();
    void sortsSizeAsNumberAndDatesAsDates();
    void searchMatchesNameIdTagsAndOs_data();
    void searchMatchesNameIdTagsAndOs();
};

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
    QCOMPARE(headers, (QStringList{"Name", "Status", "OS", "OS version", "Image type",
                                   "Disk format", "Size", "Min disk", "Min RAM", "Visibility",
                                   "Protected", "Encrypted", "Created", "Updated", "ID", "Tags"}));
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
    QCOMPARE(model.index(row, ImageTableModel::Status).data().toString(), QStringLiteral("saving"));
    QVERIFY(model.image(QStringLiteral("id-b"))->isTransitional());
}

void TestImageTableModel::removeAndRetainOnlyKeepIndexConsistent() {
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
    model.retainOnly({QStringLiteral("id-a")});
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
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    QCOMPARE(ids, ascendingIds);
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
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(ImageTableModel::IdRole).toString();
    QCOMPARE(shown, ids);
}

QTEST_GUILESS_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
