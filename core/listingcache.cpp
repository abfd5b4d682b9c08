#include "listingcache.h"

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
}

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
    return QtConcurrent::run([path, directory, images] {
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
        QList<Image> images;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return images;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
            return images; // another version's cache: refresh instead of guessing
        return codec::images(root.value(QStringLiteral("images")).toArray(),
                             codec::Attributes::Drop);
    });
}

} // namespace ims
