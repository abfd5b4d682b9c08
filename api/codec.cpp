#include "codec.h"
#include "codecscalars.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ims::codec {

namespace {

Result<QJsonDocument> parse(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::decode(QStringLiteral("invalid JSON at offset %1: %2")
                                    .arg(error.offset)
                                    .arg(error.errorString()));
    return doc;
}

QString str(const QJsonObject &o, QLatin1String key) {
    return toText(o.value(key));
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body) {
    auto doc = parse(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::decode(QStringLiteral("expected a JSON object"));
    return doc.value().object();
}

bool toBool(const QJsonValue &value, bool fallback) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return scalar::boolFromText(value.toString(), fallback);
    return fallback;
}

qint64 toInt(const QJsonValue &value, qint64 fallback) {
    if (value.isDouble())
        return scalar::intFromNumber(value.toDouble(), fallback);
    if (value.isString())
        return scalar::intFromText(value.toString(), fallback);
    return fallback;
}

QString toText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return scalar::numberText(value.toDouble());
    case QJsonValue::Bool:
        return scalar::boolText(value.toBool());
    default:
        return {};
    }
}

QDateTime toDateTime(const QJsonValue &value) {
    return scalar::dateTimeFromText(toText(value));
}

namespace scalar {

bool boolFromText(const QString &text, bool fallback) {
    const QString s = text.trimmed();
    if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1"))
        return true;
    if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0"))
        return false;
    return fallback;
}

qint64 intFromNumber(double d, qint64 fallback) {
    // Out-of-range doubles would be undefined behaviour when converted.
    if (d >= -9.0e18 && d <= 9.0e18)
        return qint64(d);
    return fallback;
}

qint64 intFromText(const QString &text, qint64 fallback) {
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (ok)
        return n;
    const double d = text.trimmed().toDouble(&ok);
    if (ok && d >= -9.0e18 && d <= 9.0e18)
        return qint64(d);
    return fallback;
}

QString numberText(double d) {
    if (d == double(qint64(d)) && d >= -9.0e15 && d <= 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d);
}

QString boolText(bool b) {
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QDateTime dateTimeFromText(const QString &untrimmed) {
    const QString text = untrimmed.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // IAM: microseconds ("…22.701000Z") which ISODate does not take; cut to milliseconds.
        QString trimmed = text;
        const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
        if (dot > 0 && trimmed.size() > dot + 4) {
            qsizetype end = dot + 1;
            while (end < trimmed.size() && trimmed.at(end).isDigit())
                ++end;
            trimmed = trimmed.left(dot + 4) + trimmed.mid(end);
            when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        }
    }
    if (!when.isValid()) // SPEC §0.3: "yyyy-MM-dd hh:mm:ss" and an old "04-Jun-2015 18:11:06:586"
        when = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!when.isValid())
        when = QLocale::c().toDateTime(text, QStringLiteral("dd-MMM-yyyy HH:mm:ss:zzz"));
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

} // namespace scalar

Result<JobAccepted> jobAccepted(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QString id = toText(o.value().value(QLatin1String("job_id")));
    if (id.isEmpty())
        return ApiError::decode(QStringLiteral("the answer has no job_id"));
    return JobAccepted{id};
}

Job job(const QJsonObject &o) {
    Job j;
    j.id = str(o, QLatin1String("job_id"));
    j.type = str(o, QLatin1String("job_type"));
    j.status = str(o, QLatin1String("status")).toUpper();
    j.state = jobStateFromCloud(j.status);
    j.errorCode = str(o, QLatin1String("error_code"));
    j.failReason = str(o, QLatin1String("fail_reason"));
    j.beginTime = toDateTime(o.value(QLatin1String("begin_time")));
    j.endTime = toDateTime(o.value(QLatin1String("end_time")));
    const QJsonObject e = o.value(QLatin1String("entities")).toObject();
    j.entities = e;
    j.imageId = str(e, QLatin1String("image_id"));
    j.imageName = str(e, QLatin1String("image_name"));
    j.currentTask = str(e, QLatin1String("current_task"));
    const QJsonValue percent = e.value(QLatin1String("process_percent"));
    if (!percent.isNull() && !percent.isUndefined()) {
        bool ok = percent.isDouble();
        double p = percent.toDouble();
        if (percent.isString())
            p = percent.toString().trimmed().toDouble(&ok);
        if (ok && p >= 0) // the samples give a fraction (0.4); some answers a percentage
            j.percent = std::min(100.0, p <= 1.0 ? p * 100.0 : p);
    }
    if (j.errorCode.isEmpty())
        j.errorCode = str(e, QLatin1String("error_code"));
    if (j.imageId.isEmpty()) { // sub-jobs (data disk images) carry the ids
        for (const QJsonValue &sub : e.value(QLatin1String("sub_jobs_result")).toArray()) {
            const QString id = str(sub.toObject().value(QLatin1String("entities")).toObject(),
                                   QLatin1String("image_id"));
            if (!id.isEmpty()) {
                j.imageId = id;
                break;
            }
        }
    }
    if (j.state == JobState::Success)
        j.percent = 100;
    return j;
}

