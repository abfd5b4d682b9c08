#pragma once

// A sandbox on a free loopback port with an injected clock, and a small synchronous HTTP client
// (cpp-httplib's) for the integration tests. Not shared with api/: the tests speak raw HTTP.
#include "sandboxserver.h"
#include "tokenbody.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>

struct Reply {
    int status = 0; // 0: no HTTP answer (connection dropped)
    QByteArray body;
    httplib::Headers headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString header(const char *name) const {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
};

class SandboxFixture final {
public:
    explicit SandboxFixture(sandbox::SandboxOptions options = {}) {
        options.clock = [this] { return m_now.load(); };
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        m_port = m_server->start(0);
        for (const auto &[name, value] : m_server->environment())
            m_env.insert(name, value);
    }

    bool started() const { return m_port != 0; }
    QString error() const { return m_server->errorString(); }
    quint16 port() const { return m_port; }
    QString env(const char *name) const { return m_env.value(QString::fromLatin1(name)); }
    sandbox::SandboxServer &server() { return *m_server; }
    void advance(qint64 ms) { m_now += ms; }
    qint64 now() const { return m_now.load(); }

    Reply request(const std::string &method, const QString &path, const QByteArray &body = {},
                  const std::string &contentType = "application/json",
                  httplib::Headers headers = {}) const {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(10, 0);
        client.set_tcp_nodelay(true);
        httplib::Request req;
        req.method = method;
        req.path = path.toStdString();
        req.headers = std::move(headers);
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
            req.body = body.toStdString();
            req.set_header("Content-Type", contentType);
        }
        auto result = client.send(req);
        Reply reply;
        if (result) {
            reply.status = result->status;
            reply.body = QByteArray::fromStdString(result->body);
            reply.headers = result->headers;
        }
        return reply;
    }

    // A socket connected to the sandbox, for requests cpp-httplib's client cannot send (a body
    // that never comes); -1 when the connection failed. The caller closes it.
    int connectRaw() const {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    // A request to the admin API (/_sandbox/…), with this run's admin token.
    Reply admin(const std::string &method, const QString &path, const QByteArray &body = {}) const {
        return request(
            method, path, body, "application/json",
            {{"X-Sandbox-Admin-Token", env("IMSDESK_SANDBOX_ADMIN_TOKEN").toStdString()}});
    }

    Reply get(const QString &path, const QString &token) const {
        return request("GET", path, {}, "", {{"X-Auth-Token", token.toStdString()}});
    }
    Reply send(const std::string &method, const QString &path, const QString &token,
               const QJsonValue &body, const std::string &contentType = "application/json") const {
        const QByteArray data =
            body.isArray()    ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
            : body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                              : QByteArray();
        return request(method, path, data, contentType, {{"X-Auth-Token", token.toStdString()}});
    }

    // A project-scoped token for the main (member = false) or the sharing identity.
    QString login(bool member = false) const {
        const QString user = env(member ? "OS_MEMBER_USERNAME" : "OS_USERNAME");
        const QString password = env(member ? "OS_MEMBER_PASSWORD" : "OS_PASSWORD");
        const QString project = env(member ? "OS_MEMBER_PROJECT_NAME" : "OS_PROJECT_NAME");
        return QString::fromStdString(
            request("POST", QStringLiteral("/v3/auth/tokens"), tokenBody(user, password, project))
                .headers.find("X-Subject-Token")
                ->second);
    }

    // A password login scoped to `project` by name (the body of POST /v3/auth/tokens).
    static QByteArray tokenBody(const QString &user, const QString &password,
                                const QString &project,
                                const QString &domain = QStringLiteral("Default")) {
        return QJsonDocument(passwordLogin(user, password, project, ProjectBy::Name, domain))
            .toJson(QJsonDocument::Compact);
    }

    // The id of the image with this name, as the caller sees it.
    QString imageId(const QString &name, const QString &token) const {
        const QJsonArray images =
            get(QStringLiteral("/v2/images?name=") + name, token).json().value("images").toArray();
        return images.isEmpty() ? QString() : images.first().toObject().value("id").toString();
    }

private:
    std::atomic<qint64> m_now{1767225600000 + 90LL * 86400000}; // 2026-04-01, after the seeded data
    std::unique_ptr<sandbox::SandboxServer> m_server;
    quint16 m_port = 0;
    QMap<QString, QString> m_env;
};
