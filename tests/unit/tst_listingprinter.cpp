// imsctl's ListingPrinter: a listing printed batch by batch is, byte for byte, the listing
// printed at once (one JSON array, one CSV header), wherever the batches split it; the table,
// sized by its first batch, widens a column for a later, wider cell instead of cutting it.
#include "output.h"

#include <QJsonObject>
#include <QTest>

using imsctl::Format;
using imsctl::Listing;
using imsctl::ListingPrinter;

Q_DECLARE_METATYPE(imsctl::Format)

namespace {

const QStringList kHeaders = {QStringLiteral("id"), QStringLiteral("name")};

// Rows 0..count-1; with `objects`, the API's objects as well (a C1 control in one name, which
// the JSON output escapes).
Listing rows(int from, int count, bool objects) {
    Listing l;
    l.headers = kHeaders;
    for (int i = from; i < from + count; ++i) {
        const QString id = QStringLiteral("id-%1").arg(i);
        const QString name = i == 1 ? QStringLiteral("c1-\u009b2J") : QStringLiteral("n%1").arg(i);
        l.rows.append({id, name});
        if (objects)
            l.objects.append(QJsonObject{{"id", id}, {"name", name}, {"size", i * 1024}});
    }
    return l;
}

QByteArray printedAtOnce(const Listing &listing, Format format) {
    QByteArray bytes;
    QTextStream out(&bytes);
    imsctl::print(out, listing, format);
    return bytes;
}

QByteArray printedInBatches(const QList<int> &sizes, bool objects, Format format) {
    QByteArray bytes;
    QTextStream out(&bytes);
    ListingPrinter printer(out, format, kHeaders);
    int from = 0;
    for (const int size : sizes) {
        printer.add(rows(from, size, objects));
        from += size;
    }
    printer.finish();
    return bytes;
}

} // namespace

class TestListingPrinter final : public QObject {
    Q_OBJECT

private slots:
    void batchesPrintAsTheWhole_data();
    void batchesPrintAsTheWhole();
    void tableWidensForALaterWiderCell();
};

void TestListingPrinter::batchesPrintAsTheWhole_data() {
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("objects");
    QTest::addColumn<QList<int>>("sizes");
    const QList<std::pair<const char *, QList<int>>> splits = {{"one batch", {5}},
                                                               {"one a batch", {1, 1, 1, 1, 1}},
                                                               {"empty batches", {0, 3, 0, 2, 0}},
                                                               {"no batch", {}},
                                                               {"only empty", {0, 0}}};
    for (const auto &[format, name] : {std::pair{Format::Json, "json"}, {Format::Csv, "csv"}})
        for (const bool objects : {true, false})
            for (const auto &[split, sizes] : splits)
                QTest::addRow("%s, %s, %s", name, objects ? "objects" : "rows", split)
                    << format << objects << sizes;
}

void TestListingPrinter::batchesPrintAsTheWhole() {
    QFETCH(Format, format);
    QFETCH(bool, objects);
    QFETCH(QList<int>, sizes);
    int total = 0;
    for (const int size : sizes)
        total += size;
    QCOMPARE(printedInBatches(sizes, objects, format),
             printedAtOnce(rows(0, total, objects), format));
}

void TestListingPrinter::tableWidensForALaterWiderCell() {
    QByteArray bytes;
    QTextStream out(&bytes);
    ListingPrinter printer(out, Format::Table, kHeaders);
    Listing first;
    first.rows = {{"a", "short"}, {"b", "tiny"}};
    Listing later;
    const QString wide(70, QLatin1Char('w')); // cut at 60, as the table always does
    later.rows = {{"long-id-of-a-later-page", wide}, {"c", "x"}};
    printer.add(first);
    printer.add(later);
    printer.finish();
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QCOMPARE(lines, QStringList({"ID  NAME", "a   short", "b   tiny",
                                 "long-id-of-a-later-page  " + wide.left(59) + QChar(0x2026),
                                 "c                        x", ""}));
    QCOMPARE(printer.printed(), 4);
}

QTEST_APPLESS_MAIN(TestListingPrinter)
#include "tst_listingprinter.moc"
