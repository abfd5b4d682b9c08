// imsctl images …: listing, show and delete, through the IMS extension API when the cloud has
// it and the native Glance API otherwise.
#include "commands.h"

#include "imagerequests.h"

#include <QJsonDocument>

namespace imsctl {

using namespace ims;

namespace {

Listing imageListing(const QList<Image> &images) {
    Listing l;
    l.headers = {
        QStringLiteral("id"),         QStringLiteral("name"),        QStringLiteral("status"),
        QStringLiteral("visibility"), QStringLiteral("disk_format"), QStringLiteral("size"),
        QStringLiteral("min_disk"),   QStringLiteral("os_version"),  QStringLiteral("created_at")};
    for (const Image &i : images) {
        l.rows.append({i.id, i.name, i.status, i.visibility, i.diskFormat,
                       i.sizeBytes < 0 ? QString() : QString::number(i.sizeBytes),
                       QString::number(i.minDiskGb), i.osVersion,
                       i.createdAt.toString(Qt::ISODate)});
        l.objects.append(i.attributes);
    }
    return l;
}

} // namespace

int imagesList(Context &ctx, const Options &options) {
    const auto view = imageViewFromKey(options.view);
    if (!view)
        return ctx.usage(QStringLiteral("--view takes private, public, shared, pending or all"));
    ImageListQuery query;
    query.view = *view;
    for (const QString &filter : options.filters) {
        const qsizetype eq = filter.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(QStringLiteral("--filter takes key=value, not '%1'").arg(filter));
        query.filters.append({filter.left(eq), filter.mid(eq + 1)});
    }
    QList<Image> images;
    for (int attempt = 0; attempt < 2; ++attempt) {
        images.clear();
        std::unique_ptr<ImageListRequest> request;
        if (ctx.session->hasImsExtension())
            request = std::make_unique<ListCloudImagesRequest>(ctx.session, query);
        else
            request = std::make_unique<ListGlanceImagesRequest>(ctx.session, query);
        QObject::connect(request.get(), &ImageListRequest::page, request.get(),
                         [&](const QList<Image> &page) {
                             images += page;
                             ctx.err << "\rlisted " << images.size() << " images";
                             ctx.err.flush();
                         });
        const Result<int> result = ctx.run<ImageListRequest, int>(*request);
        if (!images.isEmpty()) {
            ctx.err << '\n';
            ctx.err.flush();
        }
        if (!result && attempt == 0 && ctx.session->hasImsExtension() &&
            result.error().httpStatus == 404) {
            // A plain OpenStack cloud: no /v2/cloudimages. Use Glance from now on.
            ctx.session->markImsExtensionMissing();
            continue;
        }
        if (!result)
            return ctx.fail(result.error());
        break;
    }
    print(ctx.out, imageListing(images), ctx.format);
    return Ok;
}

int imagesShow(Context &ctx, const QStringList &ids) {
    int code = Ok;
    QList<Image> shown;
    for (const QString &id : ids) {
        ShowImageRequest request(ctx.session, id);
        const Result<Image> result = ctx.run<ShowImageRequest, Image>(request);
        if (!result) {
            code = ctx.fail(result.error());
            continue;
        }
        shown.append(result.value());
    }
    if (ctx.format == Format::Table) {
        for (const Image &image : shown) {
            Listing l;
            l.headers = {QStringLiteral("attribute"), QStringLiteral("value")};
            QStringList keys = image.attributes.keys();
            for (const QString &key : keys) {
                const QJsonValue v = image.attributes.value(key);
                const QString text =
                    v.isArray() || v.isObject()
                        ? QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant())
                                                .toJson(QJsonDocument::Compact))
                        : codec::toText(v);
                l.rows.append({key, text});
            }
            print(ctx.out, l, Format::Table);
        }
    } else {
        print(ctx.out, imageListing(shown), ctx.format);
    }
    return code;
}

int imagesDelete(Context &ctx, const QStringList &ids) {
    int code = Ok;
    for (const QString &id : ids) {
        DeleteImageRequest request(ctx.session, id);
        const Result<Done> result = ctx.run<DeleteImageRequest, Done>(request);
        if (!result) {
            ctx.err << id << ": ";
            code = ctx.fail(result.error());
            continue;
        }
        ctx.out << id << '\n';
        ctx.out.flush();
    }
    return code;
}

} // namespace imsctl
