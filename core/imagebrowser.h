#pragma once

#include "apierror.h"
#include "imagelisting.h"
#include "imagerequests.h"
#include "jobstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <optional>

namespace ims {

class CachedRows;
class ImageRows;
class ListingCache;
class Session;

// Keeps the image table filled for one session and view: shows the cached listing at once
// (stale), loads every page progressively into the model (rows keyed by id, updated in place),
// drops what the cloud no longer lists once the listing is complete, refreshes only rows in
// transitional states, and reports quota, pending shares and errors. Small events cost small
// reads: one image (refreshImage), the quota alone (loadQuota), answered shares applied to the
// rows (sharesAnswered); full listings are coalesced. On a cloud without /v2/cloudimages (404)
// it lists through the native Glance API from then on, as imsctl does.
//
// Periodically (periodicRefresh) it reads only what changed since the last listing: the view's
// listing filtered by updated_at at or after what the cloud last listed (server time), upserted
// where it differs from the rows; nothing else is touched. A changed image that stays in the
// view shows its change (a visibility change in "Private", which holds every own image, a share
// accepted elsewhere in "Shared with me"). What such a read cannot see waits for the full
// listing (F5, every full interval, a view change): images deleted elsewhere, and images that
// left the view's filter (made non-public, in "Public"; a share withdrawn by its owner; a
// pending share answered elsewhere, when the member change leaves the image's updated_at as it
// was). The user's own deletions and answers change the rows at once (forgetImage,
// sharesAnswered). A cloud that refuses the updated_at filter (400) is listed fully each time
// for the rest of the session.
class ImageBrowser final : public QObject {
    Q_OBJECT

public:
    ImageBrowser(Session *session, ImageRows *rows, ListingCache *cache, QObject *parent = nullptr);

    // What paints the cached listing into the rows: by default the browser's own; the desktop's
    // lives longer and may have painted the view's rows before the login (setView keeps them).
    void setCachedRows(CachedRows *cached);
    // The cache's key of a profile's view.
    static QString cacheKey(const QString &profile, const QString &region, ImageView view);

    // Changes the view and lists it at once (ending a suspend()).
    void setView(ImageView view);
    // The rows show another source's images (the window's All regions view): no listing,
    // refresh or job result of this browser writes into them until setView() again.
    void suspend();
    bool isSuspended() const { return m_suspended; }
    ImageView view() const { return m_view; }
    // A full listing of the view, coalesced: the calls within kCoalesceMs make one listing, and
    // the calls while a listing runs make one more after it (what changed meanwhile may not be
    // in the pages already read), not one per call.
    void refresh();
    void refreshTransitional();
    // Reads one image (as listed: without its attributes) and puts it in the rows: updated when
    // shown, added when it belongs to the view (a finished copy in "Private"), removed when the
    // image API says it is gone (404, not a gateway's).
    void refreshImage(const QString &imageId);
    // An image as the cloud now has it (an edit's answer, a single read): its row is updated,
    // or added when it belongs to the view; the table keeps decoded fields only.
    void showImage(Image image);
    void forgetImage(const QString &imageId);
    // The image quota alone (quotaChanged), for the create dialog and each full refresh.
    void loadQuota();
    // The cloud confirmed answers to shares (a finished members job, or Glance's direct answer):
    // the rows show them (accepted, or gone from "Shared with me") and the pending count follows,
    // without a listing.
    void sharesAnswered(const QStringList &imageIds, bool accepted);
    // A job ended: what a successful one changed here is read again, not the whole listing (its
    // image for a copy or a create from a server; the rows of a members job; nothing for an
    // export or a copy to another region).
    void showJobResult(const ims::TrackedJob &job);
    // Members of one image for the details pane.
    void loadMembers(const QString &imageId);
    // Every attribute of one image for the details pane: listings do not keep them (memory).
    // A read still running for the previously selected image is cancelled.
    void loadAttributes(const QString &imageId);
    // From the settings: how often the periodic refresh reads what changed, and how often it
    // lists everything (deletions show up there; F5 does too); the chains a full listing pages
    // at once.
    void setRefreshIntervals(int changesSeconds, int fullMinutes);
    // The same without the settings' bounds (tests).
    void setRefreshIntervals(std::chrono::milliseconds changes, std::chrono::milliseconds full);
    // The periodic refresh (each changes interval): what changed since the last listing, or a
    // full listing when the full interval has passed since the last one, none succeeded yet, or
    // the cloud cannot filter by time. Nothing while a listing runs or is about to.
    void periodicRefresh();
    // The cloud answered 400 to the updated_at filter: every refresh lists fully (this session).
    bool listsChanges() const { return !m_changesRefused; }
    void setListingConcurrency(int chains) { m_concurrency = std::max(1, chains); }
    int changesIntervalSeconds() const { return m_changesTimer.interval() / 1000; }
    int fullIntervalMinutes() const {
        return int(std::chrono::duration_cast<std::chrono::minutes>(m_fullInterval).count());
    }
    int listingConcurrency() const { return m_concurrency; }
    // A listing runs or is about to (asked for, coalescing).
    bool isLoading() const {
        return !m_listings.isEmpty() || m_refreshTimer.isActive() || m_refreshAgain;
    }

