// Issue 13's figures: N regions (3 and 6) listed at once by RegionInventory, as the All regions
// view lists them, from an in-process sandbox with --regions 6, --images-per-region images in
// every region (default 5 000: ten pages of 500 each) and 100 ms of latency on every image page.
// For each N, repeated: every region listed alone (one after the other) and then all N at once;
// the total time as a ratio to the slowest region alone of the same repeat (target <= 1.2x), and
// the GUI thread's longest block while the regions list (target < 50 ms). The GUI thread does
// what AllRegionsController::arrive() does with a batch: lineage and the table model.
//
//   bench_regions [--images-per-region N] [--repeats R]
#include "blockmeter.h"
#include "connection.h"
#include "imagetablemodel.h"
#include "lineage.h"
#include "regioninventory.h"
#include "sandboxfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ims;

namespace {

constexpr int kPageLatencyMs = 100;
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

struct Timed {
    double ms = 0;
    int images = 0;
    double blockMs = 0; // the GUI thread's longest block meanwhile
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
    return {double(clock.nsecsElapsed()) / 1e6, rows.count(), meter.worstMs()};
}

Timed listTogether(RegionInventory &inventory, Rows &rows) {
    rows.clear();
    BlockMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    QEventLoop loop;
    const auto done =
        QObject::connect(&inventory, &RegionInventory::finished, &loop, &QEventLoop::quit);
    inventory.start();
    loop.exec();
    QObject::disconnect(done);
    meter.stop();
    return {double(clock.nsecsElapsed()) / 1e6, rows.count(), meter.worstMs()};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void bench(SandboxFixture &sandbox, int regions, int repeats) {
    QProcessEnvironment env;
    for (const auto &[name, value] : sandbox.server().environment())
        env.insert(name, value);
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
    const Timed warm = listTogether(inventory, rows);
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
        const Timed all = listTogether(inventory, rows);
        worstBlock = std::max(worstBlock, all.blockMs);
        alone.push_back(slowest.ms);
        together.push_back(all.ms);
        ratios.push_back(all.ms / slowest.ms);
        std::printf("regions=%d run %d: slowest-alone=%.0f ms (%s, %d images) all-at-once=%.0f ms "
                    "(%d images%s) ratio=%.2fx gui-block-max=%.1f ms\n",
                    regions, run, slowest.ms, qPrintable(slowestRegion), slowest.images, all.ms,
                    all.images, all.images == aloneImages ? "" : ", NOT the regions' sum",
                    all.ms / slowest.ms, all.blockMs);
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
    parser.addOptions({perRegionOption, repeatsOption});
    parser.addHelpOption();
    parser.process(app);
    const int perRegion = std::max(0, parser.value(perRegionOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    sandbox::SandboxOptions options;
    options.regions = int(kRegions.size());
    options.imagesPerRegion = perRegion;
    options.faults = {
        QStringLiteral("latency:route=^GET /v2/cloudimages,ms=%1").arg(kPageLatencyMs)};
    SandboxFixture sandbox(options);
    if (!sandbox.started()) {
        std::fprintf(stderr, "bench_regions: the sandbox did not start: %s\n",
                     qPrintable(sandbox.error()));
        return 1;
    }
    std::printf("bench_regions: a sandbox of %d regions, %d private images each besides the seeded "
                "ones, %d ms a page of /v2/cloudimages; the inventory's default listing options "
                "(%d chains a region), %d repeats\n",
                options.regions, perRegion, kPageLatencyMs, ListingOptions().concurrency, repeats);
    bench(sandbox, 3, repeats);
    bench(sandbox, 6, repeats);
    return 0;
}
