#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace ims::codec {

// Tolerant readers for what SPEC §11.1 warns about: string booleans and numbers, nulls.
bool toBool(const QJsonValue &value, bool fallback = false);
qint64 toInt(const QJsonValue &value, qint64 fallback = 0);
QString toText(const QJsonValue &value); // strings, numbers, booleans; null → empty
QDateTime toDateTime(const QJsonValue &value);

Result<QJsonObject> parseObject(const QByteArray &body); // a JSON document that is an object

// Whether a decoded Image keeps the server's whole object in `attributes`. imsctl and single-image
// reads keep it; the desktop's listings drop it (the details pane fetches the image when it is
// selected), since 100 000 QJsonObjects are most of the memory of a large listing. Only: the
// object and what a listing pages and de-duplicates by (id, created_at), no other field: for a
// reader that prints the server's objects as they are (imsctl's JSON), to which the other
// fields would be decoding paid for nothing (most of a page's decoding after its parse).
enum class Attributes { Keep, Drop, Only };

Image image(const QJsonObject &object, Attributes attributes = Attributes::Keep);
// Many images at once (a page, a cached listing): repeated short values (status, owner, OS…)
// are decoded once and shared by every image. Entries that are not objects or have no id are
// left out: such an image cannot be shown or acted upon.
QList<Image> images(const QJsonArray &array, Attributes attributes = Attributes::Keep);
Result<Image> imageDocument(const QByteArray &body, Attributes attributes = Attributes::Keep);
// Both list APIs: {"images":[…]} with or without "next". Readable in steps with Qt's parser: the
// listing (parsed and checked), its cursor, then its images. imagePage() does all three and tells
// `cursorRead` the cursor before it decodes the images, so that a client can ask for the next
// page meanwhile. With Attributes::Drop it parses with RapidJSON instead (less CPU, see
// bench_decode), to the same page and the same errors as the steps give.
Result<QJsonObject> listing(const QByteArray &body);
PageCursor pageCursor(const QJsonObject &listing);
QList<Image> listingImages(const QJsonObject &listing, Attributes attributes = Attributes::Keep);
Result<ImagePage> imagePage(const QByteArray &body, Attributes attributes = Attributes::Keep,
                            const std::function<void(const PageCursor &)> &cursorRead = {});
// imagePage(…, Drop)'s RapidJSON decode alone: nullopt where it leaves the page to Qt's parser
// (not JSON as Qt reads it, or not a listing). For the tests and the fuzz target that compare it
// with the steps above.
std::optional<ImagePage>
fastImagePage(const QByteArray &body,
              const std::function<void(const PageCursor &)> &cursorRead = {});
// The decoded fields of `image` in the server's shape, which image() reads back to the same
// fields (`attributes` are not included): what the listing cache stores.
QJsonObject imageObject(const Image &image);
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
