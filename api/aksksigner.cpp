#include "aksksigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace ims::aksk {

QByteArray sdkDate(const QDateTime &utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray encode(const QByteArray &raw) {
    // toPercentEncoding keeps exactly the RFC 3986 unreserved set and writes upper-case hex.
    return raw.toPercentEncoding();
}

QByteArray canonicalUri(const QUrl &url) {
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QList<QByteArray> segments = path.split('/');
    for (QByteArray &segment : segments)
        segment = encode(QByteArray::fromPercentEncoding(segment));
    QByteArray result = segments.join('/');
    if (!result.endsWith('/'))
        result.append('/');
    return result;
}

QByteArray canonicalQuery(const QUrl &url) {
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = eq < 0 ? item : item.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        pairs.append(
            {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> parts;
    parts.reserve(pairs.size());
    for (const auto &[name, value] : pairs)
        parts.append(encode(name) + '=' + encode(value));
    return parts.join('&');
}

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

AkSkSignature sign(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                   const QByteArray &payloadHash, const QByteArray &accessKey,
                   const QByteArray &secretKey) {
    HeaderList lower;
    QByteArray date;
    for (const auto &[name, value] : headers) {
        lower.append({name.toLower(), value.trimmed()});
        if (lower.last().first == "x-sdk-date")
            date = lower.last().second;
    }
    std::stable_sort(lower.begin(), lower.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &[name, value] : lower) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }

    AkSkSignature s;
    s.signedHeaders = names.join(';');
    s.canonicalRequest = method.toUpper() + '\n' + canonicalUri(url) + '\n' + canonicalQuery(url) +
                         '\n' + canonicalHeaders + '\n' + s.signedHeaders + '\n' + payloadHash;
    s.stringToSign = QByteArray(kAlgorithm) + '\n' + date + '\n' + sha256Hex(s.canonicalRequest);
    s.signature =
        QMessageAuthenticationCode::hash(s.stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    s.authorization = QByteArray(kAlgorithm) + " Access=" + accessKey +
                      ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

QByteArray hostHeader(const QUrl &url) {
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':')) // IPv6 literal
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace ims::aksk
