#include "imagebrowser.h"

#include "cachedrows.h"
#include "imagerows.h"
#include "inforequests.h"
#include "listingcache.h"
#include "operationrequests.h"
#include "recipes.h"
#include "send.h"
#include "session.h"

namespace ims {

namespace {

QString viewKey(ImageView view) {
    switch (view) {
    case ImageView::Private:
        return QStringLiteral("private");
    case ImageView::Public:
        return QStringLiteral("public");
    case ImageView::Shared:
        return QStringLiteral("shared");
    case ImageView::SharedPending:
        return QStringLiteral("pending");
    case ImageView::All:
        return QStringLiteral("all");
    }
    return {};
}

// The image API's 404 says the image is gone; a gateway's (APIG.…, APIGW.…) only that it did
// not route the call, which says nothing about the image.
bool imageGone(const ApiError &error) {
    return error.httpStatus == 404 && !error.code.startsWith(QLatin1String("APIG"));
}

// The updated_at filter's time (SPEC §5.1: whole seconds, UTC), rounded down: the cloud shows
// whole seconds, so a change in the same second as the bound is read again rather than missed.
QString changesFilter(const QDateTime &since) {
    const QDateTime utc = since.toUTC();
    return QStringLiteral("gte:") + utc.addMSecs(-utc.time().msec()).toString(Qt::ISODate);
}

} // namespace

ImageBrowser::ImageBrowser(Session *session, ImageRows *rows, ListingCache *cache, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_rows(rows)
    , m_cache(cache) {
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &ImageBrowser::applyArrived);
    m_transitionalTimer.setInterval(kTransitionalRefreshMs);
    connect(&m_transitionalTimer, &QTimer::timeout, this, &ImageBrowser::refreshTransitional);
    m_transitionalTimer.start();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImageBrowser::refreshNow);
    m_changesTimer.setInterval(std::chrono::seconds(60));
    connect(&m_changesTimer, &QTimer::timeout, this, &ImageBrowser::periodicRefresh);
    m_changesTimer.start();
    setCachedRows(new CachedRows(rows, cache, this));
}

void ImageBrowser::setCachedRows(CachedRows *cached) {
    if (m_cached)
        disconnect(m_cached, nullptr, this, nullptr);
    m_cached = cached;
    connect(cached, &CachedRows::firstRowsShown, this, [this] {
        if (!m_listedOnce)
            emit loaded(QDateTime::currentDateTimeUtc(), true);
    });
}

ImageListing *ImageBrowser::newListing(ImageView view, int pageSize) {
    ImageListQuery query;
    query.view = view;
    query.pageSize = pageSize;
    query.attributes = codec::Attributes::Drop; // loadAttributes() reads them for the details
    ListingOptions options;
    options.partition = pageSize == 0; // a count's one page is not split
    options.concurrency = m_concurrency;
    return new ImageListing(m_session, query, options, this);
}

ImageListing *ImageBrowser::newChangesListing(ImageView view) {
    ImageListQuery query;
    query.view = view;
    query.attributes = codec::Attributes::Drop;
    query.filters.append({QStringLiteral("updated_at"), changesFilter(m_changesSince)});
    ListingOptions options;
    options.partition = false; // a few images: one chain
    options.concurrency = m_concurrency;
    return new ImageListing(m_session, query, options, this);
}

void ImageBrowser::setRefreshIntervals(int changesSeconds, int fullMinutes) {
    setRefreshIntervals(std::chrono::seconds(std::max(10, changesSeconds)),
                        std::chrono::minutes(std::max(1, fullMinutes)));
}

void ImageBrowser::setRefreshIntervals(std::chrono::milliseconds changes,
                                       std::chrono::milliseconds full) {
    m_changesTimer.start(changes);
    m_fullInterval = full;
}

QString ImageBrowser::cacheKey(const QString &profile, const QString &region, ImageView view) {
    return ListingCache::key(profile, region, viewKey(view));
}

QString ImageBrowser::cacheKey() const {
    return cacheKey(m_session->profile().name, m_session->profile().region, m_view);
}

