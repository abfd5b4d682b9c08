#pragma once

// What the route modules share: the store, the router, the data directory and authentication.
#include "faults.h"
#include "flavor.h"
#include "router.h"
#include "store.h"

namespace sandbox {

struct Api {
    Store &store;
    Router router;
    QString dataDir;
    qint64 uploadCap = 0;
    Flavor flavor = Flavor::Ims;

    explicit Api(Store &s)
        : store(s) {}

    // Checks X-Auth-Token or the AK/SK signature; on failure writes the family's 401.
    // Takes the store lock itself.
    bool authenticate(Call &call, bool expireToken);
    // The base URL of a region's endpoint (the default region is the server root).
    QString regionBase(const QString &serverBase, const QString &region) const;
};

void addIamRoutes(Api &api);
void addGlanceRoutes(Api &api);
void addGlanceSharingRoutes(Api &api);
void addGlanceDataRoutes(Api &api);
void addImsRoutes(Api &api);
void addImsActionRoutes(Api &api);
void addImsTagRoutes(Api &api);
void addEcsRoutes(Api &api);
// Glance flavour: how upstream Glance answers a path it has no route for (no IMS extension):
// an unknown version prefix gets 300 with the version list, anything else needs a token and
// then gets Glance's 404.
void answerUnroutedAsGlance(Api &api, Call &call, bool expireToken);

} // namespace sandbox
