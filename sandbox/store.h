#pragma once

// Everything the sandbox knows, behind one mutex. cpp-httplib serves each connection from a
// thread of its pool, so every handler takes the lock for its whole read-modify-write; the lock
// is released before the response goes out, so slow clients never hold it.
#include "model.h"
#include "util.h"

#include <QJsonObject>

#include <mutex>
#include <unordered_map>

namespace sandbox {

enum class JobPhase { Init, Running, Success, Fail };

class Store final {
public:
    Store(quint64 seed, Clock clock);

    std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(m_mutex); }
    qint64 now() const { return m_clock(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Applies everything the clock has made true since the last call: jobs that reached
    // RUNNING/SUCCESS/FAIL create or finish their images, servers finish starting/stopping.
    void settle(qint64 now);

    const Project *project(const QString &id) const;
    const Project *projectByName(const QString &name) const;
    const User *user(const QString &id) const;
    const User *userByName(const QString &name) const;
    const AccessKey *accessKey(const QString &ak) const;
    bool hasRegion(const QString &id) const;

    Image *image(const QString &id);
    // Whether the project may see the image at all (GET by id): public, own, or a member.
    static bool canSee(const Image &image, const QString &projectId);
    int privateImagesUsed(const QString &projectId) const;
    Quota &quota(const QString &projectId) { return quotas[projectId]; }

    QString issueToken(const QString &userId, const QString &projectId, qint64 now,
                       TokenRecord *record);
    // nullptr when unknown; *expired tells an expired token from an unknown one.
    TokenRecord *findToken(const QString &token, qint64 now, bool *expired);
    void expireToken(const QString &token, qint64 now);

    Job &addJob(const QString &type, const QString &projectId, JobKind kind);
    JobPhase phase(const Job &job, qint64 now) const;
    QJsonObject jobJson(const Job &job, qint64 now) const;

    Server *server(const QString &id);
    // The object of an image_url ("bucket:object"), nullptr when there is none.
    const ObsObject *obsObject(const QString &url) const;
    // The region of a bucket, empty when no object is in it.
    QString bucketRegion(const QString &bucket) const;
    const Backup *backup(const QString &id) const;
    // Whether a full-ECS image (made, or being made by a job) comes from this backup.
    bool backupUsed(const QString &backupId) const;

    QJsonObject toState() const;
    bool fromState(const QJsonObject &state, QString *error);

    // Configuration, set before serving.
    qint64 jobMillis = 6000;
    qint64 uploadMillis = 1500; // saving → active after an upload's bytes arrived
    qint64 tokenTtlMillis = 24LL * 3600 * 1000;
    quint64 seed = 0;
    int regionCount = 2;       // regions seeded (seed.h's region names, in order)
    bool failNextJobs = false; // set per job by the job-fail fault

    QString domainId;
    QString domainName;
    std::vector<Region> regions;
    std::vector<Project> projects;
    std::vector<User> users;
    std::vector<AccessKey> keys;
    std::unordered_map<QString, Image> images;
    std::vector<Server> servers;
    std::map<QString, ObsObject> obs; // by url, bucket:object
    std::vector<Backup> backups;
    std::vector<PendingUpload> uploads;
    std::map<QString, Job> jobs;
    std::vector<QString> openJobs;                   // not settled yet, so settle() stays cheap
    std::unordered_map<QString, TokenRecord> tokens; // by SHA-256 of the token: no secrets kept
    std::map<QString, Quota> quotas;
    std::vector<DeletedBackup> deletedBackups; // in deletion order
    IdSource ids;
    bool dirty = false; // changed since the state file was written
    // Bumped by every request that may change images (and by settle()), so that a sorted listing
    // computed for one page serves the next pages until something changes (listing.cpp).
    quint64 generation = 1; // images' listedGeneration starts at 0: nothing cached
    struct SortedListing {
        quint64 generation = 0;
        std::vector<const Image *> images; // every match, in the order asked for
    };
    std::map<QString, SortedListing> listings; // by query (without marker and limit), few kept

private:
    std::mutex m_mutex;
    Clock m_clock;
};

QString tokenDigest(const QString &token);

} // namespace sandbox
