#pragma once

// The headers of a request signed with the sandbox's AK/SK (SDK-HMAC-SHA256), made with the
// sandbox's own verifier functions: for tests that need a signed request, not a test of signing
// (tst_sandbox_aksk tampers with each part instead).
#include "aksk.h"
#include "sandboxfixture.h"

#include <QDateTime>

inline httplib::Headers akskHeaders(const SandboxFixture &sandbox, const QString &method,
                                    const QString &target, const QString &projectId = {}) {
    const QString date = QDateTime::fromMSecsSinceEpoch(sandbox.now(), Qt::UTC)
                             .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QMap<QString, QString> signedHeaders{
        {QStringLiteral("host"), QStringLiteral("127.0.0.1:%1").arg(sandbox.port())},
        {QStringLiteral("x-sdk-date"), date}};
    if (!projectId.isEmpty())
        signedHeaders.insert(QStringLiteral("x-project-id"), projectId);
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    const QByteArray canonical = sandbox::aksk::canonicalRequest(
        method, target.left(q), q < 0 ? QString() : target.mid(q + 1), signedHeaders,
        signedHeaders.keys(), sandbox::aksk::sha256Hex({}));
    const QString signature = sandbox::aksk::signature(
        sandbox.env("OS_SECRET_KEY"), sandbox::aksk::stringToSign(date, canonical));
    httplib::Headers headers{
        {"X-Sdk-Date", date.toStdString()},
        {"Authorization",
         QStringLiteral("SDK-HMAC-SHA256 Access=%1, SignedHeaders=%2, Signature=%3")
             .arg(sandbox.env("OS_ACCESS_KEY"), signedHeaders.keys().join(QLatin1Char(';')),
                  signature)
             .toStdString()}};
    if (!projectId.isEmpty())
        headers.emplace("X-Project-Id", projectId.toStdString());
    return headers;
}
