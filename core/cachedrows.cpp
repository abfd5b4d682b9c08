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
    auto *watcher = new QFutureWatcher<QList<Image>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation || !m_loading)
                    return; // another key since, or a live listing took over
                m_loading = false;
                m_pending = watcher->result();
                m_next = 0;
                m_applied = 0;
                applyPass();
            });
    watcher->setFuture(m_cache->load(key));
}

void CachedRows::stop() {
    m_loading = false;
    m_pass.stop();
    m_pending.clear();
    m_next = 0;
}

void CachedRows::applyPass() {
    if (m_next >= m_pending.size())
        return;
    const qsizetype count = std::min<qsizetype>(m_pending.size() - m_next, kRowsPerPass);
    m_rows->upsert(m_pending.sliced(m_next, count));
    m_rows->beginRefresh(); // not part of the refresh under way (no live row is in yet)
    m_next += count;
    const bool first = m_applied == 0;
    m_applied += int(count);
    if (first)
        emit firstRowsShown();
    if (m_next < m_pending.size()) {
        m_pass.start();
        return;
    }
    m_pending.clear();
    m_next = 0;
    emit shown(m_applied);
}

} // namespace ims
