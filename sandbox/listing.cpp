#include "listing.h"

#include <QHash>

#include <algorithm>

namespace sandbox {

namespace {

const QStringList kSortKeys = {
    QStringLiteral("name"),        QStringLiteral("status"),     QStringLiteral("container_format"),
    QStringLiteral("disk_format"), QStringLiteral("size"),       QStringLiteral("id"),
    QStringLiteral("created_at"),  QStringLiteral("updated_at"), QStringLiteral("min_disk"),
    QStringLiteral("min_ram"),     QStringLiteral("visibility"), QStringLiteral("owner")};

// Parameters that are not exact-match attribute filters.
const QStringList kReserved = {QStringLiteral("limit"),
                               QStringLiteral("marker"),
                               QStringLiteral("sort_key"),
                               QStringLiteral("sort_dir"),
                               QStringLiteral("sort"),
                               QStringLiteral("visibility"),
                               QStringLiteral("member_status"),
                               QStringLiteral("__imagetype"),
                               QStringLiteral("tag"),
                               QStringLiteral("created_at"),
                               QStringLiteral("updated_at"),
                               QStringLiteral("size_min"),
                               QStringLiteral("size_max"),
                               QStringLiteral("__isregistered"),
                               QStringLiteral("enterprise_project_id"),
                               QStringLiteral("flavor_id"),
                               QStringLiteral("architecture"),
                               QStringLiteral("os_hidden")};

QString field(const Image &image, const QString &key) {
    if (key == QLatin1String("id"))
        return image.id;
    if (key == QLatin1String("name"))
        return image.name;
    if (key == QLatin1String("status"))
        return image.status;
    if (key == QLatin1String("owner"))
        return image.owner;
    if (key == QLatin1String("container_format"))
        return image.containerFormat;
    if (key == QLatin1String("disk_format"))
        return image.diskFormat;
    if (key == QLatin1String("min_ram"))
        return QString::number(image.minRam);
    if (key == QLatin1String("min_disk"))
        return QString::number(image.minDisk);
    if (key == QLatin1String("protected"))
        return image.isProtected ? QStringLiteral("true") : QStringLiteral("false");
    if (key == QLatin1String("checksum"))
        return image.checksum;
    return image.prop(key);
}

int compareKey(const Image &a, const Image &b, const QString &key) {
    const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    if (key == QLatin1String("created_at"))
        return cmp(a.createdAt, b.createdAt);
    if (key == QLatin1String("updated_at"))
        return cmp(a.updatedAt, b.updatedAt);
    if (key == QLatin1String("size"))
        return cmp(a.size, b.size);
    if (key == QLatin1String("min_disk"))
        return cmp(a.minDisk, b.minDisk);
    if (key == QLatin1String("min_ram"))
        return cmp(a.minRam, b.minRam);
    return field(a, key).compare(field(b, key));
}

// A created_at/updated_at filter ("gte:2024-01-01T00:00:00Z"), read once per request rather
// than once per image: parsing a time for each of 100 000 images made a filtered page cost a
// second.
struct TimeFilter final {
    enum class Op { None, Gt, Gte, Lt, Lte, Eq, Neq, Bad } op = Op::None;
    qint64 time = 0;

    explicit TimeFilter(const QString &spec) {
        if (spec.isEmpty())
            return;
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString name = spec.left(colon);
        time = parseTime(spec.mid(colon + 1));
        static const QHash<QString, Op> ops = {
            {QStringLiteral("gt"), Op::Gt}, {QStringLiteral("gte"), Op::Gte},
            {QStringLiteral("lt"), Op::Lt}, {QStringLiteral("lte"), Op::Lte},
            {QStringLiteral("eq"), Op::Eq}, {QStringLiteral("neq"), Op::Neq}};
        op = colon < 0 || time < 0 ? Op::Bad : ops.value(name, Op::Bad);
    }

    // gte/gt: every image from some second on, which a listing sorted by created_at ascending
    // finds by a binary search (a cloud's index) instead of a scan per range.
    bool isLowerBound() const { return op == Op::Gte || op == Op::Gt; }

