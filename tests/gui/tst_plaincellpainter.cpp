// The image table's plain cells (PlainCellPainter) look exactly as the Fusion style paints them:
// the same pixels for every alignment, state, elision and script, on the first paint and on
// the ones that reuse the kept layout, and after the font or the text changes.
#include "plaincellpainter.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using ims::PlainCellPainter;

namespace {

constexpr QSize kCell(160, 24);

QImage blank() {
    QImage image(kCell, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QImage paintedByStyle(const QStyleOptionViewItem &option) {
    QImage image = blank();
    QPainter painter(&image);
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &option, &painter, option.widget);
    return image;
}

QImage paintedBy(PlainCellPainter &cells, const QStyleOptionViewItem &option) {
    QImage image = blank();
    QPainter painter(&image);
    cells.paint(&painter, option);
    return image;
}

// Where the two differ, for the failure's message.
QString difference(const QImage &expected, const QImage &actual) {
    int count = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            if (expected.pixel(x, y) != actual.pixel(x, y) && count++ == 0)
                first = QPoint(x, y);
        }
    }
    return QStringLiteral("%1 pixels differ, the first at (%2, %3)")
        .arg(count)
        .arg(first.x())
        .arg(first.y());
}

} // namespace

class TestPlainCellPainter : public QObject {
    Q_OBJECT

    QTableView m_view; // the widget the options name, as in the window

    QStyleOptionViewItem option(const QString &text) const {
        QStyleOptionViewItem option;
        option.initFrom(&m_view);
        option.widget = &m_view;
        option.rect = QRect(QPoint(0, 0), kCell);
        option.text = text;
        option.features = QStyleOptionViewItem::HasDisplay;
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.textElideMode = Qt::ElideRight;
        option.font = m_view.font();
        option.fontMetrics = QFontMetrics(option.font);
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        return option;
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void samePixelsAsTheStyle_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("elide");
        QTest::addColumn<int>("state"); // added to enabled and active
        QTest::addColumn<bool>("tinted");
        QTest::addColumn<bool>("inactive");
        QTest::addColumn<bool>("disabled");
        const int left = Qt::AlignLeft | Qt::AlignVCenter;
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        const QString name = QStringLiteral("golden-ubuntu-22.04");
        const QString longName =
            QStringLiteral("golden-ubuntu-22.04-server-amd64-with-docker-and-monitoring-agent");
        const int selected = int(QStyle::State_Selected);
        const int focused = int(QStyle::State_HasFocus);
        QTest::newRow("a name") << name << left << int(Qt::ElideRight) << 0 << false << false
                                << false;
        QTest::newRow("elided at the right")
            << longName << left << int(Qt::ElideRight) << 0 << false << false << false;
        QTest::newRow("elided in the middle")
            << longName << left << int(Qt::ElideMiddle) << 0 << false << false << false;
        QTest::newRow("not elided, clipped")
            << longName << left << int(Qt::ElideNone) << 0 << false << false << false;
        QTest::newRow("a size, right-aligned")
            << QStringLiteral("40.0 GB") << right << int(Qt::ElideRight) << 0 << false << false
            << false;
        QTest::newRow("centred") << QStringLiteral("Yes") << int(Qt::AlignCenter)
                                 << int(Qt::ElideRight) << 0 << false << false << false;
        QTest::newRow("top-aligned") << name << int(Qt::AlignLeft | Qt::AlignTop)
                                     << int(Qt::ElideRight) << 0 << false << false << false;
        QTest::newRow("empty") << QString() << left << int(Qt::ElideRight) << 0 << false << false
                               << false;
        QTest::newRow("selected") << name << left << int(Qt::ElideRight) << selected << false
                                  << false << false;
        QTest::newRow("selected, with focus") << name << left << int(Qt::ElideRight)
                                              << (selected | focused) << false << false << false;
        QTest::newRow("focus, not selected")
            << name << left << int(Qt::ElideRight) << focused << false << false << false;
        QTest::newRow("tinted row")
            << name << left << int(Qt::ElideRight) << 0 << true << false << false;
        QTest::newRow("selected in an inactive window")
            << name << left << int(Qt::ElideRight) << selected << false << true << false;
        QTest::newRow("disabled") << name << left << int(Qt::ElideRight) << 0 << false << false
                                  << true;
        QTest::newRow("Chinese") << QStringLiteral("黄金镜像-欧洲-生产环境-第二版") << left
                                 << int(Qt::ElideRight) << 0 << false << false << false;
        QTest::newRow("mixed scripts, elided")
            << QStringLiteral("golden 镜像 Ωmega ünïcode — %1").arg(longName) << left
            << int(Qt::ElideRight) << 0 << false << false << false;
        QTest::newRow("markup is text") << QStringLiteral("<b>bold</b> &amp;") << left
                                        << int(Qt::ElideRight) << 0 << false << false << false;
    }
    void samePixelsAsTheStyle() {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, elide);
        QFETCH(int, state);
        QFETCH(bool, tinted);
        QFETCH(bool, inactive);
        QFETCH(bool, disabled);
        QStyleOptionViewItem cell = option(text);
        cell.displayAlignment = Qt::Alignment(alignment);
        cell.textElideMode = Qt::TextElideMode(elide);
        cell.state |= QStyle::State(state);
        if (tinted)
            cell.backgroundBrush = QColor(255, 240, 200);
        if (inactive)
            cell.state &= ~QStyle::State_Active;
        if (disabled)
            cell.state &= ~QStyle::State_Enabled;
        QVERIFY(PlainCellPainter::canPaint(cell));

