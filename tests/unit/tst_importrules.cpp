#include "formatting.h"
#include "importrules.h"

#include <QTest>

using namespace ims;
using diskimage::Format;
using Source = ImportOrder::Source;

Q_DECLARE_METATYPE(ims::ImportOrder)
Q_DECLARE_METATYPE(ims::rules::ImportContext)

// One row per rule of rules::checkImport, allowed and refused; each refused row asserts the
// whole sentence the wizard and imsctl show, so that it names the values the user gave.
class TestImportRules final : public QObject {
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void minDisk_data();
    void minDisk();
};

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

diskimage::Info file(const QString &path, Format format, qint64 virtualGiB,
                     qint64 fileSize = 2 * kGiB) {
    diskimage::Info info;
    info.format = format;
    info.byExtension = diskimage::formatFromExtension(path);
    info.fileSize = fileSize;
    info.virtualSize = virtualGiB * kGiB;
    return info;
}

// The order with one thing changed: each row differs from an allowed order in the rule it tests.
template <typename Change> ImportOrder but(ImportOrder order, Change change) {
    change(order);
    return order;
}

ImportOrder named(Source source) {
    ImportOrder order;
    order.source = source;
    order.name = QStringLiteral("golden-web");
    return order;
}

ImportOrder local(const QString &path) {
    ImportOrder order = named(Source::LocalFile);
    order.filePath = QStringLiteral("/images/") + path;
    return order;
}

rules::ImportContext with(const diskimage::Info &info, rules::Api api = rules::Api::Ims) {
    rules::ImportContext context;
    context.api = api;
    context.file = info;
    return context;
}

rules::ImportContext onIms() {
    return {};
}

rules::ImportContext glance() {
    rules::ImportContext context;
    context.api = rules::Api::Glance;
    return context;
}

ImportOrder obs(const QString &url, int minDiskGb) {
    ImportOrder order = named(Source::ObsFile);
    order.obsUrl = url;
    order.minDiskGb = minDiskGb;
    return order;
}

// Fills a queued image from OBS (SPEC §5.7): no name, no metadata.
ImportOrder registering(const QString &imageId, const QString &obsUrl) {
    ImportOrder order;
    order.source = Source::QueuedImage;
    order.imageId = imageId;
    order.obsUrl = obsUrl;
    return order;
}

rules::ImportContext quota(qint64 used, qint64 total) {
    rules::ImportContext context;
    context.quota = QList<QuotaResource>{{QStringLiteral("image_member"), 10, 10, 1, 100},
                                         {QStringLiteral("image"), used, total, 1, 1000}};
    return context;
}

rules::ImportContext osVersions() {
    rules::ImportContext context;
    OsVersion ubuntu;
    ubuntu.platform = QStringLiteral("Ubuntu");
    ubuntu.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
    ubuntu.osVersionKey = ubuntu.osVersion;
    context.osVersions = QList<OsVersion>{ubuntu};
    return context;
}

const QString kIsoNote = QStringLiteral(
    "An ISO image is for installing an operating system on a temporary server, from which you "
    "then make a system disk image; it cannot be exported or replicated, and IMS refuses most "
    "other operations on it (IMG.0167).");
const QString kWholeNote = QStringLiteral("A full-ECS image cannot be exported or replicated, "
                                          "and only one made from a CBR backup can be shared.");

} // namespace

