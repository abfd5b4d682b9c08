#pragma once

#include "formatting.h"
#include "image.h"
#include "imagerows.h"
#include "rowindex.h"
#include "rowruns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace ims {

// The image table: one row per image, keyed by image id. Rows are added and updated in place
// (dataChanged) and removed in runs (rowsRemoved, last run first), never by a reset, so that
// selection and scroll position survive refreshes.
class ImageTableModel final : public QAbstractTableModel, public ImageRows {
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Os,
        OsVersion,
        ImageType,
        DiskFormat,
        Size,
        MinDisk,
        MinRam,
        Visibility,
        Protected,
        Encrypted,
        Created,
        Updated,
        Id,
        Tags,
        // The All regions view's: where a row lives, what it was copied from (copies sort under
        // their source by this column), how many servers were created from it.
        Region,
        Profile,
        Source,
        UsedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ImageRole, // the whole ims::Image
    };

    explicit ImageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds new images and updates known ones in place.
    void upsert(const QList<Image> &images) override;
    // Removes an image; unknown ids are ignored (an image already gone is gone).
    void remove(const QString &id) override;
    // Removes every image `which` picks, in one pass (a profile's rows when it leaves a view).
    void removeIf(const std::function<bool(const Image &)> &which);
    // A full refresh: beginRefresh(), upsert every page, then removeUnrefreshed() drops the
    // images the refresh did not bring (deleted elsewhere). Marks per row instead of a set of
    // ids: ending the refresh of 100 000 rows costs a scan of ints, not 100 000 lookups.
    void beginRefresh() override;
    int refreshedCount() const override { return m_refreshedCount; } // images upserted since then
    void removeUnrefreshed() override;
    void clear() override;

    static QString columnTitle(int column);
    // "Active", "Queued"…: an image status in words (an unknown one as the cloud sent it).
    static QString statusText(const QString &status);
    // A column's value for machines (CSV): sizes in bytes, dates in ISO 8601 UTC, true/false.
    static QString exportText(const Image &image, int column);

    const Image &at(int row) const override { return m_images.at(m_gap.physical(row)); }
    int imageCount() const override { return rowCount(); }
    // Every image, in row order. Implicitly shared: taking it costs nothing until one side changes.
    QList<Image> images() const override {
        Q_ASSERT(m_gap.size() == 0); // not while rows are being removed
        return m_images;
    }
    const Image *image(const QString &id) const override;
    int rowOf(const QString &id) const;
    // Servers created from each image (ServerUsage), for the Used by column; an image missing
    // from `counts` shows nothing (its region's servers are not known), not 0.
    void setServerCounts(const QHash<QString, int> &counts);
    std::optional<int> serverCount(const QString &id) const;
    // A source that is not among the rows (a public image, a source deleted since), as a read by
    // id told it: named when found, gone only after the cloud said so (404). A source in neither
    // the rows nor here is not listed, which is not gone. The All regions view feeds these.
    struct OutsideSource {
        QString name;
        QString region;
        bool gone = false;
    };
    void setOutsideSource(const QString &id, const OutsideSource &source);
    void clearOutsideSources();
    // The Source column's text: the source's name and region, its id while it is not known,
    // or that it is gone.
    QString sourceText(const Image &image) const;

signals:
    // The rows upsert() changed in place (before dataChanged over their span): a proxy can
    // re-place just these instead of re-sorting everything.
    void imagesUpdated(const QList<int> &rows);
    // Around the removal of several runs of rows, before the first rowsAboutToBeRemoved and
    // after the last rowsRemoved (one pair per run, last run first): a proxy can remove its rows
    // in one pass instead of one pass per run.
    void rowRunsAboutToBeRemoved(const ims::RowRuns &runs);
    void rowRunsRemoved(const ims::RowRuns &runs);

private:
    void removeRowRuns(const RowRuns &runs);
    void reindex(); // after removals
    QString idAt(int row) const;
    void markRefreshed(int row);
    void sourcesChanged(const std::function<bool(const QString &sourceId)> &affected);

    QList<Image> m_images;
    QHash<QString, int> m_serverCounts;
    QHash<QString, OutsideSource> m_outsideSources; // by source id
    RowGap m_gap;           // while removeRowRuns() runs: the rows removed so far
    QList<int> m_refreshOf; // row → the refresh that last upserted it
    RowIndex m_rowIndex;
    int m_refresh = 0;
    int m_refreshedCount = 0;
};

} // namespace ims
