#include "sandboxserver.h"

// Why cpp-httplib and not QHttpServer (facts in shared/toolchain.md): QHttpServer 6.4 buffers
// every request body whole with no size cap (a multi-GB upload would sit in memory), cannot
// stream a response from a sequential device, answers 404 for a wrong method, and runs on the
// thread of its QObject. Debian's cpp-httplib 0.11 reads request bodies through a
// ContentReader in chunks, streams responses through content providers, and serves each
// connection from its own thread pool, which the 32-connection requirement needs.
#include <httplib.h>

#include "api.h"
#include "faults.h"
#include "requestjournal.h"
#include "seed.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

#include <arpa/inet.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

// Debug (one line per request) is off unless QT_LOGGING_RULES turns it on.
Q_LOGGING_CATEGORY(lcSandbox, "imsdesk.sandbox", QtInfoMsg)

namespace sandbox {

void addAdminRoutes(Api &api, Faults &faults, RequestJournal &journal);

struct SandboxServer::Impl {
    SandboxOptions options;
    Store store;
    Faults faults;
    RequestJournal journal;
    Api api{store};
    httplib::Server server;
    std::thread thread;
    int port = 0;
    QString error;
    std::unique_ptr<QTemporaryDir> tempDir;
    std::mutex saveMutex;
    qint64 lastSave = 0;
    int listenSocket = -1;
    // The admin API's secret for this run: loopback alone is not enough, since a web page the
    // user opens can send requests to 127.0.0.1 too (a fetch() needs no answer to do harm).
    const std::string adminToken = randomAdminToken();

    explicit Impl(SandboxOptions o)
        : options(std::move(o))
        , store(options.seed, options.clock ? Clock(options.clock) : systemClock()) {}

    static std::string randomAdminToken();
    bool adminAllowed(const httplib::Request &req, Call &call) const;
    // The project of the request's token, for the journal: empty without a valid token (an
    // AK/SK-signed request, a login).
    QString tokenProject(const Call &call);

    void dispatch(const httplib::Request &req, httplib::Response &res,
                  const httplib::ContentReader *reader);
    void saveState(bool force);
    bool loadOrSeed();
};

namespace {

// Closes the client's connection without an answer: cpp-httplib gives handlers no socket, so
// find ours among the process's descriptors by the peer's address and port.
void dropConnection(const httplib::Request &req, int serverPort) {
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    const int maxFd = int(std::min<rlim_t>(limit.rlim_cur, 65536));
    for (int fd = 3; fd < maxFd; ++fd) {
        sockaddr_in local{}, peer{};
        socklen_t length = sizeof local;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0 ||
            local.sin_family != AF_INET || ntohs(local.sin_port) != serverPort)
            continue;
        length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
            continue;
        if (ntohs(peer.sin_port) == req.remote_port) {
            shutdown(fd, SHUT_RDWR);
            return;
        }
    }
}

// Compares a presented secret with the expected one in time that does not depend on where they
// differ (only on the expected length), so the token cannot be guessed byte by byte.
bool sameSecret(const std::string &presented, const std::string &expected) {
    unsigned char difference = presented.size() == expected.size() ? 0 : 1;
    for (size_t i = 0; i < expected.size(); ++i) {
        const char given = i < presented.size() ? presented[i] : '\0';
        difference |= static_cast<unsigned char>(given ^ expected[i]);
    }
    return difference == 0;
}

} // namespace

std::string SandboxServer::Impl::randomAdminToken() {
    // 128 bits from the OS's random source, as hex (a header value and a shell word as it is).
    std::random_device random;
    std::string token;
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i) {
        const unsigned int word = random();
        token += digits[(word >> 12) & 0xf];
        token += digits[(word >> 8) & 0xf];
        token += digits[(word >> 4) & 0xf];
        token += digits[word & 0xf];
    }
    return token;
}

