// Images: decoding (one, a listing page in steps, a cached listing) and the server-shaped
// encoding the listing cache stores.
#include "codec.h"

#include <QSet>

#include <array>
#include <utility>

namespace ims::codec {

namespace {

// Decodes repeated short values once per batch of images: status, visibility, owner, OS, formats
// … take a handful of distinct values across a whole listing, and QString is implicitly shared,
// so 100 000 images share a few strings instead of each holding its own copies.
//
// `field` (a string literal: compared by address) is where the value comes from. Neighbours in a
// listing mostly repeat each other's owner, status, OS …: one comparison with the field's last
// value finds it before a hash does (hashing was a quarter of a page's decoding, bench_regions).
class StringPool final {
public:
    QString operator()(const QJsonValue &value, const char *field) {
        QString text = toText(value);
        if (text.isEmpty() || text.size() > kLongest)
            return text; // long values (descriptions, ids) are rarely repeated
        QString *last = lastOf(field);
        if (last && *last == text)
            return *last;
        const auto it = m_strings.constFind(text);
        if (it == m_strings.constEnd())
            m_strings.insert(text);
        else
            text = *it;
        if (last)
            *last = text;
        return text;
    }

private:
    QString *lastOf(const char *field) {
        for (int i = 0; i < m_fields; ++i) {
            if (m_last[size_t(i)].first == field)
                return &m_last[size_t(i)].second;
        }
        if (m_fields == int(m_last.size()))
            return nullptr;
        m_last[size_t(m_fields)].first = field;
        return &m_last[size_t(m_fields++)].second;
    }

    static constexpr qsizetype kLongest = 64;
    QSet<QString> m_strings;
    std::array<std::pair<const char *, QString>, 16> m_last;
    int m_fields = 0;
};

Image decode(const QJsonObject &o, Attributes attributes, StringPool &pool) {
    const auto value = [&o](const char *key) { return o.value(QLatin1String(key)); };
    const auto text = [&value](const char *key) { return toText(value(key)); };
    const auto shared = [&value, &pool](const char *key) { return pool(value(key), key); };
    Image i;
    if (attributes == Attributes::Only) {
        i.id = text("id");
        i.createdAt = toDateTime(value("created_at"));
        i.attributes = o;
        return i;
    }
    i.id = text("id");
    i.name = text("name");
    i.status = shared("status");
    i.visibility = shared("visibility");
    i.owner = shared("owner");
    i.imageType = shared("__imagetype");
    i.osVersion = shared("__os_version");
    i.platform = shared("__platform");
    i.osType = shared("__os_type");
    i.diskFormat = shared("disk_format");
    i.containerFormat = shared("container_format");
    i.description = text("__description");
    i.cmkId = shared("__system__cmkid"); // a project uses few keys
    i.memberStatus = shared("member_status");
    i.virtualEnvType = shared("virtual_env_type");
    i.sourceImageId = text("__originalimagename");
    i.sizeBytes = toInt(value("__image_size"), -1);
    if (i.sizeBytes < 0)
        i.sizeBytes = toInt(value("size"), -1);
    i.minDiskGb = int(std::clamp<qint64>(toInt(value("min_disk")), 0, 1 << 30));
    i.minRamMb = int(std::clamp<qint64>(toInt(value("min_ram")), 0, 1 << 30));
    i.maxRamMb = int(std::clamp<qint64>(toInt(value("max_ram")), 0, 1 << 30));
    i.isProtected = toBool(value("protected"));
    i.isWholeImage = toBool(value("__whole_image"));
    i.createdAt = toDateTime(value("created_at"));
    i.updatedAt = toDateTime(value("updated_at"));
    const QJsonValue tags = value("tags");
    if (tags.isArray()) {
        for (const QJsonValue &t : tags.toArray()) {
            QString tag = pool(t, "tags"); // "env=prod" is on many images
            if (!tag.isEmpty())
                i.tags.append(std::move(tag));
        }
    }
    if (attributes == Attributes::Keep)
        i.attributes = o;
    return i;
}

} // namespace

Image image(const QJsonObject &object, Attributes attributes) {
    StringPool pool;
    return decode(object, attributes, pool);
}

QList<Image> images(const QJsonArray &array, Attributes attributes) {
    StringPool pool;
    QList<Image> list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        Image i = decode(item.toObject(), attributes, pool);
        if (!i.id.isEmpty())
            list.append(std::move(i));
    }
    list.squeeze(); // the model keeps these lists' images; no slack for skipped entries
    return list;
}

Result<Image> imageDocument(const QByteArray &body, Attributes attributes) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    if (toText(o.value().value(QLatin1String("id"))).isEmpty())
        return ApiError::decode(QStringLiteral("the image has no id"));
    return image(o.value(), attributes);
}

Result<QJsonObject> listing(const QByteArray &body) {
    auto o = parseObject(body);
    if (o && !o.value().value(QLatin1String("images")).isArray())
        return ApiError::decode(QStringLiteral("the listing has no \"images\" array"));
    return o;
}

PageCursor pageCursor(const QJsonObject &listing) {
    const QJsonArray array = listing.value(QLatin1String("images")).toArray();
    PageCursor cursor;
    cursor.count = int(array.size());
    for (auto it = array.end(); it != array.begin() && cursor.lastId.isEmpty();) // skips items
        cursor.lastId = toText((*--it).toObject().value(QLatin1String("id")));   // without an id
    cursor.next = toText(listing.value(QLatin1String("next")));
    return cursor;
}

QList<Image> listingImages(const QJsonObject &listing, Attributes attributes) {
    return images(listing.value(QLatin1String("images")).toArray(), attributes);
}

Result<ImagePage> imagePage(const QByteArray &body, Attributes attributes) {
    const auto o = listing(body);
    if (!o)
        return o.error();
    return ImagePage{listingImages(o.value(), attributes), pageCursor(o.value())};
}

QJsonObject imageObject(const Image &image) {
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("id", image.id);
    put("name", image.name);
    put("status", image.status);
    put("visibility", image.visibility);
    put("owner", image.owner);
    put("__imagetype", image.imageType);
    put("__os_version", image.osVersion);
    put("__platform", image.platform);
    put("__os_type", image.osType);
    put("disk_format", image.diskFormat);
    put("container_format", image.containerFormat);
    put("__description", image.description);
    put("__system__cmkid", image.cmkId);
    put("member_status", image.memberStatus);
    put("virtual_env_type", image.virtualEnvType);
    put("__originalimagename", image.sourceImageId);
    if (image.sizeBytes >= 0) // as text: JSON numbers are doubles, sizes are 64-bit
        o.insert(QLatin1String("__image_size"), QString::number(image.sizeBytes));
    o.insert(QLatin1String("min_disk"), image.minDiskGb);
    o.insert(QLatin1String("min_ram"), image.minRamMb);
    if (image.maxRamMb > 0) // as IMS sends it
        o.insert(QLatin1String("max_ram"), QString::number(image.maxRamMb));
    o.insert(QLatin1String("protected"), image.isProtected);
    if (image.isWholeImage)
        o.insert(QLatin1String("__whole_image"), QStringLiteral("true"));
    if (image.createdAt.isValid())
        o.insert(QLatin1String("created_at"), image.createdAt.toString(Qt::ISODateWithMs));
    if (image.updatedAt.isValid())
        o.insert(QLatin1String("updated_at"), image.updatedAt.toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("tags"), QJsonArray::fromStringList(image.tags));
    return o;
}

} // namespace ims::codec
