#include "cachedrows.h"

#include "imagerows.h"
#include "listingcache.h"

#include <QFutureWatcher>

namespace ims {

CachedRows::CachedRows(ImageRows *rows, ListingCache *cache, QObject *parent)
    : QObject(parent)
    , m_rows(rows)
    , m_cache(cache) {
    m_pass.setSingleShot(true);
    m_pass.setInterval(0);
    connect(&m_pass, &QTimer::timeout, this, &CachedRows::applyPass);
}

void CachedRows::show(const QString &key) {
    if (key == m_key && !key.isEmpty())
        return; // shown, or on its way
    stop();
    ++m_generation;
    m_key = key;
    m_rows->clear();
    if (!m_cache || key.isEmpty())
        return;
    m_loading = true;
    m_applied = 0;
    auto *watcher = new QFutureWatcher<QList<Image>>(this);
    // Each decoded batch is applied as it comes, one pass each.
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this, watcher, generation = m_generation](int index) {
                if (generation != m_generation || !m_loading)
                    return; // another key since, or a live listing took over
                m_batches.push_back(watcher->resultAt(index));
                if (!m_pass.isActive())
                    applyPass();
            });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation || !m_loading)
                    return;
                m_loading = false;
                if (m_batches.empty() && m_applied > 0)
                    emit shown(m_applied);
            });
    m_watcher = watcher;
    watcher->setFuture(m_cache->loadBatches(key, kRowsPerPass));
}

void CachedRows::stop() {
    if (m_watcher)
        m_watcher->cancel(); // no further batch is decoded
    m_loading = false;
    m_pass.stop();
    m_batches.clear();
}

void CachedRows::applyPass() {
    if (m_batches.empty())
        return;
    // A batch is about kRowsPerPass images (loadBatches), so one pass each.
    m_rows->upsert(m_batches.front());
    m_rows->beginRefresh(); // not part of the refresh under way (no live row is in yet)
    const bool first = m_applied == 0;
    m_applied += int(m_batches.front().size());
    m_batches.pop_front();
    if (first)
        emit firstRowsShown();
    if (!m_batches.empty()) {
        m_pass.start();
        return;
    }
    if (!m_loading) // every batch was decoded and is in now
        emit shown(m_applied);
}

} // namespace ims