bool SandboxServer::Impl::adminAllowed(const httplib::Request &req, Call &call) const {
    if (req.remote_addr != "127.0.0.1") {
        call.familyError(403, QStringLiteral("The admin API answers loopback clients only."));
        return false;
    }
    const std::string presented = req.get_header_value("X-Sandbox-Admin-Token");
    if (presented.empty()) {
        call.familyError(401, QStringLiteral("The admin API needs the header "
                                             "X-Sandbox-Admin-Token: the value of "
                                             "IMSDESK_SANDBOX_ADMIN_TOKEN printed at start."));
        return false;
    }
    if (!sameSecret(presented, adminToken)) {
        call.familyError(403, QStringLiteral("X-Sandbox-Admin-Token is not this sandbox's admin "
                                             "token (IMSDESK_SANDBOX_ADMIN_TOKEN)."));
        return false;
    }
    return true;
}

QString SandboxServer::Impl::tokenProject(const Call &call) {
    const QString token = call.header("X-Auth-Token");
    if (token.isEmpty())
        return {};
    auto lock = store.lock();
    bool expired = false;
    const TokenRecord *record = store.findToken(token, call.now, &expired);
    return record ? record->projectId : QString();
}

void SandboxServer::Impl::dispatch(const httplib::Request &req, httplib::Response &res,
                                   const httplib::ContentReader *reader) {
    Call call{req, res, reader};
    call.now = store.now();
    call.serverBase = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString id = requestId();
    res.set_header("X-Openstack-Request-Id", id.toStdString());
    res.set_header("X-Request-Id", id.toStdString());

    QString path = QString::fromStdString(req.path);
    call.region = store.regions.front().id;
    if (path.startsWith(QLatin1String("/region/"))) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'), 8);
        const QString region = path.mid(8, slash < 0 ? -1 : slash - 8);
        if (!store.hasRegion(region)) {
            call.family = Family::Ims;
            call.apigError(
                404, QStringLiteral("APIG.0101"),
                QStringLiteral(
                    "The API does not exist or has not been published in the environment"));
            return;
        }
        call.region = region;
        path = slash < 0 ? QStringLiteral("/") : path.mid(slash);
    }
    call.path = path;
    call.regionBase = api.regionBase(call.serverBase, call.region);
    call.family = familyOf(path);
    // A plain OpenStack image endpoint is Glance only: what IMS's gateway would answer (APIG
    // errors for unknown paths, faults) is Glance's answer there.
    if (api.flavor == Flavor::Glance && call.family == Family::Ims)
        call.family = Family::Glance;
    const QString method = QString::fromStdString(req.method);

    std::vector<Fault> fired;
    if (call.family != Family::Admin) {
        const QString target = QString::fromStdString(req.target);
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        // The raw query, decoded: a fault may refuse a filter (query=created_at).
        // IAM is global: it belongs to no region, whatever endpoint base it was called on.
        fired = faults.fire(
            method, path, q < 0 ? QString() : QUrl::fromPercentEncoding(target.mid(q + 1).toUtf8()),
            call.family == Family::Iam ? QString() : call.region);
        QString answered;
        for (const Fault &f : fired)
            answered = f.spec.section(QLatin1Char(':'), 0, 0);
        journal.record(method, target, answered, tokenProject(call));
    }
    bool expireToken = false;
    bool malformed = false;
    bool truncated = false;
    bool dropAfter = false;
    for (const Fault &f : fired) {
        switch (f.kind) {
        case Fault::Kind::Latency:
            std::this_thread::sleep_for(std::chrono::milliseconds(f.ms));
            break;
        case Fault::Kind::Drop:
            if (f.afterHandling) {
                dropAfter = true;
                break;
            }
            dropConnection(req, port);
            res.status = 500;
            return;
        case Fault::Kind::Error:
            // Answered before the body was read: what is left of it on the connection would
            // be read as the next request (an upload's bytes as a request line), so it closes.
            if (req.has_header("Content-Length") || req.has_header("Transfer-Encoding"))
                res.set_header("Connection", "close");
            call.familyError(f.status, QStringLiteral("Injected fault: service error."));
            return;
        case Fault::Kind::Gateway:
            // The gateway in front of IMS answers for itself, in its format whatever the path:
            // a client must tell its 404 (no such API) from the image API's (no such image).
            call.family = Family::Ims;
            call.familyError(
                f.status,
                f.status == 404
                    ? QStringLiteral(
                          "The API does not exist or has not been published in the environment")
                    : QStringLiteral("Injected fault: gateway error."));
            return;
        case Fault::Kind::Throttle:
            res.set_header("Retry-After", std::to_string(f.retryAfter));
            call.familyError(429, QStringLiteral("Injected fault: too many requests."));
            return;
        case Fault::Kind::ExpireToken:
            expireToken = true;
            break;
        case Fault::Kind::Malformed:
            malformed = true;
            break;
        case Fault::Kind::Truncated:
            truncated = true;
            break;
        case Fault::Kind::JobFail:
            call.jobFailCode = f.code;
            call.jobFailReason = f.reason;
            break;
        }
    }

    const Router::Match match = api.router.match(method, path);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            res.set_header("Allow", match.allowed.join(QStringLiteral(", ")).toStdString());
            call.familyError(405,
                             QStringLiteral("The method is not allowed for the requested URL."));
        } else if (api.flavor == Flavor::Glance && call.family == Family::Glance) {
            answerUnroutedAsGlance(api, call, expireToken);
        } else {
            call.familyError(404, QStringLiteral("The resource could not be found."));
        }
        return;
    }
    call.family = match.route->family;
    call.params = match.params;
    if (call.family == Family::Admin && !adminAllowed(req, call))
        return;
    if (match.route->auth == Auth::Required && !api.authenticate(call, expireToken))
        return;
    const bool mayChange = req.method != "GET" && req.method != "HEAD";
    if (match.route->locking == Locking::Handler) {
        match.route->handler(call);
        if (mayChange) {
            auto lock = store.lock();
            ++store.generation;
        }
    } else {
        auto lock = store.lock();
        store.settle(call.now);
        match.route->handler(call);
        if (mayChange)
            ++store.generation;
    }
    if ((malformed || truncated) && !res.body.empty()) {
        if (truncated)
            res.body.resize(res.body.size() / 2);
        else
            res.body = "{\"images\": [{\"id\": \"" + res.body.substr(0, 8) + "\" \"status\" oops}";
    }
    // Method, path and status only: queries, headers and bodies may carry credentials.
    qCDebug(lcSandbox) << req.method.c_str() << req.path.c_str() << res.status;
    saveState(false);
    if (dropAfter) // the change is made; the client never learns of it
        dropConnection(req, port);
}

