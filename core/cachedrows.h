#pragma once

#include "image.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>

namespace ims {

class ImageRows;
class ListingCache;

// Paints the cached listing of one profile, region and view into the rows: read and decoded off
// the GUI thread (ListingCache), then applied kRowsPerPass rows per pass through the event loop,
// so that the first rows show as soon as the file is decoded and 100 000 of them never hold the
// window up. One listing at a time: asking again for the one shown (or being painted) keeps the
// rows, so that what was painted before the login stays when the connection's browser starts
// with the same view. Cached rows are never part of a refresh (ImageRows::beginRefresh after
// each pass): only what the cloud lists stays once a full listing is complete.
class CachedRows final : public QObject {
    Q_OBJECT

public:
    CachedRows(ImageRows *rows, ListingCache *cache, QObject *parent = nullptr);

    // Empties the rows and paints `key`'s cached listing (nothing without a cache), unless the
    // rows already hold `key`'s images.
    void show(const QString &key);
    // A live listing takes over: no further cached row is applied (those applied stay).
    void stop();
    QString key() const { return m_key; }
    bool isPainting() const { return m_loading || !m_batches.empty(); }

    static constexpr int kRowsPerPass = 2000;

signals:
    // The first cached rows are in the table (stale), and when all of them are.
    void firstRowsShown();
    void shown(int count);

private:
    void applyPass();

    ImageRows *m_rows;
    ListingCache *m_cache;
    QString m_key;
    // Decoded, not in the rows yet: one pass each, dropped once applied (freeing 100 000 images
    // at once would block the window too).
    std::deque<QList<Image>> m_batches;
    int m_applied = 0;
    bool m_loading = false;
    int m_generation = 0; // a load for an earlier key is ignored
    QPointer<QFutureWatcherBase> m_watcher;
    QTimer m_pass;
};

} // namespace ims
