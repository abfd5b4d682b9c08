#include "seed.h"

#include <QUuid>

#include <algorithm>
#include <functional>

namespace sandbox {

namespace {

constexpr qint64 kSeedEpoch =
    1767225600000; // 2026-01-01T00:00:00Z: seeded data does not depend on the clock

struct Os {
    const char *name;
    const char *version;
    const char *platform;
    const char *type;
    int minDisk;
};

const Os kPublicOs[] = {
    {"Standard_Ubuntu_22.04_latest", "Ubuntu 22.04 server 64bit", "Ubuntu", "Linux", 4},
    {"Standard_Debian_12_latest", "Debian GNU/Linux 12.0.0 64bit", "Debian", "Linux", 4},
    {"Standard_CentOS_7.9_latest", "CentOS 7.9 64bit", "CentOS", "Linux", 4},
    {"Standard_openSUSE_15.5_latest", "openSUSE 15.5 64bit", "OpenSUSE", "Linux", 4},
    {"Standard_Fedora_38_latest", "Fedora 38 64bit", "Fedora", "Linux", 4},
    {"Standard_EulerOS_2.9_latest", "EulerOS 2.9 64bit", "EulerOS", "Linux", 40},
    {"Standard_Oracle_Linux_8_latest", "Oracle Linux Server release 8.6 64bit", "Oracle Linux",
     "Linux", 40},
    {"Standard_Windows_Server_2022_Std", "Windows Server 2022 Standard 64bit", "Windows", "Windows",
     40},
};

// In the order --regions takes them: OTC's three, then Huawei Cloud's (SPEC §1.2).
const char *const kRegionNames[kMaxRegions] = {
    "eu-de",      "eu-nl",      "eu-ch2",     "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
    "af-south-1", "cn-north-4", "la-south-2", "tr-west-1",      "me-east-1",      "sa-brazil-1"};

QString randomText(Store &store, int length, const char *alphabet, int size) {
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[store.ids.next() % quint64(size)]);
    return text;
}

Image baseImage(Store &store, const QString &name, const QString &owner, const QString &region,
                const Os &os, qint64 created) {
    Image image;
    image.id = store.ids.uuid();
    image.name = name;
    image.status = QStringLiteral("active");
    image.visibility = QStringLiteral("private");
    image.owner = owner;
    image.region = region;
    image.containerFormat = QStringLiteral("bare");
    image.diskFormat = QStringLiteral("zvhd2");
    image.minDisk = os.minDisk;
    image.size = 0;
    image.checksum = QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    image.createdAt = created;
    image.updatedAt = created + 60000;
    image.activeAt = created + 60000;
    image.props = {
        {QStringLiteral("__os_version"), QString::fromLatin1(os.version)},
        {QStringLiteral("__platform"), QString::fromLatin1(os.platform)},
        {QStringLiteral("__os_type"), QString::fromLatin1(os.type)},
        {QStringLiteral("__os_bit"), QStringLiteral("64")},
        {QStringLiteral("__isregistered"), QStringLiteral("true")},
        {QStringLiteral("__image_source_type"), QStringLiteral("uds")},
        {QStringLiteral("__image_size"), QStringLiteral("2147483648")},
        {QStringLiteral("__support_kvm"), QStringLiteral("true")},
        {QStringLiteral("virtual_env_type"), QStringLiteral("FusionCompute")},
        {QStringLiteral("hw_firmware_type"), QStringLiteral("bios")},
        {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
    };
    return image;
}

void addImage(Store &store, Image image) {
    store.images.emplace(image.id, std::move(image));
}

// Ids derived from another id rather than drawn from store.ids, so that adding seeded data
// keeps every id drawn later the same.
QString derivedId(const QString &from, const QString &what) {
    return QUuid::createUuidV5(QUuid(from), what).toString(QUuid::WithoutBraces);
}

Server makeServer(Store &store, const QString &name, const Project &project, const QString &status,
                  const Image &image, const char *flavor,
                  std::initializer_list<int> dataDisksGb = {}) {
    Server s;
    s.id = store.ids.uuid();
    s.name = name;
    s.projectId = project.id;
    s.region = project.region;
    s.status = status;
    s.flavor = QString::fromLatin1(flavor);
    s.imageId = image.id;
    s.osVersion = image.prop(QStringLiteral("__os_version"));
    s.createdAt = kSeedEpoch - 86400000;
    s.volumes.push_back(
        {derivedId(s.id, QStringLiteral("vda")), QStringLiteral("/dev/vda"), true, image.minDisk});
    char device = 'b';
    for (const int size : dataDisksGb) {
        const QString name = QStringLiteral("vd") + QLatin1Char(device++);
        s.volumes.push_back({derivedId(s.id, name), QStringLiteral("/dev/") + name, false, size});
    }
    return s;
}

// A small bucket per region of image files to import (README "OBS"): one of each format IMS
// takes, and the files its checks refuse.
void seedObs(Store &store) {
    struct File {
        const char *object;
        const char *format;
        qint64 size;
        qint64 virtualSize;
    };
    static const File files[] = {
        {"ubuntu-22.04.qcow2", "qcow2", 2560LL << 20, 20 * kGiB},
        {"windows-2022.vmdk", "vmdk", 12 * kGiB, 40 * kGiB},
        {"centos-7.vhd", "vhd", 8 * kGiB, 40 * kGiB},
        {"fedora-38.vhdx", "vhdx", 3 * kGiB, 40 * kGiB},
        {"debian-12-netinst.iso", "iso", 650LL << 20, 650LL << 20},
        {"logs-data-100g.raw", "raw", 100 * kGiB, 100 * kGiB},
        {"big-300g.raw", "raw", 300 * kGiB, 300 * kGiB},
        {"euler-2.9.zvhd2", "zvhd2", 4 * kGiB, 40 * kGiB},
        {"huge-1500g.raw", "raw", 1500 * kGiB, 1500 * kGiB},
        {"readme.txt", "txt", 2048, 0},
    };
    for (const Region &region : store.regions) {
        const bool first = region.id == store.regions.front().id;
        const QString bucket =
            first ? QStringLiteral("imsdesk-images")
                  : QStringLiteral("imsdesk-images-") + region.id.section(QLatin1Char('-'), 1, -1);
        for (const File &f : files) {
            ObsObject o{bucket, QString::fromLatin1(f.object), region.id,
                        f.size, QString::fromLatin1(f.format), f.virtualSize};
            store.obs[o.url()] = o;
        }
    }
}

Backup makeBackup(const Server &server, const QString &id, const char *suffix, qint64 created) {
    return {id,     server.name + QLatin1String(suffix), server.id, server.projectId, server.region,
            created};
}

// A copy of `source` as IMS makes it (routes_ims_copy.cpp): a private image of `owner` in the
// owner's region whose __originalimagename is the source's id.
Image copyOf(Store &store, const Image &source, const QString &name, const Project &owner,
             qint64 created) {
    Image copy = source;
    copy.id = store.ids.uuid();
    copy.name = name;
    copy.owner = owner.id;
    copy.region = owner.region;
    copy.visibility = QStringLiteral("private");
    copy.isProtected = false;
    copy.members.clear();
    copy.tags.clear();
    copy.createdAt = created;
    copy.updatedAt = created + 60000;
    copy.activeAt = created + 60000;
    copy.props.erase(QStringLiteral("__system__cmkid"));
    copy.props[QStringLiteral("__originalimagename")] = source.id;
    return copy;
}

// Lineage and usage data, seeded after everything else so that the ids drawn before stay those
// of a two-region store without them: eu-nl gets a cross-region copy of eu-de's
// web-frontend-2025 (and a server made from it), an in-region copy of nl-web and a copy whose
// source is gone; every further region its project's copies of web-frontend-2025 and db-golden,
// a server made from the copy and one from the region's public Ubuntu.
void seedCopiesAndRegions(Store &store, const Image &web, const Image &db, const Image &nlWeb,
                          std::map<QString, std::vector<Image>> &publicOfRegion,
                          const std::function<qint64()> &next) {
    const Project second = store.projects[2];
    const Image webNl = copyOf(store, web, web.name, second, next());
    addImage(store, webNl);
    addImage(store, copyOf(store, nlWeb, QStringLiteral("nl-web-copy"), second, next()));
    Image orphan = copyOf(store, db, QStringLiteral("db-legacy-copy"), second, next());
    // The source was deleted after the copy was made: an id no image has.
    orphan.props[QStringLiteral("__originalimagename")] =
        derivedId(second.id, QStringLiteral("deleted-source"));
    addImage(store, orphan);
    store.servers.push_back(makeServer(store, QStringLiteral("nl-web-01"), second,
                                       QStringLiteral("ACTIVE"), webNl, "s3.medium.2"));
    for (size_t i = 3; i < store.projects.size(); ++i) {
        const Project project = store.projects[i];
        const Image webCopy = copyOf(store, web, web.name, project, next());
        addImage(store, webCopy);
        addImage(store, copyOf(store, db, db.name, project, next()));
        store.servers.push_back(makeServer(store, project.region + QStringLiteral("-web-01"),
                                           project, QStringLiteral("ACTIVE"), webCopy,
                                           "s3.medium.2"));
        store.servers.push_back(makeServer(store, project.region + QStringLiteral("-app-01"),
                                           project, QStringLiteral("SHUTOFF"),
                                           publicOfRegion[project.region][0], "s3.large.4", {100}));
    }
}

// Cheap private images that share their strings with `templ` (its owner and region), named
// prefix + a six-digit number, so that 100 000 of them take well under two seconds; statuses
// cycle through active, queued, saving and killed. imagesPerSecond of them share each created_at
// second, counted from 60 days before the seed epoch.
void addBulkImages(Store &store, Image templ, const QString &prefix, int count,
                   int imagesPerSecond) {
    store.images.reserve(store.images.size() + size_t(count));
    static const char *const states[] = {"active", "active", "active",
                                         "queued", "saving", "killed"};
    QString statusNames[6];
    for (int i = 0; i < 6; ++i)
        statusNames[i] = QString::fromLatin1(states[i]);
    for (int i = 0; i < count; ++i) {
        templ.id = store.ids.uuid();
        templ.name = prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        templ.status = statusNames[i % 6];
        templ.createdAt =
            kSeedEpoch - 60LL * 86400000 + qint64(i / std::max(1, imagesPerSecond)) * 1000;
        templ.updatedAt = templ.createdAt;
        templ.activeAt = i % 6 < 3 ? templ.createdAt : 0;
        // Sizes from 1 MiB to 40 GiB, so that sorting by size has something to sort.
        templ.size = qint64(1 + store.ids.next() % 40960) << 20;
        templ.props[QStringLiteral("__image_size")] = QString::number(templ.size);
        store.images.emplace(templ.id, templ);
    }
}

} // namespace

void seedIdentities(Store &store) {
    store.domainId = QStringLiteral("default");
    store.domainName = QStringLiteral("Default");
    store.regions.clear();
    const int regionCount = std::clamp(store.regionCount, kMinRegions, kMaxRegions);
    for (int i = 0; i < regionCount; ++i)
        store.regions.push_back({QString::fromLatin1(kRegionNames[i])});
    const QString main = store.ids.hex32();
    const QString partner = store.ids.hex32();
    const QString second = store.ids.hex32();
    store.projects = {{main, QStringLiteral("eu-de"), QStringLiteral("eu-de")},
                      {partner, QStringLiteral("eu-de_partner"), QStringLiteral("eu-de")},
                      {second, QStringLiteral("eu-nl"), QStringLiteral("eu-nl")}};
    static const char alnum[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QString userId = store.ids.hex32();
    const QString partnerId = store.ids.hex32();
    store.users = {{userId,
                    QStringLiteral("sandbox-user"),
                    QStringLiteral("sb-") + randomText(store, 16, alnum, sizeof alnum - 1),
                    {main, second}},
                   {partnerId,
                    QStringLiteral("sandbox-partner"),
                    QStringLiteral("sb-") + randomText(store, 16, alnum, sizeof alnum - 1),
                    {partner}}};
    store.keys = {{randomText(store, 20, upper, sizeof upper - 1),
                   randomText(store, 40, alnum, sizeof alnum - 1), userId},
                  {randomText(store, 20, upper, sizeof upper - 1),
                   randomText(store, 40, alnum, sizeof alnum - 1), partnerId}};
    // The third and further regions' projects, drawn last so that the two-region store keeps
    // every id it had before --regions existed.
    for (size_t i = 2; i < store.regions.size(); ++i) {
        const QString &region = store.regions[i].id;
        store.projects.push_back({store.ids.hex32(), region, region});
        store.users[0].projectIds.append(store.projects.back().id);
    }
}

void seedStore(Store &store, int extraImages, int imagesPerSecond, int imagesPerRegion) {
    seedIdentities(store);
    const Project &main = store.projects[0];
    const Project &partner = store.projects[1];
    const Project &second = store.projects[2];
    const QString platformOwner = store.ids.hex32(); // the cloud's own project owns public images

    std::vector<Image> publicImages;                      // of the first region
    std::map<QString, std::vector<Image>> publicOfRegion; // every region's, by region
    for (const Region &region : store.regions) {
        qint64 created = kSeedEpoch - 400LL * 86400000;
        for (const Os &os : kPublicOs) {
            Image image = baseImage(store, QString::fromLatin1(os.name), platformOwner, region.id,
                                    os, created += 86400000);
            image.visibility = QStringLiteral("public");
            image.isProtected = true;
            image.props[QStringLiteral("__support_xen")] = QStringLiteral("true");
            if (region.id == main.region)
                publicImages.push_back(image);
            publicOfRegion[region.id].push_back(image);
            addImage(store, image);
        }
    }

    qint64 t = kSeedEpoch - 30LL * 86400000;
    const auto next = [&t] { return t += 3600000; };
    const auto privateImage = [&](const QString &name, const Project &owner, int os) {
        return baseImage(store, name, owner.id, owner.region, kPublicOs[os], next());
    };
    Image web = privateImage(QStringLiteral("web-frontend-2025"), main, 0);
    web.tags = {QStringLiteral("env=prod"), QStringLiteral("team=web")};
    web.props[QStringLiteral("__description")] = QStringLiteral("Web front end, nginx + app");
    web.props[QStringLiteral("__originalimagename")] = publicImages[0].id;
    web.props[QStringLiteral("__data_origin")] = QStringLiteral("instance,") + store.ids.uuid();
    addImage(store, web);
    Image db = privateImage(QStringLiteral("db-golden"), main, 1);
    db.isProtected = true;
    db.tags = {QStringLiteral("env=prod")};
    addImage(store, db);
    Image encrypted = privateImage(QStringLiteral("build-agent-encrypted"), main, 2);
    encrypted.props[QStringLiteral("__system__cmkid")] = store.ids.uuid();
    addImage(store, encrypted);
    Image queued = privateImage(QStringLiteral("upload-pending"), main, 3);
    queued.status = QStringLiteral("queued");
    queued.size = -1;
    queued.checksum.clear();
    queued.activeAt = 0;
    queued.props[QStringLiteral("__image_size")] = QStringLiteral("0");
    addImage(store, queued);
    Image saving = privateImage(QStringLiteral("import-in-progress"), main, 4);
    saving.status = QStringLiteral("saving");
    saving.activeAt = 0;
    addImage(store, saving);
    Image killed = privateImage(QStringLiteral("import-failed"), main, 5);
    killed.status = QStringLiteral("killed");
    killed.activeAt = 0;
    addImage(store, killed);
    Image data = privateImage(QStringLiteral("logs-data-disk"), main, 0);
    data.props[QStringLiteral("virtual_env_type")] = QStringLiteral("DataImage");
    data.minDisk = 100;
    addImage(store, data);
    Image whole = privateImage(QStringLiteral("full-ecs-backup"), main, 1);
    whole.props[QStringLiteral("__whole_image")] = QStringLiteral("true");
    // Made from a CBR backup, so that DELETE with delete_backup has a backup to delete. Derived
    // from the image id rather than drawn from store.ids: every later seeded id stays the same.
    whole.props[QStringLiteral("__backup_id")] = derivedId(whole.id, QStringLiteral("backup"));
    addImage(store, whole);
    Image sharedOut = privateImage(QStringLiteral("shared-app-base"), main, 1);
    sharedOut.visibility = QStringLiteral("shared");
    sharedOut.members[partner.id] = Member{QStringLiteral("accepted"), t, t};
    addImage(store, sharedOut);
    Image sharedPending = privateImage(QStringLiteral("shared-tools-offer"), main, 0);
    sharedPending.visibility = QStringLiteral("shared");
    sharedPending.members[partner.id] = Member{QStringLiteral("pending"), t, t};
    addImage(store, sharedPending);
    Image partnerOffer = privateImage(QStringLiteral("partner-monitoring"), partner, 0);
    partnerOffer.visibility = QStringLiteral("shared");
    partnerOffer.members[main.id] = Member{QStringLiteral("pending"), t, t};
    addImage(store, partnerOffer);
    Image partnerAccepted = privateImage(QStringLiteral("partner-hardened-base"), partner, 1);
    partnerAccepted.visibility = QStringLiteral("shared");
    partnerAccepted.members[main.id] = Member{QStringLiteral("accepted"), t, t};
    addImage(store, partnerAccepted);
    addImage(store, privateImage(QStringLiteral("partner-private"), partner, 2));
    const Image nlWeb = privateImage(QStringLiteral("nl-web"), second, 0);
    addImage(store, nlWeb);

    store.servers = {
        makeServer(store, QStringLiteral("web-01"), main, QStringLiteral("ACTIVE"), publicImages[0],
                   "s3.medium.2", {100}),
        makeServer(store, QStringLiteral("db-01"), main, QStringLiteral("SHUTOFF"), publicImages[1],
                   "s3.large.4", {200, 500}),
        makeServer(store, QStringLiteral("build-01"), main, QStringLiteral("SHUTOFF"),
                   publicImages[2], "c4.xlarge.2"),
        makeServer(store, QStringLiteral("partner-01"), partner, QStringLiteral("ACTIVE"),
                   publicImages[3], "s3.medium.2", {50}),
        makeServer(store, QStringLiteral("nl-app-01"), second, QStringLiteral("ACTIVE"),
                   publicOfRegion[second.region][4], "s3.medium.2"),
    };

    // CBR backups: db-01's weekly one already made the seeded full-ECS image (IMG.0029 again).
    const auto backupOf = [&](size_t server, const char *suffix) {
        const Server &s = store.servers[server];
        return makeBackup(s, derivedId(s.id, QString::fromLatin1(suffix)), suffix,
                          kSeedEpoch - 2 * 86400000);
    };
    store.backups = {backupOf(0, "-daily"), backupOf(2, "-daily"),
                     makeBackup(store.servers[1], whole.prop(QStringLiteral("__backup_id")),
                                "-weekly", kSeedEpoch - 7 * 86400000),
                     backupOf(3, "-daily"), backupOf(4, "-daily")};
    seedObs(store);

    // --images N: eu-de's bulk-000000 … (the template draws an id: only when there are any)
    if (extraImages > 0)
        addBulkImages(store, privateImage(QString(), main, 0), QStringLiteral("bulk-"), extraImages,
                      imagesPerSecond);
    seedCopiesAndRegions(store, web, db, nlWeb, publicOfRegion, next);
    // --images-per-region N: bulk-REGION-000000 … in every region's own project, drawn last so
    // that every id seeded before stays the same without it.
    if (imagesPerRegion > 0) {
        for (const Region &region : store.regions) {
            const Project &own =
                *std::find_if(store.projects.begin(), store.projects.end(),
                              [&region](const Project &p) { return p.name == region.id; });
            addBulkImages(store, privateImage(QString(), own, 0),
                          QStringLiteral("bulk-%1-").arg(region.id), imagesPerRegion,
                          imagesPerSecond);
        }
    }
    for (const Project &p : store.projects) {
        Quota &q = store.quota(p.id);
        q.images = std::max(50, store.privateImagesUsed(p.id) + 50);
        q.max = std::max(1000, q.images);
    }
}

} // namespace sandbox
