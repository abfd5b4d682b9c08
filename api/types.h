#pragma once

#include "image.h"
#include "jobstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ims {

// One page of a listing. `next` is the URL (relative or absolute) of the following page, empty
// on the last one.
// Where a listing page ends: how many items it held, the last one's id (the marker of the next
// page) and the `next` link. Enough to ask for the next page before this one is decoded.
struct PageCursor final {
    int count = 0;
    QString lastId;
    QString next;
};

struct ImagePage final {
    QList<Image> images;
    PageCursor cursor;
};

// The answer of every asynchronous IMS call.
struct JobAccepted final {
    QString jobId;
};

// An asynchronous job as the job APIs (SPEC §5.14, §5.15) report it.
struct Job final {
    QString id;
    QString type;
    JobState state = JobState::Unrecognised; // jobStateFromCloud(status)
    QString status; // the cloud's own word, upper case: shown when `state` is Unrecognised
    QString errorCode;
    QString failReason;
    QString imageId;
    QString imageName;
    QString currentTask;
    double percent = -1; // 0..100; -1 when the cloud does not say
    QDateTime beginTime;
    QDateTime endTime;
    QJsonObject entities;

    bool isFinished() const { return state == JobState::Success || state == JobState::Fail; }
};

struct Member final {
    QString imageId;
    QString memberId;
    QString status; // pending, accepted, rejected
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct QuotaResource final {
    QString type; // image, image_shared, image_member
    qint64 used = 0;
    qint64 quota = 0;
    qint64 min = 0;
    qint64 max = 0;
};

struct OsVersion final {
    QString platform;
    QString osVersion;
    QString osVersionKey;
    QString osType;
    int osBit = 0;
};

// One ECS server, as the create-from-server dialog needs it.
// A data disk of a server (ECS's os-extended-volumes:volumes_attached without bootIndex "0"):
// what a data-disk image is made from (SPEC §5.3 b). ECS's server list gives no sizes.
struct ServerDataDisk final {
    QString volumeId;
    QString device; // /dev/vdb, …
    bool operator==(const ServerDataDisk &) const = default;
};

struct Server final {
    QString id;
    QString name;
    QString status; // ACTIVE, SHUTOFF, …
    QString flavor;
    QString imageId;
    QString osVersion;
    QList<ServerDataDisk> dataDisks; // in the order ECS lists them
    bool isStopped() const { return status == QLatin1String("SHUTOFF"); }
};

struct ImageTag final {
    QString key;
    QString value;
    // A tag as image lists, dialogs and the command line write it: "key=value", or a bare key.
    static ImageTag parse(const QString &text) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        return equals < 0 ? ImageTag{text, {}} : ImageTag{text.left(equals), text.mid(equals + 1)};
    }
};

struct CatalogEndpoint final {
    QString interface;
    QString region;
    QString url;
};

struct CatalogService final {
    QString type;
    QString name;
    QList<CatalogEndpoint> endpoints;
};

// One IAM project the user may scope to (GET /v3/auth/projects, SPEC §3). On IMS clouds each
// region has one project named like the region ("eu-de"), and sub-projects "eu-de_sub".
struct ProjectInfo final {
    QString id;
    QString name;
    QString domainId;
    QString parentId;
    bool enabled = true;
    // The region a project belongs to by the clouds' naming rule: the name up to the first '_'.
    // A plain OpenStack's project names are not regions; callers there name the region.
    QString region() const { return name.section(QLatin1Char('_'), 0, 0); }
    bool isSubProject() const { return name.contains(QLatin1Char('_')); }
    bool operator==(const ProjectInfo &) const = default;
};

// A project-scoped IAM/Keystone token. The value itself is a secret: never log it.
struct Token final {
    QByteArray value;
    QDateTime issuedAt; // as the server's clock told it; invalid when the answer had none
    QDateTime expiresAt;
    QString projectId;
    QString projectName;
    QString userId;
    QString userName;
    QString domainId;
    QList<CatalogService> catalog;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::Job)
