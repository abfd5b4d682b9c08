#pragma once

// The sandbox's data: plain value types, kept by Store under one mutex.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace sandbox {

// Milliseconds since the epoch (UTC). Injected so tests can move time without waiting.
using Clock = std::function<qint64()>;
Clock systemClock();

struct Region {
    QString id;
};

struct Project {
    QString id;
    QString name;
    QString region;
};

struct User {
    QString id;
    QString name;
    QString password;
    QStringList projectIds; // projects the user has the member role on; the first is its default
};

struct AccessKey {
    QString ak;
    QString sk;
    QString userId;
};

struct Member {
    QString status = QStringLiteral("pending");
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Image {
    QString id;
    QString name;
    QString status = QStringLiteral("queued");
    QString visibility = QStringLiteral("shared");
    QString owner;
    QString region;
    QString containerFormat;
    QString diskFormat;
    bool isProtected = false;
    bool osHidden = false;
    int minDisk = 0;
    int minRam = 0;
    qint64 size = -1;        // -1: null
    qint64 virtualSize = -1; // -1: null
    QString checksum;        // empty: null
    QString hashAlgo;
    QString hashValue;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 activeAt = 0;               // 0: never active
    std::map<QString, QString> props;  // extra (string) properties, incl. the IMS __ attributes
    std::map<QString, Member> members; // by project id
    QString dataFile;                  // uploaded bytes, relative to the data directory
    // imageJson() as listings send it, kept for one Store::generation: serialising is most of
    // the cost of a page, and a 100 000-image listing would otherwise redo it for every page.
    mutable QByteArray listedJson;
    mutable quint64 listedGeneration = 0;

    QString prop(const QString &key) const {
        const auto it = props.find(key);
        return it == props.end() ? QString() : it->second;
    }
    bool encrypted() const { return props.count(QStringLiteral("__system__cmkid")) > 0; }
};

struct Server {
    QString id;
    QString name;
    QString projectId;
    QString region;
    QString status; // ACTIVE, SHUTOFF
    QString flavor;
    QString imageId;
    QString osVersion;
    qint64 createdAt = 0;
    // A pending start/stop: the status becomes targetStatus at changeAt (derived from the clock).
    QString targetStatus;
    qint64 changeAt = 0;
};

// CreateImage adds images; Register fills an existing queued image (killed on failure).
enum class JobKind { CreateImage, ServerAction, Members, Export, Register };

struct Job {
    QString id;
    QString type;
    QString projectId;
    JobKind kind = JobKind::CreateImage;
    qint64 beginAt = 0;
    qint64 duration = 0;
    bool fails = false;
    QString errorCode;
    QString failReason;
    QString imageName;
    std::vector<Image> images; // created (CreateImage) or filled (Register) by the job
    bool imageInserted = false;
    bool settled = false;
    QStringList serverIds; // ServerAction
    QString serverTarget;  // ServerAction: ACTIVE or SHUTOFF
    QJsonObject extraEntities;
};

struct TokenRecord {
    QString userId;
    QString projectId;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

// A CSBS/CBR backup deleted along with its full-ECS image (DELETE /v2/images/{id} with
// {"delete_backup": true}, SPEC §6.6). The sandbox has no backup service; this record is what
// the admin API shows, so that a test can tell whether a client asked for it.
struct DeletedBackup {
    QString backupId;
    QString imageId;
    QString projectId;
    qint64 deletedAt = 0;
};

struct Quota {
    int images = 50;
    int max = 1000;
};

} // namespace sandbox
