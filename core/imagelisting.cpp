#include "imagelisting.h"

#include "backgroundpriority.h"

#include "listingengine.h"
#include "session.h"

#include <QThread>

namespace ims {

ImageListing::ImageListing(Session *session, const ImageListQuery &query,
                           const ListingOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(query)
    , m_options(options) {}

ImageListing::~ImageListing() {
    stopWorker();
}

void ImageListing::start() {
    if (m_starting || m_engine || m_finished)
        return;
    if (!m_session) {
        finish(ApiError::sessionClosed(false));
        return;
    }
    m_starting = true;
    // The twin starts from a token that is valid now: one login for the session and its twins,
    // not one per listing. A login that fails is the listing's error.
    m_session->ensureReady(this, [this](std::optional<ApiError> error) {
        if (m_finished)
            return; // cancelled meanwhile
        if (error)
            finish(*error);
        else if (!m_session)
            finish(ApiError::sessionClosed(false));
        else
            startWorker();
    });
}

void ImageListing::startWorker() {
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("imsdesk-listing"));
    // Emitted on the new thread: its requests and merging yield to the GUI thread.
    connect(m_thread, &QThread::started, [] { runAsBackgroundThread(); });
    std::unique_ptr<Session> twin = m_session->twin();
    m_twin = twin.release();
    m_engine = new ListingEngine(m_twin, m_query, m_options);
    m_engine->setBacklogLimit(m_options.backlogImages);
    m_twin->moveToThread(m_thread);
    m_engine->moveToThread(m_thread);
    // Queued: emitted on the worker, told here. Nothing arrives once this object is gone (Qt
    // drops queued calls to a deleted receiver), nor after cancel() (m_finished).
    connect(m_engine, &ListingEngine::pageFetched, this, [this] { ++m_pages; });
    connect(m_engine, &ListingEngine::batch, this, [this](const QList<Image> &images) {
        if (m_finished)
            return;
        emit batch(images);
        // Taken: the worker may fetch more. The engine is alive while m_engine is set (it is
        // deleted on its thread only after stopWorker() cleared it, perhaps in that emit).
        if (m_engine)
            QMetaObject::invokeMethod(
                m_engine,
                [engine = m_engine, taken = int(images.size())] { engine->consumed(taken); },
                Qt::QueuedConnection);
    });
    // The worker stops before `finished` goes out: its receiver may delete this listing.
    connect(m_engine, &ListingEngine::finished, this, [this](const Result<int> &result) {
        stopWorker();
        finish(result);
    });
    // The session closed (a profile switch, the window's end): so does its listing, as a
    // request would end.
    connect(m_session, &QObject::destroyed, this, [this] {
        if (!m_finished) {
            stopWorker();
            finish(ApiError::sessionClosed(true));
        }
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &ListingEngine::start, Qt::QueuedConnection);
}

void ImageListing::stopWorker() {
    if (!m_thread)
        return;
    // The engine and the twin are deleted on their own thread as it ends (deferred deletes are
    // sent when a thread finishes): their requests go quietly, in-flight replies are aborted.
    m_engine->disconnect(this);
    m_engine->deleteLater();
    m_twin->deleteLater();
    m_engine = nullptr;
    m_twin = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImageListing::cancel() {
    if (m_finished)
        return;
    // At once, as a request's cancel(): what the worker still had on its way is not told.
    stopWorker();
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