void SandboxServer::Impl::saveState(bool force) {
    if (options.stateFile.isEmpty())
        return;
    std::lock_guard<std::mutex> saving(saveMutex);
    QByteArray data;
    {
        auto lock = store.lock();
        const qint64 now = store.now();
        // Written at most once a second while serving (and always on stop), so that a burst of
        // changes to a large store does not rewrite the file for every request.
        if (!store.dirty || (!force && now - lastSave < 1000))
            return;
        data = QJsonDocument(store.toState()).toJson(QJsonDocument::Compact);
        store.dirty = false;
        lastSave = now;
    }
    QSaveFile file(options.stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        qCWarning(lcSandbox) << "cannot write the state file" << options.stateFile
                             << file.errorString();
}

bool SandboxServer::Impl::loadOrSeed() {
    store.jobMillis = qint64(options.jobSeconds * 1000);
    store.uploadMillis = qint64(options.uploadSeconds * 1000);
    store.tokenTtlMillis = options.tokenTtlSeconds * 1000;
    QFile file(options.stateFile);
    if (!options.stateFile.isEmpty() && file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1: %2").arg(options.stateFile, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonObject state = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        bool seedOk = false;
        const quint64 seed = state.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
        if (parseError.error != QJsonParseError::NoError || !seedOk) {
            error = QStringLiteral("%1 is not a sandbox state file").arg(options.stateFile);
            return false;
        }
        store.seed = seed;
        store.ids = IdSource(seed);
        // Files written before --regions had two; the file's count wins over --regions, as its
        // seed does over --seed.
        store.regionCount =
            std::clamp(state.value(QStringLiteral("regions")).toInt(2), kMinRegions, kMaxRegions);
        seedIdentities(store);
        if (!store.fromState(state, &error))
            return false;
    } else {
        store.regionCount = std::clamp(options.regions, kMinRegions, kMaxRegions);
        seedStore(store, options.images, options.imagesPerSecond, options.imagesPerRegion);
        store.dirty = true;
    }
    // Ids made while serving need not repeat across runs, and must not collide with seeded ones.
    store.ids = IdSource((quint64(std::random_device()()) << 32) ^ std::random_device()());
    return true;
}

SandboxServer::SandboxServer(SandboxOptions options)
    : d(std::make_unique<Impl>(std::move(options))) {
    // At least 32 connections are served at once (keep-alive holds a thread per connection,
    // until it has been idle for 5 s). A real cloud serves each region from servers of its own;
    // the sandbox serves every region from this pool, so it grows with them: a client keeps up
    // to 6 connections to a host (Qt's, browsers') for each region it lists at once, besides its
    // logins and ECS calls, and one region's connections must not wait for another's to idle
    // out. Made when listening starts, once a state file has said how many regions there are.
    d->server.new_task_queue = [this] {
        return new httplib::ThreadPool(std::max<size_t>(48, 16 + 8 * d->store.regions.size()));
    };
    d->server.set_keep_alive_max_count(1000);
    // Headers and body go out in separate writes; without TCP_NODELAY the body waits for the
    // client's delayed ACK (40 ms per response).
    d->server.set_tcp_nodelay(true);
    // cpp-httplib 0.11 listens with a backlog of 5: 32 clients connecting at once then wait for
    // SYN retransmits (a second each). Remember the socket to widen the backlog after bind.
    d->server.set_socket_options([this](int fd) {
        httplib::default_socket_options(fd);
        d->listenSocket = fd;
    });
    d->server.set_payload_max_length(std::numeric_limits<size_t>::max());
    const auto plain = [this](const httplib::Request &req, httplib::Response &res) {
        d->dispatch(req, res, nullptr);
    };
    const auto withBody = [this](const httplib::Request &req, httplib::Response &res,
                                 const httplib::ContentReader &reader) {
        d->dispatch(req, res, &reader);
    };
    d->server.Get(".*", plain);
    d->server.Options(".*", plain);
    d->server.Post(".*", withBody);
    d->server.Put(".*", withBody);
    d->server.Patch(".*", withBody);
    d->server.Delete(".*", withBody);
    d->server.Post(".*", plain);
    d->server.Put(".*", plain);
    d->server.Patch(".*", plain);
    d->server.Delete(".*", plain);
    d->server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            res.status = 500;
            res.set_content(
                "{\"error\": {\"code\": \"IMG.0061\", \"message\": \"Unknown system error.\"}}",
                "application/json");
        });
    addIamRoutes(d->api);
    addGlanceRoutes(d->api);
    addGlanceSharingRoutes(d->api);
    addGlanceDataRoutes(d->api);
    d->api.flavor = d->options.flavor;
    if (d->api.flavor == Flavor::Ims) { // plain Glance has no IMS extension at all
        addImsRoutes(d->api);
        addImsActionRoutes(d->api);
        addImsTagRoutes(d->api);
    }
    addEcsRoutes(d->api);
    addAdminRoutes(d->api, d->faults, d->journal);
}

