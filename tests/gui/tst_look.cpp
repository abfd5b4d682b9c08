// Issue 15: what the window looks like. Every custom colour pair is readable (4.5:1) in both
// palettes; the icon set renders crisp and in the palette's text colour at 1x and 2x, and every
// action of the main window has an icon; the status column is a badge that keeps its words,
// transitional rows are tinted, protected and encrypted are icons with tooltips.
#include "apppalette.h"
#include "desktopfixture.h"
#include "icons.h"
#include "imagecelldelegate.h"
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "themecolours.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>

using ims::AppPalette;
using ims::Icons;
using ims::ImageTableModel;
using ims::ThemeColours;
using ims::Tone;

Q_DECLARE_METATYPE(QPalette)

namespace {

// How many pixels are not transparent, and whether they are all `colour` (give or take
// antialiasing, which changes alpha only).
struct Ink {
    int pixels = 0;
    bool allOf = true;
};
Ink inkOf(const QPixmap &pixmap, const QColor &colour) {
    Ink ink;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 128)
                continue;
            ++ink.pixels;
            if (std::abs(pixel.red() - colour.red()) > 8 ||
                std::abs(pixel.green() - colour.green()) > 8 ||
                std::abs(pixel.blue() - colour.blue()) > 8)
                ink.allOf = false;
        }
    }
    return ink;
}

ims::Image image(const QString &name, const QString &status) {
    ims::Image image;
    image.id = QStringLiteral("id-") + name;
    image.name = name;
    image.status = status;
    image.diskFormat = QStringLiteral("qcow2");
    return image;
}

// Pixels of `image` in `rect` that are exactly `colour`.
int countOf(const QImage &image, const QRect &rect, const QColor &colour) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return count;
}

// Pixels of `image` in `rect` within a few steps of `colour` (text: antialiased, thin strokes).
int countNear(const QImage &image, const QRect &rect, const QColor &colour) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += std::abs(pixel.red() - colour.red()) <= 24 &&
                     std::abs(pixel.green() - colour.green()) <= 24 &&
                     std::abs(pixel.blue() - colour.blue()) <= 24;
        }
    }
    return count;
}

void applyPalette(const QPalette &palette) {
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette);
    ThemeColours::applyToWidgets();
}

} // namespace

class TestLook final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void customColoursAreReadable_data();
    void customColoursAreReadable();
    void shippedIconsRenderCrisp_data();
    void shippedIconsRenderCrisp();
    void iconsFollowThePalette();
    void iconsPaintedInPlaceMatchTheirPixmaps_data();
    void iconsPaintedInPlaceMatchTheirPixmaps();
    void everyWindowActionHasAnIcon_data();
    void everyWindowActionHasAnIcon();
    void toolbarShowsIconAndText();
    void statusIsABadgeThatKeepsItsWords_data();
    void statusIsABadgeThatKeepsItsWords();
    void transitionalRowsAreTinted();
    void flagsAreIconsWithTooltips_data();
    void flagsAreIconsWithTooltips();
    void dotsHaveWords_data();
    void dotsHaveWords();
    void jobStatesReadInTheirTone_data();
    void jobStatesReadInTheirTone();

private:
    // The image table over `rows`, shown, in `palette`.
    void showTable(const QList<ims::Image> &rows);
    QRect cell(const QString &name, int column) const;

    std::unique_ptr<DesktopFixture> m_desk;
    ImageTableModel m_model;
    std::unique_ptr<ims::ImageFilterProxyModel> m_proxy;
    std::unique_ptr<ims::ImageTableView> m_table;
};

void TestLook::initTestCase() {
    applyPalette(AppPalette::lightPalette());
}

void TestLook::cleanup() {
    m_table.reset();
    m_proxy.reset();
    m_model.clear();
    applyPalette(AppPalette::lightPalette());
}

void TestLook::customColoursAreReadable_data() {
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    const std::pair<const char *, QPalette> palettes[] = {{"light", AppPalette::lightPalette()},
                                                          {"dark", AppPalette::darkPalette()}};
    for (const auto &[name, palette] : palettes) {
        QList<ThemeColours::NamedPair> pairs = ThemeColours(palette).pairs();
        // The palette's own pairs: imsdesk sets them too.
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> roles[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base}};
        for (const auto &[fg, bg] : roles)
            pairs.append({QStringLiteral("palette %1 on %2").arg(fg).arg(bg),
                          {palette.color(fg), palette.color(bg)}});
        // A badge on a selected row keeps its own fill: its pair is the badge's.
        for (const ThemeColours::NamedPair &pair : pairs)
            QTest::addRow("%s: %s", name, qPrintable(pair.name))
                << pair.pair.foreground << pair.pair.background;
    }
}

