#include "imagelisting.h"

#include "session.h"

namespace ims {

ImageListing::ImageListing(Session *session, const ImageListQuery &query,
                           const ListingOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(query)
    , m_options(options) {}

ImageListing::~ImageListing() = default;

void ImageListing::start() {
    if (m_request || m_finished)
        return;
    if (!m_session) {
        finish(ApiError::sessionClosed(false));
        return;
    }
    // One marker chain for now; partitioning comes in the same contract.
    if (m_session->hasImsExtension())
        m_request = new ListCloudImagesRequest(m_session, m_query, this);
    else
        m_request = new ListGlanceImagesRequest(m_session, m_query, this);
    if (m_options.maxPages > 0)
        m_request->setMaxPages(m_options.maxPages);
    connect(m_request, &ImageListRequest::page, this, [this](const QList<Image> &images) {
        ++m_pages;
        QList<Image> fresh;
        fresh.reserve(images.size());
        for (const Image &image : images) {
            if (!m_seen.contains(image.id)) {
                m_seen.insert(image.id);
                fresh.append(image);
            }
        }
        m_delivered += int(fresh.size());
        if (!fresh.isEmpty())
            emit batch(fresh);
    });
    connect(m_request, &ImageListRequest::finished, this, [this](const Result<int> &result) {
        finish(result ? Result<int>(m_delivered) : Result<int>(result.error()));
    });
    m_request->start();
}

void ImageListing::cancel() {
    if (m_finished)
        return;
    if (m_request)
        m_request->cancel();
    else
        finish(ApiError::cancelled());
}

bool ImageListing::extensionMissing(const ApiError &error) const {
    return error.httpStatus == 404 && m_pages == 0 && !error.code.startsWith(QLatin1String("IMG."));
}

void ImageListing::finish(const Result<int> &result) {
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

} // namespace ims
