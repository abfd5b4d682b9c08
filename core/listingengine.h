#pragma once

#include "apierror.h"
#include "imagelisting.h"
#include "imagerequests.h"
#include "result.h"
#include "throttlegate.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace ims {

class Session;

// A run of seconds [begin, end) of created_at; end == kOpenEnd: no upper bound (images created
// while the listing runs belong to the newest range, as they would to a sequential listing).
struct SecondRange final {
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();
    qint64 begin = 0;
    qint64 end = kOpenEnd;
};

// [oldest, newest] (seconds since the epoch, both included) cut into at most `parts` half-open
// ranges on second boundaries, the last one open-ended. Never a range of no second.
QList<SecondRange> splitSeconds(qint64 oldest, qint64 newest, int parts);
// Where the rest of a chain [last, end) is cut in two, `newest` bounding an open end; nullopt
// when less than two seconds are left (one second pages by marker, it cannot be cut).
std::optional<qint64> splitPoint(qint64 last, qint64 end, qint64 newest);

// The inside of an ImageListing: the requests, the partitioning and the de-duplication. It runs
// on whatever thread it lives in (ImageListing puts it on a worker thread) and reports with
// plain signals. Partitioned: one sorted probe at each end finds [oldest, newest]; that span is
// cut into `concurrency` ranges, each paged by its own marker chain (created_at=gte:begin,
// sort_key=created_at asc), which stops itself at the first image of its range's end: one
// filter only, since Glance applies only the last of two created_at parameters (its filters
// are a dict). When a chain ends and a slot is free, the widest rest of a running chain is cut
// at its midpoint: the new chain takes [mid, end) and the running one now ends at mid. Every
// request shares one ThrottleGate, so a 429 pauses the whole listing.
class ListingEngine final : public QObject {
    Q_OBJECT

public:
    ListingEngine(Session *session, const ImageListQuery &query, const ListingOptions &options,
                  QObject *parent = nullptr);
    ~ListingEngine() override;

    void start();
    // Ends everything; `finished` carries Cancelled.
    void cancel();
    // Whether this listing is cut into ranges (false: one chain, the query's own order).
    bool partitions() const;
    // With a limit, the engine expects consumed() for what its batches carried, and sends no
    // request while more than `images` images wait for their receiver (every chain pauses;
    // the pages already asked for still come): memory stays a few pages whatever the listing's
    // size and the receiver's speed (imsctl printing). 0: no limit (nobody acknowledges).
    void setBacklogLimit(int images) { m_backlogLimit = images; }
    void consumed(int images);

signals:
    void batch(const QList<ims::Image> &images);
    void pageFetched();
    void finished(const ims::Result<int> &total);

private:
    struct Chain {
        QPointer<ImageListRequest> request;
        SecondRange range;
        qint64 last = 0; // created_at second of the last image delivered (begin before any)
        int pages = 0;
        int resumes = 0; // started again from `last` after a 400 (a marker deleted meanwhile)
        bool ranged = true;
    };
    struct Probe {
        QPointer<ImageListRequest> request;
        std::optional<qint64> second; // of the one image, once it came
        bool done = false;
    };

    ImageListRequest *makeRequest(const ImageListQuery &query);
    void startSequential();
    void startProbe(Probe &probe, bool ascending);
    void probeFinished(const Result<int> &result);
    static constexpr int kMaxResumes = 3;
    Chain *startChain(const SecondRange &range, bool ranged);
    void chainPage(Chain *chain, const QList<Image> &images);
    void chainFinished(Chain *chain, const Result<int> &result);
    // Drops a chain; `refill`: its slot goes to the widest rest (and the listing may end).
    void endChain(Chain *chain, bool refill = true);
    void fillSlots();
    void deliver(const QList<Image> &images);
    void stopAll();
    void finish(const Result<int> &result);

    QPointer<Session> m_session;
    ImageListQuery m_query;
    ListingOptions m_options;
    std::shared_ptr<ThrottleGate> m_gate = std::make_shared<ThrottleGate>();
    Probe m_oldest;
    Probe m_newest;
    qint64 m_newestSecond = 0;
    std::vector<std::unique_ptr<Chain>> m_chains; // running ones
    QSet<QString> m_seen;
    int m_delivered = 0;
    int m_backlogLimit = 0;
    int m_unconsumed = 0; // images in batches not yet acknowledged
    bool m_started = false;
    bool m_finished = false;
};

} // namespace ims
