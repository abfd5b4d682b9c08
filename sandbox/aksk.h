#pragma once

// Server side of SDK-HMAC-SHA256 (SPEC §3.3), written here from the SPEC and not shared with
// api/, so that a misreading cannot hide in both the signer and the verifier.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox::aksk {

struct Authorization {
    QString access;
    QStringList signedHeaders;
    QString signature;
};

std::optional<Authorization> parseAuthorization(const QString &header);

// rawPath as sent (percent-encoded), rawQuery without '?', headers by lower-case name.
QByteArray canonicalRequest(const QString &method, const QString &rawPath, const QString &rawQuery,
                            const QMap<QString, QString> &headers, const QStringList &signedHeaders,
                            const QByteArray &payloadHash);
QString stringToSign(const QString &sdkDate, const QByteArray &canonical);
QString signature(const QString &secretKey, const QString &stringToSign);
QByteArray sha256Hex(const QByteArray &data);
// X-Sdk-Date (20191115T033655Z) as ms since the epoch, or -1.
qint64 parseSdkDate(const QString &text);

} // namespace sandbox::aksk
