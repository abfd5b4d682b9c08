#include "api.h"

#include "aksk.h"

namespace sandbox {

namespace {

bool akskFail(Call &call, const QString &message) {
    if (call.family == Family::Glance || call.family == Family::Iam) {
        call.familyError(401, message);
    } else {
        call.apigError(401, QStringLiteral("APIG.0301"),
                       QStringLiteral("Incorrect IAM authentication information: ") + message);
    }
    return false;
}

bool tokenFail(Call &call, const QString &message) {
    if (call.family == Family::Glance) {
        call.res.set_header(
            "Www-Authenticate",
            QStringLiteral("Keystone uri=\"%1/v3\"").arg(call.serverBase).toStdString());
        call.glanceError(
            401, QStringLiteral("This server could not verify that you are authorized to access "
                                "the document you requested. Either you supplied the wrong "
                                "credentials (e.g., bad password), or your browser does not "
                                "understand how to supply the credentials required."));
        return false;
    }
    if (call.family == Family::Iam) {
        call.iamError(401, QStringLiteral("The request you have made requires authentication."));
        return false;
    }
    return akskFail(call, message);
}

} // namespace

QString Api::regionBase(const QString &serverBase, const QString &region) const {
    if (store.regions.empty() || store.regions.front().id == region)
        return serverBase;
    return serverBase + QStringLiteral("/region/") + region;
}

bool Api::authenticate(Call &call, bool expireToken) {
    const QString authorization = call.header("Authorization");
    if (authorization.startsWith(QLatin1String("SDK-HMAC-SHA256"))) {
        const auto parsed = aksk::parseAuthorization(authorization);
        if (!parsed || !parsed->signedHeaders.contains(QLatin1String("x-sdk-date")))
            return akskFail(call, QStringLiteral("verify aksk signature fail"));
        const QString date = call.header("X-Sdk-Date");
        const qint64 signedAt = aksk::parseSdkDate(date);
        if (signedAt < 0 || std::llabs(signedAt - call.now) > 15 * 60 * 1000)
            return akskFail(call, QStringLiteral("verify aksk signature fail"));
        QMap<QString, QString> headers;
        for (const QString &name : parsed->signedHeaders)
            headers.insert(name, call.header(name.toLatin1().constData()));
        QByteArray payloadHash = call.header("X-Sdk-Content-Sha256").toLatin1();
        if (payloadHash.isEmpty()) {
            // The gateway hashes bodies of at most 12 MB (SPEC §3.3).
            call.bodyCap = 12 * 1024 * 1024;
            const auto body = call.body();
            if (!body)
                return false;
            payloadHash = aksk::sha256Hex(QByteArray::fromStdString(*body));
        }
        const QString target = QString::fromStdString(call.req.target);
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        const QByteArray canonical = aksk::canonicalRequest(
            QString::fromStdString(call.req.method), target.left(q),
            q < 0 ? QString() : target.mid(q + 1), headers, parsed->signedHeaders, payloadHash);
        auto lock = store.lock();
        const AccessKey *key = store.accessKey(parsed->access);
        if (!key ||
            aksk::signature(key->sk, aksk::stringToSign(date, canonical)) != parsed->signature)
            return akskFail(call, QStringLiteral("verify aksk signature fail"));
        const User *user = store.user(key->userId);
        QString projectId = call.header("X-Project-Id");
        if (projectId.isEmpty()) {
            for (const QString &id : user->projectIds)
                if (const Project *p = store.project(id); p && p->name == call.region)
                    projectId = id;
        }
        if (!projectId.isEmpty() && !user->projectIds.contains(projectId))
            return akskFail(call, QStringLiteral("verify aksk signature fail"));
        if (projectId.isEmpty() && call.family != Family::Iam)
            return akskFail(call,
                            QStringLiteral("verify aksk signature fail")); // no project: no IMS
        call.userId = user->id;
        call.projectId = projectId;
        return true;
    }

    call.token = call.header("X-Auth-Token");
    if (call.token.isEmpty())
        return tokenFail(call, QStringLiteral("x-auth-token not found"));
    auto lock = store.lock();
    if (expireToken)
        store.expireToken(call.token, call.now);
    bool expired = false;
    const TokenRecord *record = store.findToken(call.token, call.now, &expired);
    if (!record) {
        if (expired)
            return tokenFail(call,
                             QStringLiteral("token expires, expires_at: ") +
                                 isoMicros(store.tokens.at(tokenDigest(call.token)).expiresAt));
        return tokenFail(call, QStringLiteral("decrypt token fail"));
    }
    // Image and server calls need a project-scoped token (SPEC §3.1).
    if (record->projectId.isEmpty() && call.family != Family::Iam)
        return tokenFail(call, QStringLiteral("decrypt token fail"));
    call.userId = record->userId;
    call.projectId = record->projectId;
    return true;
}

} // namespace sandbox