    bool matches(qint64 value, bool *bad) const {
        const qint64 v = value / 1000 * 1000; // the API shows whole seconds
        switch (op) {
        case Op::None:
            return true;
        case Op::Gt:
            return v > time;
        case Op::Gte:
            return v >= time;
        case Op::Lt:
            return v < time;
        case Op::Lte:
            return v <= time;
        case Op::Eq:
            return v == time;
        case Op::Neq:
            return v != time;
        case Op::Bad:
            break;
        }
        *bad = true;
        return false;
    }
};

// Every image matching the query, sorted, kept while the store's generation stays the same:
// listing N images page by page costs one scan and one sort instead of one scan per page.
// nullptr when the query turns out bad while matching.
template <typename Compute>
const std::vector<const Image *> *sortedListing(Store &store, const ListRequest &request,
                                                bool withoutCreatedAt, Compute compute) {
    // Distinct queries remembered: views, filters, sorts, and the created_at ranges of a
    // partitioned listing (a dozen chains and their splits, each paged by its own query).
    constexpr size_t kKept = 64;
    QString key = request.viewer + QLatin1Char('|') + request.region +
                  (request.ims ? QLatin1String("|ims") : QLatin1String("|glance"));
    for (const auto &[name, value] : request.query)
        if (name != QLatin1String("marker") && name != QLatin1String("limit") &&
            !(withoutCreatedAt && name == QLatin1String("created_at")))
            key += QLatin1Char('|') + name + QLatin1Char('=') + value;
    auto found = store.listings.find(key);
    if (found != store.listings.end() && found->second.generation == store.generation) {
        found->second.lastUsed = ++store.listingUses;
        return &found->second.images;
    }
    bool bad = false;
    std::vector<const Image *> images = compute(&bad);
    if (bad)
        return nullptr;
    // Listings of an older generation point at images that may be gone: drop them.
    std::erase_if(store.listings, [&store](const auto &entry) {
        return entry.second.generation != store.generation;
    });
    if (store.listings.size() >= kKept)
        store.listings.erase(std::min_element(
            store.listings.begin(), store.listings.end(),
            [](const auto &a, const auto &b) { return a.second.lastUsed < b.second.lastUsed; }));
    auto &entry = store.listings[key];
    entry.generation = store.generation;
    entry.lastUsed = ++store.listingUses;
    entry.images = std::move(images);
    return &entry.images;
}

ListResult fail(const ListRequest &request, const char *code, const QString &message) {
    ListResult r;
    r.status = 400;
    r.code = QString::fromLatin1(code);
    r.message = request.ims && QString::fromLatin1(code) == QLatin1String("IMG.0001")
                    ? QStringLiteral("The request message format is invalid.")
                    : message;
    return r;
}

} // namespace

ListResult listImages(Store &store, const ListRequest &request) {
    QMultiMap<QString, QString> q;
    for (const auto &[key, value] : request.query)
        q.insert(key, value);

    ListResult result;
    result.limit = request.ims ? 500 : 25;
    if (q.contains(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = q.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return fail(request, "IMG.0001", QStringLiteral("limit param must be an integer"));
        if (limit < 0)
            return fail(request, "IMG.0001", QStringLiteral("limit param must be positive"));
        result.limit = std::min(limit, 1000); // Glance clamps to api_limit_max silently
    }

    // Sort keys: sort_key/sort_dir (repeatable) or sort=key:dir,key:dir.
    QList<QPair<QString, bool>> sort; // key, descending
    const QString sortDir = q.value(QStringLiteral("sort_dir"), QStringLiteral("desc"));
    if (sortDir != QLatin1String("asc") && sortDir != QLatin1String("desc"))
        return fail(request, "IMG.0001", QStringLiteral("Invalid sort direction: %1").arg(sortDir));
    if (q.contains(QStringLiteral("sort"))) {
        for (const QString &part : q.value(QStringLiteral("sort")).split(QLatin1Char(','))) {
            const QStringList kd = part.trimmed().split(QLatin1Char(':'));
            const QString dir = kd.value(1, QStringLiteral("desc"));
            if (!kSortKeys.contains(kd[0]) ||
                (dir != QLatin1String("asc") && dir != QLatin1String("desc")))
                return fail(request, "IMG.0001", QStringLiteral("Invalid sort key: %1").arg(part));
            sort.append({kd[0], dir == QLatin1String("desc")});
        }
    }
    const QStringList sortKeys = q.values(QStringLiteral("sort_key"));
    for (auto it = sortKeys.rbegin(); it != sortKeys.rend(); ++it) { // QMultiMap: newest first
        if (!kSortKeys.contains(*it))
            return fail(request, "IMG.0001",
                        QStringLiteral("Invalid sort key: %1. Acceptable values: %2")
                            .arg(*it, kSortKeys.join(QStringLiteral(", "))));
        sort.append({*it, sortDir == QLatin1String("desc")});
    }
    const bool lastDesc = sort.isEmpty() ? true : sort.last().second;
    if (std::none_of(sort.begin(), sort.end(),
                     [](const auto &s) { return s.first == QLatin1String("created_at"); }))
        sort.append({QStringLiteral("created_at"), lastDesc});
    if (std::none_of(sort.begin(), sort.end(),
                     [](const auto &s) { return s.first == QLatin1String("id"); }))
        sort.append({QStringLiteral("id"), lastDesc});
    const auto before = [&sort](const Image *a, const Image *b) {
        for (const auto &[key, desc] : sort) {
            const int c = compareKey(*a, *b, key);
            if (c != 0)
                return desc ? c > 0 : c < 0;
        }
        return false;
    };

    const QString visibility = q.value(QStringLiteral("visibility"));
    static const QStringList visibilities = {QStringLiteral("public"), QStringLiteral("private"),
                                             QStringLiteral("shared"), QStringLiteral("community"),
                                             QStringLiteral("all")};
    if (!visibility.isEmpty() && !visibilities.contains(visibility))
        return fail(request, "IMG.0001",
                    QStringLiteral("Invalid visibility value: %1").arg(visibility));
    const QString memberStatus =
        q.value(QStringLiteral("member_status"), QStringLiteral("accepted"));
    static const QStringList memberStatuses = {QStringLiteral("pending"),
                                               QStringLiteral("accepted"),
                                               QStringLiteral("rejected"), QStringLiteral("all")};
    if (!memberStatuses.contains(memberStatus))
        return fail(request, "IMG.0001",
                    QStringLiteral("Invalid status value: %1").arg(memberStatus));
    const QString imageType = q.value(QStringLiteral("__imagetype"));
    static const QStringList imageTypes = {QStringLiteral("gold"), QStringLiteral("private"),
                                           QStringLiteral("shared"), QStringLiteral("market")};
    if (!imageType.isEmpty() && !imageTypes.contains(imageType))
        return fail(request, "IMG.0024",
                    QStringLiteral("The image type in the request is incorrect."));
    const QStringList tags = q.values(QStringLiteral("tag"));
    // enterprise_project_id: "0" is the default project (also when unset on the image);
    // all_granted_eps means every project. flavor_id is accepted and not narrowed: every
    // public image of the sandbox boots on every flavor.
    const QString enterpriseProject = q.value(QStringLiteral("enterprise_project_id"));
    const QString architecture = q.value(QStringLiteral("architecture"));
    if (!architecture.isEmpty() && architecture != QLatin1String("x86") &&
        architecture != QLatin1String("arm"))
        return fail(request, "IMG.0212",
                    QStringLiteral("The value of Architecture must be x86 or Arm."));
    const TimeFilter createdAt(q.value(QStringLiteral("created_at")));
    // A partitioned listing's ranges (created_at=gte:… sorted by created_at ascending) share
    // one sorted listing of the query without the filter; each range starts at its second.
    const bool createdAtIndexed = createdAt.isLowerBound() && !sort.isEmpty() &&
                                  sort.first().first == QLatin1String("created_at") &&
                                  !sort.first().second;
    const TimeFilter updatedAt(q.value(QStringLiteral("updated_at")));
    bool ok = true;
    const qint64 sizeMin = q.contains(QStringLiteral("size_min"))
                               ? q.value(QStringLiteral("size_min")).toLongLong(&ok)
                               : -1;
    if (!ok)
        return fail(request, "IMG.0001", QStringLiteral("size_min param must be an integer"));
    const qint64 sizeMax = q.contains(QStringLiteral("size_max"))
                               ? q.value(QStringLiteral("size_max")).toLongLong(&ok)
                               : -1;
    if (!ok)
        return fail(request, "IMG.0001", QStringLiteral("size_max param must be an integer"));
    QList<QPair<QString, QStringList>> exact; // "in:a,b" lists or one value
    for (const auto &[key, value] : request.query) {
        if (kReserved.contains(key))
            continue;
        exact.append({key, value.startsWith(QLatin1String("in:"))
                               ? value.mid(3).split(QLatin1Char(','))
                               : QStringList{value}});
    }
    const QString &viewer = request.viewer;

    const auto matches = [&](const Image &image, bool *bad) {
        if (image.region != request.region)
            return false;
        const auto member = image.members.find(viewer);
        const bool isMember =
            member != image.members.end() &&
            (memberStatus == QLatin1String("all") || member->second.status == memberStatus);
        const bool own = image.owner == viewer;
        if (visibility.isEmpty() || visibility == QLatin1String("all")) {
            if (image.visibility == QLatin1String("community") && visibility.isEmpty() && !own)
                return false;
            if (!(image.visibility == QLatin1String("public") ||
                  image.visibility == QLatin1String("community") || own ||
                  (image.visibility == QLatin1String("shared") && isMember)))
                return false;
        } else if (visibility == QLatin1String("public") ||
                   visibility == QLatin1String("community")) {
            if (image.visibility != visibility)
                return false;
        } else if (visibility == QLatin1String("private")) {
            if (image.visibility != visibility || !own)
                return false;
        } else if (image.visibility != QLatin1String("shared") || !(own || isMember)) {
            return false;
        }
        if (!imageType.isEmpty()) {
            const bool isPublic = image.visibility == QLatin1String("public");
            const bool shared = !image.members.empty() && !isPublic;
            if (imageType == QLatin1String("gold") && !isPublic)
                return false;
            if (imageType == QLatin1String("private") && (isPublic || shared || !own))
                return false;
            if (imageType == QLatin1String("shared") && (!shared || !(own || isMember)))
                return false;
            if (imageType == QLatin1String("market"))
                return false;
        }
        if (image.osHidden && !own && q.value(QStringLiteral("os_hidden")) != QLatin1String("true"))
            return false;
        for (const auto &[key, values] : exact)
            if (!values.contains(field(image, key)))
                return false;
        for (const QString &tag : tags) {
            QString legacy = tag;
            legacy.replace(legacy.indexOf(QLatin1Char('=')), 1, QLatin1Char('.'));
            if (!image.tags.contains(tag) &&
                !(tag.contains(QLatin1Char('=')) && image.tags.contains(legacy)))
                return false;
        }
        if ((!createdAtIndexed && !createdAt.matches(image.createdAt, bad)) ||
            !updatedAt.matches(image.updatedAt, bad))
            return false;
        if (!enterpriseProject.isEmpty() && enterpriseProject != QLatin1String("all_granted_eps")) {
            const QString ep = image.prop(QStringLiteral("enterprise_project_id"));
            if ((ep.isEmpty() ? QStringLiteral("0") : ep) != enterpriseProject)
                return false;
        }
        if (!architecture.isEmpty() &&
            (image.prop(QStringLiteral("__support_arm")) == QLatin1String("true")) !=
                (architecture == QLatin1String("arm")))
            return false;
        if (sizeMin >= 0 && image.size < sizeMin)
            return false;
        if (sizeMax >= 0 && (image.size < 0 || image.size > sizeMax))
            return false;
        return true;
    };

    const Image *marker = nullptr;
    if (q.contains(QStringLiteral("marker"))) {
        const QString markerId = q.value(QStringLiteral("marker"));
        marker = store.image(markerId);
        if (!marker || !Store::canSee(*marker, viewer)) {
            ListResult r = fail(request, "IMG.0027",
                                QStringLiteral("No image found with ID %1").arg(markerId));
            if (request.ims)
                r.message = QStringLiteral("The image ID in the request does not exist.");
            return r;
        }
    }

    const std::vector<const Image *> *sorted =
        sortedListing(store, request, createdAtIndexed, [&](bool *bad) {
            std::vector<const Image *> all;
            for (const auto &[id, image] : store.images) {
                if (matches(image, bad))
                    all.push_back(&image);
                if (*bad)
                    break;
            }
            std::sort(all.begin(), all.end(), before);
            return all;
        });
    if (!sorted)
        return fail(request, "IMG.0001", QStringLiteral("Invalid time filter"));
    // The marker need not match the filter: the page starts after where it would sort.
    auto first =
        marker ? std::upper_bound(sorted->begin(), sorted->end(), marker, before) : sorted->begin();
    if (createdAtIndexed) {
        const auto from = std::partition_point(sorted->begin(), sorted->end(), [&](const Image *i) {
            bool bad = false;
            return !createdAt.matches(i->createdAt, &bad);
        });
        first = std::max(first, from);
    }
    const auto last = first + std::min(sorted->end() - first, std::ptrdiff_t(result.limit));
    result.page.assign(first, last);
    return result;
}

QByteArray pageJson(const Store &store, const std::vector<const Image *> &page) {
    QByteArray json;
    json.reserve(qsizetype(page.size()) * 1024 + 2);
    json += '[';
    for (const Image *image : page) {
        if (image->listedGeneration != store.generation) {
            image->listedJson = imageJsonText(*image);
            image->listedGeneration = store.generation;
        }
        if (json.size() > 1)
            json += ',';
        json += image->listedJson;
    }
    json += ']';
    return json;
}

} // namespace sandbox
