#include "lineage.h"

#include "recipes.h"

#include <QQueue>

#include <algorithm>

namespace ims {

void Lineage::addImages(const QList<Image> &images) {
    for (const Image &image : images)
        m_images.insert(image.id, image);
    m_childrenValid = false;
}

void Lineage::removeImage(const QString &id) {
    if (m_images.remove(id))
        m_childrenValid = false;
}

void Lineage::addJobs(const QList<TrackedJob> &jobs,
                      const std::function<QString(const QString &)> &regionOfJobProfile) {
    for (const TrackedJob &job : jobs) {
        if (job.state != JobState::Success || job.imageId.isEmpty())
            continue;
        const std::optional<recipes::Recipe> recipe = recipes::fromJson(job.recipe);
        if (!recipe)
            continue;
        if (const auto *copy = std::get_if<recipes::Copy>(&*recipe)) {
            m_recipeSource.insert(job.imageId, copy->imageId);
            if (regionOfJobProfile)
                m_recipeRegion.insert(job.imageId, regionOfJobProfile(job.profile));
        } else if (const auto *cross = std::get_if<recipes::CrossRegionCopy>(&*recipe)) {
            m_recipeSource.insert(job.imageId, cross->imageId);
            m_recipeRegion.insert(job.imageId, cross->region);
        } else {
            continue;
        }
        m_childrenValid = false;
    }
}

void Lineage::clear() {
    m_images.clear();
    m_recipeSource.clear();
    m_recipeRegion.clear();
    m_childrenValid = false;
}

const Image *Lineage::image(const QString &id) const {
    const auto it = m_images.constFind(id);
    return it == m_images.cend() ? nullptr : &*it;
}

QString Lineage::sourceOf(const QString &id) const {
    if (const Image *i = image(id); i && !i->sourceImageId.isEmpty())
        return i->sourceImageId;
    return m_recipeSource.value(id);
}

void Lineage::rebuild() const {
    if (m_childrenValid)
        return;
    m_children.clear();
    QSet<QString> ids;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_recipeSource.cbegin(); it != m_recipeSource.cend(); ++it)
        ids.insert(it.key());
    for (const QString &id : std::as_const(ids))
        if (const QString source = sourceOf(id); !source.isEmpty() && source != id)
            m_children[source].append(id);
    // Oldest first, so that the table and `images where` show copies in the order they were made.
    for (QStringList &copies : m_children)
        std::sort(copies.begin(), copies.end(), [this](const QString &a, const QString &b) {
            const Image *x = image(a);
            const Image *y = image(b);
            const QDateTime ta = x ? x->createdAt : QDateTime();
            const QDateTime tb = y ? y->createdAt : QDateTime();
            return ta != tb ? ta < tb : a < b;
        });
    m_childrenValid = true;
}

QStringList Lineage::copiesOf(const QString &id) const {
    rebuild();
    return m_children.value(id);
}

QString Lineage::rootOf(const QString &id) const {
    QString at = id;
    QSet<QString> seen{id}; // a damaged attribute could make a cycle
    for (QString up = sourceOf(at); !up.isEmpty() && !seen.contains(up); up = sourceOf(at)) {
        seen.insert(up);
        at = up;
        if (!contains(at))
            break; // the gone source of an orphan
    }
    return at;
}

QStringList Lineage::descendantsOf(const QString &id) const {
    rebuild();
    QStringList out;
    QSet<QString> seen{id};
    QQueue<QString> queue;
    queue.enqueue(id);
    while (!queue.isEmpty())
        for (const QString &copy : m_children.value(queue.dequeue()))
            if (!seen.contains(copy)) {
                seen.insert(copy);
                out.append(copy);
                queue.enqueue(copy);
            }
    return out;
}

bool Lineage::isOrphan(const QString &id) const {
    const QString source = sourceOf(id);
    return !source.isEmpty() && !contains(source);
}

QStringList Lineage::regionsLacking(const QString &sourceId, const QStringList &regions) const {
    QSet<QString> present;
    // Only images the inventory holds count: a recipe's copy that was deleted since is gone.
    const auto regionOf = [this](const Image &i) {
        return i.region.isEmpty() ? m_recipeRegion.value(i.id) : i.region;
    };
    if (const Image *source = image(sourceId))
        present.insert(regionOf(*source));
    for (const QString &copy : descendantsOf(sourceId)) {
        // A copy that failed or is being deleted does not count as the region having the image.
        const Image *i = image(copy);
        if (!i || (i->status == QLatin1String("killed") || i->status == QLatin1String("deleted") ||
                   i->status == QLatin1String("pending_delete")))
            continue;
        present.insert(regionOf(*i));
    }
    QStringList lacking;
    for (const QString &region : regions)
        if (!present.contains(region))
            lacking.append(region);
    return lacking;
}

} // namespace ims
