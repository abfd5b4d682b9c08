#include "regioninventory.h"

#include "authrequests.h"
#include "connection.h"
#include "logging.h"
#include "send.h"
#include "session.h"

#include <QSet>

namespace ims {

namespace {
constexpr QChar kRegionSeparator = QLatin1Char('@');
} // namespace

QString regionalProfileName(const QString &profile, const QString &region) {
    return profile + kRegionSeparator + region;
}

RegionKey splitRegionalProfileName(const QString &name, const QStringList &knownProfiles) {
    if (knownProfiles.contains(name))
        return {name, {}};
    const qsizetype at = name.lastIndexOf(kRegionSeparator);
    if (at > 0 && knownProfiles.contains(name.left(at)))
        return {name.left(at), name.mid(at + 1)};
    return {name, {}};
}

Profile regionProfile(const Profile &base, const QString &region, const ProjectInfo &project) {
    if (region == base.region)
        return base; // the profile as saved: its own project, URLs and jobs
    Profile p = base;
    p.name = regionalProfileName(base.name, region);
    p.region = region;
    p.projectId = project.id;
    p.projectName = project.name.isEmpty() ? region : project.name;
    // The saved URLs are the own region's. Another region's come from the token's catalog, or
    // from the cloud's preset for a profile that does not trust the catalog.
    p.imageUrl = QUrl();
    p.ecsUrl = QUrl();
    if (!base.imageUrl.isEmpty())
        if (const std::optional<Profile> preset = presetProfile(base.cloud, region))
            p.imageUrl = preset->imageUrl;
    return p;
}

QList<QPair<QString, ProjectInfo>> inventoryRegions(const Profile &profile,
                                                    const QList<ProjectInfo> &projects) {
    QList<QPair<QString, ProjectInfo>> out;
    ProjectInfo own;
    own.id = profile.projectId;
    own.name = profile.projectName;
    out.append({profile.region, own});
    if (!profile.hasImsExtension()) {
        for (const QString &region : profile.inventoryRegions)
            if (region != profile.region)
                out.append({region, own});
        return out;
    }
    QHash<QString, qsizetype> at; // region → its entry in `out`
    at.insert(profile.region, 0);
    for (const ProjectInfo &project : projects) {
        const QString region = project.region();
        if (!project.enabled || region.isEmpty())
            continue;
        if (!profile.inventoryRegions.isEmpty() && !profile.inventoryRegions.contains(region) &&
            region != profile.region)
            continue;
        const auto known = at.constFind(region);
        if (known == at.cend()) {
            at.insert(region, out.size());
            out.append({region, project});
        } else if (!project.isSubProject() && *known > 0) {
            out[*known].second = project; // the region's own project wins over a sub-project
        }
    }
    return out;
}

struct RegionInventory::Region {
    RegionKey key;
    Connection *connection = nullptr; // owned by the inventory unless it is the member's home
    QPointer<ImageListing> listing;
    std::optional<ApiError> error;
};

struct RegionInventory::Member {
    Profile profile;
    Credentials credentials;
    Connection *home = nullptr;
    bool ownsHome = false;
    bool discovered = false;
    QPointer<ProjectListRequest> discovery;
    std::vector<std::unique_ptr<Region>> regions;
};

RegionInventory::RegionInventory(QObject *parent)
    : QObject(parent) {}

RegionInventory::~RegionInventory() {
    for (const auto &m : m_members)
        release(*m);
}

void RegionInventory::release(Member &m) {
    if (m.discovery) {
        delete m.discovery;
        --m_running;
    }
    for (const auto &r : m.regions) {
        if (r->listing) {
            delete r->listing;
            --m_running;
        }
        if (r->connection != m.home)
            delete r->connection;
    }
    m.regions.clear();
    if (m.ownsHome)
        delete m.home;
    m.home = nullptr;
}

void RegionInventory::addProfile(const Profile &profile, const Credentials &credentials,
                                 Connection *home) {
    auto member = std::make_unique<Member>();
    member->profile = profile;
    member->credentials = credentials;
    member->home = home ? home : new Connection(profile, credentials, this);
    member->ownsHome = !home;
    if (!home && m_setup)
        m_setup(*member->home->session());
    for (auto it = m_members.begin(); it != m_members.end(); ++it)
        if ((*it)->profile.name == profile.name) {
            release(**it);
            m_members.erase(it);
            break;
        }
    m_members.push_back(std::move(member));
}

void RegionInventory::removeProfile(const QString &profile) {
    const bool running = m_running > 0;
    for (auto it = m_members.begin(); it != m_members.end(); ++it)
        if ((*it)->profile.name == profile) {
            release(**it);
            m_members.erase(it);
            break;
        }
    if (running && m_running == 0) // what was left waiting for it is done
        emit finished();
}

QStringList RegionInventory::profiles() const {
    QStringList names;
    for (const auto &m : m_members)
        names.append(m->profile.name);
    return names;
}

RegionInventory::Member *RegionInventory::member(const QString &profile) const {
    for (const auto &m : m_members)
        if (m->profile.name == profile)
            return m.get();
    return nullptr;
}

RegionInventory::Region *RegionInventory::region(const RegionKey &key) const {
    const Member *m = member(key.profile);
    if (!m)
        return nullptr;
    const QString name = key.region.isEmpty() ? m->profile.region : key.region;
    for (const auto &r : m->regions)
        if (r->key.region == name)
            return r.get();
    return nullptr;
}

void RegionInventory::start() {
    cancel();
    for (const auto &m : m_members) {
        if (!m->discovered) {
            discover(*m);
            continue;
        }
        for (const auto &r : m->regions)
            list(*r);
    }
}

void RegionInventory::start(const QString &profile) {
    Member *m = member(profile);
    if (!m || m->discovery)
        return; // its discovery lists it
    if (!m->discovered) {
        discover(*m);
        return;
    }
    for (const auto &r : m->regions)
        list(*r);
}

void RegionInventory::relist(const RegionKey &key) {
    if (Region *r = region(key))
        list(*r);
}

void RegionInventory::cancel() {
    // Silently: what the caller stops is not a failure of the regions.
    for (const auto &m : m_members) {
        if (m->discovery) {
            delete m->discovery;
            --m_running;
        }
        for (const auto &r : m->regions)
            if (r->listing) {
                delete r->listing;
                --m_running;
            }
    }
}

void RegionInventory::discover(Member &m) {
    ++m_running;
    const QString name = m.profile.name;
    m.discovery = send(new ProjectListRequest(m.home->session()), this,
                       [this, name](const Result<QList<ProjectInfo>> &projects) {
                           Member *m = member(name);
                           if (!m)
                               return;
                           --m_running;
                           if (!projects)
                               emit discoveryFailed(name, projects.error());
                           adopt(*m, inventoryRegions(m->profile, projects ? projects.value()
                                                                           : QList<ProjectInfo>()));
                           if (m_running == 0)
                               emit finished();
                       });
}

void RegionInventory::adopt(Member &m, const QList<QPair<QString, ProjectInfo>> &regions) {
    m.discovered = true;
    QStringList names;
    for (const auto &[name, project] : regions) {
        auto r = std::make_unique<Region>();
        r->key = {m.profile.name, name};
        if (name == m.profile.region) {
            r->connection = m.home;
        } else {
            r->connection =
                new Connection(regionProfile(m.profile, name, project), m.credentials, this);
            if (m_setup)
                m_setup(*r->connection->session());
        }
        names.append(name);
        m.regions.push_back(std::move(r));
    }
    emit regionsDiscovered(m.profile.name, names);
    for (const auto &r : m.regions)
        list(*r);
}

void RegionInventory::list(Region &r) {
    if (r.listing)
        delete r.listing;
    else
        ++m_running;
    r.error.reset();
    r.listing = new ImageListing(r.connection->session(), m_query, m_options, this);
    const RegionKey key = r.key;
    const QString profileTag = spansProfiles() ? key.profile : QString();
    connect(r.listing, &ImageListing::batch, this,
            [this, key, profileTag](const QList<Image> &images) {
                QList<Image> tagged = images;
                for (Image &image : tagged) {
                    image.region = key.region;
                    image.profile = profileTag;
                }
                emit batch(key, tagged);
            });
    connect(r.listing, &ImageListing::finished, this, [this, key](const Result<int> &result) {
        if (Region *r = region(key))
            settle(*r, result);
    });
    emit regionStarted(key);
    r.listing->start();
}

void RegionInventory::settle(Region &r, const Result<int> &result) {
    r.listing->deleteLater();
    r.listing.clear();
    --m_running;
    if (result) {
        emit regionFinished(r.key, result.value());
    } else {
        r.error = result.error();
        qCWarning(lcApi) << "region" << r.key.region << "of" << r.key.profile
                         << "failed to list:" << result.error().message;
        emit regionFailed(r.key, result.error());
    }
    if (m_running == 0)
        emit finished();
}

QList<RegionKey> RegionInventory::regions() const {
    QList<RegionKey> keys;
    for (const auto &m : m_members)
        for (const auto &r : m->regions)
            keys.append(r->key);
    return keys;
}

Connection *RegionInventory::connection(const QString &profile, const QString &region) const {
    const Region *r = this->region({profile, region});
    if (r)
        return r->connection;
    const Member *m = member(profile);
    return m && (region.isEmpty() || region == m->profile.region) ? m->home : nullptr;
}

Connection *RegionInventory::connectionForJobProfile(const QString &jobProfile) const {
    const RegionKey key = splitRegionalProfileName(jobProfile, profiles());
    return connection(key.profile, key.region);
}

std::optional<ApiError> RegionInventory::regionError(const RegionKey &key) const {
    const Region *r = region(key);
    return r ? r->error : std::nullopt;
}

} // namespace ims
