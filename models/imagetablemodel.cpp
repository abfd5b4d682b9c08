#include "imagetablemodel.h"

#include "apiwords.h"
#include "plaintooltip.h"
#include "tone.h"

#include <QLocale>

#include <QSet>
#include <algorithm>
#include <climits>
#include <utility>

namespace ims {

namespace {

QString yesNo(bool value) {
    return value ? ImageTableModel::tr("Yes") : ImageTableModel::tr("No");
}

QString os(const Image &image) {
    return image.platform.isEmpty() ? image.osType : image.platform;
}

// `model` null (CSV export): the Source column is the source's id, Used by unknown.
QVariant displayValue(const ImageTableModel *model, const Image &image, int column) {
    const QLocale locale;
    switch (column) {
    case ImageTableModel::Name:
        return image.name;
    case ImageTableModel::Status:
        return ImageTableModel::statusText(image.status);
    case ImageTableModel::Os:
        return os(image);
    case ImageTableModel::OsVersion:
        return image.osVersion;
    case ImageTableModel::ImageType:
        return ApiWords::imageTypeLabel(image.imageType);
    case ImageTableModel::DiskFormat:
        return image.diskFormat;
    case ImageTableModel::Size:
        return image.sizeBytes < 0 ? QString() : formatSize(image.sizeBytes);
    case ImageTableModel::MinDisk:
        return QStringLiteral("%L1 GB").arg(image.minDiskGb);
    case ImageTableModel::MinRam:
        return image.minRamMb == 0 ? QString() : QStringLiteral("%L1 MB").arg(image.minRamMb);
    case ImageTableModel::Visibility:
        return ApiWords::visibilityLabel(image.visibility);
    case ImageTableModel::Protected:
        return yesNo(image.isProtected);
    case ImageTableModel::Encrypted:
        return yesNo(image.isEncrypted());
    case ImageTableModel::Created:
        return locale.toString(image.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ImageTableModel::Updated:
        return locale.toString(image.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ImageTableModel::Id:
        return image.id;
    case ImageTableModel::Tags:
        return image.tags.join(QStringLiteral(", "));
    case ImageTableModel::Region:
        return image.region;
    case ImageTableModel::Profile:
        return image.profile;
    case ImageTableModel::Source:
        return model ? model->sourceText(image) : image.sourceImageId;
    case ImageTableModel::UsedBy: {
        const std::optional<int> count = model ? model->serverCount(image.id) : std::nullopt;
        return count ? QVariant(*count) : QVariant();
    }
    }
    return {};
}

// What a screen reader says for the cells a delegate may paint as a badge or an icon: words, not
// the display value (a status badge, a lock icon, "Yes"). Null where the display value says it.
QVariant accessibleValue(const Image &image, int column) {
    switch (column) {
    case ImageTableModel::Status:
        // What the badge says in words, for a screen reader: the status and a pending share.
        if (image.memberStatus == QLatin1String("pending"))
            return ImageTableModel::tr("%1, share pending")
                .arg(ImageTableModel::statusText(image.status));
        return ImageTableModel::statusText(image.status);
    case ImageTableModel::Protected:
        return image.isProtected ? ImageTableModel::tr("Protected")
                                 : ImageTableModel::tr("Not protected");
    case ImageTableModel::Encrypted:
        return image.isEncrypted() ? ImageTableModel::tr("Encrypted")
                                   : ImageTableModel::tr("Not encrypted");
    }
    return {};
}

QVariant accessibleDescription(const Image &image, int column) {
    switch (column) {
    case ImageTableModel::Status: {
        QString meaning;
        if (image.status == QLatin1String("active"))
            meaning = ImageTableModel::tr("The image is ready to use.");
        else if (image.status == QLatin1String("queued"))
            meaning = ImageTableModel::tr("The image waits for its file (an upload or an import).");
        else if (image.status == QLatin1String("saving"))
            meaning = ImageTableModel::tr("The image's file is being written; it becomes active "
                                          "when that is done.");
        else if (image.status == QLatin1String("killed"))
            meaning = ImageTableModel::tr("Creating the image failed; it cannot be used.");
        else if (image.status == QLatin1String("deleted") ||
                 image.status == QLatin1String("pending_delete"))
            meaning = ImageTableModel::tr("The image is being deleted.");
        if (image.memberStatus == QLatin1String("pending"))
            meaning += ImageTableModel::tr(" Shared with this project; not accepted yet.");
        return meaning.trimmed();
    }
    case ImageTableModel::Protected:
        return image.isProtected ? ImageTableModel::tr("It cannot be deleted until unprotected.")
                                 : QVariant();
    case ImageTableModel::Encrypted:
        return image.isEncrypted()
                   ? ImageTableModel::tr("Encrypted with the KMS key %1.").arg(image.cmkId)
                   : QVariant();
    }
    return {};
}

} // namespace

QString ImageTableModel::statusText(const QString &status) {
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("saving"))
        return tr("Saving");
    if (status == QLatin1String("killed"))
        return tr("Killed");
    if (status == QLatin1String("deleted"))
        return tr("Deleted");
    if (status == QLatin1String("pending_delete"))
        return tr("Pending delete");
    return status; // a status this version does not know, as the cloud sent it
}

void ImageTableModel::setServerCounts(const QHash<QString, int> &counts) {
    if (counts == m_serverCounts)
        return;
    m_serverCounts = counts;
    if (rowCount() > 0)
        emit dataChanged(index(0, UsedBy), index(rowCount() - 1, UsedBy), {Qt::DisplayRole});
}

std::optional<int> ImageTableModel::serverCount(const QString &id) const {
    const auto found = m_serverCounts.constFind(id);
    return found == m_serverCounts.constEnd() ? std::nullopt : std::optional<int>(*found);
}

QString ImageTableModel::sourceText(const Image &image) const {
    const QString &id = image.sourceImageId;
    if (id.isEmpty())
        return {};
    const auto named = [](const QString &name, const QString &region) {
        return region.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, region);
    };
    if (const Image *source = this->image(id))
        return named(source->name, source->region);
    const auto outside = m_outsideSources.constFind(id);
    if (outside == m_outsideSources.cend())
        return tr("%1 (not listed)").arg(id); // not read yet: not called gone
    if (outside->gone)
        return tr("source gone (%1)").arg(id);
    return named(outside->name, outside->region);
}

void ImageTableModel::setOutsideSource(const QString &id, const OutsideSource &source) {
    const auto known = m_outsideSources.constFind(id);
    if (known != m_outsideSources.cend() && known->name == source.name &&
        known->region == source.region && known->gone == source.gone)
        return;
    m_outsideSources.insert(id, source);
    sourcesChanged([&id](const QString &sourceId) { return sourceId == id; });
}

void ImageTableModel::clearOutsideSources() {
    if (m_outsideSources.isEmpty())
        return;
    const QHash<QString, OutsideSource> was = std::exchange(m_outsideSources, {});
    sourcesChanged([&was](const QString &sourceId) { return was.contains(sourceId); });
}

void ImageTableModel::sourcesChanged(const std::function<bool(const QString &)> &affected) {
    // One signal over the span of the copies that name them, not one per copy.
    int first = -1;
    int last = -1;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &source = at(row).sourceImageId;
        if (source.isEmpty() || !affected(source))
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, Source), index(last, Source), {Qt::DisplayRole});
}

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ImageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_images.size()) - m_gap.size();
}

int ImageTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Image &image = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(this, image, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !image.description.isEmpty())
            return plainToolTip(image.description);
        if (index.column() == Status && image.memberStatus == QLatin1String("pending"))
            return tr("Shared with this project; the share is not accepted yet");
        if (index.column() == Status || index.column() == ImageType || index.column() == Visibility)
            return exportText(image, index.column()); // the API's word, for searching by it
        if (index.column() == Protected && image.isProtected)
            return tr("Protected: it cannot be deleted while protected");
        if (index.column() == Encrypted && image.isEncrypted())
            return plainToolTip(tr("Encrypted with the KMS key %1").arg(image.cmkId));
        return {};
    case ToneRole: // the row's: transitional rows are tinted whole
        return int(toneOfImageStatus(image.status));
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == MinDisk || index.column() == MinRam)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        // What the badge says in words, for a screen reader: the status and a pending share.
        if (index.column() == Status && image.memberStatus == QLatin1String("pending"))
            return tr("%1, share pending").arg(statusText(image.status));
        return accessibleValue(image, index.column());
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(image, index.column());
    case IdRole:
        return image.id;
    case ImageRole:
        return QVariant::fromValue(image);
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString ImageTableModel::columnTitle(int column) {
    switch (column) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Os:
        return tr("OS");
    case OsVersion:
        return tr("OS version");
    case ImageType:
        return tr("Image type");
    case DiskFormat:
        return tr("Disk format");
    case Size:
        return tr("Size");
    case MinDisk:
        return tr("Min disk");
    case MinRam:
        return tr("Min RAM");
    case Visibility:
        return tr("Visibility");
    case Protected:
        return tr("Protected");
    case Encrypted:
        return tr("Encrypted");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    case Tags:
        return tr("Tags");
    case Region:
        return tr("Region");
    case Profile:
        return tr("Profile");
    case Source:
        return tr("Copy of");
    case UsedBy:
        return tr("Used by");
    }
    return {};
}

