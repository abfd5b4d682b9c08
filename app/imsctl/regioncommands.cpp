// imsctl images list --all-regions and images where: every region of the profile's account at
// once, through core/'s RegionInventory (a connection per region) and Lineage.
#include "commands.h"

#include "lineage.h"
#include "regioninventory.h"

#include <QJsonObject>

namespace imsctl {

using namespace ims;

namespace {

// Lists every region of the connected profile (those of --region only, when given), handing
// each region's batches to `onBatch` as they arrive. A region that fails is said on stderr
// ("imsctl: eu-nl: …") and the others go on; so does a project list IAM refuses (the profile's
// own region is then listed alone). Returns the regions listed, and sets *code to the worst
// exit code of the failed regions (Ok when none failed).
QStringList listEveryRegion(Context &ctx, const ImageListQuery &query, const Options &options,
                            const std::function<void(const QList<Image> &)> &onBatch, int *code) {
    Profile profile = ctx.connection->profile();
    if (!options.regions.isEmpty())
        profile.inventoryRegions = options.regions;
    RegionInventory inventory;
    inventory.setQuery(query);
    ListingOptions listing;
    listing.concurrency = ctx.listingChains;
    listing.partition = ctx.listingChains > 1;
    inventory.setListingOptions(listing);
    inventory.setSessionSetup([&ctx](Session &session) { ctx.applyTimeouts(session); });
    inventory.addProfile(profile, ctx.credentials, ctx.connection.get());
    QStringList regions;
    *code = Ok;
    QEventLoop loop;
    QObject::connect(&inventory, &RegionInventory::regionsDiscovered, &loop,
                     [&](const QString &, const QStringList &names) { regions = names; });
    QObject::connect(&inventory, &RegionInventory::discoveryFailed, &loop,
                     [&](const QString &, const ApiError &error) {
                         ctx.err << "imsctl: warning: the account's projects could not be "
                                    "listed, only region "
                                 << profile.region << " is: " << error.message << '\n';
                         ctx.err.flush();
                     });
    QObject::connect(&inventory, &RegionInventory::batch, &loop,
                     [&](const RegionKey &, const QList<Image> &images) { onBatch(images); });
    QObject::connect(&inventory, &RegionInventory::regionFailed, &loop,
                     [&](const RegionKey &key, const ApiError &error) {
                         *code = std::max(*code, ctx.fail(key.region, error));
                     });
    QObject::connect(&inventory, &RegionInventory::finished, &loop, &QEventLoop::quit);
    inventory.start();
    if (inventory.isRunning())
        loop.exec();
    return regions;
}

struct Relative {
    QString relation; // source, copy
    QString id;
    const Image *image; // null: a source that is gone
};

} // namespace

int imagesListAllRegions(Context &ctx, const ImageListQuery &query, const Options &options) {
    ListingPrinter printer(ctx.out, ctx.format, imageHeaders(true));
    int code = Ok;
    listEveryRegion(
        ctx, query, options,
        [&](const QList<Image> &batch) { printer.add(imageListing(batch, ctx.format, true)); },
        &code);
    printer.finish();
    return code;
}

int imagesWhere(Context &ctx, const QString &id, const Options &options) {
    if (int code = requireExtension(ctx, QStringLiteral("images where")); code != Ok)
        return code;
    const std::optional<ImageListQuery> parsed = listQuery(ctx, options);
    if (!parsed)
        return Usage;
    ImageListQuery query = *parsed;
    query.attributes = codec::Attributes::Drop; // every region's images are kept until the end
    Lineage lineage;
    int code = Ok;
    listEveryRegion(
        ctx, query, options, [&](const QList<Image> &batch) { lineage.addImages(batch); }, &code);
    if (!lineage.contains(id)) {
        ctx.err << "imsctl: " << id << ": no image with this id in the regions listed\n";
        ctx.err.flush();
        return std::max(code, int(Failed));
    }
    const QString root = lineage.rootOf(id);
    QList<Relative> family{{QStringLiteral("source"), root, lineage.image(root)}};
    for (const QString &copy : lineage.descendantsOf(root))
        family.append({QStringLiteral("copy"), copy, lineage.image(copy)});
    Listing l;
    l.headers = {QStringLiteral("relation"), QStringLiteral("region"), QStringLiteral("id"),
                 QStringLiteral("name"),     QStringLiteral("status"), QStringLiteral("source")};
    for (const Relative &r : family) {
        const QString region = r.image ? r.image->region : QString();
        const QString name = r.image ? r.image->name : QString();
        // A source that is gone is said as such: its copies are orphans.
        const QString status = r.image ? r.image->status : QStringLiteral("gone");
        const QString source = lineage.sourceOf(r.id);
        const QString relation = r.id == id ? r.relation + QStringLiteral(" (this)") : r.relation;
        l.rows.append({relation, region, r.id, name, status, source});
        l.objects.append(QJsonObject{{QStringLiteral("relation"), r.relation},
                                     {QStringLiteral("this"), r.id == id},
                                     {QStringLiteral("region"), region},
                                     {QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("source"), source}});
    }
    print(ctx.out, l, ctx.format);
    return code;
}

} // namespace imsctl
