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

// A disk attached to a server (ECS's os-extended-volumes:volumes_attached).
struct Volume {
    QString id;
    QString device;      // /dev/vda, /dev/vdb, …
    bool system = false; // the system disk (bootIndex "0"); else a data disk
    int sizeGb = 0;
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
    std::vector<Volume> volumes; // the system disk first
};

// An object in the emulated OBS, which IMS imports read (image_url "bucket:object", SPEC §5.3 c).
// Only what IMS looks at is kept: no bytes.
struct ObsObject {
    QString bucket;
    QString object;
    QString region;         // of the bucket
    qint64 size = 0;        // bytes of the file
    QString format;         // what the file really is: qcow2, vmdk, vhd, vhdx, raw, zvhd2, iso, …
    qint64 virtualSize = 0; // bytes of the disk inside (the file size for raw and ISO)
    QString url() const { return bucket + QLatin1Char(':') + object; }
};

// A CBR backup of a server, the source of a full-ECS image (SPEC §5.6). The sandbox has no
// backup service: these are seeded, and listed by the admin API.
struct Backup {
    QString id;
    QString name;
    QString serverId;
    QString projectId;
    QString region;
    qint64 createdAt = 0;
};

// An image whose bytes arrived through PUT /v2/images/{id}/file: it stays saving until `at`,
// then becomes active, or killed when the bytes were not what the image said (`killed`).
struct PendingUpload {
    QString imageId;
    qint64 at = 0;
    bool killed = false;
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
