#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ims::codec {

// Tolerant readers for what SPEC §11.1 warns about: string booleans and numbers, nulls.
bool toBool(const QJsonValue &value, bool fallback = false);
qint64 toInt(const QJsonValue &value, qint64 fallback = 0);
QString toText(const QJsonValue &value); // strings, numbers, booleans; null → empty
QDateTime toDateTime(const QJsonValue &value);

Image image(const QJsonObject &object);
Result<Image> imageDocument(const QByteArray &body);
// Both list APIs: {"images":[…]} with or without "next". Readable in steps, so that a client can
// ask for the next page before it decodes this one's images: the listing (parsed and checked),
// its cursor, then its images; imagePage() does all three.
Result<QJsonObject> listing(const QByteArray &body);
PageCursor pageCursor(const QJsonObject &listing);
QList<Image> listingImages(const QJsonObject &listing);
Result<ImagePage> imagePage(const QByteArray &body);
Result<JobAccepted> jobAccepted(const QByteArray &body);
Job job(const QJsonObject &object);
Result<Job> jobDocument(const QByteArray &body);
Member member(const QJsonObject &object);
Result<Member> memberDocument(const QByteArray &body);
Result<QList<Member>> memberList(const QByteArray &body);
Result<QList<QuotaResource>> quota(const QByteArray &body);
Result<QList<OsVersion>> osVersions(const QByteArray &body);
Result<QList<Server>> servers(const QByteArray &body);
Result<QList<ImageTag>> imageTags(const QByteArray &body);
// The token body; the value comes from the X-Subject-Token header.
Result<Token> token(const QByteArray &body, const QByteArray &subjectToken);

// The public endpoint of `types` (tried in order) in `region`, with any trailing "/" and "/v2"
// removed (SPEC §1.3); empty when the catalog has none.
QString findEndpoint(const QList<CatalogService> &catalog, const QStringList &types,
                     const QString &region);

} // namespace ims::codec
