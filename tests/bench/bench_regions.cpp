// Issue 13's figures: N regions (3 and 6) listed at once by RegionInventory, as the All regions
// view lists them, from `imsdesk-sandbox --regions 6 --images-per-region N` (default 5 000: ten
// pages of 500 a region) with 100 ms of latency on every image page. For each N, repeated: every
// region listed alone (one after the other) and then all N at once; the total time as a ratio to
// the slowest region alone of the same repeat (target <= 1.2x), and the GUI thread's longest
// block while the regions list (target < 50 ms). The GUI thread does what
// AllRegionsController::arrive() does with a batch: lineage and the table model.
//
// The sandbox runs as a process of its own, so that the CPU time printed for this process is the
// client's alone (the sandbox's is printed beside it): on a machine of few cores the regions at
// once may be bound by CPU rather than by the cloud's latency, and the figures say whose.
//
//   bench_regions [--images-per-region N] [--repeats R] [--latency-ms MS]
#include "blockmeter.h"
#include "connection.h"
#include "imagetablemodel.h"
#include "lineage.h"
#include "regioninventory.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

namespace {

const QStringList kRegions{"eu-de",          "eu-nl",          "eu-ch2",
                           "ap-southeast-1", "ap-southeast-2", "ap-southeast-3"};

// The GUI thread's share of a listing: every batch into the lineage and the table's rows.
class Rows final {
public:
    void take(const QList<Image> &batch) {
        m_lineage.addImages(batch);
        m_model.upsert(batch);
    }
    void clear() {
        m_lineage.clear();
        m_model.clear();
    }
    int count() const { return m_model.imageCount(); }

private:
    Lineage m_lineage;
    ImageTableModel m_model;
};

// CPU seconds (user + system) used so far by this process, and by the sandbox's.
double ownCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime, in clock ticks), counted after the command's ")".
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 13
               ? double(fields[11].toLongLong() + fields[12].toLongLong()) / sysconf(_SC_CLK_TCK)
               : 0;
}

struct Cpu {
    qint64 sandboxPid = 0;
    double own = 0;
    double sandbox = 0;
    void start() {
        own = ownCpuSeconds();
        sandbox = processCpuSeconds(sandboxPid);
    }
    void stop() {
        own = ownCpuSeconds() - own;
        sandbox = processCpuSeconds(sandboxPid) - sandbox;
    }
};

struct Timed {
    double ms = 0;
    int images = 0;
    double blockMs = 0; // the GUI thread's longest block meanwhile
    Cpu cpu;            // CPU time used meanwhile
};

// One region through its own connection's session, with the options the inventory uses.
Timed listAlone(Session *session, const ImageListQuery &query, Rows &rows) {
    rows.clear();
    BlockMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    ImageListing listing(session, query);
    QEventLoop loop;
    QObject::connect(&listing, &ImageListing::batch, &loop,
                     [&rows](const QList<Image> &batch) { rows.take(batch); });
    QObject::connect(&listing, &ImageListing::finished, &loop, &QEventLoop::quit);
    listing.start();
    loop.exec();
    meter.stop();
    return {double(clock.nsecsElapsed()) / 1e6, rows.count(), meter.worstMs(), {}};
}