void ImageBrowser::suspend() {
    m_suspended = true;
    ++m_generation; // answers already on their way are dropped
    cancelListings();
    m_refreshTimer.stop();
    m_batchTimer.stop();
    m_refreshAgain = false;
    m_arrived.clear();
    if (m_cached)
        m_cached->stop();
}

void ImageBrowser::setView(ImageView view) {
    m_suspended = false;
    m_view = view;
    ++m_generation;
    cancelListings();
    m_changesSince = {}; // another view's listing says nothing about this one
    m_sinceFull.invalidate();
    m_listedOnce = false;
    // The view's cached rows, at once; kept when they are already shown (painted before the
    // login).
    if (m_session)
        m_cached->show(cacheKey());
    refreshNow(); // a new view is listed at once, whatever was asked for the old one
}

void ImageBrowser::cancelListings() {
    m_batchTimer.stop();
    m_arrived.clear();
    m_listingsDone = false;
    m_forgotten.clear(); // the listings that could bring them back end here
    const auto running = std::exchange(m_listings, {});
    for (const QPointer<ImageListing> &request : running) {
        if (request)
            request->cancel();
    }
}

bool ImageBrowser::belongsToView(const Image &image) const {
    // Mirrors the listings' filters (api/ addViewFilters) for an image read on its own. Shares
    // are never added this way: a single read does not tell this project's member status.
    switch (m_view) {
    case ImageView::Private:
        return image.owner == m_session->projectId();
    case ImageView::Public:
        return image.visibility == QLatin1String("public");
    case ImageView::Shared:
    case ImageView::SharedPending:
        return false;
    case ImageView::All:
        return true;
    }
    return false;
}

void ImageBrowser::refresh() {
    if (m_suspended)
        return;
    if (!m_listings.isEmpty())
        m_refreshAgain = true; // after the running listing: its pages may predate the change
    else if (!m_refreshTimer.isActive())
        m_refreshTimer.start(kCoalesceMs); // not restarted: a steady stream still lists
}

void ImageBrowser::refreshNow() {
    m_refreshTimer.stop();
    m_refreshAgain = false;
    cancelListings();
    if (!m_session)
        return;
    m_sinceFull.start();
    startListing(Pass::Full);
    loadQuota();
    countPendingShares();
}

void ImageBrowser::periodicRefresh() {
    if (!m_session || isLoading() || m_suspended)
        return; // what runs or is asked for brings the changes too
    const bool fullDue =
        !m_sinceFull.isValid() || m_sinceFull.elapsed() >= qint64(m_fullInterval.count());
    if (fullDue || m_changesRefused || !m_changesSince.isValid())
        refreshNow();
    else
        refreshChanges();
}

void ImageBrowser::refreshChanges() {
    cancelListings();
    // The pending count and the quota wait for the full listing: this read stays one request
    // (two on IMS, which pages until an empty page).
    startListing(Pass::Changes);
}

void ImageBrowser::startListing(Pass pass) {
    m_pass = pass;
    m_passTime.start();
    m_newestListed = {};
    m_rowsChanged = false;
    m_listingError.reset();
    m_listingCancelled = false;
    if (pass == Pass::Full) {
        m_rows->beginRefresh();
        emit loading(0);
    } // a read of what changed is short: the window shows no progress for it
    if (m_view == ImageView::Shared) {
        // "Shared with me" shows the shares to answer as well as the accepted ones; the list
        // APIs give each member status separately (rejected ones stay hidden, as on the cloud).
        startListing(ImageView::Shared, QStringLiteral("accepted"));
        startListing(ImageView::SharedPending, QStringLiteral("pending"));
    } else {
        startListing(m_view, QString());
    }
}

