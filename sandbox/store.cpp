#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace sandbox {

Store::Store(quint64 seedValue, Clock clock)
    : seed(seedValue)
    , ids(seedValue)
    , m_clock(std::move(clock)) {}

QString tokenDigest(const QString &token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const Project *Store::project(const QString &id) const {
    for (const Project &p : projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Project *Store::projectByName(const QString &name) const {
    for (const Project &p : projects)
        if (p.name == name)
            return &p;
    return nullptr;
}

const User *Store::user(const QString &id) const {
    for (const User &u : users)
        if (u.id == id)
            return &u;
    return nullptr;
}

const User *Store::userByName(const QString &name) const {
    for (const User &u : users)
        if (u.name == name)
            return &u;
    return nullptr;
}

const AccessKey *Store::accessKey(const QString &ak) const {
    for (const AccessKey &k : keys)
        if (k.ak == ak)
            return &k;
    return nullptr;
}

bool Store::hasRegion(const QString &id) const {
    return std::any_of(regions.begin(), regions.end(), [&](const Region &r) { return r.id == id; });
}

Image *Store::image(const QString &id) {
    const auto it = images.find(id);
    return it == images.end() ? nullptr : &it->second;
}

bool Store::canSee(const Image &image, const QString &projectId) {
    return image.visibility == QLatin1String("public") ||
           image.visibility == QLatin1String("community") || image.owner == projectId ||
           image.members.count(projectId) > 0;
}

int Store::privateImagesUsed(const QString &projectId) const {
    int used = 0;
    for (const auto &[id, image] : images)
        if (image.owner == projectId && image.visibility != QLatin1String("public"))
            ++used;
    for (const QString &id : openJobs) {
        const Job &job = jobs.at(id);
        if (job.kind == JobKind::CreateImage && !job.imageInserted)
            for (const Image &image : job.images)
                used += image.owner == projectId ? 1 : 0;
    }
    return used;
}

QString Store::issueToken(const QString &userId, const QString &projectId, qint64 now,
                          TokenRecord *record) {
    const QString token = ids.token();
    TokenRecord r{userId, projectId, now, now + tokenTtlMillis};
    tokens[tokenDigest(token)] = r;
    if (record)
        *record = r;
    dirty = true;
    return token;
}

TokenRecord *Store::findToken(const QString &token, qint64 now, bool *expired) {
    *expired = false;
    const auto it = tokens.find(tokenDigest(token));
    if (it == tokens.end())
        return nullptr;
    if (it->second.expiresAt <= now) {
        *expired = true;
        return nullptr;
    }
    return &it->second;
}

void Store::expireToken(const QString &token, qint64 now) {
    const auto it = tokens.find(tokenDigest(token));
    if (it != tokens.end())
        it->second.expiresAt = std::min(it->second.expiresAt, now);
}

Job &Store::addJob(const QString &type, const QString &projectId, JobKind kind) {
    Job job;
    job.id = ids.hex32();
    job.type = type;
    job.projectId = projectId;
    job.kind = kind;
    job.beginAt = now();
    job.duration = jobMillis;
    openJobs.push_back(job.id);
    dirty = true;
    return jobs[job.id] = std::move(job);
}

JobPhase Store::phase(const Job &job, qint64 now) const {
    const qint64 elapsed = now - job.beginAt;
    if (elapsed >= job.duration)
        return job.fails ? JobPhase::Fail : JobPhase::Success;
    return elapsed * 10 < job.duration ? JobPhase::Init : JobPhase::Running;
}

QJsonObject Store::jobJson(const Job &job, qint64 now) const {
    const JobPhase p = phase(job, now);
    static const char *const names[] = {"INIT", "RUNNING", "SUCCESS", "FAIL"};
    QJsonObject entities = job.extraEntities;
    if (!job.imageName.isEmpty())
        entities.insert(QStringLiteral("image_name"), job.imageName);
    double percent = 0;
    if (p == JobPhase::Success)
        percent = 1;
    else if (p == JobPhase::Running && job.duration > 0)
        percent = std::floor(double(now - job.beginAt) / double(job.duration) * 100) / 100;
    if (p == JobPhase::Init || p == JobPhase::Running || p == JobPhase::Success) {
        entities.insert(QStringLiteral("process_percent"), percent);
        static const char *const tasks[] = {"CreateSnapshot", "ExportImage", "UploadImage",
                                            "RegisterImage"};
        entities.insert(QStringLiteral("current_task"),
                        p == JobPhase::Running ? QString::fromLatin1(tasks[int(percent * 4) % 4])
                                               : QString());
    }
    if (p == JobPhase::Success && !job.images.empty())
        entities.insert(QStringLiteral("image_id"), job.images.front().id);
    if (p == JobPhase::Success && job.images.size() > 1) {
        QJsonArray subJobs;
        for (const Image &image : job.images)
            subJobs.append(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                            {QStringLiteral("job_type"), QStringLiteral("imsCopyVolumeToImageJob")},
                            {QStringLiteral("entities"),
                             QJsonObject{{QStringLiteral("image_id"), image.id},
                                         {QStringLiteral("image_name"), image.name}}}});
        entities.insert(QStringLiteral("sub_jobs_result"), subJobs);
    }
    const bool finished = p == JobPhase::Success || p == JobPhase::Fail;
    QJsonObject o{
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("job_type"), job.type},
        {QStringLiteral("status"), QString::fromLatin1(names[int(p)])},
        {QStringLiteral("begin_time"), isoMillis(job.beginAt)},
        {QStringLiteral("end_time"), finished ? isoMillis(job.beginAt + job.duration) : QString()},
        {QStringLiteral("error_code"),
         p == JobPhase::Fail ? QJsonValue(job.errorCode) : QJsonValue::Null},
        {QStringLiteral("fail_reason"),
         p == JobPhase::Fail ? QJsonValue(job.failReason) : QJsonValue::Null},
        {QStringLiteral("entities"), entities}};
    return o;
}

Server *Store::server(const QString &id) {
    for (Server &s : servers)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ObsObject *Store::obsObject(const QString &url) const {
    const auto it = obs.find(url);
    return it == obs.end() ? nullptr : &it->second;
}

QString Store::bucketRegion(const QString &bucket) const {
    for (const auto &[url, object] : obs)
        if (object.bucket == bucket)
            return object.region;
    return {};
}

const Backup *Store::backup(const QString &id) const {
    for (const Backup &b : backups)
        if (b.id == id)
            return &b;
    return nullptr;
}

bool Store::backupUsed(const QString &backupId) const {
    const auto madeFrom = [&](const Image &image) {
        return image.prop(QStringLiteral("__backup_id")) == backupId;
    };
    for (const auto &[id, image] : images)
        if (madeFrom(image))
            return true;
    for (const QString &id : openJobs) {
        const Job &job = jobs.at(id);
        if (!job.fails && std::any_of(job.images.begin(), job.images.end(), madeFrom))
            return true;
    }
    return false;
}

void Store::settle(qint64 now) {
    const auto arrived =
        std::remove_if(uploads.begin(), uploads.end(), [&](const PendingUpload &u) {
            if (u.at > now)
                return false;
            if (Image *image = this->image(u.imageId);
                image && image->status == QLatin1String("saving")) {
                image->status = u.killed ? QStringLiteral("killed") : QStringLiteral("active");
                image->updatedAt = u.at;
                if (!u.killed)
                    image->activeAt = u.at;
                ++generation;
            }
            dirty = true;
            return true;
        });
    uploads.erase(arrived, uploads.end());
    auto open = openJobs.begin();
    while (open != openJobs.end()) {
        Job &job = jobs.at(*open);
        const JobPhase p = phase(job, now);
        if (job.kind == JobKind::CreateImage || job.kind == JobKind::Register) {
            // The image shows up (saving) while the job runs, as on the real service (§4.6).
            if (p != JobPhase::Init && !job.imageInserted) {
                for (const Image &made : job.images) {
                    Image copy = made;
                    copy.status = QStringLiteral("saving");
                    if (job.kind == JobKind::CreateImage)
                        copy.createdAt = job.beginAt + job.duration / 10;
                    copy.updatedAt = job.beginAt + job.duration / 10;
                    images[copy.id] = copy;
                }
                job.imageInserted = true;
                dirty = true;
                ++generation;
            }
            for (const Image &made : job.images) {
                Image *image = this->image(made.id);
                if (!image)
                    continue;
                if (p == JobPhase::Success) {
                    image->status = QStringLiteral("active");
                    image->activeAt = image->updatedAt = job.beginAt + job.duration;
                } else if (p == JobPhase::Fail && job.kind == JobKind::Register) {
                    image->status = QStringLiteral("killed");
                } else if (p == JobPhase::Fail) {
                    images.erase(made.id);
                }
            }
        }
        if (p == JobPhase::Success || p == JobPhase::Fail) {
            if (job.kind == JobKind::ServerAction)
                for (const QString &id : job.serverIds)
                    if (Server *s = server(id)) {
                        if (p == JobPhase::Success)
                            s->status = job.serverTarget;
                        s->targetStatus.clear();
                    }
            job.settled = true;
            dirty = true;
            ++generation;
            open = openJobs.erase(open);
        } else {
            ++open;
        }
    }
}

} // namespace sandbox
