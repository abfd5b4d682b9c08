#pragma once

#include "apierror.h"
#include "imagerequests.h"
#include "result.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ims {

class ListingEngine;
class Session;

struct ListingOptions final {
    // How many page chains run at once when the listing is partitioned (a setting).
    int concurrency = 8;
    // Split the listing into created_at ranges paged concurrently; false: one marker chain
    // (a count of one page, a short incremental read).
    bool partition = true;
    int maxPages = 0; // 0: ImageListRequest::kMaxPages
    // Images fetched and not yet taken by the listing's receiver before the worker sends no
    // more requests (ListingEngine::setBacklogLimit): a few pages, so that a slow receiver
    // (imsctl printing) keeps memory flat whatever the listing's size.
    int backlogImages = 4000;
};

// One listing of a query, through the API the session has (IMS /v2/cloudimages, or Glance's
// /v2/images once the extension is known missing). It reports the images in batches, each image
// once (ids de-duplicated across batches), on the thread that made it; `finished` once, with the
// number of images delivered or the error. Deleting it cancels what runs, and nothing more is
// emitted. The same contract whatever runs inside (one chain, or concurrent partitions).
//
// Inside, a ListingEngine does the requests, the decoding and the de-duplication on a worker
// thread of this listing, through a twin of the session (Session::twin(): its own network
// manager, the session's token once the session is ready, renewed by itself on a 401). This
// thread only receives prepared batches (queued signals): tens of thousands of images arrive
// without the GUI thread handling a single reply.
class ImageListing final : public QObject {
    Q_OBJECT

public:
    ImageListing(Session *session, const ImageListQuery &query, const ListingOptions &options = {},
                 QObject *parent = nullptr);
    ~ImageListing() override;

    void start();
    // `finished` then carries ApiError::Kind::Cancelled (unless it already finished).
    void cancel();
    bool isFinished() const { return m_finished; }
    int pagesFetched() const { return m_pages; }

    // The listing's error says that the cloud has no /v2/cloudimages (as imsctl learns it): its
    // first page was answered 404 by something other than IMS itself. A later page's 404, or one
    // with an IMS code (IMG.…), comes from an API that exists and stays an error.
    bool extensionMissing(const ApiError &error) const;
    // The thread the listing's requests run on (for tests), null before start().
    const QThread *networkThread() const { return m_thread; }

signals:
    void batch(const QList<ims::Image> &images);
    void finished(const ims::Result<int> &total);

private:
    void startWorker();
    void stopWorker();
    void finish(const Result<int> &result);

    QPointer<Session> m_session;
    ImageListQuery m_query;
    ListingOptions m_options;
    QThread *m_thread = nullptr;
    Session *m_twin = nullptr;         // lives on m_thread
    ListingEngine *m_engine = nullptr; // lives on m_thread
    bool m_starting = false;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace ims
