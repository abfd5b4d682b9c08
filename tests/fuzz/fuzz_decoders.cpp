// libFuzzer target for the decoders of server replies; FUZZ_DECODER picks which one, so that
// each decoder gets its own target, corpus and coverage.
#include "apierror.h"
#include "codec.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace ims;
#if FUZZ_DECODER == 1
    const auto page = codec::imagePage(body, codec::Attributes::Drop); // RapidJSON, else Qt
    // The RapidJSON decode must give what Qt's parser gives, or leave the page to it.
    if (const auto fast = codec::fastImagePage(body)) {
        const auto qt = codec::listing(body);
        if (!qt)
            __builtin_trap(); // RapidJSON took a page that Qt refuses
        const PageCursor cursor = codec::pageCursor(qt.value());
        const QList<Image> images = codec::listingImages(qt.value(), codec::Attributes::Drop);
        if (fast->cursor.count != cursor.count || fast->cursor.lastId != cursor.lastId ||
            fast->cursor.next != cursor.next || fast->images != images)
            __builtin_trap();
    }
    if (page.ok())
        for (const Image &image : page.value().images) {
            if (image.id.isEmpty())
                __builtin_trap(); // the decoder promised to drop images without an id
            // What the listing cache writes must read back as the same image.
            const Image again = codec::image(codec::imageObject(image), codec::Attributes::Drop);
            if (again.id != image.id || again.status != image.status ||
                again.sizeBytes != image.sizeBytes || again.minDiskGb != image.minDiskGb ||
                again.isWholeImage != image.isWholeImage || again.tags != image.tags)
                __builtin_trap();
        }
#elif FUZZ_DECODER == 2
    codec::jobDocument(body);
    codec::jobAccepted(body);
#elif FUZZ_DECODER == 3
    const auto token = codec::token(body, "x");
    if (token.ok())
        codec::findEndpoint(token.value().catalog, {QStringLiteral("image")}, QStringLiteral("r"));
#elif FUZZ_DECODER == 4
    const ApiError error = ApiError::fromHttp(400, body, "req");
    describe(error);
#else
    codec::imageDocument(body);
    codec::quota(body);
    codec::osVersions(body);
    codec::servers(body);
    codec::memberList(body);
    codec::memberDocument(body);
    codec::imageTags(body);
    codec::toDateTime(QString::fromUtf8(body));
#endif
    return 0;
}
