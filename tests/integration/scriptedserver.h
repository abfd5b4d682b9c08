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
#include <memory>

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
    // Slow or huge answers (ScriptedServer::streamed counts what went out):
    int dribbleMs = 0;    // sends the body one byte every dribbleMs
    qint64 padBytes = 0;  // after `body`, this many spaces, written as the socket drains
    bool announce = true; // false: no Content-Length, the end of the body is the close
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
    qint64 streamed = 0; // body bytes written by dribbled and padded answers
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
        auto send = [this, guard, response] {
            if (!guard)
                return;
            if (response.drop) {
                guard->abort();
                return;
            }
            if (response.dribbleMs > 0 || response.padBytes > 0 || !response.announce) {
                stream(guard, response);
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

    // Headers at once, then the body in pieces: one byte per tick, or 1 MiB whenever the socket
    // has drained, so that a 400 MB answer never sits in this process's memory.
    void stream(QTcpSocket *socket, const ScriptedResponse &response) {
        const qint64 total = response.body.size() + response.padBytes;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += response.announce ? "Content-Length: " + QByteArray::number(total) + "\r\n"
                                  : QByteArray("Connection: close\r\n");
        socket->write(head + "\r\n");
        auto sent = std::make_shared<qint64>(0);
        const QByteArray body = response.body;
        const auto piece = [body, total, sent](qint64 most) {
            const qint64 n = std::min(most, total - *sent);
            QByteArray out;
            if (*sent < body.size())
                out = body.mid(*sent, n);
            out += QByteArray(n - out.size(), ' ');
            *sent += n;
            return out;
        };
        QPointer<QTcpSocket> guard(socket);
        if (response.dribbleMs > 0) {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, guard, timer, piece, sent, total] {
                streamed += guard->write(piece(1));
                if (*sent >= total)
                    timer->stop();
            });
            timer->start(response.dribbleMs);
            return;
        }
        const bool closeAtEnd = !response.announce;
        auto more = [this, guard, piece, sent, total, closeAtEnd] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            while (*sent < total && guard->bytesToWrite() < 1024 * 1024)
                streamed += guard->write(piece(1024 * 1024));
            if (*sent >= total && closeAtEnd && guard->bytesToWrite() == 0)
                guard->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    Handler m_handler;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
