#include "imagelisting.h"

#include "listingengine.h"
#include "session.h"

namespace ims {

ImageListing::ImageListing(Session *session, const ImageListQuery &query,
                           const ListingOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(query)
    , m_options(options) {}

ImageListing::~ImageListing() {
    // The engine's requests die with it, silently.
    delete m_engine;
}

void ImageListing::start() {
    if (m_engine || m_finished)
        return;
    if (!m_session) {
        finish(ApiError::sessionClosed(false));
        return;
    }
    m_engine = new ListingEngine(m_session, m_query, m_options);
    connect(m_engine, &ListingEngine::pageFetched, this, [this] { ++m_pages; });
    connect(m_engine, &ListingEngine::batch, this, &ImageListing::batch);
    connect(m_engine, &ListingEngine::finished, this, &ImageListing::finish);
    m_engine->start();
}

void ImageListing::cancel() {
    if (m_finished)
        return;
    if (m_engine)
        m_engine->cancel();
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
