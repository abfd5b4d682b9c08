#pragma once

// What the All regions GUI tests share: a sandbox of three regions, the view opened and
// listed, and the rows and cells the table shows.
#include "allregions.h"
#include "deletedialog.h"
#include "desktopfixture.h"
#include "imagetablemodel.h"

#include <QSet>
#include <QTabBar>
#include <QTest>

struct AllRegionsKit {
    using DesktopFixture = ::DesktopFixture;
    using Image = ims::Image;
    using ImageTableModel = ims::ImageTableModel;
    using DeleteDialog = ims::DeleteDialog;

    static inline const QStringList kRegions{QStringLiteral("eu-de"), QStringLiteral("eu-nl"),
                                             QStringLiteral("eu-ch2")};

    static sandbox::SandboxOptions threeRegions(const QStringList &faults = {}) {
        sandbox::SandboxOptions options = DesktopFixture::fastJobs();
        options.regions = 3;
        options.faults = faults;
        return options;
    }

    static void openAllRegions(DesktopFixture &desk) {
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

    // The regions of the rows the table shows (after the chips and the search).
    static QSet<QString> shownRegions(DesktopFixture &desk) {
        QSet<QString> regions;
        const QAbstractItemModel *view = desk.window()->imageTable()->model();
        for (int r = 0; r < view->rowCount(); ++r)
            regions << view->index(r, ImageTableModel::Region).data().toString();
        return regions;
    }

    static const Image *row(DesktopFixture &desk, const QString &name, const QString &region) {
        ImageTableModel *images = desk.app->images();
        for (int r = 0; r < images->rowCount(); ++r) {
            if (images->at(r).name == name && images->at(r).region == region)
                return &images->at(r);
        }
        return nullptr;
    }

    static bool waitForRow(DesktopFixture &desk, const QString &name, const QString &region) {
        return QTest::qWaitFor([&] { return row(desk, name, region) != nullptr; }, 15000);
    }

    // Opens the view and waits until every region is listed.
    static void openListed(DesktopFixture &desk) {
        openAllRegions(desk);
        for (const QString &region : kRegions)
            QVERIFY2(waitForRow(desk, QStringLiteral("web-frontend-2025"), region),
                     qPrintable(region));
        QTRY_VERIFY(!desk.app->allRegions()->inventory()->isRunning());
    }

    // Replicates nl-web, a row of eu-nl, within eu-nl: a job of that region's connection.
    static void replicateInEuNl(DesktopFixture &desk) {
        QVERIFY(waitForRow(desk, QStringLiteral("nl-web"), QStringLiteral("eu-nl")));
        QVERIFY(desk.window()->selectImage(
            row(desk, QStringLiteral("nl-web"), QStringLiteral("eu-nl"))->id));
        desk.app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    }

    // What the table (through its sort and filter) shows in `column` for the image.
    static QVariant shown(DesktopFixture &desk, const QString &imageId, int column) {
        const QAbstractItemModel *view = desk.window()->imageTable()->model();
        for (int r = 0; r < view->rowCount(); ++r) {
            if (view->index(r, 0).data(ImageTableModel::IdRole).toString() == imageId)
                return view->index(r, column).data();
        }
        return {};
    }

    static DeleteDialog *openDeleteDialog(DesktopFixture &desk) {
        desk.app->operations()->action(QStringLiteral("delete"))->trigger();
        DeleteDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *d = qobject_cast<DeleteDialog *>(widget); d && d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            },
            10000);
        return opened ? dialog : nullptr;
    }
};