void ImageBrowser::startListing(ImageView view, const QString &memberStatus) {
    auto *request = m_pass == Pass::Full ? newListing(view) : newChangesListing(view);
    m_listings << request;
    connect(request, &ImageListing::batch, this, [this, memberStatus](QList<Image> images) {
        // Only where there is a status to set: touching the list detaches it from the worker's
        // copy, a deep copy of every page on the GUI thread.
        if (!memberStatus.isEmpty()) {
            for (Image &image : images) {
                if (image.memberStatus.isEmpty())
                    image.memberStatus = memberStatus;
            }
        }
        arrive(std::move(images));
    });
    connect(request, &ImageListing::finished, this,
            [this, request](const Result<int> &result) { listingFinished(request, result); });
    request->start();
}

void ImageBrowser::arrive(QList<Image> images) {
    for (const Image &image : images) {
        if (image.updatedAt.isValid() &&
            (!m_newestListed.isValid() || image.updatedAt > m_newestListed))
            m_newestListed = image.updatedAt;
    }
    m_cached->stop();           // the live rows take over
    if (!m_forgotten.isEmpty()) // deleted here since this listing started
        images.removeIf([this](const Image &image) { return m_forgotten.contains(image.id); });
    if (m_pass == Pass::Changes)
        images = changedRows(images);
    if (images.isEmpty())
        return;
    m_arrived.append(std::move(images)); // moved, not copied image by image
    // The first rows show at once; later pages are applied together every kBatchMs, so a
    // fast listing costs the sorted table a few merges rather than one per page.
    if (m_rows->imageCount() == 0)
        applyArrived();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(kBatchMs);
}

QList<Image> ImageBrowser::changedRows(const QList<Image> &images) {
    // The read starts a little before the last listing's newest change (see finishRefresh):
    // the images it brings again unchanged are left alone, so that the table, its selection
    // and sort order see only what changed.
    QList<Image> changed;
    for (Image image : images) {
        const Image *shown = m_rows->image(image.id);
        if (shown && image.memberStatus.isEmpty())
            image.memberStatus = shown->memberStatus;
        if (!shown || !(*shown == image))
            changed << image;
    }
    m_rowsChanged = m_rowsChanged || !changed.isEmpty();
    return changed;
}

void ImageBrowser::applyArrived() {
    m_batchTimer.stop();
    if (!m_arrived.isEmpty()) {
        // At most what fits in kPassMs through the event loop at a time: a backlog never stalls
        // the GUI, and the window repaints in between.
        QElapsedTimer pass;
        pass.start();
        const int rows = int(std::min<qsizetype>(m_rowsPerPass, m_arrived.size()));
        if (rows == m_arrived.size()) {
            m_rows->upsert(std::exchange(m_arrived, {})); // the last of the backlog: no copy
        } else {
            m_rows->upsert(m_arrived.first(rows));
            m_arrived.remove(0, rows);
        }
        learnPassSpeed(rows, pass.nsecsElapsed());
        if (m_pass == Pass::Full)
            emit loading(m_rows->refreshedCount());
        if (!m_arrived.isEmpty()) {
            m_batchTimer.start(0);
            return;
        }
    }
    if (m_listingsDone)
        finishRefresh();
}

