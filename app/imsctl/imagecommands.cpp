// imsctl images …: listing and show, and the operations that start jobs (copy, create,
// export), each through ImageOperations.
#include "commands.h"

#include "operationrules.h"

#include <QJsonDocument>

namespace imsctl {

using namespace ims;

QStringList imageHeaders(bool withRegion) {
    if (withRegion)
        return QStringList{QStringLiteral("region")} + imageHeaders(false);
    return {
        QStringLiteral("id"),         QStringLiteral("name"),        QStringLiteral("status"),
        QStringLiteral("visibility"), QStringLiteral("disk_format"), QStringLiteral("size"),
        QStringLiteral("min_disk"),   QStringLiteral("os_version"),  QStringLiteral("created_at")};
}

Listing imageListing(const QList<Image> &images, Format format, bool withRegion) {
    Listing l;
    l.headers = imageHeaders(withRegion);
    if (format == Format::Json) {
        for (const Image &i : images) {
            if (!withRegion) {
                l.objects.append(i.attributes); // shared, not copied
                continue;
            }
            QJsonObject object = i.attributes;
            object.insert(QStringLiteral("region"), i.region); // where it was listed
            l.objects.append(object);
        }
        return l;
    }
    l.rows.reserve(images.size());
    for (const Image &i : images) {
        QStringList row{i.id,
                        i.name,
                        i.status,
                        i.visibility,
                        i.diskFormat,
                        i.sizeBytes < 0 ? QString() : QString::number(i.sizeBytes),
                        QString::number(i.minDiskGb),
                        i.osVersion,
                        i.createdAt.toString(Qt::ISODate)};
        if (withRegion)
            row.prepend(i.region);
        l.rows.append(row);
    }
    return l;
}

namespace {

// "\rlisted N images" on stderr while a listing runs, ended by a line break. Off when stdout
// is where stderr goes (one terminal, or `2>&1`): rows printed as they arrive would land inside
// the progress line, and the line inside the rows.
class ListingProgress final {
public:
    ListingProgress(Context &ctx, bool rowsOnStdout)
        : m_ctx(ctx)
        , m_shown(!rowsOnStdout || !stdoutIsStderr()) {}
    ~ListingProgress() {
        if (m_shown && m_count > 0) {
            m_ctx.err << '\n';
            m_ctx.err.flush();
        }
    }
    void add(qsizetype images) {
        m_count += images;
        if (!m_shown)
            return;
        m_ctx.err << "\rlisted " << m_count << " images";
        m_ctx.err.flush();
    }

private:
    Context &m_ctx;
    bool m_shown;
    qsizetype m_count = 0;
};

} // namespace

Result<int> listImageBatches(Context &ctx, const ImageListQuery &query, const ImageBatches &onBatch,
                             bool rowsOnStdout) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        ListingProgress progress(ctx, rowsOnStdout);
        ListingOptions options;
        options.concurrency = ctx.listingChains;
        options.partition = ctx.listingChains > 1;
        ImageListing listing(ctx.session, query, options);
        QObject::connect(&listing, &ImageListing::batch, &listing, [&](const QList<Image> &batch) {
            onBatch(batch); // printed (stdout flushed) before the progress line moves on
            progress.add(batch.size());
        });
        const Result<int> result = ctx.run<ImageListing, int>(listing);
        if (!result && attempt == 0 && ctx.session->hasImsExtension() &&
            listing.extensionMissing(result.error())) {
            // A plain OpenStack cloud: no /v2/cloudimages. Use Glance from now on. Nothing was
            // handed over yet: the 404 was the first page's.
            ctx.session->markImsExtensionMissing();
            continue;
        }
        return result;
    }
    return ApiError::cancelled(); // not reached: the second attempt returns
}

Result<QList<Image>> listImages(Context &ctx, const ImageListQuery &query) {
    QList<Image> images;
    const Result<int> listed = listImageBatches(
        ctx, query, [&](const QList<Image> &batch) { images += batch; }, false);
    if (!listed)
        return listed.error();
    return images;
}

void printImages(Context &ctx, const QList<Image> &images) {
    if (ctx.format != Format::Table) {
        print(ctx.out, imageListing(images, ctx.format), ctx.format);
        return;
    }
    for (const Image &image : images) {
        Listing l;
        l.headers = {QStringLiteral("attribute"), QStringLiteral("value")};
        for (const QString &key : image.attributes.keys()) {
            const QJsonValue v = image.attributes.value(key);
            const QString text =
                v.isArray() || v.isObject()
                    ? QString::fromUtf8(
                          QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact))
                    : codec::toText(v);
            l.rows.append({key, text});
        }
        print(ctx.out, l, Format::Table);
    }
}

std::optional<ImageListQuery> listQuery(Context &ctx, const Options &options) {
    const auto view = imageViewFromKey(options.view);
    if (!view) {
        ctx.usage(QStringLiteral("--view takes private, public, shared, pending or all"));
        return std::nullopt;
    }
    ImageListQuery query;
    query.view = *view;
    for (const QString &filter : options.filters) {
        const qsizetype eq = filter.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.usage(QStringLiteral("--filter takes key=value, not '%1'").arg(filter));
            return std::nullopt;
        }
        query.filters.append({filter.left(eq), filter.mid(eq + 1)});
    }
    return query;
}

