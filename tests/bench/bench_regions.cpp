// N regions (3 and 6) listed at once by RegionInventory from an in-process sandbox with
// --regions 6 and 100 ms of latency on every image page: the total time as a ratio to the
// slowest region listed alone in the same run (target <= 1.2x), and the GUI thread's longest
// block while the regions list (target < 50 ms).
#include "blockmeter.h"
#include "connection.h"
#include "regioninventory.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>

#include <cstdio>

using namespace ims;

namespace {

double listAlone(Session *session, const ImageListQuery &query) {
    QElapsedTimer clock;
    clock.start();
    ImageListing listing(session, query);
    QEventLoop loop;
    QObject::connect(&listing, &ImageListing::finished, &loop, &QEventLoop::quit);
    listing.start();
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

void bench(int regions) {
    sandbox::SandboxOptions options;
    options.regions = 6;
    options.images = 2000;
    options.faults = {QStringLiteral("latency:route=^GET /v2/cloudimages,ms=100")};
    SandboxFixture sandbox(options);
    QProcessEnvironment env;
    for (const auto &[name, value] : sandbox.server().environment())
        env.insert(name, value);
    Credentials credentials;
    QString why;
    Profile profile = *profileFromEnvironment(env, &credentials, &why);
    profile.name = QStringLiteral("bench");
    profile.cloud = CloudKind::Sandbox;
    const QStringList all{"eu-de",          "eu-nl",          "eu-ch2",
                          "ap-southeast-1", "ap-southeast-2", "ap-southeast-3"};
    profile.inventoryRegions = all.mid(0, regions);
    ImageListQuery query;
    query.attributes = codec::Attributes::Drop;
    RegionInventory inventory;
    inventory.setQuery(query);
    inventory.addProfile(profile, credentials);
    QEventLoop loop;
    QObject::connect(&inventory, &RegionInventory::finished, &loop, &QEventLoop::quit);
    int images = 0;
    QObject::connect(&inventory, &RegionInventory::batch, &loop,
                     [&](const RegionKey &, const QList<Image> &batch) { images += batch.size(); });
    inventory.start(); // warm-up: logins, discovery
    loop.exec();
    double slowest = 0;
    for (const RegionKey &key : inventory.regions())
        slowest = std::max(
            slowest, listAlone(inventory.connection(key.profile, key.region)->session(), query));
    images = 0;
    BlockMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    inventory.start();
    loop.exec();
    meter.stop();
    const double together = double(clock.nsecsElapsed()) / 1e6;
    std::printf("regions=%d images=%d slowest-alone=%.0f ms all-at-once=%.0f ms ratio=%.2fx "
                "(target <= 1.2x) gui-block-max=%.1f ms (target < 50)\n",
                int(inventory.regions().size()), images, slowest, together, together / slowest,
                meter.worstMs());
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    bench(3);
    bench(6);
    return 0;
}