void TestLook::customColoursAreReadable() {
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = ThemeColours::contrast(foreground, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                          .arg(foreground.name(), background.name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestLook::shippedIconsRenderCrisp_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    const QStringList names = Icons::shippedNames();
    QVERIFY(names.size() >= 40);
    for (const QString &name : names) {
        QTest::addRow("%s 16px 1x", qPrintable(name)) << name << 16 << 1.0;
        QTest::addRow("%s 32px 1x", qPrintable(name)) << name << 32 << 1.0;
        QTest::addRow("%s 16px 2x", qPrintable(name)) << name << 16 << 2.0;
    }
}

void TestLook::shippedIconsRenderCrisp() {
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    const QIcon icon = Icons::tinted(name, QColor());
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
    // Drawn at the device's pixels, not scaled up from the 1x one.
    QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
    const Ink ink = inkOf(pixmap, QApplication::palette().color(QPalette::WindowText));
    const int area = pixmap.width() * pixmap.height();
    QVERIFY2(ink.pixels >= area / 25,
             qPrintable(QStringLiteral("%1 of %2").arg(ink.pixels).arg(area)));
    QVERIFY2(ink.pixels < area * 3 / 4, "a filled square is no icon");
    QVERIFY2(ink.allOf, "drawn in another colour than the palette's text (the placeholder?)");
}

void TestLook::iconsFollowThePalette() {
    const QIcon icon = Icons::icon(QStringLiteral("imsdesk-status-active"));
    const QColor light = AppPalette::lightPalette().color(QPalette::WindowText);
    const QColor dark = AppPalette::darkPalette().color(QPalette::WindowText);
    QVERIFY(inkOf(icon.pixmap(16), light).allOf);
    applyPalette(AppPalette::darkPalette());
    QVERIFY(inkOf(icon.pixmap(16), dark).allOf); // the same QIcon, repainted for the dark theme
    QVERIFY(!inkOf(icon.pixmap(16), light).allOf);
    const QColor disabled =
        AppPalette::darkPalette().color(QPalette::Disabled, QPalette::WindowText);
    QVERIFY(inkOf(icon.pixmap(QSize(16, 16), QIcon::Disabled), disabled).allOf);
    // A badge's icon keeps the badge's text colour whatever the palette.
    QVERIFY(
        inkOf(Icons::tinted(QStringLiteral("imsdesk-status-killed"), Qt::red).pixmap(16), Qt::red)
            .allOf);
}

void TestLook::iconsPaintedInPlaceMatchTheirPixmaps_data() {
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

// What a table's delegate does (QIcon::paint into a cell) draws what the icon's pixmap at the
// device's ratio shows: crisp, not a 1x bitmap scaled up, and in the palette's colour of the
// moment (painting draws a cached bitmap, not the SVG each time).
void TestLook::iconsPaintedInPlaceMatchTheirPixmaps() {
    QFETCH(qreal, ratio);
    const QIcon icon = Icons::icon(QStringLiteral("imsdesk-status-active"));
    const auto paintedInPlace = [&icon, ratio] {
        QImage cell(QSize(16, 16) * ratio, QImage::Format_ARGB32_Premultiplied);
        cell.setDevicePixelRatio(ratio);
        cell.fill(Qt::transparent);
        QPainter painter(&cell);
        icon.paint(&painter, QRect(0, 0, 16, 16));
        painter.end();
        return cell;
    };
    const auto pixmapOf = [&icon, ratio] {
        QImage pixmap = icon.pixmap(QSize(16, 16), ratio)
                            .toImage()
                            .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        pixmap.setDevicePixelRatio(ratio);
        return pixmap;
    };
    QCOMPARE(paintedInPlace(), pixmapOf());
    applyPalette(AppPalette::darkPalette());
    const QImage dark = paintedInPlace();
    QCOMPARE(dark, pixmapOf());
    QVERIFY(inkOf(QPixmap::fromImage(dark), AppPalette::darkPalette().color(QPalette::WindowText))
                .allOf);
}

void TestLook::everyWindowActionHasAnIcon_data() {
    QTest::addColumn<QAction *>("action");
    if (!m_desk) {
        m_desk = std::make_unique<DesktopFixture>();
        QVERIFY(m_desk->port != 0);
        m_desk->start();
    }
    ims::MainWindow *window = m_desk->window();
    QList<QAction *> actions = window->actions();
    for (const QWidget *widget : window->findChildren<QWidget *>())
        actions += widget->actions();
    QList<QMenu *> menus;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    while (!menus.isEmpty()) { // submenus' entries too, and the submenus themselves
        QMenu *menu = menus.takeFirst();
        emit menu->aboutToShow(); // the columns menu fills itself then
        for (QAction *action : menu->actions()) {
            actions << action;
            if (action->menu())
                menus << action->menu();
        }
    }
    QSet<QAction *> seen;
    QStringList names;
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->text().isEmpty() || seen.contains(action) ||
            window->menuBar()->actions().contains(action)) // File, Image, View, Help
            continue;
        // The column chooser's entries are column names, not actions to draw.
        const auto *columns = qobject_cast<QMenu *>(action->parent());
        if (columns && columns->objectName() == QLatin1String("columnsMenu") &&
            action != columns->menuAction())
            continue;
        seen.insert(action);
        QTest::addRow("%s", qPrintable(action->text().remove(QLatin1Char('&')))) << action;
    }
    QVERIFY(seen.size() >= 30);
}

void TestLook::everyWindowActionHasAnIcon() {
    QFETCH(QAction *, action);
    QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
    for (qreal ratio : {1.0, 2.0}) {
        const QPixmap pixmap = action->icon().pixmap(QSize(16, 16), ratio);
        QVERIFY(!pixmap.isNull());
        QVERIFY(inkOf(pixmap, QColor()).pixels > 10); // something is drawn
    }
}

void TestLook::toolbarShowsIconAndText() {
    if (!m_desk) {
        m_desk = std::make_unique<DesktopFixture>();
        QVERIFY(m_desk->port != 0);
        m_desk->start();
    }
    auto *toolBar = m_desk->window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int buttons = 0;
    for (QAction *action : toolBar->actions()) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        if (!button || action->isSeparator())
            continue;
        ++buttons;
        QVERIFY2(!button->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY(!button->text().isEmpty());
    }
    QVERIFY(buttons >= 8);
}

void TestLook::showTable(const QList<ims::Image> &rows) {
    m_model.upsert(rows);
    m_proxy = std::make_unique<ims::ImageFilterProxyModel>();
    m_proxy->setSourceModel(&m_model);
    m_table = std::make_unique<ims::ImageTableView>(m_proxy.get());
    m_table->resize(1400, 400);
    m_table->setColumnWidth(ImageTableModel::Status, 220);
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
}

QRect TestLook::cell(const QString &name, int column) const {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, column);
        if (m_proxy->imageAt(row).name == name)
            return m_table->visualRect(index);
    }
    return {};
}

