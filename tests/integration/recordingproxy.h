#pragma once

// A loopback HTTP proxy in front of the sandbox that records every request as the client sent it
// (method, target, body) and forwards it unchanged. The sandbox's answers cannot tell how a
// client said something (it takes 1024 where IMS documents "1024") nor that nothing was sent;
// the record can. It serves in the test's event loop and forwards synchronously: the sandbox
// serves from threads of its own.
#include "scriptedserver.h"

#include <httplib.h>

#include <QStringList>

class RecordingProxy final {
public:
    explicit RecordingProxy(quint16 targetPort)
        : m_server([targetPort](const ScriptedRequest &request) {
            return forward(targetPort, request);
        }) {}

    QString base() const { return m_server.base(); }
    const QList<ScriptedRequest> &requests() const { return m_server.requests; }
    qsizetype count() const { return m_server.requests.size(); }
    void clear() { m_server.requests.clear(); }

    // "METHOD /path" of each request that may change something in the cloud: not the reads
    // (GET) and not the logins.
    QStringList changes() const {
        QStringList lines;
        for (const ScriptedRequest &request : m_server.requests) {
            if (request.method == "GET" || request.path() == "/v3/auth/tokens")
                continue;
            lines << QString::fromLatin1(request.method + ' ' + request.path());
        }
        return lines;
    }
    // The body of the last request whose "METHOD /path" starts with `line`; empty if none.
    QByteArray lastBody(const QString &line) const {
        for (auto it = m_server.requests.crbegin(); it != m_server.requests.crend(); ++it) {
            if (QString::fromLatin1(it->method + ' ' + it->path()).startsWith(line))
                return it->body;
        }
        return {};
    }

private:
    static ScriptedResponse forward(quint16 port, const ScriptedRequest &request) {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(30, 0);
        httplib::Request out;
        out.method = request.method.toStdString();
        out.path = request.target.toStdString();
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            // The hop's own headers are httplib's to write; no compression to undo here.
            if (it.key() == "host" || it.key() == "content-length" || it.key() == "connection" ||
                it.key() == "accept-encoding")
                continue;
            out.set_header(it.key().toStdString(), it.value().toStdString());
        }
        out.body = request.body.toStdString();
        const httplib::Result answer = client.send(out);
        if (!answer) // the sandbox dropped the connection (a fault): so does the proxy
            return ScriptedResponse{200, {}, {}, 0, true};
        ScriptedResponse response;
        response.status = answer->status;
        response.body = QByteArray::fromStdString(answer->body);
        for (const auto &[name, value] : answer->headers) {
            const QByteArray lower = QByteArray::fromStdString(name).toLower();
            if (lower == "content-length" || lower == "transfer-encoding" ||
                lower == "connection" || lower == "keep-alive")
                continue;
            response.headers.append(
                {QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
        }
        return response;
    }

    ScriptedServer m_server;
};
