#include "listingcache.h"

#include "backgroundpriority.h"

#include "codec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

namespace ims {

namespace {

constexpr int kFormatVersion = 1;

QByteArray ownPrefix() {
    return "{\"version\":" + QByteArray::number(kFormatVersion) + ",\"images\":[";
}

// Decodes a cache file, handing its images to `take` a batch at a time; false stops. Files this
// version wrote ({"version":1,"images":[{…},…]} without whitespace) are cut into image objects
// by a scan of their bytes (strings skipped), and each batch is parsed on its own: the first
// rows come after one batch, not after the whole file. Any other shape (an earlier writer,
// whitespace, another version) is parsed as one document.
void decode(const QByteArray &data, int batchSize, const std::function<bool(QList<Image>)> &take) {
    const auto decodeArray = [](const QByteArray &json, bool *ok) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        *ok = error.error == QJsonParseError::NoError && document.isArray();
        return codec::images(document.array(), codec::Attributes::Drop);
    };
    const QByteArray prefix = ownPrefix();
    if (!data.startsWith(prefix)) {
        const QJsonObject root = QJsonDocument::fromJson(data).object();
        if (root.value(QStringLiteral("version")).toInt() == kFormatVersion) // else: refresh
            take(codec::images(root.value(QStringLiteral("images")).toArray(),
                               codec::Attributes::Drop));
        return;
    }
    qsizetype start = prefix.size();
    int depth = 0;
    int objects = 0;
    bool inString = false;
    const auto flush = [&](qsizetype end) {
        const qsizetype from = start < end && data.at(start) == ',' ? start + 1 : start;
        bool ok = false;
        QList<Image> batch = decodeArray('[' + data.mid(from, end - from) + ']', &ok);
        start = end;
        objects = 0;
        return ok && take(std::move(batch));
    };
    for (qsizetype pos = start; pos < data.size(); ++pos) {
        const char c = data.at(pos);
        if (inString) {
            if (c == '\\')
                ++pos; // the escaped character, a quote included
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) { // the end of the images array
                if (objects > 0)
                    flush(pos);
                return;
            }
            if (--depth == 0 && ++objects == batchSize && !flush(pos + 1))
                return;
        }
    }
}

QList<Image> decodeAll(const QByteArray &data) {
    QList<Image> images;
    decode(data, 5000, [&images](QList<Image> batch) {
        images += std::move(batch);
        return true;
    });
    return images;
}

} // namespace

ListingCache::ListingCache(QString directory)
    : m_directory(std::move(directory)) {
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                      QStringLiteral("/listings");
}

QString ListingCache::key(const QString &profile, const QString &region, const QString &view) {
    return profile + QLatin1Char('\n') + region + QLatin1Char('\n') + view;
}

QString ListingCache::pathFor(const QString &key) const {
    // Profile names are the user's: hash them into a safe file name.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

QFuture<bool> ListingCache::save(const QString &key, const QList<Image> &images) const {
    const QString path = pathFor(key);
    const QString directory = m_directory;
    return QtConcurrent::run(backgroundThreadPool(), [path, directory, images] {
        runAsBackgroundThread();
        QDir().mkpath(directory);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        // Written image by image: a QJsonArray of the whole listing would take several times
        // the memory of the listing itself, just to be thrown away.
        file.write("{\"version\":" + QByteArray::number(kFormatVersion) + ",\"images\":[");
        bool first = true;
        for (const Image &image : images) {
            if (!first)
                file.write(",");
            first = false;
            file.write(QJsonDocument(codec::imageObject(image)).toJson(QJsonDocument::Compact));
        }
        file.write("]}");
        return file.commit();
    });
}

QFuture<QList<Image>> ListingCache::load(const QString &key) const {
    const QString path = pathFor(key);
    return QtConcurrent::run([path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? decodeAll(file.readAll()) : QList<Image>();
    });
}

QFuture<QList<Image>> ListingCache::loadBatches(const QString &key, int batchSize) const {
    const QString path = pathFor(key);
    return QtConcurrent::run([path, batchSize](QPromise<QList<Image>> &promise) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        decode(file.readAll(), std::max(1, batchSize), [&promise](QList<Image> batch) {
            if (promise.isCanceled())
                return false;
            promise.addResult(std::move(batch));
            return true;
        });
    });
}

} // namespace ims
