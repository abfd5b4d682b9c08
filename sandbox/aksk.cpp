#include "aksk.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace sandbox::aksk {

namespace {

// RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex.
QString encode(const QByteArray &utf8) {
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(utf8)));
}

QByteArray decode(QString text, bool plusIsSpace) {
    if (plusIsSpace)
        text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QByteArray::fromPercentEncoding(text.toUtf8());
}

} // namespace

std::optional<Authorization> parseAuthorization(const QString &header) {
    static const QRegularExpression pattern(
        QStringLiteral("^SDK-HMAC-SHA256\\s+Access=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*"
                       "Signature=([0-9a-fA-F]+)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(header);
    if (!m.hasMatch())
        return std::nullopt;
    return Authorization{m.captured(1), m.captured(2).toLower().split(QLatin1Char(';')),
                         m.captured(3).toLower()};
}

QByteArray canonicalRequest(const QString &method, const QString &rawPath, const QString &rawQuery,
                            const QMap<QString, QString> &headers, const QStringList &signedHeaders,
                            const QByteArray &payloadHash) {
    // Canonical URI: decode the path, encode each segment once, always end with '/'.
    QStringList segments;
    for (const QString &segment : rawPath.split(QLatin1Char('/')))
        segments.append(encode(decode(segment, false)));
    QString uri = segments.join(QLatin1Char('/'));
    if (!uri.endsWith(QLatin1Char('/')))
        uri += QLatin1Char('/');

    QList<QPair<QString, QString>> params;
    for (const QString &part : rawQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        params.append({encode(decode(eq < 0 ? part : part.left(eq), true)),
                       eq < 0 ? QString() : encode(decode(part.mid(eq + 1), true))});
    }
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) {
        return a.first.toLatin1() != b.first.toLatin1() ? a.first.toLatin1() < b.first.toLatin1()
                                                        : a.second.toLatin1() < b.second.toLatin1();
    });
    QStringList query;
    for (const auto &[name, value] : params)
        query.append(name + QLatin1Char('=') + value);

    QStringList sorted = signedHeaders;
    std::sort(sorted.begin(), sorted.end());
    QString canonicalHeaders;
    for (const QString &name : sorted)
        canonicalHeaders +=
            name + QLatin1Char(':') + headers.value(name).trimmed() + QLatin1Char('\n');

    return (method.toUpper() + QLatin1Char('\n') + uri + QLatin1Char('\n') +
            query.join(QLatin1Char('&')) + QLatin1Char('\n') + canonicalHeaders +
            QLatin1Char('\n') + sorted.join(QLatin1Char(';')) + QLatin1Char('\n'))
               .toUtf8() +
           payloadHash;
}

QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString stringToSign(const QString &sdkDate, const QByteArray &canonical) {
    return QStringLiteral("SDK-HMAC-SHA256\n") + sdkDate + QLatin1Char('\n') +
           QString::fromLatin1(sha256Hex(canonical));
}

QString signature(const QString &secretKey, const QString &toSign) {
    return QString::fromLatin1(QMessageAuthenticationCode::hash(toSign.toUtf8(), secretKey.toUtf8(),
                                                                QCryptographicHash::Sha256)
                                   .toHex());
}

qint64 parseSdkDate(const QString &text) {
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!time.isValid())
        return -1;
    time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace sandbox::aksk
