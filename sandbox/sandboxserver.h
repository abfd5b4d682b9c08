#pragma once

#include "flavor.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sandbox {

struct SandboxOptions {
    quint64 seed = 1;        // same seed, same data (ids, names, credentials)
    int images = 0;          // extra private images for the default project
    int imagesPerSecond = 1; // of those (and imagesPerRegion), how many share a created_at second
    // extra private images for every region's own project (eu-de's besides `images`), so that
    // each region of an account has something to page through
    int imagesPerRegion = 0;
    // How many regions (kMinRegions..kMaxRegions, seed.h): eu-de and eu-nl, then eu-ch2,
    // ap-southeast-1 …, each with its project named after it
    int regions = 2;
    double jobSeconds = 6; // how long an asynchronous job runs
    // IMS: how long an uploaded image stays saving before it is active (or killed)
    double uploadSeconds = 1.5;
    qint64 tokenTtlSeconds = 24 * 3600;
    QString stateFile; // empty: state lives in memory only
    QString dataDir;   // uploaded image data; empty: next to stateFile, else a temp dir
    qint64 uploadCapBytes = 64LL * 1024 * 1024 * 1024; // PUT …/file larger than this: 413
    QStringList faults;                                // Fault specs, see faults.h and --help
    Flavor flavor = Flavor::Ims;   // Glance: plain upstream Glance, no IMS extension (flavor.h)
    std::function<qint64()> clock; // ms since the epoch; empty: the system clock
};

// The local IAM + IMS + ECS emulator's HTTP server, on 127.0.0.1 only. It serves from its own
// thread pool, so it runs the same inside the GUI process (imsdesk --sandbox) and on its own.
class SandboxServer final {
public:
    explicit SandboxServer(SandboxOptions options = {});
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Seeds (or loads the state file), listens on 127.0.0.1:port (0 picks a free port) and
    // serves in the background. Returns the port, or 0 with errorString() set.
    quint16 start(quint16 port = 0);
    // Stops serving and writes the state file (when there is one).
    void stop();

    quint16 port() const;
    QString baseUrl() const;
    QString errorString() const;

    // The OS_* variables a client needs to log in (what imsdesk-sandbox prints as exports), in
    // print order, and last IMSDESK_SANDBOX_ADMIN_TOKEN. Valid after start(). Contains the
    // passwords, the secret key and the admin token: never log it.
    QList<QPair<QString, QString>> environment() const;

    // This run's random admin token: the admin routes (/_sandbox/…) answer only requests that
    // send it as the header X-Sandbox-Admin-Token (401 without it, 403 when wrong).
    QString adminToken() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sandbox