void TestLook::statusIsABadgeThatKeepsItsWords_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("memberStatus");
    QTest::addColumn<int>("tone");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("words");
    const std::pair<const char *, QPalette> palettes[] = {{"light", AppPalette::lightPalette()},
                                                          {"dark", AppPalette::darkPalette()}};
    for (const auto &[name, palette] : palettes) {
        QTest::addRow("%s active", name) << palette << "active"
                                         << "" << int(Tone::Success) << "Active"
                                         << "Active";
        QTest::addRow("%s queued", name) << palette << "queued"
                                         << "" << int(Tone::Busy) << "Queued"
                                         << "Queued";
        QTest::addRow("%s saving", name) << palette << "saving"
                                         << "" << int(Tone::Busy) << "Saving"
                                         << "Saving";
        QTest::addRow("%s pending_delete", name) << palette << "pending_delete"
                                                 << "" << int(Tone::Busy) << "Pending delete"
                                                 << "Pending delete";
        QTest::addRow("%s killed", name) << palette << "killed"
                                         << "" << int(Tone::Error) << "Killed"
                                         << "Killed";
        QTest::addRow("%s deleted", name) << palette << "deleted"
                                          << "" << int(Tone::Gone) << "Deleted"
                                          << "Deleted";
        QTest::addRow("%s unknown", name) << palette << "frozen"
                                          << "" << int(Tone::Neutral) << "frozen"
                                          << "frozen";
        QTest::addRow("%s share pending", name) << palette << "active"
                                                << "pending" << int(Tone::Warning) << "Active"
                                                << "Active, share pending";
    }
}

