#pragma once

// Faults for tests and demos, each scoped to a route pattern (a regular expression searched in
// "METHOD /path"). Spec syntax, for --fault and the admin route:
//   KIND[:key=value,key=value…]
// KIND: latency (ms=, at most five minutes), error (status=500|503), gateway (status=, default
//       404: the API gateway answers, APIG body, on any route, before the service sees it),
//       throttle (retry_after=), drop, malformed, truncated, expire-token, job-fail (code=,
//       reason=)
// keys common to all: route= (regex, default every route), query= (regex searched in the
//       request's query string, default any), rate= (0..1, default 1),
//       count= (fire at most this many times, default unlimited),
//       skip= (let this many matching requests through first, default 0),
//       region= (only requests to that region's endpoint, default every region; IAM is global
//       and served at the root, so a region-scoped fault never fires on it)
// drop takes when=before (default: the request is read, not handled, and the connection closed)
//       or when=after (the request is handled, its changes are made, and the answer is lost)
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <mutex>
#include <optional>
#include <random>
#include <vector>

namespace sandbox {

// A latency fault holds a server thread for its whole wait: capped, so that a typo cannot park
// the sandbox's threads for hours.
constexpr int kMaxLatencyMs = 5 * 60 * 1000;

struct Fault {
    enum class Kind {
        Latency,
        Error,
        Gateway,
        Throttle,
        Drop,
        Malformed,
        Truncated,
        ExpireToken,
        JobFail
    };
    Kind kind = Kind::Error;
    QString spec;
    QRegularExpression route;
    QRegularExpression query; // empty pattern: any query
    QString region;           // empty: every region
    double rate = 1.0;
    int remaining = -1;
    int skip = 0;
    bool afterHandling = false; // drop: when=after
    int ms = 0;
    int status = 500;
    int retryAfter = 1;
    QString code = QStringLiteral("IMG.0057");
    QString reason;
    int id = 0;

    static std::optional<Fault> parse(const QString &spec, QString *error);
};

class Faults final {
public:
    int add(Fault fault);
    bool remove(int id);
    void clear();
    QJsonArray list() const;
    // The faults that fire for this request; counts are consumed. `region` is the region whose
    // endpoint was called, empty for IAM (global): a region-scoped fault skips it.
    std::vector<Fault> fire(const QString &method, const QString &path, const QString &query = {},
                            const QString &region = {});

private:
    mutable std::mutex m_mutex;
    std::vector<Fault> m_faults;
    std::mt19937 m_rng{20240611};
    int m_nextId = 1;
};

} // namespace sandbox
