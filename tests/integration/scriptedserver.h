#pragma once
// A tiny scripted HTTP/1.1 server on 127.0.0.1 for transport fault tests (retry, backoff,
// timeouts, redirects, dropped connections). Real IMS behaviour is tested against the sandbox.

#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct ScriptedRequest {
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 bodySize = 0;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QByteArray path() const {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

struct ScriptedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool drop = false; // close the connection without answering
};

class ScriptedServer final : public QTcpServer {
public:
    using Handler = std::function<ScriptedResponse(const ScriptedRequest &)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_handler(std::move(handler)) {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QString base() const {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(serverPort());
    }
    // Serves HTTPS with this certificate and key (PEM files).
    void enableTls(const QString &certificate, const QString &key) {
        m_certificate = QSslCertificate::fromPath(certificate).value(0);
        QFile file(key);
        if (file.open(QIODevice::ReadOnly))
            m_key = QSslKey(&file, QSsl::Rsa);
        m_tls = true;
    }
    QList<ScriptedRequest> requests;
    bool keepBodies = true;
    int connections = 0; // accepted so far (a reused keep-alive connection counts once)

protected:
    void incomingConnection(qintptr descriptor) override {
        if (!m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    struct Connection {
        QByteArray buffer;
        ScriptedRequest request;
        qint64 expected = -1;
    };

    void serve(QTcpSocket *socket) {
        ++connections;
        auto *state = new Connection;
        // The socket as context: a server being destroyed no longer receives signals.
        connect(socket, &QObject::destroyed, socket, [state] { delete state; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] {
            state->buffer += socket->readAll();
            while (true) {
                if (state->expected < 0) {
                    const qsizetype end = state->buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QList<QByteArray> lines = state->buffer.left(end).split('\n');
                    state->buffer.remove(0, end + 4);
                    state->request = {};
                    const QList<QByteArray> first = lines.first().trimmed().split(' ');
                    state->request.method = first.value(0);
                    state->request.target = first.value(1);
                    for (int i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            state->request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                                          lines[i].mid(colon + 1).trimmed());
                    }
                    state->expected = state->request.header("content-length").toLongLong();
                }
                const qint64 take = std::min<qint64>(state->expected, state->buffer.size());
                if (keepBodies)
                    state->request.body += state->buffer.left(take);
                state->request.bodySize += take;
                state->buffer.remove(0, take);
                state->expected -= take;
                if (state->expected > 0)
                    return;
                state->expected = -1;
                respond(socket, state->request);
            }
        });
    }

    void respond(QTcpSocket *socket, const ScriptedRequest &request) {
        requests.append(request);
        const ScriptedResponse response = m_handler(request);
        QPointer<QTcpSocket> guard(socket);
        auto send = [guard, response] {
            if (!guard)
                return;
            if (response.drop) {
                guard->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            out += response.body;
            guard->write(out);
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, send);
        else
            send();
    }

    Handler m_handler;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
