#pragma once

#include "image.h"

#include <QFuture>
#include <QString>

namespace ims {

// The last listing of each profile, region and view, on disk, so that a start shows the
// images at once (marked as stale) while they are refreshed. Images hold no secrets; the file
// keeps each image's decoded fields in the server's shape (codec::imageObject) and is decoded
// again by the same decoder on load.
class ListingCache final {
public:
    // Default: <AppCacheLocation>/listings.
    explicit ListingCache(QString directory = {});

    // Both run on the thread pool: a listing of 100 000 images is tens of MB of JSON.
    QFuture<bool> save(const QString &key, const QList<Image> &images) const;
    QFuture<QList<Image>> load(const QString &key) const; // empty when absent or unreadable
    // The same in batches of about `batchSize` images, in order, one result each (as they are
    // decoded: the first rows can show long before the last are read).
    QFuture<QList<Image>> loadBatches(const QString &key, int batchSize) const;

    static QString key(const QString &profile, const QString &region, const QString &view);
    QString directory() const { return m_directory; }

private:
    QString pathFor(const QString &key) const;

    QString m_directory;
};

} // namespace ims