void ImageBrowser::learnPassSpeed(int rows, qint64 nsecs) {
    // A small pass says little: the proxy's cost per pass has a part that does not depend on
    // the rows. A slow one shrinks the next at once; a fast one grows it by half at most, as
    // the cost per row grows with the rows already in the table.
    if (rows < kMinRowsPerPass)
        return;
    const double fits = double(rows) * kPassMs * 1e6 / double(std::max<qint64>(nsecs, 100'000));
    m_rowsPerPass =
        std::clamp(std::min(int(fits), m_rowsPerPass * 3 / 2), kMinRowsPerPass, kMaxRowsPerPass);
}

void ImageBrowser::listingFinished(ImageListing *request, const Result<int> &result) {
    request->deleteLater();
    if (!m_listings.removeOne(request))
        return; // a cancelled listing of an earlier refresh
    if (!result && m_session && m_session->hasImsExtension() &&
        request->extensionMissing(result.error())) {
        // A plain OpenStack cloud (its Glance, or a gateway, does not know /v2/cloudimages): the
        // native API from now on, for every listing and for what the window offers.
        m_session->markImsExtensionMissing();
        emit imsExtensionMissing();
        refreshNow();
        return;
    }
    if (!result && m_pass == Pass::Changes && result.error().httpStatus == 400 &&
        request->pagesFetched() == 0) {
        // The cloud does not take the updated_at filter (the same listing without it works):
        // full listings from now on, for this session.
        m_changesRefused = true;
        refreshNow();
        return;
    }
    if (!result && result.error().kind == ApiError::Kind::Cancelled)
        m_listingCancelled = true; // not by a new refresh (that drops it from m_listings first)
    else if (!result && !m_listingError)
        m_listingError = result.error();
    if (!m_listings.isEmpty())
        return;
    m_listingsDone = true;
    applyArrived(); // the refresh finishes once every row that arrived is in the table
}

void ImageBrowser::finishRefresh() {
    m_listingsDone = false;
    if (m_refreshAgain) // asked for while this one ran: one more, coalesced with what follows
        m_refreshTimer.start(kCoalesceMs);
    m_refreshAgain = false;
    if (m_listingError) {
        // What was loaded stays: a failed refresh must not empty the table.
        emit onlineChanged(m_listingError->kind == ApiError::Kind::Http);
        emit failed(tr("Loading images"), *m_listingError);
        return;
    }
    if (m_listingCancelled)
        return; // ended early: only a listing the cloud said was complete removes rows
    // Every change made since the listings started is read next time: changes made while they
    // ran have an updated_at after their start, which is no earlier than the newest one listed
    // less the time they took (the cloud's clock, measured without it). A listing that brought
    // nothing leaves the bound as it was (a full one: none, so the next refresh is full).
    if (m_newestListed.isValid()) {
        const QDateTime since = m_newestListed.addMSecs(-m_passTime.elapsed() - 1000);
        if (!m_changesSince.isValid() || since > m_changesSince || m_pass == Pass::Full)
            m_changesSince = since;
    } else if (m_pass == Pass::Full) {
        m_changesSince = {};
    }
    const bool full = m_pass == Pass::Full;
    m_cached->stop(); // a listing that brought nothing (an empty project) takes over too
    if (full)
        m_rows->removeUnrefreshed();
    m_listedOnce = true;
    emit onlineChanged(true);
    emit loaded(QDateTime::currentDateTimeUtc(), false);
    if (m_view == ImageView::Shared)
        countPendingSharesFromRows(); // the view lists them: no request of its own
    if (m_cache && (full || m_rowsChanged))
        m_cache->save(cacheKey(), m_rows->images());
}

void ImageBrowser::refreshTransitional() {
    if (!m_listings.isEmpty() || !m_session || m_suspended)
        return; // a full listing is on its way anyway
    // A few images per tick, in turn, and their answers applied at once: a project with
    // thousands of images being created must not flood the cloud or the table.
    QStringList ids;
    const int rows = m_rows->imageCount();
    for (int i = 0; i < rows && ids.size() < kTransitionalBatch; ++i) {
        const Image &image = m_rows->at((m_transitionalCursor + i) % rows);
        if (image.isTransitional())
            ids << image.id;
    }
    m_transitionalCursor = rows == 0 ? 0 : (m_transitionalCursor + rows / 8 + 1) % rows;
    if (ids.isEmpty())
        return;
    auto answers = std::make_shared<QList<Image>>();
    auto pending = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        auto *request = new ShowImageRequest(m_session, id, this);
        request->setAttributes(codec::Attributes::Drop); // as listed: the table stays lean
        connect(request, &ImageRequest::finished, this,
                [this, request, id, answers, pending](const Result<Image> &result) {
                    request->deleteLater();
                    if (result)
                        *answers << result.value();
                    else if (imageGone(result.error()))
                        m_rows->remove(
                            id); // it failed and was cleaned up, or was deleted elsewhere
                    if (--*pending == 0 && !answers->isEmpty())
                        m_rows->upsert(*answers);
                });
        request->start();
    }
}

void ImageBrowser::loadQuota() {
    if (!m_session || !m_session->hasImsExtension())
        return; // plain OpenStack has no image quota API
    auto *request = new QuotaRequest(m_session, this);
    connect(request, &QuotaRequest::finished, this,
            [this, request](const Result<QList<QuotaResource>> &result) {
                request->deleteLater();
                if (!result)
                    return; // the quota is a nicety; the listing reports connection problems
                for (const QuotaResource &resource : result.value()) {
                    if (resource.type == QLatin1String("image"))
                        emit quotaChanged(int(resource.used), int(resource.quota));
                }
            });
    request->start();
}

void ImageBrowser::countPendingShares() {
    if (m_pendingCount)
        m_pendingCount->cancel(); // superseded
    if (m_view == ImageView::Shared)
        return; // its listing brings the pending shares: finishRefresh() counts the rows
    // One page is enough for a badge: pending shares are few, and beyond a page "at least" says
    // what matters. A full page stops the count instead of listing on.
    auto *request = newListing(ImageView::SharedPending, kPendingCountLimit);
    m_pendingCount = request;
    auto count = std::make_shared<int>(0);
    connect(request, &ImageListing::batch, this,
            [this, request, count](const QList<Image> &images) {
                *count += pendingShares(images);
                if (*count >= kPendingCountLimit) {
                    emit pendingSharesChanged(kPendingCountLimit, true);
                    request->cancel();
                }
            });
    connect(request, &ImageListing::finished, this,
            [this, request, count](const Result<int> &result) {
                request->deleteLater();
                if (result)
                    emit pendingSharesChanged(*count, false);
            });
    request->start();
}

int ImageBrowser::pendingShares(const QList<Image> &images) const {
    // The shared listings bring this project's own shared images too (Glance lists an owner's
    // images whatever the member status asked for): they wait for no answer from here.
    const QString project = m_session ? m_session->projectId() : QString();
    return int(std::count_if(images.cbegin(), images.cend(), [&project](const Image &image) {
        return image.memberStatus != QLatin1String("accepted") &&
               image.memberStatus != QLatin1String("rejected") && image.owner != project;
    }));
}

void ImageBrowser::countPendingSharesFromRows() {
    int count = 0;
    const QString project = m_session ? m_session->projectId() : QString();
    for (int row = 0; row < m_rows->imageCount(); ++row) {
        const Image &image = m_rows->at(row);
        if (image.memberStatus == QLatin1String("pending") && image.owner != project)
            ++count;
    }
    emit pendingSharesChanged(count, false);
}

void ImageBrowser::refreshImage(const QString &imageId) {
    if (!m_session || imageId.isEmpty() || m_suspended)
        return;
    auto *request = new ShowImageRequest(m_session, imageId);
    request->setAttributes(codec::Attributes::Drop); // as listed: the table stays lean
    send(request, this, [this, imageId, generation = m_generation](const Result<Image> &result) {
        if (generation != m_generation)
            return; // read for another view's rows
        if (!result) {
            if (imageGone(result.error()))
                m_rows->remove(imageId);
            return; // otherwise the next listing tells; a single read reports nothing
        }
        showImage(result.value());
    });
}

void ImageBrowser::showImage(Image image) {
    if (m_suspended)
        return; // the All regions view's rows are its own
    const Image *shown = m_rows->image(image.id);
    if (!shown && !belongsToView(image))
        return;
    if (shown && image.memberStatus.isEmpty())
        image.memberStatus = shown->memberStatus; // a read does not carry it
    // The table keeps decoded fields only; the attributes an answer carried go to the details.
    if (!image.attributes.isEmpty())
        emit attributesLoaded(image.id, std::exchange(image.attributes, {}));
    m_rows->upsert({image});
}

void ImageBrowser::forgetImage(const QString &imageId) {
    // The user's own deletion: the row goes now, not at the next full listing.
    m_rows->remove(imageId);
    if (m_listings.isEmpty())
        return;
    m_forgotten.insert(imageId);
    m_arrived.removeIf([&imageId](const Image &image) { return image.id == imageId; });
}

void ImageBrowser::showJobResult(const TrackedJob &job) {
    if (job.state != JobState::Success || m_suspended)
        return; // a failed job changed nothing to show
    const std::optional<recipes::Recipe> recipe = recipes::fromJson(job.recipe);
    if (!recipe) {
        // A job without a recipe this version reads (an older or newer imsdesk started it):
        // its image if it names one, else what it did is unknown and only a listing tells.
        if (!job.imageId.isEmpty())
            refreshImage(job.imageId);
        else
            refresh();
        return;
    }
    std::visit(
        [&](const auto &r) {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, recipes::Copy> ||
                          std::is_same_v<R, recipes::CreateFromServer> ||
                          std::is_same_v<R, recipes::ImportFromObs> ||
                          std::is_same_v<R, recipes::WholeImage>) {
                // A new image in this region: read it alone.
                if (!job.imageId.isEmpty())
                    refreshImage(job.imageId);
                else
                    refresh(); // the job did not say which: the listing brings it
            } else if constexpr (std::is_same_v<R, recipes::Register>) {
                refreshImage(r.imageId); // the queued image, now filled
            } else if constexpr (std::is_same_v<R, recipes::DataDiskImages>) {
                refresh(); // one image per disk: the listing brings them all
            } else if constexpr (std::is_same_v<R, recipes::Members>) {
                if (r.action == recipes::Members::Action::Accept ||
                    r.action == recipes::Members::Action::Reject) {
                    sharesAnswered(r.imageIds, r.action == recipes::Members::Action::Accept);
                } else {
                    for (const QString &id : r.imageIds) // shared or unshared: their rows
                        refreshImage(id);
                }
            }
            // CrossRegionCopy: the copy is in another region, nothing changes here. Export: the
            // image is as it was.
        },
        *recipe);
}

