#include "util.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace sandbox {

Clock systemClock() {
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString IdSource::uuid() {
    const quint64 a = m_rng();
    const quint64 b = m_rng();
    QString hex =
        QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    hex[12] = QLatin1Char('4'); // version 4
    hex[16] = QLatin1Char("89ab"[b >> 62]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString IdSource::hex32() {
    const quint64 a = m_rng();
    const quint64 b = m_rng();
    return QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
}

QString IdSource::token() {
    std::random_device device;
    QString text = QStringLiteral("gAAAAA");
    for (int i = 0; i < 6; ++i) {
        const quint64 v = (quint64(device()) << 32) | device();
        text += QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
    }
    return text;
}

namespace {
QDateTime utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

QString isoSeconds(qint64 ms) {
    return utc(ms).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString isoMillis(qint64 ms) {
    return utc(ms).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString isoMicros(qint64 ms) {
    return utc(ms).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

qint64 parseTime(const QString &text) {
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
          QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")}) {
        QDateTime time = QDateTime::fromString(text, format);
        if (time.isValid()) {
            time.setTimeSpec(Qt::UTC);
            return time.toMSecsSinceEpoch();
        }
    }
    return -1;
}

bool isUuid(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

namespace {
QJsonValue nullable(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
QJsonValue nullable(qint64 number) {
    return number < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(number);
}
} // namespace

QJsonObject imageJson(const Image &image) {
    QJsonObject o;
    for (const auto &[key, value] : image.props)
        o.insert(key, value);
    // IMS reports "shared" for images with members, whoever looks at them (SPEC §5.1).
    if (image.visibility == QLatin1String("public"))
        o.insert(QStringLiteral("__imagetype"), QStringLiteral("gold"));
    else if (!image.members.empty())
        o.insert(QStringLiteral("__imagetype"), QStringLiteral("shared"));
    else
        o.insert(QStringLiteral("__imagetype"), QStringLiteral("private"));
    o.insert(QStringLiteral("id"), image.id);
    o.insert(QStringLiteral("name"), nullable(image.name));
    o.insert(QStringLiteral("status"), image.status);
    o.insert(QStringLiteral("visibility"), image.visibility);
    o.insert(QStringLiteral("protected"), image.isProtected);
    o.insert(QStringLiteral("os_hidden"), image.osHidden);
    o.insert(QStringLiteral("owner"), image.owner);
    o.insert(QStringLiteral("container_format"), nullable(image.containerFormat));
    o.insert(QStringLiteral("disk_format"), nullable(image.diskFormat));
    o.insert(QStringLiteral("min_disk"), image.minDisk);
    o.insert(QStringLiteral("min_ram"), image.minRam);
    o.insert(QStringLiteral("size"), nullable(image.size));
    o.insert(QStringLiteral("virtual_size"), nullable(image.virtualSize));
    o.insert(QStringLiteral("checksum"), nullable(image.checksum));
    o.insert(QStringLiteral("os_hash_algo"), nullable(image.hashAlgo));
    o.insert(QStringLiteral("os_hash_value"), nullable(image.hashValue));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(image.tags));
    o.insert(QStringLiteral("created_at"), isoSeconds(image.createdAt));
    o.insert(QStringLiteral("updated_at"), isoSeconds(image.updatedAt));
    if (image.activeAt > 0)
        o.insert(QStringLiteral("active_at"), isoSeconds(image.activeAt));
    const QString self = QStringLiteral("/v2/images/") + image.id;
    o.insert(QStringLiteral("self"), self);
    o.insert(QStringLiteral("file"), self + QStringLiteral("/file"));
    o.insert(QStringLiteral("schema"), QStringLiteral("/v2/schemas/image"));
    return o;
}

QJsonObject memberJson(const QString &imageId, const QString &memberId, const Member &member) {
    return {{QStringLiteral("image_id"), imageId},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("status"), member.status},
            {QStringLiteral("created_at"), isoSeconds(member.createdAt)},
            {QStringLiteral("updated_at"), isoSeconds(member.updatedAt)},
            {QStringLiteral("schema"), QStringLiteral("/v2/schemas/member")}};
}

QJsonObject imageState(const Image &image) {
    QJsonObject o = imageJson(image);
    o.remove(QStringLiteral("__imagetype"));
    o.insert(QStringLiteral("region"), image.region);
    o.insert(QStringLiteral("created_ms"), image.createdAt);
    o.insert(QStringLiteral("updated_ms"), image.updatedAt);
    o.insert(QStringLiteral("active_ms"), image.activeAt);
    o.insert(QStringLiteral("data_file"), image.dataFile);
    QJsonObject members;
    for (const auto &[project, member] : image.members)
        members.insert(project, QJsonObject{{QStringLiteral("status"), member.status},
                                            {QStringLiteral("created_ms"), member.createdAt},
                                            {QStringLiteral("updated_ms"), member.updatedAt}});
    o.insert(QStringLiteral("members"), members);
    return o;
}

Image imageFromState(const QJsonObject &o) {
    static const QStringList base = {
        QStringLiteral("id"),           QStringLiteral("name"),
        QStringLiteral("status"),       QStringLiteral("visibility"),
        QStringLiteral("protected"),    QStringLiteral("os_hidden"),
        QStringLiteral("owner"),        QStringLiteral("container_format"),
        QStringLiteral("disk_format"),  QStringLiteral("min_disk"),
        QStringLiteral("min_ram"),      QStringLiteral("size"),
        QStringLiteral("virtual_size"), QStringLiteral("checksum"),
        QStringLiteral("os_hash_algo"), QStringLiteral("os_hash_value"),
        QStringLiteral("tags"),         QStringLiteral("created_at"),
        QStringLiteral("updated_at"),   QStringLiteral("active_at"),
        QStringLiteral("self"),         QStringLiteral("file"),
        QStringLiteral("schema"),       QStringLiteral("region"),
        QStringLiteral("created_ms"),   QStringLiteral("updated_ms"),
        QStringLiteral("active_ms"),    QStringLiteral("data_file"),
        QStringLiteral("members")};
    Image image;
    image.id = o.value(QStringLiteral("id")).toString();
    image.name = o.value(QStringLiteral("name")).toString();
    image.status = o.value(QStringLiteral("status")).toString();
    image.visibility = o.value(QStringLiteral("visibility")).toString();
    image.isProtected = o.value(QStringLiteral("protected")).toBool();
    image.osHidden = o.value(QStringLiteral("os_hidden")).toBool();
    image.owner = o.value(QStringLiteral("owner")).toString();
    image.region = o.value(QStringLiteral("region")).toString();
    image.containerFormat = o.value(QStringLiteral("container_format")).toString();
    image.diskFormat = o.value(QStringLiteral("disk_format")).toString();
    image.minDisk = o.value(QStringLiteral("min_disk")).toInt();
    image.minRam = o.value(QStringLiteral("min_ram")).toInt();
    image.size = o.value(QStringLiteral("size")).toInteger(-1);
    image.virtualSize = o.value(QStringLiteral("virtual_size")).toInteger(-1);
    image.checksum = o.value(QStringLiteral("checksum")).toString();
    image.hashAlgo = o.value(QStringLiteral("os_hash_algo")).toString();
    image.hashValue = o.value(QStringLiteral("os_hash_value")).toString();
    for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
        image.tags.append(tag.toString());
    image.createdAt = o.value(QStringLiteral("created_ms")).toInteger();
    image.updatedAt = o.value(QStringLiteral("updated_ms")).toInteger();
    image.activeAt = o.value(QStringLiteral("active_ms")).toInteger();
    image.dataFile = o.value(QStringLiteral("data_file")).toString();
    const QJsonObject members = o.value(QStringLiteral("members")).toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        image.members[it.key()] = Member{m.value(QStringLiteral("status")).toString(),
                                         m.value(QStringLiteral("created_ms")).toInteger(),
                                         m.value(QStringLiteral("updated_ms")).toInteger()};
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!base.contains(it.key()) && it.value().isString())
            image.props[it.key()] = it.value().toString();
    return image;
}

} // namespace sandbox
