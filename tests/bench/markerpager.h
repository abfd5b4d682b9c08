#pragma once
// The baseline of the listing benchmarks: the private listing's pages of GET /v2/cloudimages in
// one chain, each asked for after the previous one arrived with the marker of its last image,
// through a bare QNetworkAccessManager: no JSON parsing, no decoding, no model. What a listing
// costs at least when it pages one page after the other. Also the sandbox calls the benchmarks
// share (a token, a fault through the admin API).

#include "../integration/tokenbody.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QUrl>

namespace bench {

inline QByteArray waitForBody(QNetworkReply *reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

// A project-scoped token of the sandbox's main user (the OS_* variables it printed).
inline QByteArray sandboxToken(QNetworkAccessManager &network, const QProcessEnvironment &env) {
    QNetworkRequest login(QUrl(env.value("OS_AUTH_URL") + QStringLiteral("/auth/tokens")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body = passwordLogin(
        env.value("OS_USERNAME"), env.value("OS_PASSWORD"), env.value("OS_PROJECT_NAME"),
        ProjectBy::Name, env.value("OS_USER_DOMAIN_NAME", QStringLiteral("Default")));
    QNetworkReply *reply = network.post(login, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitForBody(reply);
    return reply->rawHeader("X-Subject-Token");
}

// A call to the sandbox's admin API; its HTTP status.
inline int sandboxAdmin(const QProcessEnvironment &env, const QByteArray &method,
                        const QString &path, const QByteArray &body = {},
                        QByteArray *answer = nullptr) {
    QNetworkAccessManager network;
    QString base = env.value("OS_AUTH_URL");
    base.chop(3); // "/v3"
    QNetworkRequest request(QUrl(base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Sandbox-Admin-Token",
                         env.value("IMSDESK_SANDBOX_ADMIN_TOKEN").toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    const QByteArray received = waitForBody(reply);
    if (answer)
        *answer = received;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Adds a fault (sandbox/faults.h's spec) through the admin API; false when it was refused.
inline bool addSandboxFault(const QProcessEnvironment &env, const QString &spec) {
    return sandboxAdmin(env, "POST", QStringLiteral("/_sandbox/faults"),
                        QJsonDocument(QJsonObject{{"spec", spec}}).toJson()) == 201;
}

// The requests for image lists (GET /v2/…images…) the sandbox's journal holds, and empties it:
// what a client sent, whichever thread and network access of it sent them.
inline int takeImageListRequests(const QProcessEnvironment &env) {
    QByteArray answer;
    sandboxAdmin(env, "GET", QStringLiteral("/_sandbox/requests"), {}, &answer);
    sandboxAdmin(env, "DELETE", QStringLiteral("/_sandbox/requests"));
    int count = 0;
    const QJsonArray requests = QJsonDocument::fromJson(answer)["requests"].toArray();
    for (const QJsonValue &request : requests) {
        const QString target = request["target"].toString();
        if (request["method"].toString() == QLatin1String("GET") &&
            target.startsWith(QLatin1String("/v2/")) &&
            QUrl(target).path().endsWith(QLatin1String("images")))
            ++count;
    }
    return count;
}

struct PagerRun {
    double ms = 0;
    int images = 0;
    int pages = 0;
};

// Every page of the project's private images (what imsctl and the window list), 500 a page.
inline PagerRun pageThrough(const QProcessEnvironment &env) {
    QNetworkAccessManager network;
    const QByteArray token = sandboxToken(network, env);
    const QString first = env.value("OS_IMAGE_ENDPOINT") +
                          QStringLiteral("/v2/cloudimages?owner=") + env.value("OS_PROJECT_ID") +
                          QStringLiteral("&limit=500");
    PagerRun run;
    QElapsedTimer timer;
    timer.start();
    QString marker;
    for (;;) {
        QNetworkRequest request(
            QUrl(first + (marker.isEmpty() ? QString() : QStringLiteral("&marker=") + marker)));
        request.setRawHeader("X-Auth-Token", token);
        const QByteArray body = waitForBody(network.get(request));
        ++run.pages;
        // Only the marker is looked up, by text, so that no JSON parsing is counted.
        const qsizetype last = body.lastIndexOf("\"id\":\"");
        const int count = int(body.count("\"__imagetype\""));
        run.images += count;
        if (count < 500 || last < 0)
            break;
        marker = QString::fromLatin1(body.mid(last + 6, 36));
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

// The number of images the benchmarks list: IMSDESK_BENCH_IMAGES, else `fallback`.
inline int benchImages(int fallback) {
    const int n = qEnvironmentVariableIntValue("IMSDESK_BENCH_IMAGES");
    return n > 0 ? n : fallback;
}

} // namespace bench
