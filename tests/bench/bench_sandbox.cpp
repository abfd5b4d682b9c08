// Sandbox benchmark (not a test): prints figures, each beside a baseline measured in the same
// run so that the ratio, not the machine, is what to compare.
//   1. seeding 100 000 private images (start() with --images 100000), against start() without
//   2. walking every page of 100 000 images cold; median latency of a warm 500-image page of
//      GET /v2/cloudimages at 100 000 images, against GET /
//   3. requests per second at 32 keep-alive connections (GET /v2/images/{id}), against GET /
#include "../integration/sandboxfixture.h"
#include "sandboxserver.h"

#include <httplib.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

double elapsedMs(const std::function<void()> &work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

std::string login(quint16 port, const QMap<QString, QString> &env) {
    httplib::Client client("127.0.0.1", port);
    const QByteArray body = SandboxFixture::tokenBody(
        env["OS_USERNAME"], env["OS_PASSWORD"], env["OS_PROJECT_NAME"], env["OS_USER_DOMAIN_NAME"]);
    auto r = client.Post("/v3/auth/tokens", body.toStdString(), "application/json");
    return r ? r->get_header_value("X-Subject-Token") : std::string();
}

double medianMs(httplib::Client &client, const std::string &path, const httplib::Headers &headers,
                int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(elapsedMs([&] {
            auto r = client.Get(path, headers);
            if (!r || r->status >= 400)
                std::fprintf(stderr, "unexpected answer for %s\n", path.c_str());
        }));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double requestsPerSecond(quint16 port, const std::string &path, const httplib::Headers &headers,
                         int connections, int seconds) {
    std::atomic<bool> stop{false};
    std::atomic<long> done{0};
    std::vector<std::thread> threads;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < connections; ++c)
        threads.emplace_back([&] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            while (!stop) {
                auto r = client.Get(path, headers);
                if (r && r->status < 400)
                    ++done;
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    return double(done) / (double(timer.elapsed()) / 1000.0);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);

    // 1. Seeding.
    const double baseStart = elapsedMs([] {
        sandbox::SandboxServer s;
        s.start(0);
        s.stop();
    });
    sandbox::SandboxOptions options;
    options.images = 100000;
    sandbox::SandboxServer server(options);
    quint16 port = 0;
    const double seedStart = elapsedMs([&] { port = server.start(0); });
    std::printf("seeding 100000 images: start() %.0f ms (requirement: < 2000 ms), %.1f x start() "
                "without --images (%.1f ms)\n",
                seedStart, seedStart / baseStart, baseStart);

    QMap<QString, QString> env;
    for (const auto &[name, value] : server.environment())
        env.insert(name, value);
    const httplib::Headers auth{{"X-Auth-Token", login(port, env)}};
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);

    // 2. Every page of the listing once, cold (nothing sorted or serialised yet), as a client
    // that loads everything does; then a 500-image page again (warm), from the start and from
    // a marker in the middle.
    int pages = 0;
    const double walk = elapsedMs([&] {
        std::string next = "/v2/cloudimages?limit=500";
        while (!next.empty()) {
            auto r = client.Get(next, auth);
            const QJsonArray images =
                QJsonDocument::fromJson(QByteArray::fromStdString(r ? r->body : std::string()))
                    .object()
                    .value("images")
                    .toArray();
            ++pages;
            next = images.size() < 500
                       ? std::string()
                       : "/v2/cloudimages?limit=500&marker=" +
                             images.last().toObject().value("id").toString().toStdString();
        }
    });
    std::printf("every page of 100000 images, cold: %.0f ms for %d pages (%.1f ms per page, "
                "client parsing included)\n",
                walk, pages, walk / pages);
    auto middle =
        client.Get("/v2/cloudimages?limit=500&sort_key=name&sort_dir=asc&name=bulk-050000", auth);
    const QString marker =
        QJsonDocument::fromJson(QByteArray::fromStdString(middle ? middle->body : std::string()))
            .object()
            .value("images")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString();
    const double root = medianMs(client, "/", {}, 200);
    const double page = medianMs(client, "/v2/cloudimages?limit=500", auth, 21);
    const double markerPage =
        medianMs(client, "/v2/cloudimages?limit=500&marker=" + marker.toStdString(), auth, 21);
    std::printf(
        "GET /v2/cloudimages?limit=500 at 100000 images, warm: median %.1f ms first page, %.1f "
        "ms from a marker; "
        "%.0f x / %.0f x GET / (%.3f ms)\n",
        page, markerPage, page / root, markerPage / root, root);

    // 3. Throughput at 32 connections, on a store of ordinary size.
    sandbox::SandboxServer small;
    const quint16 smallPort = small.start(0);
    QMap<QString, QString> smallEnv;
    for (const auto &[name, value] : small.environment())
        smallEnv.insert(name, value);
    const httplib::Headers smallAuth{{"X-Auth-Token", login(smallPort, smallEnv)}};
    httplib::Client smallClient("127.0.0.1", smallPort);
    auto list = smallClient.Get("/v2/images?limit=1", smallAuth);
    const std::string imageId =
        QJsonDocument::fromJson(QByteArray::fromStdString(list ? list->body : std::string()))
            .object()
            .value("images")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString()
            .toStdString();
    requestsPerSecond(smallPort, "/", {}, 32, 1); // warm-up: threads, connections, caches
    const double rpsRoot = requestsPerSecond(smallPort, "/", {}, 32, 2);
    const double rpsImage = requestsPerSecond(smallPort, "/v2/images/" + imageId, smallAuth, 32, 2);
    std::printf(
        "32 connections: GET /v2/images/{id} %.0f requests/s = %.2f x GET / (%.0f requests/s)\n",
        rpsImage, rpsImage / rpsRoot, rpsRoot);
    server.stop();
    small.stop();
    return 0;
}
