#pragma once

// Routes by method and path template ("/v2/images/{}/members/{}"; a last "{...}" takes the
// rest of the path, slashes included). A path that matches with
// another method answers 405 like Glance; cpp-httplib alone would answer 404.
#include "http.h"

#include <functional>
#include <vector>

namespace sandbox {

enum class Auth { None, Required };
enum class Locking { Dispatcher, Handler }; // Handler: streams and takes the store lock itself

class Router final {
public:
    using Handler = std::function<void(Call &)>;
    struct Route {
        QString method;
        QStringList segments;
        Family family;
        Auth auth;
        Locking locking;
        Handler handler;
    };
    struct Match {
        const Route *route = nullptr;
        QStringList params;
        QStringList allowed; // methods of routes whose path matched, for 405
    };

    void add(const char *method, const char *pattern, Family family, Auth auth, Handler handler,
             Locking locking = Locking::Dispatcher);
    Match match(const QString &method, const QString &path) const;

private:
    std::vector<Route> m_routes;
};

// Which service a path belongs to, for the error format of unknown routes.
Family familyOf(const QString &path);

} // namespace sandbox
