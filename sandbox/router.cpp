#include "router.h"

namespace sandbox {

void Router::add(const char *method, const char *pattern, Family family, Auth auth, Handler handler,
                 Locking locking) {
    m_routes.push_back({QString::fromLatin1(method),
                        QString::fromLatin1(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts),
                        family, auth, locking, std::move(handler)});
}

Router::Match Router::match(const QString &method, const QString &path) const {
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        const bool rest =
            !route.segments.isEmpty() && route.segments.back() == QLatin1String("{...}");
        if (rest ? segments.size() < route.segments.size()
                 : route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < route.segments.size() && same; ++i) {
            if (rest && i == route.segments.size() - 1)
                params.append(segments.mid(i).join(QLatin1Char('/')));
            else if (route.segments[i] == QLatin1String("{}"))
                params.append(segments[i]);
            else
                same = route.segments[i] == segments[i];
        }
        if (!same)
            continue;
        // The first literal route wins over templates registered later (e.g. /v2/images/tags).
        if (route.method == method) {
            if (!result.route) {
                result.route = &route;
                result.params = params;
            }
        } else if (!result.allowed.contains(route.method)) {
            result.allowed.append(route.method);
        }
    }
    return result;
}

Family familyOf(const QString &path) {
    if (path.startsWith(QLatin1String("/v3")))
        return Family::Iam;
    if (path.startsWith(QLatin1String("/_sandbox")))
        return Family::Admin;
    if (path == QLatin1String("/") || path == QLatin1String("/v2") ||
        path == QLatin1String("/v2/") || path.startsWith(QLatin1String("/v2/images")) ||
        path.startsWith(QLatin1String("/v2/schemas")) || path == QLatin1String("/versions") ||
        path.startsWith(QLatin1String("/v2/info")))
        return Family::Glance;
    if (path.contains(QLatin1String("/cloudservers")))
        return Family::Ecs;
    return Family::Ims;
}

} // namespace sandbox
