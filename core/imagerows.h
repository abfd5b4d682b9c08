#pragma once

#include "image.h"

#include <QList>
#include <QString>

namespace ims {

// Where a listing puts the images it brings: the rows of the image table (models/ implements
// it), keyed by image id. core/ fills it without knowing about item models.
class ImageRows {
public:
    virtual ~ImageRows() = default;

    // Adds new images and updates known ones in place.
    virtual void upsert(const QList<Image> &images) = 0;
    // Removes an image; unknown ids are ignored (an image already gone is gone).
    virtual void remove(const QString &id) = 0;
    // A full refresh: beginRefresh(), upsert every page, then removeUnrefreshed() drops the
    // images the refresh did not bring (deleted elsewhere).
    virtual void beginRefresh() = 0;
    virtual int refreshedCount() const = 0; // images upserted since beginRefresh()
    virtual void removeUnrefreshed() = 0;
    virtual void clear() = 0;

    virtual int imageCount() const = 0;
    virtual const Image &at(int row) const = 0;
    virtual const Image *image(const QString &id) const = 0;
    // Every image, in row order (implicitly shared).
    virtual QList<Image> images() const = 0;
};

} // namespace ims