Result<Job> jobDocument(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    Job j = job(o.value());
    if (j.id.isEmpty() || j.status.isEmpty())
        return ApiError::decode(QStringLiteral("the job has no job_id or status"));
    return j;
}

Member member(const QJsonObject &o) {
    Member m;
    m.imageId = str(o, QLatin1String("image_id"));
    m.memberId = str(o, QLatin1String("member_id"));
    m.status = str(o, QLatin1String("status"));
    m.createdAt = toDateTime(o.value(QLatin1String("created_at")));
    m.updatedAt = toDateTime(o.value(QLatin1String("updated_at")));
    return m;
}

Result<Member> memberDocument(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    Member m = member(o.value());
    if (m.memberId.isEmpty())
        return ApiError::decode(QStringLiteral("the member has no member_id"));
    return m;
}

Result<QList<Member>> memberList(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    QList<Member> members;
    for (const QJsonValue &v : o.value().value(QLatin1String("members")).toArray())
        if (v.isObject())
            members.append(member(v.toObject()));
    return members;
}

Result<QList<QuotaResource>> quota(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue resources =
        o.value().value(QLatin1String("quotas")).toObject().value(QLatin1String("resources"));
    if (!resources.isArray())
        return ApiError::decode(QStringLiteral("the quota answer has no quotas.resources"));
    QList<QuotaResource> list;
    for (const QJsonValue &v : resources.toArray()) {
        const QJsonObject r = v.toObject();
        list.append({str(r, QLatin1String("type")), toInt(r.value(QLatin1String("used"))),
                     toInt(r.value(QLatin1String("quota"))), toInt(r.value(QLatin1String("min"))),
                     toInt(r.value(QLatin1String("max")))});
    }
    return list;
}

Result<QList<OsVersion>> osVersions(const QByteArray &body) {
    auto doc = parse(body);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return ApiError::decode(QStringLiteral("expected a JSON array of platforms"));
    QList<OsVersion> list;
    for (const QJsonValue &p : doc.value().array()) {
        for (const QJsonValue &v : p.toObject().value(QLatin1String("version_list")).toArray()) {
            const QJsonObject o = v.toObject();
            OsVersion os;
            os.platform = str(o, QLatin1String("platform"));
            if (os.platform.isEmpty())
                os.platform = str(p.toObject(), QLatin1String("platform"));
            os.osVersion = str(o, QLatin1String("os_version"));
            os.osVersionKey = str(o, QLatin1String("os_version_key"));
            os.osType = str(o, QLatin1String("os_type"));
            os.osBit = int(std::clamp<qint64>(toInt(o.value(QLatin1String("os_bit"))), 0, 128));
            if (!os.osVersion.isEmpty())
                list.append(os);
        }
    }
    return list;
}

Result<QList<Server>> servers(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue array = o.value().value(QLatin1String("servers"));
    if (!array.isArray())
        return ApiError::decode(QStringLiteral("the answer has no \"servers\" array"));
    QList<Server> list;
    for (const QJsonValue &v : array.toArray()) {
        const QJsonObject s = v.toObject();
        Server server;
        server.id = str(s, QLatin1String("id"));
        server.name = str(s, QLatin1String("name"));
        server.status = str(s, QLatin1String("status"));
        const QJsonValue flavor = s.value(QLatin1String("flavor"));
        server.flavor = flavor.isObject() ? toText(flavor.toObject().value(QLatin1String("name")))
                                          : toText(flavor);
        if (server.flavor.isEmpty() && flavor.isObject())
            server.flavor = toText(flavor.toObject().value(QLatin1String("id")));
        const QJsonValue image = s.value(QLatin1String("image"));
        server.imageId =
            image.isObject() ? toText(image.toObject().value(QLatin1String("id"))) : toText(image);
        const QJsonObject metadata = s.value(QLatin1String("metadata")).toObject();
        server.osVersion = str(metadata, QLatin1String("os_version"));
        if (server.osVersion.isEmpty())
            server.osVersion = str(metadata, QLatin1String("image_name"));
        // bootIndex "0" (a string, or a number from some gateways) marks the system disk.
        for (const QJsonValue &v :
             s.value(QLatin1String("os-extended-volumes:volumes_attached")).toArray()) {
            const QJsonObject volume = v.toObject();
            const QString id = str(volume, QLatin1String("id"));
            if (!id.isEmpty() &&
                toText(volume.value(QLatin1String("bootIndex"))) != QLatin1String("0"))
                server.dataDisks.append({id, str(volume, QLatin1String("device"))});
        }
        if (!server.id.isEmpty())
            list.append(server);
    }
    return list;
}

