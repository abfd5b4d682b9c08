// Takes the README's pictures from the real application on the in-process sandbox:
//   screenshots OUT_DIR  → main-window.png, main-window-dark.png, main-window-2x.png,
//                          image-menu.png, replicate-dialog.png,
//                          jobs-panel.png, import-wizard.png
//   screenshots OUT_DIR LANGUAGE  → main-window-LANGUAGE.png alone (de, zh_CN), in that language
// Run it under Xvfb (tests/screenshot.sh does) or offscreen. Not a test.
#include "allregions.h"
#include "desktopapp.h"
#include "detailspane.h"
#include "imagebrowser.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "importpages.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "operations.h"
#include "regionbar.h"
#include "replicatedialog.h"
#include "sandboxlogin.h"
#include "sandboxserver.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QtEndian>

#include <cstdio>

using namespace ims;

static bool select(DesktopApp &app, const QString &name) {
    for (int row = 0; row < app.images()->rowCount(); ++row) {
        if (app.images()->at(row).name == name)
            return app.window()->selectImage(app.images()->at(row).id);
    }
    return false;
}

static void save(QWidget *widget, const QString &path) {
    QTest::qWait(300);
    widget->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

// The widget as a screen with `scale` device pixels per pixel shows it.
static void saveAtScale(QWidget *widget, qreal scale, const QString &path) {
    QTest::qWait(300);
    QPixmap picture(widget->size() * scale);
    picture.setDevicePixelRatio(scale);
    picture.fill(Qt::transparent);
    widget->render(&picture);
    picture.save(path);
    std::printf("%s\n", qPrintable(path));
}

// The window with the menu bar's `title` menu open. A popup is a window of its own, so it is
// painted onto the window's picture where it opened.
static void saveWithMenu(QMainWindow *window, int title, const QString &path) {
    QMenuBar *bar = window->menuBar();
    QAction *entry = bar->actions().value(title);
    QMenu *menu = entry->menu();
    menu->popup(bar->mapToGlobal(bar->actionGeometry(entry).bottomLeft()));
    QTest::qWait(300);
    QPixmap picture = window->grab();
    QPainter(&picture).drawPixmap(window->mapFromGlobal(menu->pos()), menu->grab());
    menu->close();
    picture.save(path);
    std::printf("%s\n", qPrintable(path));
}

// A qcow2 file as the wizard reads it: a version 2 header with a 20 GB disk inside (only the
// header matters to the detection; the rest of the file stays sparse).
static QString writeQcow2(const QString &dir) {
    QByteArray header(72, '\0');
    header.replace(0, 4, QByteArray("QFI\xfb", 4));
    qToBigEndian<quint32>(2, header.data() + 4);
    qToBigEndian<quint64>(20ULL << 30, header.data() + 24);
    const QString path = dir + QStringLiteral("/ubuntu-24.04-golden.qcow2");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(header);
    file.resize(64 << 20);
    return path;
}

int main(int argc, char *argv[]) {
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imsdesk"));
    QStandardPaths::setTestModeEnabled(true); // the user's own settings and jobs stay untouched
    // Each run starts as a new user would: no cached listing, and no jobs of an earlier run
    // (whose sandbox is gone, so they would show as lost).
    for (const auto location : {QStandardPaths::CacheLocation, QStandardPaths::AppDataLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    QSettings().clear(); // nor the column widths and theme an earlier run saved
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    Translations translations; // before any widget: the window translates itself when built
    if (!language.isEmpty() && !translations.install(language, false))
        return 5;

    sandbox::SandboxOptions options;
    options.jobSeconds = 40; // slow enough to be photographed running
    options.images = 40;
    sandbox::SandboxServer server(options);
    if (server.start(0) == 0)
        return 1;
    DesktopApp app;
    Credentials credentials;
    QString why;
    app.connectTo(*sandboxProfile(server, &credentials, &why), credentials);
    app.window()->resize(1400, 820);
    app.window()->show();
    if (!QTest::qWaitFor([&] { return select(app, QStringLiteral("web-frontend-2025")); }, 20000))
        return 2;
    // The details pane reads the selected image; photograph it with every attribute.
    const auto attributesRead = [&] {
        return app.window()
            ->detailsPane()
            ->tree()
            ->findItems(QCoreApplication::translate("ims::DetailsPane", "Loading attributes…"),
                        Qt::MatchStartsWith | Qt::MatchRecursive)
            .isEmpty();
    };
    if (!QTest::qWaitFor(attributesRead, 10000))
        return 4;
    // The light theme whatever the desktop prefers; then the dark one, and the light one at
    // twice the pixels (a 2x screen: icons and badges drawn for it, not scaled up).
    emit app.themeChanged(QStringLiteral("light"));
    if (!language.isEmpty()) {
        save(app.window(), out + QStringLiteral("/main-window-%1.png").arg(language));
        return 0;
    }
    save(app.window(), out + QStringLiteral("/main-window.png"));
    emit app.themeChanged(QStringLiteral("dark"));
    save(app.window(), out + QStringLiteral("/main-window-dark.png"));
    emit app.themeChanged(QStringLiteral("light"));
    saveAtScale(app.window(), 2, out + QStringLiteral("/main-window-2x.png"));
    saveWithMenu(app.window(), 1, out + QStringLiteral("/image-menu.png")); // Image

    app.operations()->action(QStringLiteral("replicate"))->trigger();
    ReplicateDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ReplicateDialog *>(w))
                dialog = d;
        return dialog != nullptr;
    });
    if (!shown)
        return 3;
    dialog->targets()->item(1, 0)->setCheckState(Qt::Checked);
    dialog->targets()->item(1, 2)->setText(QStringLiteral("ims_admin_agency"));
    save(dialog, out + QStringLiteral("/replicate-dialog.png"));
    dialog->accept();
    dialog->submitted(dialog->orders());

    // A third job from the one-click action, then the panel while they run.
    select(app, QStringLiteral("db-golden"));
    app.operations()->action(QStringLiteral("replicateHere"))->trigger();
    QTest::qWait(9000);
    save(app.window(), out + QStringLiteral("/jobs-panel.png"));

    // The import wizard on a local qcow2: its "What it is" page with the detected format.
    QTemporaryDir files;
    emit app.window()->fileDropped(writeQcow2(files.path())); // as a file dropped on the window
    ImportWizard *wizard = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ImportWizard *>(w); d && d->isVisible())
                wizard = d;
        return wizard != nullptr;
    });
    if (!opened)
        return 5;
    QTest::qWait(1000); // the file's headers and the cloud's OS list arrive
    wizard->next();
    wizard->detailsPage()->nameEdit()->setText(QStringLiteral("ubuntu-24.04-golden"));
    QTest::qWait(1000);
    save(wizard, out + QStringLiteral("/import-wizard.png"));
    wizard->close();

    // The All regions view: every region's rows, copies grouped under their source, and the
    // source's Copies in the details pane.
    auto *views = app.window()->findChild<QTabBar *>();
    views->setCurrentIndex(int(MainWindow::View::AllRegions));
    QString sourceId;
    const auto listed = [&] {
        for (const Image &image : app.images()->images()) {
            if (image.name == QLatin1String("web-frontend-2025") &&
                image.region == QLatin1String("eu-de"))
                sourceId = image.id;
        }
        return !sourceId.isEmpty() && !app.allRegions()->inventory()->isRunning();
    };
    if (!QTest::qWaitFor(listed, 20000))
        return 6;
    app.window()->regionBar()->groupCopiesButton()->click();
    if (!app.window()->selectImage(sourceId))
        return 7;
    // The source at the top, its copies under it in view.
    auto *table = app.window()->findChild<ImageTableView *>();
    table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtTop);
    QTest::qWait(1500); // its attributes, members and servers arrive
    save(app.window(), out + QStringLiteral("/all-regions.png"));
    return 0;
}