SandboxServer::~SandboxServer() {
    stop();
}

quint16 SandboxServer::start(quint16 port) {
    if (d->thread.joinable())
        return quint16(d->port);
    if (d->store.regions.empty() && !d->loadOrSeed())
        return 0;
    for (const QString &spec : d->options.faults) {
        const auto fault = Fault::parse(spec, &d->error);
        if (!fault)
            return 0;
        if (!fault->region.isEmpty() && !d->store.hasRegion(fault->region)) {
            d->error =
                QStringLiteral("unknown region '%1' in the fault '%2'").arg(fault->region, spec);
            return 0;
        }
        d->faults.add(*fault);
    }
    QString dataDir = d->options.dataDir;
    if (dataDir.isEmpty() && !d->options.stateFile.isEmpty())
        dataDir = QFileInfo(d->options.stateFile).absoluteFilePath() + QStringLiteral(".data");
    if (dataDir.isEmpty()) {
        d->tempDir = std::make_unique<QTemporaryDir>();
        dataDir = d->tempDir->path();
    }
    if (!QDir().mkpath(dataDir)) {
        d->error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
        return 0;
    }
    d->api.dataDir = dataDir;
    d->api.uploadCap = d->options.uploadCapBytes;

    d->port = port == 0 ? d->server.bind_to_any_port("127.0.0.1")
                        : (d->server.bind_to_port("127.0.0.1", port) ? port : -1);
    if (d->port <= 0) {
        d->error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        d->port = 0;
        return 0;
    }
    if (d->listenSocket >= 0)
        ::listen(d->listenSocket, SOMAXCONN);
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
    d->saveState(true);
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

QList<QPair<QString, QString>> SandboxServer::environment() const {
    const Store &s = d->store;
    if (s.users.size() < 2 || s.projects.size() < 2 || s.keys.empty())
        return {};
    const User &user = s.users[0];
    const User &member = s.users[1];
    const Project &project = *s.project(user.projectIds.front());
    const Project &memberProject = *s.project(member.projectIds.front());
    const QString base = baseUrl();
    return {{QStringLiteral("OS_AUTH_URL"), base + QStringLiteral("/v3")},
            {QStringLiteral("OS_IDENTITY_API_VERSION"), QStringLiteral("3")},
            {QStringLiteral("OS_INTERFACE"), QStringLiteral("public")},
            {QStringLiteral("OS_USERNAME"), user.name},
            {QStringLiteral("OS_PASSWORD"), user.password},
            {QStringLiteral("OS_USER_DOMAIN_NAME"), s.domainName},
            {QStringLiteral("OS_PROJECT_NAME"), project.name},
            {QStringLiteral("OS_PROJECT_DOMAIN_NAME"), s.domainName},
            {QStringLiteral("OS_PROJECT_ID"), project.id},
            {QStringLiteral("OS_REGION_NAME"), project.region},
            {QStringLiteral("OS_ACCESS_KEY"), s.keys[0].ak},
            {QStringLiteral("OS_SECRET_KEY"), s.keys[0].sk},
            {QStringLiteral("OS_IMAGE_ENDPOINT"), d->api.regionBase(base, project.region)},
            {QStringLiteral("OS_ECS_ENDPOINT"), d->api.regionBase(base, project.region)},
            {QStringLiteral("OS_MEMBER_USERNAME"), member.name},
            {QStringLiteral("OS_MEMBER_PASSWORD"), member.password},
            {QStringLiteral("OS_MEMBER_PROJECT_NAME"), memberProject.name},
            {QStringLiteral("OS_MEMBER_PROJECT_ID"), memberProject.id},
            {QStringLiteral("IMSDESK_SANDBOX_ADMIN_TOKEN"), adminToken()}};
}

QString SandboxServer::adminToken() const {
    return QString::fromStdString(d->adminToken);
}

} // namespace sandbox
