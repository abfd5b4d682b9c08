#pragma once

#include "image.h"
#include "jobstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ims {

// Which image was made from which, across regions: each image's source (its parent) from
// `sourceImageId` (__originalimagename, SPEC §4.2), and from the recipes of the copy jobs imsdesk
// ran itself (a finished copy job knows its source, its new image and its target region), which
// link a copy before the cloud's attribute is listed, and on clouds that do not set it. Plain
// data keyed by image id, fed by the inventory's batches and the job store; no network.
class Lineage final {
public:
    // Adds or replaces images (by id); an image's own sourceImageId wins over a recipe's link.
    void addImages(const QList<Image> &images);
    void removeImage(const QString &id);
    // Links from finished (Success) copy and cross-region copy jobs; other jobs are ignored.
    // `regionOfJobProfile` tells the region of a job's profile name for in-region copies (empty:
    // unknown, the copy's region is then what its listing says).
    void addJobs(const QList<TrackedJob> &jobs,
                 const std::function<QString(const QString &jobProfile)> &regionOfJobProfile = {});
    void clear();

    bool contains(const QString &id) const { return m_images.contains(id); }
    const Image *image(const QString &id) const;
    // The image `id` was made from; empty when it has none (or none is known).
    QString sourceOf(const QString &id) const;
    // The images made from `id` directly, oldest first (then by id).
    QStringList copiesOf(const QString &id) const;
    // The first ancestor of `id` that has no known source (itself when it has none); for an
    // orphan, the gone source's id.
    QString rootOf(const QString &id) const;
    // `id`'s copies, their copies and so on, breadth first.
    QStringList descendantsOf(const QString &id) const;
    // `id` names a source that is not among the images: it was deleted (or lives in a region or
    // view the inventory did not list: list the views sources come from, public included).
    bool isOrphan(const QString &id) const;
    // The regions of `regions` where neither the source nor any of its descendants exists: where
    // "Replicate to the regions that lack it" sends copies. Regions compared as given.
    QStringList regionsLacking(const QString &sourceId, const QStringList &regions) const;

private:
    QHash<QString, Image> m_images;
    QHash<QString, QString> m_recipeSource;         // copy id → source id, from job recipes
    QHash<QString, QString> m_recipeRegion;         // copy id → the region the job made it in
    mutable QHash<QString, QStringList> m_children; // source id → copy ids (rebuilt lazily)
    mutable bool m_childrenValid = false;
    void rebuild() const;
};

} // namespace ims
