#pragma once

#include <QString>

#include <memory>

namespace sandbox {

// The local IAM + IMS + ECS emulator's HTTP server, on 127.0.0.1 only. It serves from its own
// thread pool, so it runs the same inside the GUI process (imsdesk --sandbox) and on its own.
class SandboxServer final {
public:
    SandboxServer();
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Listens on 127.0.0.1:port (0 picks a free port) and serves in the background.
    // Returns the port, or 0 with errorString() set.
    quint16 start(quint16 port = 0);
    void stop();

    quint16 port() const;
    QString baseUrl() const;
    QString errorString() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sandbox