        const QImage expected = paintedByStyle(cell);
        PlainCellPainter cells;
        const QImage first = paintedBy(cells, cell);
        QVERIFY2(first == expected, qPrintable(difference(expected, first)));
        const QImage again = paintedBy(cells, cell); // from the kept layout
        QVERIFY2(again == expected, qPrintable(difference(expected, again)));
        if (!text.isEmpty()) // something was drawn: the comparison compares text
            QVERIFY(expected != blank());
    }

    // The kept layouts belong to a text, a font and a cell's size: none of them outlives a
    // change of these.
    void followsTextFontAndWidth() {
        PlainCellPainter cells;
        QStyleOptionViewItem cell = option(QStringLiteral("golden-ubuntu-22.04"));
        QCOMPARE(paintedBy(cells, cell), paintedByStyle(cell));

        cell.text = QStringLiteral("golden-debian-12");
        QCOMPARE(paintedBy(cells, cell), paintedByStyle(cell));

        cell.font.setPointSize(cell.font.pointSize() + 4);
        cell.font.setBold(true);
        cell.fontMetrics = QFontMetrics(cell.font);
        QCOMPARE(paintedBy(cells, cell), paintedByStyle(cell));

        cell.rect.setWidth(70); // a narrower column elides it
        QCOMPARE(paintedBy(cells, cell), paintedByStyle(cell));
    }

    // What it cannot paint goes to the style.
    void refusesWhatIsNotTextAlone_data() {
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("rightToLeft");
        QTest::addColumn<bool>("twoLines");
        QTest::newRow("an icon") << int(QStyleOptionViewItem::HasDecoration) << false << false;
        QTest::newRow("a check box")
            << int(QStyleOptionViewItem::HasCheckIndicator) << false << false;
        QTest::newRow("wrapped") << int(QStyleOptionViewItem::WrapText) << false << false;
        QTest::newRow("right to left") << 0 << true << false;
        QTest::newRow("two lines") << 0 << false << true;
    }
    void refusesWhatIsNotTextAlone() {
        QFETCH(int, feature);
        QFETCH(bool, rightToLeft);
        QFETCH(bool, twoLines);
        QStyleOptionViewItem cell =
            option(twoLines ? QStringLiteral("one") + QChar::LineSeparator + QStringLiteral("two")
                            : QStringLiteral("one"));
        if (!twoLines) // the same cell without the feature is one it paints
            QVERIFY(PlainCellPainter::canPaint(cell));
        cell.features |= QStyleOptionViewItem::ViewItemFeature(feature);
        if (rightToLeft)
            cell.direction = Qt::RightToLeft;
        QVERIFY(!PlainCellPainter::canPaint(cell));
    }
};

QTEST_MAIN(TestPlainCellPainter)
#include "tst_plaincellpainter.moc"