void TestImportRules::checks_data() {
    QTest::addColumn<ImportOrder>("order");
    QTest::addColumn<rules::ImportContext>("context");
    QTest::addColumn<QString>("problem"); // the sentence; empty: allowed
    QTest::addColumn<QString>("note");    // a note that must be there; empty: none expected

    const auto ubuntu = file("ubuntu.qcow2", Format::Qcow2, 20);
    const auto withMinDisk = [](ImportOrder order, int gb) {
        order.minDiskGb = gb;
        return order;
    };

    // The file on this computer.
    QTest::newRow("local qcow2: min disk from the file")
        << local("ubuntu.qcow2") << with(ubuntu) << ""
        << "Min disk will be 20 GB, the size of the disk inside ubuntu.qcow2.";
    QTest::newRow("local min disk below the disk inside")
        << withMinDisk(local("ubuntu.qcow2"), 10) << with(ubuntu)
        << "Min disk 10 GB is less than the 20 GB disk inside ubuntu.qcow2."
        << "";
    QTest::newRow("local min disk equal to the disk inside")
        << withMinDisk(local("ubuntu.qcow2"), 20) << with(ubuntu) << ""
        << "";
    QTest::newRow("local min disk rounded up") << withMinDisk(local("half.qcow2"), 1) << with([] {
        auto info = file("half.qcow2", Format::Qcow2, 1);
        info.virtualSize += 1; // one byte over 1 GiB needs 2 GB
        return info;
    }()) << "Min disk 1 GB is less than the 2 GB disk inside half.qcow2."
                                               << "";
    QTest::newRow("local min disk over IMS's range")
        << withMinDisk(local("ubuntu.qcow2"), 2000) << with(ubuntu)
        << "Min disk 2000 GB is outside the 1-1024 GB IMS allows for a system disk image."
        << "";
    QTest::newRow("local min disk over 1024 on Glance")
        << withMinDisk(local("ubuntu.qcow2"), 2000) << with(ubuntu, rules::Api::Glance) << ""
        << "";
    QTest::newRow("local disk inside over 1024 GB")
        << local("big.qcow2") << with(file("big.qcow2", Format::Qcow2, 1100))
        << "The disk inside big.qcow2 is 1100 GB; IMS images take at most 1024 GB."
        << "";
    QTest::newRow("local file of 128 GB")
        << local("huge.raw")
        << with(file("huge.raw", Format::Raw, 1000, rules::kMaxDirectUploadBytes))
        << QStringLiteral("huge.raw is %1; IMS takes direct uploads below 128 GB. Upload it to an "
                          "OBS bucket and import it from there.")
               .arg(formatSize(rules::kMaxDirectUploadBytes))
        << "";
    QTest::newRow("local file just below 128 GB")
        << local("big.raw")
        << with(file("big.raw", Format::Raw, 127, rules::kMaxDirectUploadBytes - 1)) << ""
        << "";
    QTest::newRow("local file of 128 GB on Glance")
        << local("huge.raw")
        << with(file("huge.raw", Format::Raw, 128, rules::kMaxDirectUploadBytes),
                rules::Api::Glance)
        << ""
        << "";
    QTest::newRow("local vmdk on IMS")
        << local("disk.vmdk") << with(file("disk.vmdk", Format::Vmdk, 8))
        << "IMS's direct upload takes qcow2, VHD and raw files; disk.vmdk is VMDK. Upload it to "
           "an OBS bucket and import it from there (IMS imports VMDK files from OBS)."
        << "";
    QTest::newRow("local vmdk on Glance")
        << local("disk.vmdk") << with(file("disk.vmdk", Format::Vmdk, 8), rules::Api::Glance) << ""
        << "";
    QTest::newRow("local vhdx on IMS")
        << local("disk.vhdx") << with(file("disk.vhdx", Format::Vhdx, 8))
        << "IMS's direct upload takes qcow2, VHD and raw files; disk.vhdx is VHDX. Upload it to "
           "an OBS bucket and import it from there (IMS imports VHDX files from OBS)."
        << "";
    QTest::newRow("local vhd on IMS")
        << local("disk.vhd") << with(file("disk.vhd", Format::Vhd, 8)) << ""
        << "";
    QTest::newRow("local raw on IMS")
        << local("disk.img") << with(file("disk.img", Format::Raw, 2)) << ""
        << "";
    QTest::newRow("local ISO on IMS")
        << local("debian.iso") << with(file("debian.iso", Format::Iso, 1))
        << "IMS makes ISO images only from a file in OBS: upload debian.iso to a bucket and "
           "import it from there as an ISO file."
        << "";
    QTest::newRow("local ISO on Glance")
        << local("debian.iso") << with(file("debian.iso", Format::Iso, 1), rules::Api::Glance) << ""
        << kIsoNote;
    QTest::newRow("local chosen format differs from the contents")
        << but(local("ubuntu.qcow2"), [](ImportOrder &o) { o.diskFormat = QStringLiteral("vmdk"); })
        << with(ubuntu) << "ubuntu.qcow2 is in qcow2 format, not vmdk as chosen; choose qcow2."
        << "";
    QTest::newRow("local chosen format matches, any case")
        << but(local("ubuntu.qcow2"),
               [](ImportOrder &o) { o.diskFormat = QStringLiteral("QCOW2"); })
        << with(ubuntu) << ""
        << "";
    QTest::newRow("local name and contents differ: a note, the contents win")
        << local("disk.img") << with(file("disk.img", Format::Qcow2, 4)) << ""
        << "disk.img is named as raw but its contents are qcow2; it is uploaded as qcow2.";
    QTest::newRow("local marked ISO but is not")
        << but(local("ubuntu.qcow2"), [](ImportOrder &o) { o.iso = true; }) << with(ubuntu)
        << "ubuntu.qcow2 is not an ISO file (it is qcow2)."
        << "";
    QTest::newRow("local unreadable file") << local("gone.qcow2") << with([] {
        diskimage::Info info;
        info.error = QStringLiteral("/images/gone.qcow2 does not exist.");
        return info;
    }()) << "/images/gone.qcow2 does not exist."
                                           << "";
    QTest::newRow("local no file chosen")
        << named(Source::LocalFile) << onIms() << "Choose the file to upload."
        << "";
    QTest::newRow("local data disk on IMS")
        << but(local("ubuntu.qcow2"), [](ImportOrder &o) { o.dataDisk = true; }) << with(ubuntu)
        << "IMS makes data disk images only from a file in OBS: upload ubuntu.qcow2 to a bucket "
           "and import it from there as a data disk, or upload it here as a system disk image."
        << "";
    QTest::newRow("local data disk on Glance")
        << but(local("ubuntu.qcow2"), [](ImportOrder &o) { o.dataDisk = true; })
        << with(ubuntu, rules::Api::Glance)
        << "Plain OpenStack has no data disk images; upload ubuntu.qcow2 as an image."
        << "";
    QTest::newRow("local OS version the cloud does not list")
        << but(local("ubuntu.qcow2"),
               [](ImportOrder &o) { o.osVersion = QStringLiteral("Ubuntu 99.04 server 64bit"); })
        << osVersions()
        << "The cloud does not list the OS version \"Ubuntu 99.04 server 64bit\"; pick one from "
           "its list (IMG.0056)."
        << "";
    QTest::newRow("local OS version the cloud lists")
        << but(local("ubuntu.qcow2"),
               [](ImportOrder &o) { o.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit"); })
        << osVersions() << ""
        << "";

    // What every new image is.
    QTest::newRow("name IMS refuses")
        << but(local("ubuntu.qcow2"), [](ImportOrder &o) { o.name = QStringLiteral("web/01"); })
        << with(ubuntu) << rules::nameProblem("web/01") << "";
    QTest::newRow("description IMS refuses")
        << but(local("ubuntu.qcow2"),
               [](ImportOrder &o) { o.description = QStringLiteral("<b>gold</b>"); })
        << with(ubuntu) << rules::descriptionProblem("<b>gold</b>") << "";
    QTest::newRow("tag IMS refuses")
        << but(local("ubuntu.qcow2"),
               [](ImportOrder &o) {
                   o.tags = QStringList{QStringLiteral("env=prod"), QStringLiteral("=x")};
               })
        << with(ubuntu) << rules::tagProblem("=x") << "";
    const auto fromServer = [] {
        auto order = named(Source::ServerSystemDisk);
        order.serverId = QStringLiteral("srv-1");
        return order;
    };
    const auto withRam = [&](int minRamMb, int maxRamMb) {
        auto order = fromServer();
        order.minRamMb = minRamMb;
        order.maxRamMb = maxRamMb;
        return order;
    };
    QTest::newRow("min RAM above max RAM")
        << withRam(4096, 2048) << onIms() << "Min RAM 4096 MB is more than max RAM 2048 MB."
        << "";
    QTest::newRow("min RAM below max RAM") << withRam(1024, 2048) << onIms() << ""
                                           << "";
    QTest::newRow("min RAM without max RAM") << withRam(8192, 0) << onIms() << ""
                                             << "";
    QTest::newRow("negative max RAM")
        << withRam(0, -1) << onIms() << "Max RAM cannot be negative (-1 MB)."
        << "";

    // The quota of private images.
    const auto threeDataDisks = [] {
        ImportOrder order;
        order.source = Source::ServerDataDisks;
        for (const char *volume : {"vol-1", "vol-2", "vol-3"})
            order.dataDisks << ImportOrder::DataDisk{volume, QStringLiteral("data-") + volume};
        return order;
    };
    QTest::newRow("quota full") << fromServer() << quota(20, 20)
                                << "The image quota is full: 20 of 20 private images are in use. "
                                   "Delete images or ask for a larger quota (IMG.0015)."
                                << "";
    QTest::newRow("quota with one left") << fromServer() << quota(19, 20) << ""
                                         << "";
    QTest::newRow("quota: one image per data disk")
        << threeDataDisks() << quota(18, 20)
        << "This makes 3 images, but only 2 of the quota of 20 private images are left "
           "(IMG.0015)."
        << "";
    QTest::newRow("quota: data disks that fit") << threeDataDisks() << quota(17, 20) << ""
                                                << "";
    QTest::newRow("quota: registering fills an image already counted")
        << registering(QStringLiteral("img-queued"), QStringLiteral("images:web.qcow2"))
        << quota(20, 20) << ""
        << "";

    // A file in OBS.
    QTest::newRow("obs system disk") << obs("images:web.qcow2", 40) << onIms() << ""
                                     << "";
    QTest::newRow("obs path in the wrong form")
        << obs("images/web.qcow2", 40) << onIms() << rules::bucketUrlProblem("images/web.qcow2")
        << "";
    QTest::newRow("obs without min disk")
        << obs("images:web.qcow2", 0) << onIms()
        << "Enter the min disk: IMS cannot read the size of the disk inside a file in OBS before "
           "importing it."
        << "";
    QTest::newRow("obs system disk over 1024 GB")
        << obs("images:web.qcow2", 2000) << onIms()
        << "Min disk 2000 GB is outside the 1-1024 GB IMS allows for a system disk image."
        << "";
    const auto dataDisk = [](ImportOrder order) {
        order.dataDisk = true;
        return order;
    };
    QTest::newRow("obs data disk below 40 GB")
        << dataDisk(obs("images:data.qcow2", 20)) << onIms()
        << "Min disk 20 GB is outside the 40-2048 GB IMS allows for a data disk image."
        << "";
    QTest::newRow("obs data disk of 2048 GB")
        << dataDisk(obs("images:data.qcow2", 2048)) << onIms() << ""
        << "";
    const auto iso = [](ImportOrder order) {
        order.iso = true;
        return order;
    };
    const auto withOs = [](ImportOrder order) {
        order.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
        return order;
    };
    const auto quick = [](ImportOrder order) {
        order.quickImport = true;
        return order;
    };
    QTest::newRow("obs ISO without OS version") << iso(obs("images:debian.iso", 10)) << onIms()
                                                << "An ISO file needs its OS version (IMG.0166)."
                                                << "";
    QTest::newRow("obs ISO with OS version")
        << withOs(iso(obs("images:debian.iso", 10))) << osVersions() << "" << kIsoNote;
    QTest::newRow("obs ISO file not marked as ISO")
        << obs("images:debian.iso", 10) << onIms() << ""
        << "debian.iso looks like an ISO file; mark it as ISO to make an ISO image.";
    QTest::newRow("obs ISO as a data disk")
        << withOs(dataDisk(iso(obs("images:debian.iso", 40)))) << onIms()
        << "An ISO file cannot become a data disk image."
        << "";
    QTest::newRow("obs ISO by quick import") << withOs(quick(iso(obs("images:debian.raw", 10))))
                                             << onIms() << "Quick import does not take ISO files."
                                             << "";
    QTest::newRow("obs OS version the cloud does not list")
        << but(obs("images:web.qcow2", 40),
               [](ImportOrder &o) { o.osVersion = QStringLiteral("Windows 3.11"); })
        << osVersions()
        << "The cloud does not list the OS version \"Windows 3.11\"; pick one from its list "
           "(IMG.0056)."
        << "";
    QTest::newRow("obs quick import of a system disk without OS version")
        << quick(obs("images:big.raw", 100)) << onIms()
        << "Quick import of a system disk needs its OS version."
        << "";
    QTest::newRow("obs quick import of a system disk")
        << withOs(quick(obs("images:big.raw", 100))) << onIms() << ""
        << "";
    QTest::newRow("obs quick import of a data disk without OS version")
        << dataDisk(quick(obs("images:big.zvhd2", 100))) << onIms() << ""
        << "";
    QTest::newRow("obs quick import of a qcow2 file")
        << withOs(quick(obs("images:dir/web.qcow2", 100))) << onIms()
        << "Quick import takes only RAW and ZVHD2 files; web.qcow2 is neither. Import it without "
           "quick import."
        << "";
    QTest::newRow("obs on plain OpenStack")
        << obs("images:web.qcow2", 40) << glance()
        << "Plain OpenStack only takes files uploaded from this computer; OBS files, servers, "
           "backups and registering need IMS."
        << "";

    // Servers, backups, queued images.
    QTest::newRow("server system disk") << fromServer() << onIms() << ""
                                        << "";
    QTest::newRow("server not chosen")
        << named(Source::ServerSystemDisk) << onIms() << "Choose the server to make the image from."
        << "";
    QTest::newRow("full-ECS image of a server")
        << but(named(Source::ServerWhole),
               [](ImportOrder &o) { o.serverId = QStringLiteral("srv-1"); })
        << onIms() << "" << kWholeNote;
    QTest::newRow("data disks not chosen")
        << named(Source::ServerDataDisks) << onIms() << "Choose at least one data disk."
        << "";
    QTest::newRow("data disks: no top-level name needed") << threeDataDisks() << onIms() << ""
                                                          << "";
    QTest::newRow("data disk without a name")
        << but(threeDataDisks(), [](ImportOrder &o) { o.dataDisks[1].name.clear(); }) << onIms()
        << QStringLiteral("Data disk vol-2: %1").arg(rules::nameProblem({})) << "";
    QTest::newRow("data disk without a disk")
        << but(threeDataDisks(), [](ImportOrder &o) { o.dataDisks[2].volumeId.clear(); }) << onIms()
        << "The data disk image \"data-vol-3\" has no disk chosen."
        << "";
    QTest::newRow("backup not chosen") << named(Source::Backup) << onIms()
                                       << "Enter the ID of the CBR backup to make the image from."
                                       << "";
    QTest::newRow("full-ECS image of a backup")
        << but(named(Source::Backup), [](ImportOrder &o) { o.backupId = QStringLiteral("bak-1"); })
        << onIms() << "" << kWholeNote;
    QTest::newRow("register without an image")
        << registering({}, QStringLiteral("images:web.qcow2")) << onIms()
        << "Choose the queued image to fill."
        << "";
    QTest::newRow("register from a path in the wrong form")
        << registering(QStringLiteral("img-queued"), QStringLiteral("web.qcow2")) << onIms()
        << rules::bucketUrlProblem("web.qcow2") << "";
    QTest::newRow("register on plain OpenStack")
        << registering(QStringLiteral("img-queued"), QStringLiteral("images:web.qcow2")) << glance()
        << "Plain OpenStack only takes files uploaded from this computer; OBS files, "
           "servers, backups and registering need IMS."
        << "";
}

void TestImportRules::checks() {
    QFETCH(ImportOrder, order);
    QFETCH(rules::ImportContext, context);
    QFETCH(QString, problem);
    QFETCH(QString, note);
    const rules::ImportCheck check = rules::checkImport(order, context);
    if (problem.isEmpty()) {
        QVERIFY2(check.ok(), qPrintable(check.problems.join(" | ")));
    } else {
        QVERIFY(!check.ok());
        // Only the rule the row is about: the other fields of the order are fine.
        QCOMPARE(check.problems, QStringList{problem});
    }
    if (!note.isEmpty())
        QVERIFY2(check.notes.contains(note), qPrintable(check.notes.join(" | ")));
}

void TestImportRules::minDisk_data() {
    QTest::addColumn<qint64>("virtualSize");
    QTest::addColumn<int>("gb");
    QTest::newRow("not known") << qint64(-1) << 0;
    QTest::newRow("zero") << qint64(0) << 0;
    QTest::newRow("one byte") << qint64(1) << 1;
    QTest::newRow("1 GiB") << kGiB << 1;
    QTest::newRow("1 GiB and a byte") << kGiB + 1 << 2;
    QTest::newRow("20 GiB") << 20 * kGiB << 20;
    QTest::newRow("an absurd header")
        << std::numeric_limits<qint64>::max() << std::numeric_limits<int>::max();
}

void TestImportRules::minDisk() {
    QFETCH(qint64, virtualSize);
    QFETCH(int, gb);
    diskimage::Info info;
    info.format = Format::Qcow2;
    info.virtualSize = virtualSize;
    QCOMPARE(rules::minDiskFor(info), gb);
}

QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"