void TestLook::statusIsABadgeThatKeepsItsWords() {
    QFETCH(QPalette, palette);
    QFETCH(QString, status);
    QFETCH(QString, memberStatus);
    QFETCH(int, tone);
    QFETCH(QString, shown);
    QFETCH(QString, words);
    applyPalette(palette);
    ims::Image sample = image(QStringLiteral("a-web"), status);
    sample.memberStatus = memberStatus;
    showTable({sample, image(QStringLiteral("b-other"), QStringLiteral("active"))});
    const QModelIndex index = m_proxy->index(0, ImageTableModel::Status);
    // Words, not the API's value: what is displayed and read out.
    QCOMPARE(index.data(Qt::DisplayRole).toString(), shown);
    const QString readOut = index.data(Qt::AccessibleTextRole).toString();
    QCOMPARE(readOut.isEmpty() ? index.data().toString() : readOut, words);
    QVERIFY(ims::ImageCellDelegate::badgeOf(index).text.startsWith(shown));

    // The badge: its tone's fill, under words in its tone's text colour.
    const QImage shot = m_table->viewport()->grab().toImage();
    const QRect rect = cell(QStringLiteral("a-web"), ImageTableModel::Status);
    const ThemeColours::Pair badge = ThemeColours(palette).badge(Tone(tone));
    QVERIFY2(countOf(shot, rect, badge.background) > rect.height() * 20,
             qPrintable(QStringLiteral("%1 pixels of %2")
                            .arg(countOf(shot, rect, badge.background))
                            .arg(badge.background.name())));
    QVERIFY(countOf(shot, rect, badge.foreground) > 5);
    // Another tone's fill is not there: the badge says which state it is.
    const Tone other = Tone(tone) == Tone::Error ? Tone::Success : Tone::Error;
    QCOMPARE(countOf(shot, rect, ThemeColours(palette).badge(other).background), 0);
}

void TestLook::transitionalRowsAreTinted() {
    showTable({image(QStringLiteral("a-queued"), QStringLiteral("queued")),
               image(QStringLiteral("b-active"), QStringLiteral("active")),
               image(QStringLiteral("c-saving"), QStringLiteral("saving")),
               image(QStringLiteral("d-killed"), QStringLiteral("killed"))});
    const QColor tint = ThemeColours().rowTint(Tone::Busy);
    QImage shot = m_table->viewport()->grab().toImage();
    // The far right of the format column: no text there, only the row's background.
    const auto background = [this, &shot](const QString &name) {
        const QRect rect = cell(name, ImageTableModel::DiskFormat);
        return shot.pixelColor(rect.right() - 3, rect.center().y());
    };
    QCOMPARE(background(QStringLiteral("a-queued")), tint);
    QCOMPARE(background(QStringLiteral("c-saving")), tint);
    QVERIFY(background(QStringLiteral("b-active")) != tint);
    QVERIFY(background(QStringLiteral("d-killed")) != tint);
    // The selection's highlight wins over the tint.
    m_table->setFocus();
    m_table->selectRow(0);
    shot = m_table->viewport()->grab().toImage();
    QCOMPARE(background(QStringLiteral("a-queued")),
             m_table->palette().color(QPalette::Active, QPalette::Highlight));
}

void TestLook::flagsAreIconsWithTooltips_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("protected") << int(ImageTableModel::Protected)
                               << "Protected: it cannot be deleted while protected";
    QTest::newRow("encrypted") << int(ImageTableModel::Encrypted)
                               << "Encrypted with the KMS key kms-key-1";
}

