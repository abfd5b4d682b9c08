#pragma once

#include "lineage.h"
#include "missingsources.h"
#include "profile.h"
#include "profilefilewatcher.h"
#include "regioninventory.h"
#include "serverusage.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace ims {

class Connection;
class ImageTableModel;
class MainWindow;
class OperationsController;
class ProfileStore;
class SecretStore;
struct TrackedJob;

// The window's "All regions" view: while it is shown, the rows are the RegionInventory's (every
// region of the profile, each listed through its own connection) instead of the browser's.
// It feeds the region chips and the per-region errors, links copies to their source (Lineage:
// the "Copy of" column and the details pane's Copies), counts the servers made from each image
// (ServerUsage: Used by, the delete dialog's impact), routes the operations on a row to its
// region's connection, and shows a copy made from the window once its job succeeds, read in
// the region it landed in (no listing).
//
// Other saved profiles join the inventory when the user chooses them in the region bar's
// Profiles menu (settings::InventoryProfiles keeps the choice): each is logged in with its
// keychain secret, read asynchronously as JobFollowers reads it; one whose secret is not
// available says so in the bar while the others list. Rows then carry their profile (the
// Profile column), and an operation on one goes through its profile's region connection.
class AllRegionsController final : public QObject {
    Q_OBJECT

public:
    AllRegionsController(Connection *home, const Credentials &credentials, ImageTableModel *images,
                         MainWindow *window, OperationsController *operations,
                         QObject *parent = nullptr);
    ~AllRegionsController() override;

    // The view was chosen (or F5 in it): the rows are emptied and every region listed.
    void show();
    RegionInventory *inventory() { return &m_inventory; }
    // The saved profiles the Profiles menu offers, and the keychain their secrets are read
    // from; the profiles chosen earlier join now. Without this call only the window's lists.
    void offerProfiles(ProfileStore *profiles, SecretStore *secrets);
    // What the region bar says of a chosen profile whose secret cannot be read.
    static QString secretMissingText(const QString &profile);
    // "Clear finished": the other regions' trackers forget these too (each writes its removals,
    // keyed by its own profile, so that a restart does not bring them back).
    void forgetJobs(const QStringList &jobIds);
    const Lineage &lineage() const { return m_lineage; }

signals:
    // The jobs of the other regions' connections (the window's own are its tracker's), for the
    // jobs panel: started on their rows, followed by their own trackers.
    void jobUpdated(const ims::TrackedJob &job);
    void jobRemoved(const QString &jobId);
    void jobEnded(const ims::TrackedJob &job); // after its last jobUpdated

private:
    void hide();
    void offer();
    // The Profiles menu as the profile file says now; false before offerProfiles().
    bool showProfileChoice();
    void chooseProfiles(const QStringList &others);
    void join(const QString &profile);
    void leave(const QString &profile);
    void profilesChanged();
    void updateChips();
    QString placeOf(const RegionKey &key) const;
    void arrive(const QList<Image> &images);
    Image linked(Image image) const;
    void regionListed(const RegionKey &key);
    void watch(Connection *connection);
    void jobFinished(const TrackedJob &job);
    void readImage(Connection *connection, const QString &imageId);
    void updateServerCounts();
    void showDetails(const QString &imageId);
    // The sources of `rows` that no listing brought, read by id (MissingSources) once the
    // inventory has listed every region: before that, a source may still arrive in a listing.
    void askMissingSources(const QList<Image> &rows);
    void sourceFound(const Image &source);
    void sourceGone(const QString &sourceId);
    void refreshShownDetails();
    // A 404 in the copy's region means gone only if no region failed to list: the source may
    // live in the one that failed.
    bool isGone(const QString &sourceId) const;
    void readDetails(const QString &imageId);
    QStringList regionsOf(const QString &profile) const;
    QString profileOf(const Image &image) const;

    QPointer<Connection> m_home;
    ImageTableModel *m_images;
    MainWindow *m_window;
    QPointer<OperationsController> m_operations;
    ProfileStore *m_profiles = nullptr;
    QPointer<SecretStore> m_secrets;
    QSet<QString> m_reading;          // chosen profiles whose secrets are being read
    ProfileFileWatcher m_profileFile; // profiles saved meanwhile, here or by imsctl
    RegionInventory m_inventory;
    Lineage m_lineage;
    // Sources read by id because the listing did not bring them (a public image, another
    // view's): asked once each, so a source really gone is told by the cloud's 404.
    MissingSources m_sources;
    ServerUsage m_usage;
    QList<QPointer<Connection>> m_watched; // their jobs and answers reach the rows
    bool m_shown = false;
};

} // namespace ims