int imagesList(Context &ctx, const Options &options) {
    const std::optional<ImageListQuery> parsed = listQuery(ctx, options);
    if (!parsed)
        return Usage;
    if (options.allRegions)
        return imagesListAllRegions(ctx, *parsed, options);
    ImageListQuery query = *parsed;
    if (ctx.format == Format::Json)
        query.attributes = codec::Attributes::Only; // it prints the objects, nothing decoded
    // Each batch is printed as it arrives and let go: memory stays a few pages whatever the
    // number of images. A page failing after others were printed still ends the output (the
    // JSON array is closed) before the error is said; failing before any, stdout stays empty.
    ListingPrinter printer(ctx.out, ctx.format, imageHeaders());
    const Result<int> listed = listImageBatches(
        ctx, query,
        [&](const QList<Image> &batch) { printer.add(imageListing(batch, ctx.format)); }, true);
    if (listed || printer.started())
        printer.finish();
    if (!listed)
        return ctx.fail(listed.error());
    return Ok;
}

int imagesShow(Context &ctx, const QStringList &ids) {
    int code = Ok;
    QList<Image> shown;
    for (const QString &id : ids) {
        const Result<Image> result =
            ctx.await<Image>([&](auto done) { ctx.operations()->image(id, done); });
        if (!result) {
            code = std::max(code, ctx.fail(id, result.error()));
            continue;
        }
        shown.append(result.value());
    }
    printImages(ctx, shown);
    return code;
}

int imagesCopy(Context &ctx, const QString &id, const Options &options) {
    if (options.name.isEmpty())
        return ctx.usage(QStringLiteral("images copy needs --name"));
    if (const QString problem = rules::nameProblem(options.name); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--name: ") + problem);
    if (const int code = requireExtension(ctx, QStringLiteral("copying images")); code != Ok)
        return code;
    const QStringList regions =
        options.regions.isEmpty() ? QStringList{QString()} : options.regions;
    QList<Launch> launches;
    for (const QString &region : regions) {
        ReplicationOrder order{id,          id,     options.name, options.description,
                               options.cmk, region, region,       options.agency};
        launches.append(
            [&ctx, order](Callback<StartedJob> done) { ctx.operations()->replicate(order, done); });
    }
    return startJobs(ctx, launches, options.wait);
}

int imagesCreate(Context &ctx, const Options &options) {
    if (options.whole || options.dataDisks || !options.backup.isEmpty())
        return imagesCreateByImport(ctx, options);
    if (options.server.isEmpty() || options.name.isEmpty())
        return ctx.usage(QStringLiteral("images create needs --server and --name"));
    if (const QString problem = rules::nameProblem(options.name); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--name: ") + problem);
    if (const int code = requireExtension(ctx, QStringLiteral("creating images from servers"));
        code != Ok)
        return code;
    for (const QString &tag : options.tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty())
            return ctx.usage(QStringLiteral("--tag: ") + problem);
    }
    bool bad = false;
    const int minRam = amountOption(ctx, "min-ram", options.minRam, &bad).value_or(0);
    const int maxRam = amountOption(ctx, "max-ram", options.maxRam, &bad).value_or(0);
    if (bad)
        return Usage;
    const CreateImageOrder order{options.server, options.server, options.name, options.description,
                                 options.tags,   minRam,         maxRam};
    return startJobs(ctx, {[&ctx, order](Callback<StartedJob> done) {
                         ctx.operations()->createFromServer(order, done);
                     }},
                     options.wait);
}

int imagesExport(Context &ctx, const QString &id, const Options &options) {
    if (options.bucketUrl.isEmpty())
        return ctx.usage(QStringLiteral("images export needs ID and --bucket-url BUCKET:FILE"));
    if (const QString problem = rules::bucketUrlProblem(options.bucketUrl); !problem.isEmpty())
        return ctx.usage(QStringLiteral("--bucket-url: ") + problem);
    if (const int code = requireExtension(ctx, QStringLiteral("exporting images")); code != Ok)
        return code;
    // The window offers export only for images it can export: the same rules, said here.
    const Result<Image> image =
        ctx.await<Image>([&](auto done) { ctx.operations()->image(id, done); });
    if (!image)
        return ctx.fail(image.error());
    if (const QStringList blockers = rules::exportBlockers(image.value(), options.quick);
        !blockers.isEmpty()) {
        ctx.err << "imsctl: " << id << ": not exported: " << blockers.join(QLatin1Char(' '))
                << '\n';
        ctx.err.flush();
        return Failed;
    }
    const ExportOrder order{id, image.value().name, options.bucketUrl, options.fileFormat,
                            options.quick};
    return startJobs(ctx, {[&ctx, order](Callback<StartedJob> done) {
                         ctx.operations()->exportImage(order, done);
                     }},
                     options.wait);
}

} // namespace imsctl