Result<QList<ImageTag>> imageTags(const QByteArray &body) {
    auto o = parseObject(body);
    if (!o)
        return o.error();
    QList<ImageTag> list;
    for (const QJsonValue &v : o.value().value(QLatin1String("tags")).toArray()) {
        if (v.isObject())
            list.append({str(v.toObject(), QLatin1String("key")),
                         str(v.toObject(), QLatin1String("value"))});
        else if (v.isString()) // "key=value" or legacy "key.value"
            list.append({v.toString().section(QLatin1Char('='), 0, 0),
                         v.toString().section(QLatin1Char('='), 1)});
    }
    return list;
}

Result<Token> token(const QByteArray &body, const QByteArray &subjectToken) {
    if (subjectToken.isEmpty())
        return ApiError::decode(QStringLiteral("the token answer has no X-Subject-Token header"));
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonObject t = o.value().value(QLatin1String("token")).toObject();
    Token token;
    token.value = subjectToken;
    token.issuedAt = toDateTime(t.value(QLatin1String("issued_at")));
    token.expiresAt = toDateTime(t.value(QLatin1String("expires_at")));
    const QJsonObject project = t.value(QLatin1String("project")).toObject();
    token.projectId = str(project, QLatin1String("id"));
    token.projectName = str(project, QLatin1String("name"));
    const QJsonObject user = t.value(QLatin1String("user")).toObject();
    token.userId = str(user, QLatin1String("id"));
    token.userName = str(user, QLatin1String("name"));
    token.domainId = str(user.value(QLatin1String("domain")).toObject(), QLatin1String("id"));
    for (const QJsonValue &s : t.value(QLatin1String("catalog")).toArray()) {
        const QJsonObject so = s.toObject();
        CatalogService service{str(so, QLatin1String("type")), str(so, QLatin1String("name")), {}};
        for (const QJsonValue &e : so.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject eo = e.toObject();
            QString region = str(eo, QLatin1String("region_id"));
            if (region.isEmpty())
                region = str(eo, QLatin1String("region"));
            service.endpoints.append(
                {str(eo, QLatin1String("interface")), region, str(eo, QLatin1String("url"))});
        }
        token.catalog.append(service);
    }
    if (!token.expiresAt.isValid())
        return ApiError::decode(QStringLiteral("the token has no readable expires_at"));
    if (token.issuedAt.isValid() && token.expiresAt <= token.issuedAt)
        return ApiError::decode(QStringLiteral("the token expires before it was issued"));
    if (token.projectId.isEmpty())
        return ApiError::decode(
            QStringLiteral("the token is not scoped to a project; the image service needs one"));
    return token;
}

QString findEndpoint(const QList<CatalogService> &catalog, const QStringList &types,
                     const QString &region) {
    for (const QString &type : types) {
        for (const CatalogService &service : catalog) {
            if (service.type != type)
                continue;
            for (const CatalogEndpoint &e : service.endpoints) {
                if (e.interface != QLatin1String("public") && !e.interface.isEmpty())
                    continue;
                if (!region.isEmpty() && !e.region.isEmpty() && e.region != region)
                    continue;
                QString url = e.url;
                while (url.endsWith(QLatin1Char('/')))
                    url.chop(1);
                if (url.endsWith(QLatin1String("/v2")))
                    url.chop(3);
                while (url.endsWith(QLatin1Char('/')))
                    url.chop(1);
                if (!url.isEmpty())
                    return url;
            }
        }
    }
    return {};
}

} // namespace ims::codec
