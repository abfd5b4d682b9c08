#include "sandboxserver.h"

// Why cpp-httplib and not QHttpServer (facts in shared/toolchain.md): QHttpServer 6.4 buffers
// every request body whole with no size cap (a multi-GB upload would sit in memory), cannot
// stream a response from a sequential device, answers 404 for a wrong method, and runs on the
// thread of its QObject. Debian's cpp-httplib 0.11 reads request bodies through a
// ContentReader in chunks, streams responses through content providers, and serves each
// connection from its own thread pool, which the 32-connection requirement needs.
#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <thread>

namespace sandbox {

struct SandboxServer::Impl {
    httplib::Server server;
    std::thread thread;
    int port = 0;
    QString error;
};

namespace {

std::string json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject versionsDocument(const std::string &host) {
    const QString base = QStringLiteral("http://%1/").arg(QString::fromStdString(host));
    QJsonArray versions;
    for (const auto &[id, status] :
         {std::pair{"v2.15", "CURRENT"}, std::pair{"v2.0", "SUPPORTED"}}) {
        versions.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                    {QStringLiteral("href"), base + QStringLiteral("v2/")}}}},
        });
    }
    return {{QStringLiteral("versions"), versions}};
}

} // namespace

SandboxServer::SandboxServer()
    : d(std::make_unique<Impl>()) {
    d->server.Get("/", [](const httplib::Request &request, httplib::Response &response) {
        response.status = 300; // Glance answers version discovery with Multiple Choices
        response.set_content(json(versionsDocument(request.get_header_value("Host"))),
                             "application/json");
    });
}

SandboxServer::~SandboxServer() {
    stop();
}

quint16 SandboxServer::start(quint16 port) {
    if (d->thread.joinable())
        return quint16(d->port);
    d->port = port == 0 ? d->server.bind_to_any_port("127.0.0.1")
                        : (d->server.bind_to_port("127.0.0.1", port) ? port : -1);
    if (d->port <= 0) {
        d->error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        d->port = 0;
        return 0;
    }
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    // stop() only takes effect once the accept loop runs; wait for it so start/stop pairs are safe.
    while (!d->server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return quint16(d->port);
}

void SandboxServer::stop() {
    if (!d->thread.joinable())
        return;
    d->server.stop();
    d->thread.join();
}

quint16 SandboxServer::port() const {
    return quint16(d->port);
}

QString SandboxServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(d->port);
}

QString SandboxServer::errorString() const {
    return d->error;
}

} // namespace sandbox
