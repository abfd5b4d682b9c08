#include "allregions.h"

#include "connection.h"
#include "detailspane.h"
#include "imageoperations.h"
#include "imagetablemodel.h"
#include "imagetableview.h"
#include "jobtracker.h"
#include "logging.h"
#include "mainwindow.h"
#include "operations.h"
#include "profilestore.h"
#include "recipes.h"
#include "regionbar.h"
#include "secretstore.h"
#include "session.h"
#include "settingskeys.h"

#include <QDateTime>
#include <QSettings>

#include <algorithm>

namespace ims {

AllRegionsController::AllRegionsController(Connection *home, const Credentials &credentials,
                                           ImageTableModel *images, MainWindow *window,
                                           OperationsController *operations, QObject *parent)
    : QObject(parent)
    , m_home(home)
    , m_images(images)
    , m_window(window)
    , m_operations(operations) {
    m_inventory.addProfile(home->profile(), credentials, home);
    ImageListQuery query;
    query.attributes = codec::Attributes::Drop; // the table keeps decoded fields (memory)
    m_inventory.setQuery(query);
    RegionBar *bar = window->regionBar();
    bar->setProfiles({}, home->profile().name, {}); // until offerProfiles(): the window's alone
    window->setProfileColumnShown(false);
    // Only the menu follows a save: the keychain is not asked again for every one.
    connect(&m_profileFile, &ProfileFileWatcher::changed, this, [this] { showProfileChoice(); });
    connect(&m_inventory, &RegionInventory::regionsDiscovered, this, [this] { updateChips(); });
    connect(&m_inventory, &RegionInventory::regionStarted, bar,
            [this, bar](const RegionKey &key) { bar->setRegionError(placeOf(key), {}); });
    connect(&m_inventory, &RegionInventory::batch, this,
            [this](const RegionKey &key, const QList<Image> &batch) {
                // Every row says whose it is, also those listed before a second profile joined.
                QList<Image> tagged = batch;
                for (Image &image : tagged)
                    image.profile = key.profile;
                arrive(tagged);
            });
    connect(&m_inventory, &RegionInventory::regionFinished, this,
            [this](const RegionKey &key) { regionListed(key); });
    connect(&m_inventory, &RegionInventory::regionFailed, bar,
            [this, bar](const RegionKey &key, const ApiError &error) {
                bar->setRegionError(placeOf(key), describe(error));
            });
    connect(bar, &RegionBar::profilesChosen, this, &AllRegionsController::chooseProfiles);
    connect(&m_inventory, &RegionInventory::discoveryFailed, this,
            [this](const QString &profile, const ApiError &error) {
                m_window->showError(tr("Finding the regions of %1").arg(profile), error);
            });
    connect(&m_inventory, &RegionInventory::finished, this, [this] {
        m_window->setLoaded(QDateTime::currentDateTimeUtc(), false);
        askMissingSources(m_images->images());
    });
    connect(&m_sources, &MissingSources::found, this, &AllRegionsController::sourceFound);
    connect(&m_sources, &MissingSources::gone, this, &AllRegionsController::sourceGone);
    connect(&m_usage, &ServerUsage::changed, this, &AllRegionsController::updateServerCounts);

    connect(window, &MainWindow::viewChanged, this, [this](MainWindow::View view) {
        if (view == MainWindow::View::AllRegions)
            show();
        else
            hide();
    });
    connect(window, &MainWindow::refreshRequested, this, [this] {
        if (m_shown)
            show();
    });
    connect(window, &MainWindow::currentImageChanged, this, [this](const QString &id) {
        if (m_shown)
            readDetails(id);
    });
    connect(window->detailsPane(), &DetailsPane::replicateMissingRequested, this,
            [this](const QString &sourceId, const QStringList &regions) {
                if (const Image *source = m_images->image(sourceId); source && m_operations)
                    m_operations->replicateTo(*source, regions);
            });
    operations->setRowConnection([this](const Image &image) -> Connection * {
        return m_shown ? m_inventory.connection(profileOf(image), image.region) : nullptr;
    });
    operations->setServerImpact([this](const QString &imageId) {
        return m_shown ? m_usage.impactText(imageId) : QString();
    });
    watch(home);
}

AllRegionsController::~AllRegionsController() {
    // Nothing the inventory ends with reaches this half-destroyed controller.
    m_inventory.disconnect(this);
    m_usage.disconnect(this);
    m_sources.disconnect(this);
    m_inventory.cancel();
    if (m_operations) { // the resolvers point into this object
        m_operations->setRowConnection({});
        m_operations->setServerImpact({});
    }
}

QString AllRegionsController::secretMissingText(const QString &profile) {
    return tr("Secret not available — log in to %1 to list its images").arg(profile);
}

void AllRegionsController::offerProfiles(ProfileStore *profiles, SecretStore *secrets) {
    m_profiles = profiles;
    m_secrets = secrets;
    m_profileFile.watch(profiles->fileName());
    offer();
}

void AllRegionsController::offer() {
    if (!showProfileChoice())
        return;
    // Chosen, not joined yet: asked again (a keychain unlocked meanwhile).
    for (const QString &name : m_window->regionBar()->chosenProfiles())
        join(name);
}

bool AllRegionsController::showProfileChoice() {
    if (!m_profiles || !m_home)
        return false;
    m_window->regionBar()->setProfiles(m_profiles->names(), m_home->profile().name,
                                       settings::InventoryProfiles.read(QSettings()));
    return true;
}

void AllRegionsController::chooseProfiles(const QStringList &others) {
    QSettings settings;
    // The window's own profile is not in the menu's choice; chosen while another was the
    // window's, it stays chosen for when that one is again.
    QStringList kept = others;
    if (m_home && settings::InventoryProfiles.read(settings).contains(m_home->profile().name))
        kept << m_home->profile().name;
    settings::InventoryProfiles.write(settings, kept);
    for (const QString &name : m_inventory.profiles()) {
        if (m_home && name != m_home->profile().name && !others.contains(name))
            leave(name);
    }
    for (const QString &name : m_window->regionBar()->profileErrorProfiles()) {
        if (!others.contains(name))
            m_window->regionBar()->setProfileError(name, {});
    }
    for (const QString &name : others)
        join(name);
}

void AllRegionsController::join(const QString &name) {
    if (!m_profiles || !m_secrets || m_reading.contains(name) ||
        m_inventory.profiles().contains(name))
        return;
    const std::optional<Profile> profile = m_profiles->load(name);
    if (!profile)
        return; // no longer saved
    m_reading.insert(name);
    readProfileCredentials(
        *m_secrets, *profile,
        [self = QPointer(this), profile = *profile](const Credentials &credentials, bool complete) {
            if (!self)
                return;
            self->m_reading.remove(profile.name);
            RegionBar *bar = self->m_window->regionBar();
            if (!bar->chosenProfiles().contains(profile.name))
                return; // unchosen while its secret was read
            if (!complete) {
                qCInfo(lcApi).noquote()
                    << "profile" << profile.name << "not in the inventory: no secret";
                bar->setProfileError(profile.name, secretMissingText(profile.name));
                return;
            }
            bar->setProfileError(profile.name, {});
            self->m_inventory.addProfile(profile, credentials);
            self->profilesChanged();
            if (self->m_shown)
                self->m_inventory.start(profile.name);
        });
}

void AllRegionsController::leave(const QString &name) {
    RegionBar *bar = m_window->regionBar();
    for (const RegionKey &key : m_inventory.regions()) {
        if (key.profile == name)
            bar->setRegionError(placeOf(key), {});
    }
    m_usage.forget(name); // before the sessions its server lists go through
    m_inventory.removeProfile(name);
    const auto theirs = [this, &name](const Image &image) { return profileOf(image) == name; };
    for (const Image &image : m_images->images()) {
        if (theirs(image))
            m_lineage.removeImage(image.id);
    }
    m_images->removeIf(theirs);
    profilesChanged();
}

void AllRegionsController::profilesChanged() {
    m_window->setProfileColumnShown(m_inventory.spansProfiles());
    updateChips();
}

void AllRegionsController::updateChips() {
    QStringList regions;
    for (const RegionKey &key : m_inventory.regions()) {
        if (!regions.contains(key.region))
            regions << key.region;
    }
    m_window->regionBar()->setRegions(regions);
}

QString AllRegionsController::placeOf(const RegionKey &key) const {
    // Two profiles may both have an eu-de: the error line names whose it is.
    return m_inventory.spansProfiles() ? QStringLiteral("%1 · %2").arg(key.profile, key.region)
                                       : key.region;
}

void AllRegionsController::show() {
    offer();
    m_shown = true;
    m_images->clear();
    m_images->setServerCounts({});
    m_images->clearOutsideSources();
    m_lineage.clear();
    m_sources.clear(); // asked again after this listing: a source may have gone meanwhile
    m_window->setLoading(0, 0);
    m_inventory.start();
}

void AllRegionsController::hide() {
    if (!m_shown)
        return;
    m_shown = false;
    m_inventory.cancel();
    m_images->setServerCounts({});
    m_images->clearOutsideSources();
}

Image AllRegionsController::linked(Image image) const {
    // A copy the cloud has not marked yet (or never marks) is linked by the job that made it.
    if (image.sourceImageId.isEmpty())
        image.sourceImageId = m_lineage.sourceOf(image.id);
    return image;
}

void AllRegionsController::arrive(const QList<Image> &images) {
    if (!m_shown)
        return;
    m_lineage.addImages(images);
    QList<Image> rows;
    rows.reserve(images.size());
    for (const Image &image : images)
        rows << linked(image);
    m_images->upsert(rows);
    m_window->setLoading(m_images->rowCount(), 0);
    if (!m_inventory.isRunning()) // a row read after the listing (a job's copy, an edit)
        askMissingSources(rows);
}

void AllRegionsController::askMissingSources(const QList<Image> &rows) {
    for (const Image &row : rows) {
        const QString &source = row.sourceImageId;
        if (source.isEmpty() || m_lineage.contains(source) || m_images->image(source))
            continue;
        // Read in the copy's region: where a copy of a public image finds its source.
        m_sources.ask(source, m_inventory.connection(profileOf(row), row.region));
    }
}

void AllRegionsController::sourceFound(const Image &source) {
    if (!m_shown)
        return;
    m_lineage.addImages({source});
    m_images->setOutsideSource(source.id, {source.name, source.region, false});
    refreshShownDetails();
}

void AllRegionsController::sourceGone(const QString &sourceId) {
    if (!m_shown || !isGone(sourceId))
        return; // not listed, still
    m_images->setOutsideSource(sourceId, {{}, {}, true});
    refreshShownDetails();
}

bool AllRegionsController::isGone(const QString &sourceId) const {
    if (m_sources.state(sourceId) != MissingSources::State::Gone)
        return false;
    const QList<RegionKey> regions = m_inventory.regions();
    return std::none_of(regions.cbegin(), regions.cend(), [this](const RegionKey &key) {
        return m_inventory.regionError(key).has_value();
    });
}

void AllRegionsController::refreshShownDetails() {
    if (const QString shown = m_window->detailsPane()->imageId(); !shown.isEmpty())
        showDetails(shown);
}

void AllRegionsController::regionListed(const RegionKey &key) {
    Connection *connection = m_inventory.connection(key.profile, key.region);
    if (!connection)
        return;
    watch(connection);
    // Copies imsdesk made link before the cloud's attribute does.
    m_lineage.addJobs(connection->tracker()->jobs(), [this](const QString &jobProfile) {
        const Connection *owner = m_inventory.connectionForJobProfile(jobProfile);
        return owner ? owner->profile().region : QString();
    });
    m_usage.refresh(key.profile, key.region, connection->session());
}

void AllRegionsController::watch(Connection *connection) {
    m_watched.removeAll(nullptr); // connections gone with a new start()
    if (!connection || m_watched.contains(connection))
        return;
    m_watched << connection;
    connect(connection->tracker(), &JobTracker::jobFinished, this,
            &AllRegionsController::jobFinished);
    if (connection != m_home) {
        JobTracker *tracker = connection->tracker();
        connect(tracker, &JobTracker::jobUpdated, this, &AllRegionsController::jobUpdated);
        connect(tracker, &JobTracker::jobFinished, this, [this](const TrackedJob &job) {
            emit jobUpdated(job);
            emit jobEnded(job);
        });
        connect(tracker, &JobTracker::jobRemoved, this, &AllRegionsController::jobRemoved);
        // A retried job's new one replaces it (its tracker forgets it without a signal).
        connect(connection->operations(), &ImageOperations::jobReplaced, this,
                &AllRegionsController::jobRemoved);
        for (const TrackedJob &job : tracker->jobs())
            emit jobUpdated(job);
    }
    const QString region = connection->profile().region;
    // An edit or a deletion of a row, answered by its region.
    connect(connection->operations(), &ImageOperations::imageChanged, this,
            [this, region](Image image) {
                if (!m_shown)
                    return;
                const Image *row = m_images->image(image.id);
                image.region = region;
                if (row)
                    image.profile = row->profile;
                arrive({image});
            });
    connect(connection->operations(), &ImageOperations::imageRemoved, this,
            [this](const QString &imageId) {
                if (!m_shown)
                    return;
                QList<Image> copies; // they name a source no longer listed: read once
                for (const QString &copy : m_lineage.copiesOf(imageId)) {
                    if (const Image *row = m_images->image(copy))
                        copies << *row;
                }
                m_lineage.removeImage(imageId);
                m_images->remove(imageId);
                if (!m_inventory.isRunning())
                    askMissingSources(copies);
            });
}

void AllRegionsController::forgetJobs(const QStringList &jobIds) {
    m_watched.removeAll(nullptr);
    for (Connection *connection : std::as_const(m_watched)) {
        if (connection == m_home)
            continue; // the window's tracker is told by the window
        for (const QString &jobId : jobIds) {
            if (connection->tracker()->job(jobId))
                connection->tracker()->forget(jobId);
        }
    }
}

void AllRegionsController::jobFinished(const TrackedJob &job) {
    if (!m_shown || job.state != JobState::Success || job.imageId.isEmpty())
        return;
    const std::optional<recipes::Recipe> recipe = recipes::fromJson(job.recipe);
    if (!recipe)
        return;
    Connection *target = nullptr;
    if (const auto *cross = std::get_if<recipes::CrossRegionCopy>(&*recipe)) {
        const Connection *from = m_inventory.connectionForJobProfile(job.profile);
        target = m_inventory.connection(from ? from->profile().name : QString(), cross->region);
        if (!target) { // the job's profile is the base's own name
            for (const RegionKey &key : m_inventory.regions()) {
                if (key.region == cross->region)
                    target = m_inventory.connection(key.profile, key.region);
            }
        }
    } else if (std::holds_alternative<recipes::Copy>(*recipe)) {
        target = m_inventory.connectionForJobProfile(job.profile);
    } else {
        return;
    }
    m_lineage.addJobs({job}, [this](const QString &jobProfile) {
        const Connection *owner = m_inventory.connectionForJobProfile(jobProfile);
        return owner ? owner->profile().region : QString();
    });
    // A small event, a small read: the new image in the region it landed in.
    readImage(target, job.imageId);
}

void AllRegionsController::readImage(Connection *connection, const QString &imageId) {
    if (!connection)
        return;
    const QString region = connection->profile().region;
    connection->operations()->image(imageId,
                                    [self = QPointer(this), region](const Result<Image> &result) {
                                        if (!self || !self->m_shown || !result)
                                            return; // the next listing shows it
                                        Image image = result.value();
                                        image.attributes = {};
                                        image.region = region;
                                        self->arrive({image});
                                        // The shown image's Copies may have gained it (and lost a
                                        // missing region).
                                        self->refreshShownDetails();
                                    });
}

void AllRegionsController::updateServerCounts() {
    QHash<QString, int> counts;
    for (const Image &image : m_images->images()) {
        if (m_usage.isKnown(profileOf(image), image.region))
            counts.insert(image.id, m_usage.countOf(image.id));
    }
    m_images->setServerCounts(counts);
    refreshShownDetails();
}

QString AllRegionsController::profileOf(const Image &image) const {
    // Rows carry their profile only when the inventory spans several.
    return image.profile.isEmpty() && m_home ? m_home->profile().name : image.profile;
}

QStringList AllRegionsController::regionsOf(const QString &profile) const {
    QStringList regions;
    for (const RegionKey &key : m_inventory.regions()) {
        if (key.profile == profile && !regions.contains(key.region))
            regions << key.region;
    }
    return regions;
}

void AllRegionsController::readDetails(const QString &imageId) {
    showDetails(imageId);
    const Image *image = m_images->image(imageId);
    Connection *connection =
        image ? m_inventory.connection(profileOf(*image), image->region) : nullptr;
    if (!connection)
        return;
    DetailsPane *pane = m_window->detailsPane();
    connection->operations()->image(
        imageId, [pane = QPointer(pane), imageId](const Result<Image> &result) {
            if (!pane)
                return;
            if (result)
                pane->showAttributes(imageId, result.value().attributes);
            else
                pane->showAttributesError(imageId, describe(result.error()));
        });
    connection->operations()->members(
        imageId, [pane = QPointer(pane), imageId](const Result<QList<Member>> &result) {
            if (!pane || !result)
                return;
            QList<QPair<QString, QString>> members;
            for (const Member &member : result.value())
                members << qMakePair(member.memberId, member.status);
            pane->showMembers(imageId, members);
        });
}

void AllRegionsController::showDetails(const QString &imageId) {
    const Image *image = m_images->image(imageId);
    if (!image)
        return;
    const QString profile = profileOf(*image);
    DetailsPane::RegionInfo info;
    info.region = image->region;
    if (const Connection *connection = m_inventory.connection(profile, image->region)) {
        const Profile &where = connection->profile();
        info.project = where.projectName.isEmpty()
                           ? connection->session()->projectId()
                           : QStringLiteral("%1 (%2)").arg(where.projectName,
                                                           connection->session()->projectId());
    }
    const QString root = m_lineage.rootOf(imageId);
    const bool orphan = m_lineage.isOrphan(root);
    if (!m_lineage.contains(root) && !m_inventory.isRunning()) // a missing source's id
        m_sources.ask(root, m_inventory.connection(profile, image->region));
    QStringList family = m_lineage.descendantsOf(root);
    family.prepend(root);
    for (const QString &id : family) {
        DetailsPane::Relative relative;
        relative.id = id;
        relative.isSource = id == root;
        if (const Image *member = m_lineage.image(id)) {
            relative.name = member->name;
            relative.status = member->status;
            relative.region = member->region;
        } else { // gone only when the cloud said so
            relative.gone = isGone(id);
            relative.notListed = !relative.gone;
            relative.region = tr("unknown");
        }
        info.lineage << relative;
    }
    if (!orphan)
        info.lackingRegions = m_lineage.regionsLacking(root, regionsOf(profile));
    if (m_usage.isKnown(profile, image->region)) {
        QList<DetailsPane::ServerRow> servers;
        for (const ServerRef &server : m_usage.serversOf(imageId))
            servers << DetailsPane::ServerRow{server.name, server.status, server.region};
        info.servers = servers;
    }
    m_window->detailsPane()->setRegionInfo(imageId, info);
}

} // namespace ims
