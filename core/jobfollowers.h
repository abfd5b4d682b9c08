#pragma once

#include "jobstore.h"
#include "profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ims {

class Connection;
class JobStoreThread;
class ProfileStore;
class SecretStore;

// Follows the jobs of every saved profile other than the window's current one, so that a job
// started under one profile is still followed, and shown, after a switch to another. The shared
// job file says which profiles have jobs; a profile with unfinished ones gets a Connection of its
// own, built from its keychain secrets without asking (no login dialog), whose tracker follows
// them as the window's tracker follows the current profile's. A profile whose secret cannot be
// read (no entry, a locked or absent keychain) is not hidden: its jobs are told with the reason
// (followState), and are followed once it is logged in to.
class JobFollowers final : public QObject {
    Q_OBJECT

public:
    JobFollowers(ProfileStore *profiles, SecretStore *secrets, JobStore store = JobStore(),
                 QObject *parent = nullptr);
    ~JobFollowers() override;

    // The window's profile: its own Connection follows its jobs, so a follower of it goes, and
    // the profile the window left gets one when it has unfinished jobs.
    void setCurrent(const Profile &profile);
    // Reads the job file again (off the GUI thread) and follows the profiles that need it.
    void rescan();

    // "Clear finished": the followers' trackers remove those of their profiles' jobs from the
    // job file (the current profile's are the window's tracker's).
    void forget(const QStringList &jobIds);

    // The profiles followed by a Connection of their own (not the current one).
    QStringList followedProfiles() const;
    // The Connection following `profile`'s jobs; null when it is not followed (the current
    // profile, one without its secret, one with no unfinished jobs).
    Connection *connection(const QString &profile) const { return m_followers.value(profile); }

    // What the jobs panel says of a profile whose jobs cannot be followed.
    static QString secretMissingText();
    static QString profileGoneText();

signals:
    void jobUpdated(const ims::TrackedJob &job);
    void jobRemoved(const QString &jobId);
    void jobEnded(const ims::TrackedJob &job); // followed to its end, after its last jobUpdated
    // How the jobs of `profile` are followed: `problem` is empty when they are (by a follower or
    // the window), else why not. `region` is the profile's (empty when it is no longer saved).
    void followStateChanged(const QString &profile, const QString &region, const QString &problem);

private:
    void onRead(const JobStore::Contents &contents);
    void follow(const Profile &profile);
    void startFollower(const Profile &profile, const Credentials &credentials);
    void stopFollowing(const QString &profile);

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    JobStoreThread *m_store;
    QString m_current;
    QHash<QString, QPointer<Connection>> m_followers;
    QSet<QString> m_reading; // profiles whose secrets are being read
};

} // namespace ims
