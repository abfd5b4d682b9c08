#include "listingengine.h"

#include "session.h"

#include <algorithm>

namespace ims {

namespace {

const QString kCreatedAt = QStringLiteral("created_at");

QString isoSecond(qint64 second) {
    return QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate);
}

std::optional<qint64> secondOf(const Image &image) {
    if (!image.createdAt.isValid())
        return std::nullopt;
    return image.createdAt.toSecsSinceEpoch();
}

} // namespace

QList<SecondRange> splitSeconds(qint64 oldest, qint64 newest, int parts) {
    const qint64 span = std::max<qint64>(1, newest - oldest + 1);
    const qint64 n = std::clamp<qint64>(parts, 1, span);
    QList<SecondRange> ranges;
    for (qint64 i = 0; i < n; ++i)
        ranges.append({oldest + span * i / n,
                       i + 1 == n ? SecondRange::kOpenEnd : oldest + span * (i + 1) / n});
    return ranges;
}

std::optional<qint64> splitPoint(qint64 last, qint64 end, qint64 newest) {
    const qint64 bound = std::min(end, newest + 1);
    if (bound - last < 2)
        return std::nullopt;
    return last + (bound - last) / 2;
}

ListingEngine::ListingEngine(Session *session, const ImageListQuery &query,
                             const ListingOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_query(query)
    , m_options(options) {}

ListingEngine::~ListingEngine() {
    // Deleted mid-listing: the requests go with their signals, nothing is told.
    for (const auto &chain : m_chains)
        delete chain->request;
    delete m_oldest.request;
    delete m_newest.request;
}

bool ListingEngine::partitions() const {
    // A sort order the user asked for is the order of one chain; a created_at filter of the
    // user's own would be overridden by the ranges' (Glance keeps only one).
    const bool ownTimeFilter = std::any_of(m_query.filters.begin(), m_query.filters.end(),
                                           [](const auto &f) { return f.first == kCreatedAt; });
    return m_options.partition && m_options.concurrency > 1 && m_query.sortKey.isEmpty() &&
           m_query.sortDir.isEmpty() && !ownTimeFilter;
}

void ListingEngine::start() {
    if (m_started || m_finished)
        return;
    m_started = true;
    if (!m_session) {
        finish(ApiError::sessionClosed(false));
        return;
    }
    if (!partitions()) {
        startSequential();
        return;
    }
    startProbe(m_oldest, true);
    startProbe(m_newest, false);
}

void ListingEngine::cancel() {
    if (m_finished)
        return;
    stopAll();
    finish(ApiError::cancelled());
}

ImageListRequest *ListingEngine::makeRequest(const ImageListQuery &query) {
    ImageListRequest *request = nullptr;
    if (m_session->hasImsExtension())
        request = new ListCloudImagesRequest(m_session, query, this);
    else
        request = new ListGlanceImagesRequest(m_session, query, this);
    if (m_options.maxPages > 0)
        request->setMaxPages(m_options.maxPages);
    request->setThrottleGate(m_gate);
    return request;
}

void ListingEngine::startSequential() {
    startChain({}, false);
}

void ListingEngine::startProbe(Probe &probe, bool ascending) {
    // One image at each end of the created_at order. The oldest one is asked for with the
    // filter the ranges use: a cloud that refuses it says so here, before any range runs.
    ImageListQuery query = m_query;
    query.pageSize = 1;
    query.sortKey = kCreatedAt;
    query.sortDir = ascending ? QStringLiteral("asc") : QStringLiteral("desc");
    query.attributes = codec::Attributes::Drop;
    if (ascending)
        query.filters.append({kCreatedAt, QStringLiteral("gte:") + isoSecond(0)});
    probe.request = makeRequest(query);
    Probe *p = &probe;
    connect(probe.request, &ImageListRequest::page, this, [this, p](const QList<Image> &images) {
        p->second = secondOf(images.first());
        // One image is all a probe wants: its next page is not.
        ImageListRequest *request = p->request;
        request->disconnect(this);
        request->cancel();
        request->deleteLater();
        probeFinished(0);
    });
    connect(probe.request, &ImageListRequest::finished, this, [this, p](const Result<int> &r) {
        p->request->deleteLater();
        probeFinished(r);
    });
    probe.request->start();
}

void ListingEngine::probeFinished(const Result<int> &result) {
    if (m_finished)
        return;
    if (!result) {
        if (result.error().kind == ApiError::Kind::Http && result.error().httpStatus == 400) {
            // The cloud refuses the created_at filter or sort: one chain, the query as asked.
            stopAll();
            startSequential();
            return;
        }
        stopAll();
        finish(result.error());
        return;
    }
    // Which probe told it does not matter: both must have.
    if (m_oldest.request && !m_oldest.second && !m_oldest.request->isFinished())
        return;
    if (m_newest.request && !m_newest.second && !m_newest.request->isFinished())
        return;
    if (!m_oldest.second || !m_newest.second) {
        // No image (or one without a time): nothing to cut, one chain tells it.
        startSequential();
        return;
    }
    m_newestSecond = *m_newest.second;
    const qint64 oldest = std::min(*m_oldest.second, m_newestSecond);
    for (const SecondRange &range : splitSeconds(oldest, m_newestSecond, m_options.concurrency))
        startChain(range, true);
}

ListingEngine::Chain *ListingEngine::startChain(const SecondRange &range, bool ranged) {
    auto chain = std::make_unique<Chain>();
    chain->range = range;
    chain->last = range.begin;
    chain->ranged = ranged;
    ImageListQuery query = m_query;
    if (ranged) {
        query.sortKey = kCreatedAt;
        query.sortDir = QStringLiteral("asc");
        query.filters.append({kCreatedAt, QStringLiteral("gte:") + isoSecond(range.begin)});
    }
    chain->request = makeRequest(query);
    Chain *c = chain.get();
    connect(c->request, &ImageListRequest::page, this,
            [this, c](const QList<Image> &images) { chainPage(c, images); });
    connect(c->request, &ImageListRequest::finished, this,
            [this, c](const Result<int> &result) { chainFinished(c, result); });
    m_chains.push_back(std::move(chain));
    c->request->start();
    return c;
}

void ListingEngine::chainPage(Chain *chain, const QList<Image> &images) {
    ++chain->pages;
    emit pageFetched();
    if (!chain->ranged) {
        deliver(images);
        return;
    }
    // Sorted by created_at within the chain: the first image at or past the range's end (which
    // a split may have moved down since the page was asked for) ends the chain; its own pages
    // after that one are another chain's.
    QList<Image> mine;
    mine.reserve(images.size());
    bool passedEnd = false;
    for (const Image &image : images) {
        const std::optional<qint64> second = secondOf(image);
        if (second && *second >= chain->range.end) {
            passedEnd = true;
            continue;
        }
        if (second)
            chain->last = std::max(chain->last, *second);
        mine.append(image);
    }
    deliver(mine);
    if (m_finished)
        return; // a receiver cancelled
    if (passedEnd)
        endChain(chain);
    else
        fillSlots(); // its first page says the range is worth cutting
}

void ListingEngine::chainFinished(Chain *chain, const Result<int> &result) {
    if (result) {
        endChain(chain);
        return;
    }
    const ApiError &error = result.error();
    if (chain->ranged && chain->pages == 0 && chain->resumes == 0 &&
        error.kind == ApiError::Kind::Http && error.httpStatus == 400) {
        // Refused the range filter after all (the probe passed): one chain; what the ranges
        // delivered is not told twice.
        stopAll();
        startSequential();
        return;
    }
    if (chain->ranged && (chain->pages > 0 || chain->resumes > 0) && chain->resumes < kMaxResumes &&
        error.kind == ApiError::Kind::Http && error.httpStatus == 400) {
        // Most likely its marker, an image deleted meanwhile (both APIs answer 400 for an
        // unknown marker): a range need not follow a marker, it goes on from the second it
        // had reached, and what it delivers again is not told twice.
        const SecondRange rest{chain->last, chain->range.end};
        const int resumes = chain->resumes + 1;
        endChain(chain, false);
        startChain(rest, true)->resumes = resumes;
        return;
    }
    stopAll();
    finish(error);
}

void ListingEngine::endChain(Chain *chain, bool refill) {
    const auto it = std::find_if(m_chains.begin(), m_chains.end(),
                                 [chain](const auto &c) { return c.get() == chain; });
    if (it == m_chains.end())
        return;
    if (ImageListRequest *request = chain->request) {
        request->disconnect(this);
        request->cancel();
        request->deleteLater();
    }
    m_chains.erase(it);
    if (!refill)
        return;
    fillSlots();
    if (m_chains.empty() && !m_finished)
        finish(m_delivered);
}

void ListingEngine::fillSlots() {
    // A free slot takes the widest rest of a chain that has shown it has more than one page to
    // go through; a chain of one second cannot be cut (it pages by marker).
    while (!m_finished && int(m_chains.size()) < m_options.concurrency) {
        Chain *widest = nullptr;
        qint64 width = 0;
        for (const auto &c : m_chains) {
            if (!c->ranged || c->pages == 0 || !splitPoint(c->last, c->range.end, m_newestSecond))
                continue;
            const qint64 w = std::min(c->range.end, m_newestSecond + 1) - c->last;
            if (w > width) {
                width = w;
                widest = c.get();
            }
        }
        if (!widest)
            return;
        const qint64 mid = *splitPoint(widest->last, widest->range.end, m_newestSecond);
        const SecondRange rest{mid, widest->range.end};
        widest->range.end = mid;
        startChain(rest, true);
    }
}

void ListingEngine::deliver(const QList<Image> &images) {
    QList<Image> fresh;
    fresh.reserve(images.size());
    for (const Image &image : images) {
        if (!m_seen.contains(image.id)) {
            m_seen.insert(image.id);
            fresh.append(image);
        }
    }
    m_delivered += int(fresh.size());
    if (fresh.isEmpty())
        return;
    m_unconsumed += int(fresh.size());
    if (m_backlogLimit > 0 && m_unconsumed > m_backlogLimit)
        m_gate->pause();
    emit batch(fresh);
}

void ListingEngine::consumed(int images) {
    m_unconsumed -= images;
    // A quarter below the limit: not a pause and a resume for every batch, and the chains go
    // on while the receiver still has most of the backlog to take: a page asked for on resume
    // comes a round trip later (100 ms and more from a cloud), and imsctl prints 2 000 images
    // in about that time. What is held is bounded by the limit (where it pauses) and the pages
    // already asked for, wherever it resumes.
    if (m_gate->isPaused() && m_unconsumed <= m_backlogLimit - m_backlogLimit / 4)
        m_gate->resume();
}

void ListingEngine::stopAll() {
    for (Probe *probe : {&m_oldest, &m_newest}) {
        if (ImageListRequest *request = probe->request) {
            request->disconnect(this);
            request->cancel();
            request->deleteLater();
        }
    }
    for (const auto &chain : m_chains) {
        if (ImageListRequest *request = chain->request) {
            request->disconnect(this);
            request->cancel();
            request->deleteLater();
        }
    }
    m_chains.clear();
}

void ListingEngine::finish(const Result<int> &result) {
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

} // namespace ims
