#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

namespace ims {

// The API gateway's SDK-HMAC-SHA256 request signature (SPEC §3.3), as plain functions of their
// input so that they can be checked against the published vectors and the reference signer.
struct AkSkSignature final {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "content-type;host;x-sdk-date"
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // the Authorization header value
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

namespace aksk {

inline constexpr char kAlgorithm[] = "SDK-HMAC-SHA256";
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";

// "20191115T033655Z"
QByteArray sdkDate(const QDateTime &utc);
// RFC 3986: unreserved characters stay, everything else is %XX (upper-case) of the UTF-8 bytes.
QByteArray encode(const QByteArray &raw);
// Each path segment decoded once and encoded with encode(), joined with '/', ending in '/'.
QByteArray canonicalUri(const QUrl &url);
// Names and values decoded and encoded; sorted by raw name, repeated names by raw value.
QByteArray canonicalQuery(const QUrl &url);
QByteArray sha256Hex(const QByteArray &data);

// `headers` are exactly the headers to sign (Host and X-Sdk-Date included); `payloadHash` is
// sha256Hex(body) or the value of X-Sdk-Content-Sha256.
AkSkSignature sign(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                   const QByteArray &payloadHash, const QByteArray &accessKey,
                   const QByteArray &secretKey);

// "host" or "host:port", the port dropped when it is the scheme's default.
QByteArray hostHeader(const QUrl &url);

} // namespace aksk

} // namespace ims