QString ImageTableModel::exportText(const Image &image, int column) {
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    switch (column) {
    case Status: // the API's words, for scripts that compare them
        return image.status;
    case ImageType:
        return image.imageType;
    case Visibility:
        return image.visibility;
    case Size:
        return image.sizeBytes < 0 ? QString() : QString::number(image.sizeBytes);
    case MinDisk:
        return QString::number(image.minDiskGb);
    case MinRam:
        return QString::number(image.minRamMb);
    case Protected:
        return flag(image.isProtected);
    case Encrypted:
        return flag(image.isEncrypted());
    case Created:
        return image.createdAt.toUTC().toString(Qt::ISODate);
    case Updated:
        return image.updatedAt.toUTC().toString(Qt::ISODate);
    case Tags:
        return image.tags.join(QLatin1Char(';'));
    }
    return displayValue(nullptr, image, column).toString();
}

void ImageTableModel::upsert(const QList<Image> &images) {
    QList<Image> added;
    QList<int> changed;
    for (const Image &image : images) {
        const int row = rowOf(image.id);
        if (row < 0) {
            added.append(image);
            continue;
        }
        m_images[row] = image;
        markRefreshed(row);
        changed << row;
    }
    // One signal for the whole batch: a refresh of 100 000 rows must not emit 100 000 signals.
    if (!changed.isEmpty()) {
        emit imagesUpdated(changed);
        const auto [first, last] = std::minmax_element(changed.cbegin(), changed.cend());
        emit dataChanged(index(*first, 0), index(*last, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_images.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Image &image : added) {
        m_rowIndex.insert(image.id, int(m_images.size()));
        m_images.append(std::move(image));
        m_refreshOf.append(-1);
        markRefreshed(int(m_images.size()) - 1);
    }
    endInsertRows();
}

void ImageTableModel::remove(const QString &id) {
    const int row = rowOf(id);
    if (row >= 0)
        removeRowRuns({{row, row}});
}

void ImageTableModel::removeIf(const std::function<bool(const Image &)> &which) {
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (which(at(row)))
            rows << row;
    }
    removeRowRuns(rowRuns(rows));
}

void ImageTableModel::removeRowRuns(const RowRuns &runs) {
    if (runs.isEmpty())
        return;
    emit rowRunsAboutToBeRemoved(runs);
    // Last run first, so each announced row number holds until its run goes; the gap moves each
    // kept image once in all, where QList::remove would move the whole tail for every run.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows({}, run->first, run->last);
        m_gap.removeRun(m_images, run->first, run->last);
        endRemoveRows();
    }
    m_gap.close(m_images);
    for (const RowRun &run : runs) {
        for (int row = run.first; row <= run.last; ++row) {
            if (m_refreshOf.at(row) == m_refresh)
                --m_refreshedCount;
        }
    }
    removeRuns(m_refreshOf, runs);
    reindex();
    emit rowRunsRemoved(runs);
}

void ImageTableModel::beginRefresh() {
    ++m_refresh;
    m_refreshedCount = 0;
}

void ImageTableModel::markRefreshed(int row) {
    if (m_refreshOf.at(row) != m_refresh) {
        m_refreshOf[row] = m_refresh;
        ++m_refreshedCount;
    }
}

void ImageTableModel::removeUnrefreshed() {
    RowRuns stale;
    for (int row = 0; row < m_refreshOf.size(); ++row) {
        if (m_refreshOf.at(row) == m_refresh)
            continue;
        if (!stale.isEmpty() && stale.last().last + 1 == row)
            stale.last().last = row;
        else
            stale.append({row, row});
    }
    removeRowRuns(stale);
}

void ImageTableModel::clear() {
    if (m_images.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_images.size()) - 1);
    m_images.clear();
    m_refreshOf.clear();
    m_rowIndex.clear();
    m_refreshedCount = 0;
    endRemoveRows();
}

const Image *ImageTableModel::image(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &at(row);
}

int ImageTableModel::rowOf(const QString &id) const {
    return m_rowIndex.find(id, [this](int row) { return idAt(row); });
}

QString ImageTableModel::idAt(int row) const {
    // Between removing a run of rows and reindexing, the index may point past the end: such a
    // lookup misses instead of reading out of range.
    return row < rowCount() ? at(row).id : QString();
}

void ImageTableModel::reindex() {
    m_rowIndex.rebuild(rowCount(), [this](int row) { return idAt(row); });
}

} // namespace ims