Timed listTogether(RegionInventory &inventory, Rows &rows, qint64 sandboxPid) {
    rows.clear();
    Cpu cpu{sandboxPid};
    BlockMeter meter;
    QElapsedTimer clock;
    cpu.start();
    clock.start();
    meter.start();
    QEventLoop loop;
    const auto done =
        QObject::connect(&inventory, &RegionInventory::finished, &loop, &QEventLoop::quit);
    inventory.start();
    loop.exec();
    QObject::disconnect(done);
    meter.stop();
    cpu.stop();
    return {double(clock.nsecsElapsed()) / 1e6, rows.count(), meter.worstMs(), cpu};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void bench(const SandboxProcess &sandbox, int regions, int repeats) {
    const QProcessEnvironment env = sandbox.environment();
    Credentials credentials;
    QString why;
    Profile profile = *profileFromEnvironment(env, &credentials, &why);
    profile.name = QStringLiteral("bench");
    profile.cloud = CloudKind::Sandbox;
    profile.inventoryRegions = kRegions.mid(0, regions);
    ImageListQuery query;
    query.attributes = codec::Attributes::Drop; // as the All regions view asks
    RegionInventory inventory;
    inventory.setQuery(query);
    inventory.addProfile(profile, credentials);
    Rows rows;
    QObject::connect(&inventory, &RegionInventory::batch, &inventory,
                     [&rows](const RegionKey &, const QList<Image> &batch) { rows.take(batch); });
    QObject::connect(&inventory, &RegionInventory::regionFailed, &inventory,
                     [](const RegionKey &key, const ApiError &error) {
                         std::printf("  region %s FAILED: %s\n", qPrintable(key.region),
                                     qPrintable(error.message));
                     });
    // Warm-up: logins, discovery, and the sandbox's sorted listings of each region.
    const Timed warm = listTogether(inventory, rows, sandbox.processId());
    std::printf("regions=%d warm-up (logins, discovery, first listing): %.0f ms, %d images\n",
                int(inventory.regions().size()), warm.ms, warm.images);

    std::vector<double> alone, together, ratios;
    double worstBlock = 0;
    for (int run = 1; run <= repeats; ++run) {
        Timed slowest;
        QString slowestRegion;
        int aloneImages = 0;
        for (const RegionKey &key : inventory.regions()) {
            const Timed t =
                listAlone(inventory.connection(key.profile, key.region)->session(), query, rows);
            aloneImages += t.images;
            worstBlock = std::max(worstBlock, t.blockMs);
            if (t.ms > slowest.ms) {
                slowest = t;
                slowestRegion = key.region;
            }
        }
        const Timed all = listTogether(inventory, rows, sandbox.processId());
        worstBlock = std::max(worstBlock, all.blockMs);
        alone.push_back(slowest.ms);
        together.push_back(all.ms);
        ratios.push_back(all.ms / slowest.ms);
        std::printf("regions=%d run %d: slowest-alone=%.0f ms (%s, %d images) all-at-once=%.0f ms "
                    "(%d images%s) ratio=%.2fx gui-block-max=%.1f ms; CPU meanwhile: "
                    "imsdesk %.2f s, sandbox %.2f s, of %.2f s on %d cores\n",
                    regions, run, slowest.ms, qPrintable(slowestRegion), slowest.images, all.ms,
                    all.images, all.images == aloneImages ? "" : ", NOT the regions' sum",
                    all.ms / slowest.ms, all.blockMs, all.cpu.own, all.cpu.sandbox,
                    all.ms / 1000 * QThread::idealThreadCount(), QThread::idealThreadCount());
    }
    std::printf("regions=%d median of %d: slowest-alone=%.0f ms all-at-once=%.0f ms "
                "ratio=%.2fx (target <= 1.2x); best: %.0f ms / %.0f ms = %.2fx; "
                "gui-block-max=%.1f ms over every listing (target < 50)\n",
                regions, repeats, median(alone), median(together), median(ratios),
                *std::min_element(together.begin(), together.end()),
                *std::min_element(alone.begin(), alone.end()),
                *std::min_element(together.begin(), together.end()) /
                    *std::min_element(alone.begin(), alone.end()),
                worstBlock);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption perRegionOption(
        QStringLiteral("images-per-region"),
        QStringLiteral("Private images in every region (default 5000)."), QStringLiteral("n"),
        QStringLiteral("5000"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
                                           QStringLiteral("Repeats of each measure (default 3)."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"),
        QStringLiteral("Latency of every page of /v2/cloudimages (default 100)."),
        QStringLiteral("ms"), QStringLiteral("100"));
    parser.addOptions({perRegionOption, repeatsOption, latencyOption});
    parser.addHelpOption();
    parser.process(app);
    const int perRegion = std::max(0, parser.value(perRegionOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    const int latencyMs = std::clamp(parser.value(latencyOption).toInt(), 0, 300000);

    const int regions = int(kRegions.size());
    const QString latency = QStringLiteral("latency:route=^GET /v2/cloudimages,ms=%1");
    SandboxProcess sandbox({QStringLiteral("--regions"), QString::number(regions),
                            QStringLiteral("--images-per-region"), QString::number(perRegion),
                            QStringLiteral("--fault"), latency.arg(latencyMs)});
    if (!sandbox.ready()) {
        std::fprintf(stderr, "bench_regions: the sandbox did not start\n");
        return 1;
    }
    std::printf("bench_regions: imsdesk-sandbox --regions %d --images-per-region %d, %d ms a page "
                "of /v2/cloudimages; the inventory's default listing options (%d chains a "
                "region), %d repeats\n",
                regions, perRegion, latencyMs, ListingOptions().concurrency, repeats);
    bench(sandbox, 3, repeats);
    bench(sandbox, 6, repeats);
    return 0;
}
