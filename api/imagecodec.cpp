// Images: decoding (one, a listing page in steps, a cached listing) and the server-shaped
// encoding the listing cache stores.
#include "codec.h"
#include "codecscalars.h"

#include <QSet>

#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <array>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

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
        return (*this)(toText(value), field);
    }
    QString operator()(QString text, const char *field) {
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

// The fields an Image is decoded from, by name; a decoder reads them through a Source (the Qt
// object or a RapidJSON one, below) so that both decoders read the same fields the same way.
enum class Field {
    Id,
    Name,
    Status,
    Visibility,
    Owner,
    ImageType,
    OsVersion,
    Platform,
    OsType,
    DiskFormat,
    ContainerFormat,
    Description,
    CmkId,
    MemberStatus,
    VirtualEnvType,
    SourceImageId,
    ImageSize,
    Size,
    MinDisk,
    MinRam,
    MaxRam,
    Protected,
    WholeImage,
    CreatedAt,
    UpdatedAt,
    Tags,
    Count
};
constexpr std::array<const char *, size_t(Field::Count)> kFieldNames = {"id",
                                                                        "name",
                                                                        "status",
                                                                        "visibility",
                                                                        "owner",
                                                                        "__imagetype",
                                                                        "__os_version",
                                                                        "__platform",
                                                                        "__os_type",
                                                                        "disk_format",
                                                                        "container_format",
                                                                        "__description",
                                                                        "__system__cmkid",
                                                                        "member_status",
                                                                        "virtual_env_type",
                                                                        "__originalimagename",
                                                                        "__image_size",
                                                                        "size",
                                                                        "min_disk",
                                                                        "min_ram",
                                                                        "max_ram",
                                                                        "protected",
                                                                        "__whole_image",
                                                                        "created_at",
                                                                        "updated_at",
                                                                        "tags"};
const char *nameOf(Field field) {
    return kFieldNames[size_t(field)];
}

// A Source reads a field as codec::toText, toInt, toBool and toDateTime read a QJsonValue, and
// calls back with each tag's text.
template <typename Source> Image decodeFields(const Source &o, StringPool &pool) {
    const auto shared = [&o, &pool](Field f) { return pool(o.text(f), nameOf(f)); };
    const auto clamped = [&o](Field f) {
        return int(std::clamp<qint64>(o.integer(f, 0), 0, 1 << 30));
    };
    Image i;
    i.id = o.text(Field::Id);
    i.name = o.text(Field::Name);
    i.status = shared(Field::Status);
    i.visibility = shared(Field::Visibility);
    i.owner = shared(Field::Owner);
    i.imageType = shared(Field::ImageType);
    i.osVersion = shared(Field::OsVersion);
    i.platform = shared(Field::Platform);
    i.osType = shared(Field::OsType);
    i.diskFormat = shared(Field::DiskFormat);
    i.containerFormat = shared(Field::ContainerFormat);
    i.description = o.text(Field::Description);
    i.cmkId = shared(Field::CmkId); // a project uses few keys
    i.memberStatus = shared(Field::MemberStatus);
    i.virtualEnvType = shared(Field::VirtualEnvType);
    i.sourceImageId = o.text(Field::SourceImageId);
    i.sizeBytes = o.integer(Field::ImageSize, -1);
    if (i.sizeBytes < 0)
        i.sizeBytes = o.integer(Field::Size, -1);
    i.minDiskGb = clamped(Field::MinDisk);
    i.minRamMb = clamped(Field::MinRam);
    i.maxRamMb = clamped(Field::MaxRam);
    i.isProtected = o.boolean(Field::Protected);
    i.isWholeImage = o.boolean(Field::WholeImage);
    i.createdAt = scalar::dateTimeFromText(o.text(Field::CreatedAt));
    i.updatedAt = scalar::dateTimeFromText(o.text(Field::UpdatedAt));
    o.forEachTag([&i, &pool](QString text) {
        QString tag = pool(std::move(text), nameOf(Field::Tags)); // "env=prod" is on many images
        if (!tag.isEmpty())
            i.tags.append(std::move(tag));
    });
    return i;
}

class QtSource final {
public:
    explicit QtSource(const QJsonObject &o)
        : m_o(o) {}
    QString text(Field f) const { return toText(value(f)); }
    qint64 integer(Field f, qint64 fallback) const { return toInt(value(f), fallback); }
    bool boolean(Field f) const { return toBool(value(f)); }
    template <typename Tag> void forEachTag(Tag &&tag) const {
        const QJsonValue tags = value(Field::Tags);
        if (tags.isArray()) {
            for (const QJsonValue &t : tags.toArray())
                tag(toText(t));
        }
    }

private:
    QJsonValue value(Field f) const { return m_o.value(QLatin1String(nameOf(f))); }
    const QJsonObject &m_o;
};

Image decode(const QJsonObject &o, Attributes attributes, StringPool &pool) {
    Image i;
    if (attributes == Attributes::Only) {
        i.id = toText(o.value(QLatin1String("id")));
        i.createdAt = toDateTime(o.value(QLatin1String("created_at")));
    } else {
        i = decodeFields(QtSource(o), pool);
    }
    if (attributes != Attributes::Drop)
        i.attributes = o;
    return i;
}

// The window's listings (Attributes::Drop) are parsed with RapidJSON: QJsonDocument::fromJson
// was half of a page's decoding, and such a listing keeps no QJsonObject. The result must be
// what the Qt path gives, so the parse refuses whatever Qt's parser would read otherwise, and
// any page it refuses, or that is not a listing, is decoded by the Qt path (which also gives its
// error): errors stay Qt's, word for word, and odd pages cost what they cost before.
namespace fast {

using Document = rapidjson::Document;
using Value = rapidjson::Value;

// Forwards a parse into a Document, failing it where Qt's parser reads the text differently:
// nesting deeper than Qt takes, numbers (read as Qt reads them: qint64 when integral and in
// range, else a double; out of range refused) and strings holding an escaped lone surrogate,
// which Qt keeps but RapidJSON would write as invalid UTF-8.
class QtCompatible final {
public:
    explicit QtCompatible(Document &document)
        : m_d(document) {}
    bool Null() { return m_d.Null(); }
    bool Bool(bool b) { return m_d.Bool(b); }
    bool Int(int) { return false; } // numbers come as RawNumber (kParseNumbersAsStringsFlag)
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool) {
        const QByteArray number = QByteArray::fromRawData(text, qsizetype(length));
        bool ok = false;
        if (!number.contains('.') && !number.contains('e') && !number.contains('E')) {
            const qint64 n = number.toLongLong(&ok);
            if (ok)
                return m_d.Double(double(n));
        }
        const double d = number.toDouble(&ok);
        return ok && m_d.Double(d);
    }
    bool String(const char *text, rapidjson::SizeType length, bool copy) {
        return !hasLoneSurrogate(text, length) && m_d.String(text, length, copy);
    }
    bool Key(const char *text, rapidjson::SizeType length, bool copy) {
        return !hasLoneSurrogate(text, length) && m_d.Key(text, length, copy);
    }
    bool StartObject() { return ++m_depth <= kQtDeepest && m_d.StartObject(); }
    bool EndObject(rapidjson::SizeType members) {
        --m_depth;
        return m_d.EndObject(members);
    }
    bool StartArray() { return ++m_depth <= kQtDeepest && m_d.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) {
        --m_depth;
        return m_d.EndArray(elements);
    }

private:
    // The input is checked UTF-8 (or ASCII), so ED A0…ED BF (a surrogate) can only come from an
    // escape such as \udc00 without its pair.
    static bool hasLoneSurrogate(const char *text, rapidjson::SizeType length) {
        const char *end = text + length;
        for (auto *p = static_cast<const char *>(memchr(text, '\xED', length)); p && p + 1 < end;
             p = static_cast<const char *>(memchr(p + 1, '\xED', size_t(end - p - 1)))) {
            if (uchar(p[1]) >= 0xA0)
                return true;
        }
        return false;
    }

    static constexpr int kQtDeepest = 1024; // QJsonParseError::DeepNesting beyond
    Document &m_d;
    int m_depth = 0;
};

// In situ: the document's strings stay in `text`, a page's own copy that must outlive it, rather
// than being copied one by one; and only in-situ and string streams get RapidJSON's SIMD scans
// (RAPIDJSON_SSE2). A QByteArray's data always ends in a NUL.
template <unsigned kFlags> bool parse(QByteArray &text, Document &document) {
    const size_t size = size_t(text.size());
    rapidjson::InsituStringStream stream(text.data());
    bool parsed = false;
    auto generator = [&](Document &d) {
        QtCompatible handler(d);
        rapidjson::Reader reader;
        parsed = !reader
                      .Parse<kFlags | rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag |
                             rapidjson::kParseNumbersAsStringsFlag>(stream, handler)
                      .IsError();
        // A NUL ends RapidJSON's input; to Qt it is garbage after the document.
        return parsed && stream.Tell() == size;
    };
    document.Populate(generator);
    return parsed && stream.Tell() == size;
}

bool isAscii(const QByteArray &body) {
    const char *bytes = body.constData();
    const size_t size = size_t(body.size());
    quint64 seen = 0;
    size_t i = 0;
    for (quint64 word; i + sizeof word <= size; i += sizeof word) {
        memcpy(&word, bytes + i, sizeof word);
        seen |= word;
    }
    for (; i < size; ++i)
        seen |= uchar(bytes[i]);
    return (seen & 0x8080808080808080ULL) == 0;
}

// Parses `text` as Qt would read it; false where Qt would read it otherwise or fail. Qt refuses
// invalid UTF-8; checking it was a fifth of the parse, and text that is all ASCII needs none.
bool parse(QByteArray &text, Document &document) {
    return isAscii(text) ? parse<rapidjson::kParseNoFlags>(text, document)
                         : parse<rapidjson::kParseValidateEncodingFlag>(text, document);
}

QString utf8(const Value &v) {
    return QString::fromUtf8(v.GetString(), qsizetype(v.GetStringLength()));
}

QString toText(const Value *v) {
    if (!v)
        return {};
    switch (v->GetType()) {
    case rapidjson::kStringType:
        return utf8(*v);
    case rapidjson::kNumberType:
        return scalar::numberText(v->GetDouble());
    case rapidjson::kTrueType:
        return scalar::boolText(true);
    case rapidjson::kFalseType:
        return scalar::boolText(false);
    default:
        return {};
    }
}

// An image's object: its members found in one pass, the last of a repeated name winning as in
// QJsonObject.
class RapidSource final {
public:
    explicit RapidSource(const Value &object) {
        for (const auto &member : object.GetObject()) {
            const Field f = fieldNamed(member.name);
            if (f != Field::Count)
                m_values[size_t(f)] = &member.value;
        }
    }
    QString text(Field f) const { return toText(value(f)); }
    qint64 integer(Field f, qint64 fallback) const {
        const Value *v = value(f);
        if (v && v->IsNumber())
            return scalar::intFromNumber(v->GetDouble(), fallback);
        if (v && v->IsString())
            return scalar::intFromText(utf8(*v), fallback);
        return fallback;
    }
    bool boolean(Field f) const {
        const Value *v = value(f);
        if (v && v->IsBool())
            return v->GetBool();
        if (v && v->IsNumber())
            return v->GetDouble() != 0;
        if (v && v->IsString())
            return scalar::boolFromText(utf8(*v), false);
        return false;
    }
    template <typename Tag> void forEachTag(Tag &&tag) const {
        const Value *tags = value(Field::Tags);
        if (tags && tags->IsArray()) {
            for (const Value &t : tags->GetArray())
                tag(toText(&t));
        }
    }

private:
    const Value *value(Field f) const { return m_values[size_t(f)]; }

    // By length first: an image has dozens of members, most of which are no field.
    static Field fieldNamed(const Value &name) {
        static const auto byLength = [] {
            std::array<std::vector<Field>, 32> table;
            for (size_t f = 0; f < size_t(Field::Count); ++f)
                table[strlen(kFieldNames[f])].push_back(Field(f));
            return table;
        }();
        const size_t length = name.GetStringLength();
        if (length >= byLength.size())
            return Field::Count;
        for (const Field f : byLength[length]) {
            if (memcmp(name.GetString(), nameOf(f), length) == 0)
                return f;
        }
        return Field::Count;
    }

    std::array<const Value *, size_t(Field::Count)> m_values{};
};

const Value *member(const Value &object, const char *name) {
    const Value *found = nullptr; // the last one, as QJsonObject keeps
    const size_t length = strlen(name);
    for (const auto &m : object.GetObject()) {
        if (m.name.GetStringLength() == length && memcmp(m.name.GetString(), name, length) == 0)
            found = &m.value;
    }
    return found;
}

// A parsed listing: nullopt where the Qt path must decode the page.
std::optional<ImagePage> imagePage(const QByteArray &body,
                                   const std::function<void(const PageCursor &)> &cursorRead) {
    QByteArray text(body.constData(), body.size()); // the document's strings
    Document document;
    if (!parse(text, document) || !document.IsObject())
        return std::nullopt;
    const Value *array = member(document, "images");
    if (!array || !array->IsArray())
        return std::nullopt;
    const auto idOf = [](const Value &item) {
        return item.IsObject() ? toText(member(item, "id")) : QString();
    };
    ImagePage page;
    const auto items = array->GetArray();
    page.cursor.count = int(items.Size());
    for (auto it = items.end(); it != items.begin() && page.cursor.lastId.isEmpty();)
        page.cursor.lastId = idOf(*--it);
    page.cursor.next = toText(member(document, "next"));
    if (cursorRead)
        cursorRead(page.cursor);
    StringPool pool;
    page.images.reserve(items.Size());
    for (const Value &item : items) {
        if (!item.IsObject())
            continue;
        Image i = decodeFields(RapidSource(item), pool);
        if (!i.id.isEmpty())
            page.images.append(std::move(i));
    }
    page.images.squeeze();
    return page;
}

} // namespace fast

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

Result<ImagePage> imagePage(const QByteArray &body, Attributes attributes,
                            const std::function<void(const PageCursor &)> &cursorRead) {
    if (attributes == Attributes::Drop) {
        if (auto page = fastImagePage(body, cursorRead))
            return std::move(*page);
    }
    const auto o = listing(body);
    if (!o)
        return o.error();
    const PageCursor cursor = pageCursor(o.value());
    if (cursorRead)
        cursorRead(cursor);
    return ImagePage{listingImages(o.value(), attributes), cursor};
}

std::optional<ImagePage> fastImagePage(const QByteArray &body,
                                       const std::function<void(const PageCursor &)> &cursorRead) {
    return fast::imagePage(body, cursorRead);
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