void ImageBrowser::sharesAnswered(const QStringList &imageIds, bool accepted) {
    if (m_view != ImageView::Shared) {
        countPendingShares(); // the rows here are not shares: count them anew
        return;
    }
    QList<Image> answered;
    for (const QString &id : imageIds) {
        const Image *shown = m_rows->image(id);
        if (!shown)
            continue;
        if (accepted) {
            Image image = *shown;
            image.memberStatus = QStringLiteral("accepted");
            answered << image;
        } else {
            m_rows->remove(id); // rejected shares are hidden, as on the cloud
        }
    }
    if (!answered.isEmpty())
        m_rows->upsert(answered);
    countPendingSharesFromRows();
}

void ImageBrowser::loadMembers(const QString &imageId) {
    if (m_suspended)
        return; // the All regions view reads its rows' members through their region
    auto *request = new ListMembersRequest(m_session, imageId, this);
    connect(request, &ListMembersRequest::finished, this,
            [this, request, imageId](const Result<QList<Member>> &result) {
                request->deleteLater();
                if (!result)
                    return; // images that are not shared have no member list (403 on Glance)
                QList<QPair<QString, QString>> members;
                for (const Member &member : result.value())
                    members << qMakePair(member.memberId, member.status);
                emit membersLoaded(imageId, members);
            });
    request->start();
}

void ImageBrowser::loadAttributes(const QString &imageId) {
    if (m_suspended)
        return;
    if (m_attributesRead)
        m_attributesRead->cancel(); // its answer would be for an image no longer shown
    if (!m_session || imageId.isEmpty())
        return;
    auto *request = new ShowImageRequest(m_session, imageId, this);
    m_attributesRead = request;
    connect(request, &ImageRequest::finished, this,
            [this, request, imageId](const Result<Image> &result) {
                request->deleteLater();
                if (result)
                    emit attributesLoaded(imageId, result.value().attributes);
                else if (result.error().kind != ApiError::Kind::Cancelled)
                    emit attributesFailed(imageId, result.error());
            });
    request->start();
}

} // namespace ims