    static constexpr int kTransitionalRefreshMs = 10'000;
    static constexpr int kTransitionalBatch = 50;
    static constexpr int kBatchMs = 100; // pages arriving within this time reach the table at once
    // A pass through the event loop applies the rows that fit in about kPassMs, judged by the
    // speed of the passes before (the sorted table's cost per row varies with the rows it has and
    // with what else the machine runs), and at least kMinRowsPerPass. The window repaints after
    // each pass (~5 ms with a full table): 100 passes of 1 000 rows spent more of the GUI
    // thread on repainting than on the rows, so the passes are as large as the budget allows.
    static constexpr int kPassMs = 15;
    static constexpr int kMinRowsPerPass = 500;
    static constexpr int kMaxRowsPerPass = 10'000;
    static constexpr int kCoalesceMs = 100; // refresh() calls this close make one listing
    // Pending shares are counted, outside "Shared with me", with one page of this size: a full
    // page shows as "at least" (the badge needs no exact figure beyond it).
    static constexpr int kPendingCountLimit = 100;

signals:
    void loading(int loaded);
    void loaded(const QDateTime &when, bool stale);
    void failed(const QString &context, const ims::ApiError &error);
    void quotaChanged(int used, int allowed);
    // `atLeast`: there are `count` or more (the count stopped at kPendingCountLimit).
    void pendingSharesChanged(int count, bool atLeast);
    void membersLoaded(const QString &imageId, const QList<QPair<QString, QString>> &members);
    void attributesLoaded(const QString &imageId, const QJsonObject &attributes);
    void attributesFailed(const QString &imageId, const ims::ApiError &error);
    void onlineChanged(bool online);
    // /v2/cloudimages answered 404: the session uses the native API from now on, and what needs
    // the IMS extension (create from server, replicate, export) is not offered any more.
    void imsExtensionMissing();

private:
    void refreshNow();
    enum class Pass { Full, Changes };
    void startListing(Pass pass);
    void startListing(ImageView view, const QString &memberStatus);
    void refreshChanges();
    void arrive(QList<Image> images);
    QList<Image> changedRows(const QList<Image> &images);
    void applyArrived();
    void learnPassSpeed(int rows, qint64 nsecs);
    void finishRefresh();
    void listingFinished(ImageListing *request, const Result<int> &result);
    void cancelListings();
    void countPendingShares();
    void countPendingSharesFromRows();
    int pendingShares(const QList<Image> &images) const;
    bool belongsToView(const Image &image) const;
    QString cacheKey() const;
    ImageListing *newListing(ImageView view, int pageSize = 0);
    ImageListing *newChangesListing(ImageView view);

    QPointer<Session> m_session;
    ImageRows *m_rows;
    ListingCache *m_cache;
    QPointer<CachedRows> m_cached;
    bool m_listedOnce = false; // this view: a listing completed
    bool m_suspended = false;
    ImageView m_view = ImageView::Private;
    QList<QPointer<ImageListing>> m_listings; // the current view's, running
    QPointer<ShowImageRequest> m_attributesRead;
    QPointer<ImageListing> m_pendingCount;
    std::optional<ApiError> m_listingError;
    bool m_listingCancelled = false; // a listing of this refresh ended before the cloud said so
    QList<Image> m_arrived;          // pages not in the model yet
    int m_rowsPerPass = 2 * kMinRowsPerPass; // what fits in kPassMs, from the last passes
    QTimer m_batchTimer;
    bool m_listingsDone = false; // the refresh ends when the rows that arrived are applied
    QTimer m_transitionalTimer;
    QTimer m_refreshTimer;       // coalesces refresh() calls
    bool m_refreshAgain = false; // refresh() was called while a listing ran
    int m_generation = 0;        // ignores answers that arrive after the view changed
    int m_transitionalCursor = 0;
    Pass m_pass = Pass::Full;  // of the listings running
    QElapsedTimer m_passTime;  // since the running listings started
    QElapsedTimer m_sinceFull; // since the last full listing started (invalid: none yet)
    // Every change the cloud made since this time (its clock) is in the rows, or being read;
    // invalid until a listing that brought images completed.
    QDateTime m_changesSince;
    QDateTime m_newestListed; // the newest updated_at the running listings brought
    bool m_changesRefused = false;
    bool m_rowsChanged = false; // the changes read changed a row (the cache is saved again)
    // Deleted by the user while listings that started before ran: their pages must not bring
    // the rows back.
    QSet<QString> m_forgotten;
    QTimer m_changesTimer;
    std::chrono::milliseconds m_fullInterval = std::chrono::minutes(15);
    int m_concurrency = ListingOptions{}.concurrency;
};

} // namespace ims
