#include "resultsearch.h"
#include "imagerequests.h"
#include "send.h"

#include <QPointer>

namespace ims::resultsearch {

std::optional<Image> pick(const QList<Image> &images, const QString &name,
                          const QDateTime &sentAt) {
    const QDateTime after = sentAt.addSecs(-kClockSkewSecs);
    std::optional<Image> newest;
    for (const Image &image : images) {
        if (image.name != name || !image.createdAt.isValid() || image.createdAt < after)
            continue;
        if (!newest || image.createdAt > newest->createdAt)
            newest = image;
    }
    return newest;
}

void find(Session *session, const ExpectedResult &expected, const QDateTime &sentAt,
          QObject *context, std::function<void(const Found &)> done) {
    ImageListQuery query;
    query.view = ImageView::Private; // what an operation creates is the project's own image
    query.filters = {{QStringLiteral("name"), expected.imageName}};
    query.attributes = codec::Attributes::Drop;
    auto *request = new ListCloudImagesRequest(session, query);
    auto images = std::make_shared<QList<Image>>();
    QObject::connect(request, &ImageListRequest::page, context,
                     [images](const QList<Image> &page) { images->append(page); });
    send(request, context, [images, expected, sentAt, done](const Result<int> &total) {
        if (!total)
            done(total.error());
        else
            done(pick(*images, expected.imageName, sentAt));
    });
}

} // namespace ims::resultsearch
