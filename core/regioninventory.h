#pragma once

#include "imagelisting.h"
#include "profile.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace ims {

class Connection;
class Session;

// Where a row of the inventory lives: the profile (as the user named it) and the region.
struct RegionKey final {
    QString profile;
    QString region;
    friend bool operator==(const RegionKey &, const RegionKey &) = default;
};
inline size_t qHash(const RegionKey &key, size_t seed = 0) {
    return qHashMulti(seed, key.profile, key.region);
}

// The profile of one region of an account, derived from the profile the user saved: the region,
// that region's project (id and name) and endpoints. The identity URL and the credentials are the
// account's; the image and ECS endpoints come from the token's catalog (for the region), except
// that a profile with explicit URLs keeps them for its own region and takes the cloud's preset
// URL (SPEC §1.2) for another. Its name is the base profile's for the profile's own region, and
// regionalProfileName() for every other one: jobs are kept per profile name and polled through
// the connection of that name, so a job started in eu-nl must not be polled through eu-de's.
Profile regionProfile(const Profile &base, const QString &region, const ProjectInfo &project);
// "<profile>@<region>": the name under which jobs started in another region are kept.
QString regionalProfileName(const QString &profile, const QString &region);
// The inverse for a job's profile name: the base profile and the region, the region empty when
// `name` is a plain profile name (its own region). Only names regionalProfileName() made split.
RegionKey splitRegionalProfileName(const QString &name, const QStringList &knownProfiles);
// The regions a profile's inventory covers, from IAM's projects: one per region (the project
// named like the region; a region with only sub-projects "eu-de_sub" takes its first), enabled
// ones only, restricted to profile.inventoryRegions when it names any, in IAM's order; the
// profile's own region always, first. A plain OpenStack's project names are not regions and its
// projects span regions: there the profile's region and its inventoryRegions, all in its project.
QList<QPair<QString, ProjectInfo>> inventoryRegions(const Profile &profile,
                                                    const QList<ProjectInfo> &projects);

// One inventory of images across regions and profiles. For each profile it discovers the
// account's projects (GET /v3/auth/projects through the profile's own connection), builds one
// Connection per (profile, region) with regionProfile(), and lists every region at once, each
// through its own ImageListing (a worker thread per listing: no region waits for another, and
// the GUI thread receives prepared batches only). Every image it reports carries `region` and,
// when the inventory spans profiles, `profile`.
//
// A region's failure is its own: regionFailed for it, the others go on and finish. A profile
// whose discovery fails (IAM refuses the project list) still lists its own region, after
// discoveryFailed. Operations on a row go through connection(row.profile, row.region), which
// lives as long as the inventory (or until the next start()).
class RegionInventory final : public QObject {
    Q_OBJECT

public:
    explicit RegionInventory(QObject *parent = nullptr);
    ~RegionInventory() override;

    // Profiles join before start(); a profile added again replaces its earlier entry. `home`, when
    // given, is the profile's connection already logged in (the window's): its own region's rows
    // go through it, and its jobs stay where they are followed; it must outlive the inventory.
    void addProfile(const Profile &profile, const Credentials &credentials,
                    Connection *home = nullptr);
    // A profile leaves: its listings stop (silently) and its connections go with it.
    void removeProfile(const QString &profile);
    QStringList profiles() const;
    // Whether images are tagged with their profile too (more than one profile joined).
    bool spansProfiles() const { return m_members.size() > 1; }
    void setQuery(const ImageListQuery &query) { m_query = query; }
    void setListingOptions(const ListingOptions &options) { m_options = options; }
    // Called on the session of every connection the inventory makes, before its first request
    // (timeouts, a request log, a retry policy): what the caller does to its own.
    void setSessionSetup(std::function<void(Session &)> setup) { m_setup = std::move(setup); }

    // Discovers every profile's regions (once; later calls reuse them) and lists them all. A
    // listing still running is cancelled first, silently.
    void start();
    // Lists the known regions again (after start() discovered them), or only `key`'s.
    void relist(const RegionKey &key);
    // Lists one profile's regions (discovering them first if need be), the others left as they
    // are: a profile that joins while the others list.
    void start(const QString &profile);
    void cancel();
    bool isRunning() const { return m_running > 0; }

    // Every (profile, region) discovered so far, in discovery order.
    QList<RegionKey> regions() const;
    // The connection that owns a region's rows; null for a region not discovered. `region` empty:
    // the profile's own region.
    Connection *connection(const QString &profile, const QString &region) const;
    // The connection a job's profile name belongs to (see regionalProfileName()); null if none.
    Connection *connectionForJobProfile(const QString &jobProfile) const;
    // The last outcome of a region: nullopt while it lists or when it succeeded.
    std::optional<ApiError> regionError(const RegionKey &key) const;

signals:
    void regionsDiscovered(const QString &profile, const QStringList &regions);
    // IAM did not give the project list: the profile's own region is listed alone.
    void discoveryFailed(const QString &profile, const ims::ApiError &error);
    void regionStarted(const ims::RegionKey &key);
    void batch(const ims::RegionKey &key, const QList<ims::Image> &images);
    void regionFinished(const ims::RegionKey &key, int total);
    void regionFailed(const ims::RegionKey &key, const ims::ApiError &error);
    // Every region of every profile finished or failed.
    void finished();

private:
    struct Member;
    struct Region;
    Member *member(const QString &profile) const;
    Region *region(const RegionKey &key) const;
    void release(Member &member);
    void discover(Member &member);
    void adopt(Member &member, const QList<QPair<QString, ProjectInfo>> &regions);
    void list(Region &region);
    void settle(Region &region, const Result<int> &result);

    std::vector<std::unique_ptr<Member>> m_members;
    ImageListQuery m_query;
    ListingOptions m_options;
    std::function<void(Session &)> m_setup;
    int m_running = 0; // discoveries and listings not yet settled
};

} // namespace ims

Q_DECLARE_METATYPE(ims::RegionKey)
