#pragma once

#include "apierror.h"
#include "imagerequests.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace ims {

class ImageRows;
class ListingCache;
class Session;

// Keeps the image table filled for one session and view: shows the cached listing at once
// (stale), loads every page progressively into the model (rows keyed by id, updated in place),
// drops what the cloud no longer lists once the listing is complete, refreshes only rows in
// transitional states, and reports quota, pending shares and errors.
class ImageBrowser final : public QObject {
    Q_OBJECT

public:
    ImageBrowser(Session *session, ImageRows *rows, ListingCache *cache, QObject *parent = nullptr);

    void setView(ImageView view);
    ImageView view() const { return m_view; }
    void refresh();
    void refreshTransitional();
    // Members of one image for the details pane.
    void loadMembers(const QString &imageId);
    // Every attribute of one image for the details pane: listings do not keep them (memory).
    // A read still running for the previously selected image is cancelled.
    void loadAttributes(const QString &imageId);
    bool isLoading() const { return !m_listings.isEmpty(); }

    static constexpr int kTransitionalRefreshMs = 10'000;
    static constexpr int kTransitionalBatch = 50;
    static constexpr int kBatchMs = 100; // pages arriving within this time reach the table at once
    static constexpr int kRowsPerPass = 2000; // rows applied per pass through the event loop

signals:
    void loading(int loaded);
    void loaded(const QDateTime &when, bool stale);
    void failed(const QString &context, const ims::ApiError &error);
    void quotaChanged(int used, int allowed);
    void pendingSharesChanged(int count);
    void membersLoaded(const QString &imageId, const QList<QPair<QString, QString>> &members);
    void attributesLoaded(const QString &imageId, const QJsonObject &attributes);
    void attributesFailed(const QString &imageId, const ims::ApiError &error);
    void onlineChanged(bool online);

private:
    void showCached();
    void startListing();
    void startListing(ImageView view, const QString &memberStatus);
    void applyArrived();
    void finishRefresh();
    void listingFinished(ImageListRequest *request, const Result<int> &result);
    void cancelListings();
    void loadQuota();
    void countPendingShares();
    QString cacheKey() const;
    ImageListRequest *newListRequest(ImageView view, QObject *parent) const;

    QPointer<Session> m_session;
    ImageRows *m_rows;
    ListingCache *m_cache;
    ImageView m_view = ImageView::Private;
    QList<QPointer<ImageListRequest>> m_listings; // the current view's, running
    QPointer<ShowImageRequest> m_attributesRead;
    std::optional<ApiError> m_listingError;
    bool m_listingCancelled = false; // a listing of this refresh ended before the cloud said so
    QList<Image> m_arrived;          // pages not in the model yet
    QTimer m_batchTimer;
    bool m_listingsDone = false; // the refresh ends when the rows that arrived are applied
    QTimer m_transitionalTimer;
    int m_generation = 0; // ignores answers that arrive after the view changed
    int m_transitionalCursor = 0;
};

} // namespace ims
