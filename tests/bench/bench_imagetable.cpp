// The image table at 100 000 images, with a QTableView attached (offscreen): appending pages,
// a filter keystroke and a sort by size, against QSortFilterProxyModel on the same source as
// the baseline, in the same run. Then a refresh of the 100 000 that drops 1 000 scattered images,
// sorted, one row selected, against a proxy reset of the same rows (what the old removal path
// cost once per removed run). Prints figures; asserts nothing.
#include "imagefilterproxymodel.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "joblistmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>
#include <ctime>

using ims::Image;
using ims::ImageTableModel;

namespace {

constexpr int kImages = 100'000;
constexpr int kPage = 1'000;

QList<Image> page(int first) {
    static const char *os[] = {"Ubuntu 22.04 server 64bit", "CentOS 7.9 64bit",
                               "Debian GNU/Linux 12 64bit", "Windows Server 2019 Standard 64bit",
                               "openEuler 22.03 64bit"};
    QList<Image> images;
    images.reserve(kPage);
    for (int n = first; n < first + kPage; ++n) {
        Image image;
        image.id = QStringLiteral("%1-0000-4000-8000-%2")
                       .arg(n, 8, 16, QLatin1Char('0'))
                       .arg(n * 7919, 12, 10, QLatin1Char('0'));
        image.name = QStringLiteral("image-%1-%2").arg(n % 997).arg(n);
        image.status = n % 50 == 0 ? QStringLiteral("queued") : QStringLiteral("active");
        image.osVersion = QString::fromLatin1(os[n % 5]);
        image.platform = image.osVersion.section(QLatin1Char(' '), 0, 0);
        image.imageType = QStringLiteral("private");
        image.visibility = QStringLiteral("private");
        image.diskFormat = QStringLiteral("zvhd2");
        image.sizeBytes = qint64((n * 2654435761u) % 40'000'000'000ull);
        image.minDiskGb = 40;
        image.createdAt = QDateTime::fromSecsSinceEpoch(1'600'000'000 + n * 60, Qt::UTC);
        image.updatedAt = image.createdAt;
        image.tags = {QStringLiteral("env=%1").arg(n % 3 ? "prod" : "dev")};
        if (n % 4 != 0) // three copies of each fourth image, as replicating to 3 regions makes
            image.sourceImageId = images.value(images.size() - n % 4).id;
        images << image;
    }
    return images;
}

struct Figures {
    double loadMs = 0;
    double worstPageMs = 0;
    double firstKeystrokeMs = 0; // the first character: every row is examined
    double keystrokeMs = 0;      // a further character: only the rows shown are
    double bytesPerImage = 0;
    double sortMs = 0;
    double groupMs = 0; // sorted by Copy of: each source with its copies
    int shown = 0;
};

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the process: on a machine shared with other jobs, steadier than the wall clock.
double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

// Runs the scenario in the real main window; a `Proxy` other than the window's own replaces it
// (the baseline).
template <typename Proxy, typename SetFilter> Figures run(SetFilter setFilter) {
    ImageTableModel model;
    ims::JobListModel jobs;
    ims::MainWindow window(&model, &jobs);
    QTableView &view = *window.imageTable();
    Proxy baselineProxy;
    auto *proxy = qobject_cast<Proxy *>(view.model());
    if (!proxy) {
        baselineProxy.setSourceModel(&model);
        view.setModel(&baselineProxy);
        proxy = &baselineProxy;
    }
    view.sortByColumn(ImageTableModel::Name, Qt::AscendingOrder);
    window.show();
    QCoreApplication::processEvents();
    const qint64 residentBefore = residentBytes();

    Figures f;
    QElapsedTimer total;
    total.start();
    for (int first = 0; first < kImages; first += kPage) {
        const QList<Image> images = page(first);
        QElapsedTimer one;
        one.start();
        model.upsert(images);
        QCoreApplication::processEvents();
        f.worstPageMs = std::max(f.worstPageMs, ms(one));
    }
    f.loadMs = ms(total);
    f.bytesPerImage = double(residentBytes() - residentBefore) / kImages;

    // One keystroke on top of a typed word: "image-42" then "image-421".
    QElapsedTimer keystroke;
    keystroke.start();
    setFilter(*proxy, QStringLiteral("i"));
    QCoreApplication::processEvents();
    f.firstKeystrokeMs = ms(keystroke);
    setFilter(*proxy, QStringLiteral("image-42"));
    QCoreApplication::processEvents();
    keystroke.restart();
    setFilter(*proxy, QStringLiteral("image-421"));
    QCoreApplication::processEvents();
    f.keystrokeMs = ms(keystroke);
    setFilter(*proxy, QString());
    QCoreApplication::processEvents();

    QElapsedTimer sort;
    sort.start();
    view.sortByColumn(ImageTableModel::Size, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    f.sortMs = ms(sort);
    sort.restart();
    view.sortByColumn(ImageTableModel::Source, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    f.groupMs = ms(sort);
    f.shown = proxy->rowCount();
    return f;
}

// The baseline: Qt's proxy, filtering with setFilterFixedString over the name column and
// sorting on the display text (what one gets without a typed proxy), in the same window.
Figures baseline() {
    return run<QSortFilterProxyModel>([](QSortFilterProxyModel &p, const QString &t) {
        p.setFilterCaseSensitivity(Qt::CaseInsensitive);
        p.setFilterFixedString(t);
    });
}

Figures ours() {
    return run<ims::ImageFilterProxyModel>(
        [](ims::ImageFilterProxyModel &p, const QString &t) { p.setSearchText(t); });
}

struct RefreshFigures {
    double upsertMs = 0;    // the refresh's pages, every image unchanged
    double worstPageMs = 0; // of those pages
    double dropMs = 0;      // removeUnrefreshed(): 1 000 scattered rows go
    double dropCpuMs = 0;
    int removals = 0;   // rowsRemoved the view got
    double resetMs = 0; // the baseline: one proxy reset over the same rows
    double resetCpuMs = 0;
    double naiveSourceMs = 0; // the source's rows removed run by run with QList::remove
    double sourceOnlyMs = 0;  // removeUnrefreshed() with nothing attached
    double proxyOnlyMs = 0;   // with the sorted proxy but no view
    bool selectionKept = false;
};

bool dropped(int n) {
    return n % 100 == 37; // 1 000 of 100 000, none adjacent: 1 000 runs
}

// removeUnrefreshed() of the dropped rows on a model with `attach` attached, in ms.
template <typename Attach> double dropWithout(Attach attach) {
    ImageTableModel model;
    ims::ImageFilterProxyModel proxy;
    attach(model, proxy);
    for (int first = 0; first < kImages; first += kPage)
        model.upsert(page(first));
    model.beginRefresh();
    for (int first = 0; first < kImages; first += kPage) {
        QList<Image> images = page(first);
        images.removeIf([](const Image &image) {
            return dropped(image.name.section(QLatin1Char('-'), 2).toInt());
        });
        model.upsert(images);
    }
    QElapsedTimer drop;
    drop.start();
    model.removeUnrefreshed();
    return ms(drop);
}

RefreshFigures refresh() {
    ImageTableModel model;
    ims::JobListModel jobs;
    ims::MainWindow window(&model, &jobs);
    QTableView &view = *window.imageTable();
    view.sortByColumn(ImageTableModel::Size, Qt::DescendingOrder);
    window.show();
    for (int first = 0; first < kImages; first += kPage)
        model.upsert(page(first));
    QCoreApplication::processEvents();
    const QString selectedId = model.at(500).id;
    window.selectImage(selectedId);
    QCoreApplication::processEvents();
    int removals = 0;
    QObject::connect(view.model(), &QAbstractItemModel::rowsRemoved, [&removals] { ++removals; });

    RefreshFigures f;
    model.beginRefresh();
    QElapsedTimer total;
    total.start();
    for (int first = 0; first < kImages; first += kPage) {
        QList<Image> images = page(first);
        images.removeIf([](const Image &image) {
            return dropped(image.name.section(QLatin1Char('-'), 2).toInt());
        });
        QElapsedTimer one;
        one.start();
        model.upsert(images);
        QCoreApplication::processEvents();
        f.worstPageMs = std::max(f.worstPageMs, ms(one));
    }
    f.upsertMs = ms(total);
    QElapsedTimer drop;
    drop.start();
    const double dropCpu = cpuMs();
    model.removeUnrefreshed();
    QCoreApplication::processEvents();
    f.dropMs = ms(drop);
    f.dropCpuMs = cpuMs() - dropCpu;
    f.removals = removals;
    const QList<Image> selected = window.imageTable()->selectedImages();
    f.selectionKept = selected.size() == 1 && selected.first().id == selectedId;

    auto *proxy = qobject_cast<ims::ImageFilterProxyModel *>(view.model());
    QElapsedTimer reset;
    reset.start();
    const double resetCpu = cpuMs();
    proxy->setSourceModel(&model); // a reset: every row folded and sorted again, the view reset
    QCoreApplication::processEvents();
    f.resetMs = ms(reset);
    f.resetCpuMs = cpuMs() - resetCpu;

    // What the gap in ImageTableModel::removeRowRuns() saves: QList::remove for each run.
    QList<Image> images;
    for (int first = 0; first < kImages; first += kPage)
        images += page(first);
    QElapsedTimer naive;
    naive.start();
    for (qsizetype row = images.size() - 1; row >= 0; --row) {
        if (dropped(int(row)))
            images.remove(row);
    }
    f.naiveSourceMs = ms(naive);

    f.sourceOnlyMs = dropWithout([](ImageTableModel &, ims::ImageFilterProxyModel &) {});
    f.proxyOnlyMs = dropWithout([](ImageTableModel &model, ims::ImageFilterProxyModel &proxy) {
        proxy.setSourceModel(&model);
        proxy.sort(ImageTableModel::Size, Qt::DescendingOrder);
    });
    return f;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Figures base = baseline();
    const Figures mine = ours();
    std::printf("image table, %d images in pages of %d, QTableView attached (offscreen)\n", kImages,
                kPage);
    std::printf("%-28s %14s %18s %8s\n", "", "imsdesk proxy", "QSortFilterProxy", "ratio");
    const auto row = [](const char *what, double a, double b) {
        std::printf("%-28s %11.1f ms %15.1f ms %7.2fx\n", what, a, b, b > 0 ? a / b : 0.0);
    };
    row("load all pages", mine.loadMs, base.loadMs);
    row("worst page (GUI blocked)", mine.worstPageMs, base.worstPageMs);
    row("first filter keystroke", mine.firstKeystrokeMs, base.firstKeystrokeMs);
    row("next filter keystroke", mine.keystrokeMs, base.keystrokeMs);
    row("sort by size", mine.sortMs, base.sortMs);
    row("group copies (Copy of)", mine.groupMs, base.groupMs);
    std::printf("resident memory per loaded image: %.0f bytes (baseline run %.0f)\n",
                mine.bytesPerImage, base.bytesPerImage);
    std::printf("rows shown after clearing the filter: %d / %d\n", mine.shown, base.shown);

    const RefreshFigures r = refresh();
    std::printf("\nrefresh of %d images sorted by size, one selected, that drops 1 000 scattered\n",
                kImages);
    std::printf("%-44s %9.1f ms (worst page %.1f ms)\n", "refresh pages, images unchanged",
                r.upsertMs, r.worstPageMs);
    std::printf("%-44s %9.1f ms (cpu %.1f ms; %d rowsRemoved, selection %s)\n",
                "removeUnrefreshed: 1 000 scattered rows go", r.dropMs, r.dropCpuMs, r.removals,
                r.selectionKept ? "kept" : "LOST");
    std::printf("%-44s %9.1f ms\n", "  of which the source alone", r.sourceOnlyMs);
    std::printf("%-44s %9.1f ms\n", "  the source and the sorted proxy, no view", r.proxyOnlyMs);
    std::printf("%-44s %9.1f ms (cpu %.1f ms; the old path: one per removed run)\n",
                "baseline: one proxy reset of the same rows", r.resetMs, r.resetCpuMs);
    std::printf("%-44s %9.1f ms\n", "baseline: the source's QList::remove per run",
                r.naiveSourceMs);
    return 0;
}
