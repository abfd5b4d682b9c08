#include "jobfollowers.h"

#include "connection.h"
#include "imageoperations.h"
#include "jobstorethread.h"
#include "jobtracker.h"
#include "logging.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QMap>

namespace ims {

JobFollowers::JobFollowers(ProfileStore *profiles, SecretStore *secrets, JobStore store,
                           QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_store(new JobStoreThread(std::move(store), this)) {
    connect(m_store, &JobStoreThread::reloaded, this,
            [this](quint64, const JobStore::Contents &contents) { onRead(contents); });
}

JobFollowers::~JobFollowers() {
    // The followers' trackers write what they changed as they go; nothing to tell anyone now.
    const QSignalBlocker quiet(this);
    for (const QPointer<Connection> &connection : std::as_const(m_followers))
        delete connection;
}

QString JobFollowers::secretMissingText() {
    return tr("Secret not available — log in to follow");
}

QString JobFollowers::profileGoneText() {
    return tr("The profile is no longer saved: not followed");
}

void JobFollowers::setCurrent(const Profile &profile) {
    m_current = profile.name;
    stopFollowing(profile.name); // the window's own connection follows it from now on
    emit followStateChanged(profile.name, profile.region, {});
    rescan();
}

void JobFollowers::rescan() {
    m_store->reload();
}

void JobFollowers::forget(const QStringList &jobIds) {
    for (const QPointer<Connection> &connection : std::as_const(m_followers)) {
        if (!connection)
            continue;
        for (const QString &id : jobIds)
            if (connection->tracker()->job(id)) // only its own profile's
                connection->tracker()->forget(id);
    }
}

QStringList JobFollowers::followedProfiles() const {
    QStringList names;
    for (auto it = m_followers.cbegin(); it != m_followers.cend(); ++it)
        if (it.value())
            names.append(it.key());
    names.sort();
    return names;
}

void JobFollowers::onRead(const JobStore::Contents &contents) {
    QMap<QString, QList<TrackedJob>> byProfile;
    for (const TrackedJob &job : contents.jobs)
        byProfile[job.profile].append(job);
    for (auto it = byProfile.cbegin(); it != byProfile.cend(); ++it) {
        const QString &name = it.key();
        // The current profile's jobs are the window's; a follower's are its tracker's, newer
        // than the file while its writes are on their way.
        if (name == m_current || m_followers.value(name))
            continue;
        for (const TrackedJob &job : it.value())
            emit jobUpdated(job);
        const bool unfinished =
            std::any_of(it.value().cbegin(), it.value().cend(),
                        [](const TrackedJob &job) { return !job.isFinished(); });
        const std::optional<Profile> profile = m_profiles->load(name);
        if (!profile)
            emit followStateChanged(name, {}, profileGoneText());
        else if (unfinished)
            follow(*profile);
        else
            emit followStateChanged(name, profile->region, {});
    }
}

void JobFollowers::follow(const Profile &profile) {
    if (m_reading.contains(profile.name))
        return;
    m_reading.insert(profile.name);
    QPointer<JobFollowers> self(this);
    if (!m_secrets) { // gone at quit
        m_reading.remove(profile.name);
        return;
    }
    readProfileCredentials(
        *m_secrets, profile, [self, profile](const Credentials &credentials, bool complete) {
            if (!self)
                return;
            self->m_reading.remove(profile.name);
            if (profile.name == self->m_current || self->m_followers.value(profile.name))
                return; // the window (or a follower made meanwhile) follows it
            if (!complete) {
                qCInfo(lcJobs).noquote()
                    << "jobs of profile" << profile.name << "not followed: no secret";
                emit self->followStateChanged(profile.name, profile.region, secretMissingText());
                return;
            }
            self->startFollower(profile, credentials);
        });
}

void JobFollowers::startFollower(const Profile &profile, const Credentials &credentials) {
    auto *connection = new Connection(profile, credentials, this);
    m_followers.insert(profile.name, connection);
    JobTracker *tracker = connection->tracker();
    connect(tracker, &JobTracker::jobUpdated, this, &JobFollowers::jobUpdated);
    connect(tracker, &JobTracker::jobFinished, this, [this](const TrackedJob &job) {
        emit jobUpdated(job);
        emit jobEnded(job);
    });
    connect(tracker, &JobTracker::jobRemoved, this, &JobFollowers::jobRemoved);
    // Retried here (the jobs panel's Retry of this profile's job): the new job replaces it.
    connect(connection->operations(), &ImageOperations::jobReplaced, this,
            &JobFollowers::jobRemoved);
    emit followStateChanged(profile.name, profile.region, {});
    for (const TrackedJob &job : tracker->jobs())
        emit jobUpdated(job);
    tracker->resume();
    tracker->watchStore(); // jobs imsctl starts under this profile are followed here too
    qCInfo(lcJobs).noquote() << "following the jobs of profile" << profile.name;
}

void JobFollowers::stopFollowing(const QString &profile) {
    delete m_followers.take(profile).data();
}

} // namespace ims