void TestLook::flagsAreIconsWithTooltips() {
    QFETCH(int, column);
    QFETCH(QString, tooltip);
    ims::Image flagged = image(QStringLiteral("a-flagged"), QStringLiteral("active"));
    flagged.isProtected = true;
    flagged.cmkId = QStringLiteral("kms-key-1");
    showTable({flagged, image(QStringLiteral("b-plain"), QStringLiteral("active"))});
    m_table->setColumnWidth(column, 120);
    // The words stay beside the icon.
    QCOMPARE(m_proxy->index(0, column).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(m_proxy->index(1, column).data().toString(), QStringLiteral("No"));

    // Ink: the flagged cell's reaches further than its word alone, by an icon.
    const QImage shot = m_table->viewport()->grab().toImage();
    const auto inkWidth = [&shot, this](const QString &name, int column) {
        const QRect rect = cell(name, column);
        const QColor background = shot.pixelColor(rect.right() - 2, rect.top() + 2);
        int left = rect.right();
        int right = rect.left();
        for (int y = rect.top() + 2; y < rect.bottom() - 1; ++y) {
            for (int x = rect.left() + 1; x < rect.right() - 1; ++x) {
                if (shot.pixelColor(x, y) != background) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        return right - left;
    };
    const int yesWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Yes"));
    QVERIFY2(inkWidth(QStringLiteral("a-flagged"), column) >= yesWidth + 12,
             qPrintable(QString::number(inkWidth(QStringLiteral("a-flagged"), column))));
    QVERIFY(inkWidth(QStringLiteral("b-plain"), column) < yesWidth + 4);

    // Its tooltip says what it means.
    const QPoint at = cell(QStringLiteral("a-flagged"), column).center();
    QHelpEvent help(QEvent::ToolTip, at, m_table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tooltip);
    QToolTip::hideText();
    QCOMPARE(m_proxy->index(1, column).data(Qt::ToolTipRole), QVariant());
}

void TestLook::dotsHaveWords_data() {
    QTest::addColumn<int>("connection");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("tone");
    using C = ims::MainWindow::Connection;
    QTest::newRow("offline") << int(C::Offline) << "Connection: offline" << int(Tone::Gone);
    QTest::newRow("online") << int(C::Online) << "Connection: online" << int(Tone::Success);
    QTest::newRow("reconnecting") << int(C::Reconnecting) << "Connection: reconnecting"
                                  << int(Tone::Warning);
    QTest::newRow("login failed") << int(C::LoginFailed) << "Connection: login failed"
                                  << int(Tone::Error);
}

void TestLook::dotsHaveWords() {
    QFETCH(int, connection);
    QFETCH(QString, words);
    QFETCH(int, tone);
    ims::JobListModel jobs;
    ims::MainWindow window(&m_model, &jobs);
    // The profile's dot is its colour; a screen reader hears the name, the region and the mark.
    window.setProfile(QStringLiteral("prod"), QStringLiteral("eu-de"), QColor(0xd3, 0x2f, 0x2f));
    const auto *profile = window.findChild<QLabel *>(QStringLiteral("profile"));
    QCOMPARE(profile->accessibleName(),
             QStringLiteral("Profile prod, region eu-de, marked Red (production)"));
    // The connection's dot says it in words, in its tone's colour of the palette in use.
    window.setConnection(ims::MainWindow::Connection(connection));
    const auto *label = window.findChild<QLabel *>(QStringLiteral("connection"));
    QCOMPARE(label->accessibleName(), words);
    QVERIFY(label->text().contains(words.section(QStringLiteral(": "), 1), Qt::CaseInsensitive));
    QCOMPARE(label->palette().color(QPalette::WindowText), ThemeColours().text(Tone(tone)));
    applyPalette(AppPalette::darkPalette());
    QCOMPARE(label->palette().color(QPalette::WindowText),
             ThemeColours(AppPalette::darkPalette()).text(Tone(tone)));
}

void TestLook::jobStatesReadInTheirTone_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("tone");
    const std::pair<const char *, QPalette> palettes[] = {{"light", AppPalette::lightPalette()},
                                                          {"dark", AppPalette::darkPalette()}};
    for (const auto &[name, palette] : palettes) {
        QTest::addRow("%s FAIL", name) << palette << "FAIL" << int(Tone::Error);
        QTest::addRow("%s SUCCESS", name) << palette << "SUCCESS" << int(Tone::Success);
    }
}

void TestLook::jobStatesReadInTheirTone() {
    QFETCH(QPalette, palette);
    QFETCH(QString, state);
    QFETCH(int, tone);
    applyPalette(palette);
    ims::JobListModel jobs;
    ims::TrackedJob job;
    job.jobId = QStringLiteral("job-1");
    job.type = QStringLiteral("imsCopyImageInRegionJob");
    job.description = QStringLiteral("web → web-copy");
    job.state = ims::jobStateFromName(state);
    job.stateText = state;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    jobs.upsert(job);
    ims::JobsPanel panel(&jobs);
    panel.resize(1200, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QModelIndex index = jobs.index(0, ims::JobListModel::State);
    QCOMPARE(index.data(ims::ToneRole).toInt(), tone);
    const QImage shot = panel.view()->viewport()->grab().toImage();
    const QRect rect = panel.view()->visualRect(index);
    // The state's word in its tone's colour of this palette (and still the word).
    QVERIFY(countNear(shot, rect, ThemeColours(palette).text(Tone(tone))) > 5);
    QVERIFY(!index.data().toString().isEmpty());
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
