#include "diskimage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ims;
using diskimage::Format;

Q_DECLARE_METATYPE(ims::diskimage::Format)

// Detection is checked against real files made by the tools that make them for users
// (qemu-img, xorriso), and the virtual size against what qemu-img itself reads from them.
class TestDiskImage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void realImages_data();
    void realImages();
    void damaged_data();
    void damaged();
    void descriptors_data();
    void descriptors();
    void extensions_data();
    void extensions();
    void names();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Runs a tool the test needs; a missing one fails the test with what to install.
    static bool run(const QString &program, const QStringList &arguments, QByteArray *output);
    static qint64 qemuVirtualSize(const QString &file, const QString &format);

    QTemporaryDir m_dir;
};

bool TestDiskImage::run(const QString &program, const QStringList &arguments, QByteArray *output) {
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        qWarning("%s is missing: install qemu-utils and xorriso (packaging/install-deps.sh test)",
                 qPrintable(program));
        return false;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(' ')),
                 process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// qemu-img is told the format: it probes a fixed VHD (no header, only a footer) as raw.
qint64 TestDiskImage::qemuVirtualSize(const QString &file, const QString &format) {
    QByteArray json;
    if (!run(QStringLiteral("qemu-img"), {"info", "--output=json", "-f", format, file}, &json))
        return -2;
    return QJsonDocument::fromJson(json).object().value("virtual-size").toInteger(-2);
}

void TestDiskImage::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The unreadable row reads as "nobody" (keeping root's group), who must reach the folder.
    QVERIFY(QFile::setPermissions(
        m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY2(!QStandardPaths::findExecutable("qemu-img").isEmpty(),
             "qemu-img is missing: install qemu-utils (packaging/install-deps.sh test)");
    QVERIFY2(!QStandardPaths::findExecutable("xorriso").isEmpty(),
             "xorriso is missing: install xorriso (packaging/install-deps.sh test)");
}

void TestDiskImage::realImages_data() {
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments"); // %1: the file
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("mismatch");
    const auto qemu = [](const char *format, const char *options, const char *size) {
        QStringList arguments{"create", "-q", "-f", format};
        if (*options)
            arguments << "-o" << options;
        return arguments << "%1" << size;
    };
    QTest::newRow("qcow2") << "qemu-img" << qemu("qcow2", "", "10G") << "disk.qcow2"
                           << Format::Qcow2 << false;
    QTest::newRow("qcow2 v2 (compat 0.10)")
        << "qemu-img" << qemu("qcow2", "compat=0.10", "3G") << "old.qcow" << Format::Qcow2 << false;
    QTest::newRow("qcow2 named .img")
        << "qemu-img" << qemu("qcow2", "", "2G") << "disk.img" << Format::Qcow2 << true;
    QTest::newRow("vmdk monolithicSparse")
        << "qemu-img" << qemu("vmdk", "subformat=monolithicSparse", "5G") << "disk.vmdk"
        << Format::Vmdk << false;
    QTest::newRow("vmdk streamOptimized")
        << "qemu-img" << qemu("vmdk", "subformat=streamOptimized", "1G") << "stream.vmdk"
        << Format::Vmdk << false;
    QTest::newRow("vmdk monolithicFlat (text descriptor)")
        << "qemu-img" << qemu("vmdk", "subformat=monolithicFlat", "64M") << "flat.vmdk"
        << Format::Vmdk << false;
    QTest::newRow("vmdk twoGbMaxExtentSparse (several extents)")
        << "qemu-img" << qemu("vmdk", "subformat=twoGbMaxExtentSparse", "5G") << "split.vmdk"
        << Format::Vmdk << false;
    QTest::newRow("vhd dynamic") << "qemu-img" << qemu("vpc", "subformat=dynamic", "4G")
                                 << "dynamic.vhd" << Format::Vhd << false;
    QTest::newRow("vhd fixed") << "qemu-img" << qemu("vpc", "subformat=fixed", "64M") << "fixed.vhd"
                               << Format::Vhd << false;
    QTest::newRow("vhd fixed, Hyper-V size")
        << "qemu-img" << qemu("vpc", "subformat=fixed,force_size=on", "96M") << "forced.vhd"
        << Format::Vhd << false;
    QTest::newRow("vhdx") << "qemu-img" << qemu("vhdx", "", "20G") << "disk.vhdx" << Format::Vhdx
                          << false;
    QTest::newRow("vhdx fixed") << "qemu-img" << qemu("vhdx", "subformat=fixed", "32M")
                                << "fixed.VHDX" << Format::Vhdx << false;
    QTest::newRow("raw") << "qemu-img" << qemu("raw", "", "100M") << "disk.raw" << Format::Raw
                         << false;
    QTest::newRow("raw named .qcow2")
        << "qemu-img" << qemu("raw", "", "1M") << "fake.qcow2" << Format::Raw << true;
    QTest::newRow("raw with another name")
        << "qemu-img" << qemu("raw", "", "1M") << "disk.bin" << Format::Raw << false;
    const QStringList iso{"-as", "mkisofs", "-quiet", "-V", "INSTALL", "-o", "%1", "%2"};
    QTest::newRow("iso") << "xorriso" << iso << "install.iso" << Format::Iso << false;
    QTest::newRow("iso named .img") << "xorriso" << iso << "install.img" << Format::Iso << true;
}

void TestDiskImage::realImages() {
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(bool, mismatch);
    const QString target = path(file);
    QFile::remove(target);
    const QString content = path("iso-content");
    QDir().mkpath(content);
    QFile readme(content + "/README");
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write(QByteArray(300000, 'x')); // an ISO of some size
    readme.close();
    for (QString &argument : arguments)
        argument = argument.replace("%1", target).replace("%2", content);
    QVERIFY(run(tool, arguments, nullptr));

    const diskimage::Info info = diskimage::inspect(target);
    QVERIFY2(info.isReadable(), qPrintable(info.error));
    QCOMPARE(info.format, format);
    QCOMPARE(info.fileSize, QFileInfo(target).size());
    // What qemu-img reads as the disk's size (for ISO and raw: the file's size).
    const QString qemuFormat = tool == "qemu-img" ? arguments.at(3) : QStringLiteral("raw");
    QCOMPARE(info.virtualSize, qemuVirtualSize(target, qemuFormat));
    QCOMPARE(info.extensionMismatch(), mismatch);
}

// A file the user could pick by mistake: each says why it cannot be read, naming it.
void TestDiskImage::damaged_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // written unless the row makes something else
    QTest::addColumn<QString>("error");
    QTest::addColumn<Format>("format");
    QTest::newRow("qcow2 header cut short")
        << "cut.qcow2" << QByteArray("QFI\xfb\0\0\0\x03\0\0\0\0\0\0\0\0\0\0\0\0", 20)
        << "cut.qcow2 starts like a qcow2 image but its header is cut short (the file has 20 "
           "bytes)."
        << Format::Qcow2;
    QTest::newRow("qcow2 magic only") << "magic.img" << QByteArray("QFI\xfb", 4)
                                      << "magic.img starts like a qcow2 image but its header is "
                                         "cut short (the file has 4 bytes)."
                                      << Format::Qcow2;
    QTest::newRow("vmdk header cut short")
        << "cut.vmdk" << QByteArray("KDMV\1\0\0\0\3\0\0\0", 12)
        << "cut.vmdk starts like a VMDK image but its header is cut short (the file has 12 "
           "bytes)."
        << Format::Vmdk;
    QTest::newRow("empty") << "empty.qcow2" << QByteArray() << "%1 is empty." << Format::Unknown;
    QTest::newRow("folder") << "folder.iso" << QByteArray()
                            << "%1 is a folder; choose an image file." << Format::Unknown;
    QTest::newRow("missing") << "missing.qcow2" << QByteArray() << "%1 does not exist."
                             << Format::Unknown;
    QTest::newRow("unreadable") << "secret.qcow2" << QByteArray("QFI\xfb")
                                << "%1 cannot be read: Permission denied." << Format::Unknown;
    QTest::newRow("fifo") << "pipe.raw" << QByteArray()
                          << "%1 is not a regular file; choose an image file." << Format::Unknown;
}

namespace {
// Reads as "nobody" while it lives, so that a mode-000 file is unreadable also when the tests
// run as root (CI containers do), who reads any file otherwise.
struct AsNobody {
    const bool switched = geteuid() == 0;
    AsNobody() {
        if (switched && seteuid(65534) != 0)
            qFatal("cannot switch to nobody");
    }
    ~AsNobody() {
        if (switched && seteuid(0) != 0)
            qFatal("cannot switch back to root");
    }
};
} // namespace

void TestDiskImage::damaged() {
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QFETCH(Format, format);
    const QString target = path(file);
    const QString tag = QTest::currentDataTag();
    if (tag == "folder") {
        QVERIFY(QDir().mkpath(target));
    } else if (tag == "fifo") {
        QFile::remove(target);
        QCOMPARE(mkfifo(QFile::encodeName(target).constData(), 0644), 0);
    } else if (tag != "missing") {
        QFile out(target);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
    }
    diskimage::Info info;
    if (tag == "unreadable") {
        QVERIFY(QFile::setPermissions(target, {}));
        AsNobody nobody;
        info = diskimage::inspect(target);
    } else {
        info = diskimage::inspect(target);
    }
    QVERIFY(!info.isReadable());
    QCOMPARE(info.error, QString(error).replace("%1", target));
    QCOMPARE(info.format, format);
    QCOMPARE(info.virtualSize, -1);
}

// VMDK text descriptors as other tools write them: the disk is the sum of the extents.
void TestDiskImage::descriptors_data() {
    QTest::addColumn<QByteArray>("descriptor");
    QTest::addColumn<qint64>("virtualSize");
    const QByteArray header = "# Disk DescriptorFile\nversion=1\nCID=fffffffe\n"
                              "createType=\"twoGbMaxExtentFlat\"\n\n# Extent description\n";
    QByteArray many = header;
    for (int i = 0; i < 300; ++i) // 300 extents of 2 GiB: the list runs past the first 4 KiB
        many += "RW 4194304 FLAT \"disk-f" + QByteArray::number(i) + ".vmdk\" 0\n";
    QTest::newRow("many extents") << many << qint64(300) * 4194304 * 512;
    QTest::newRow("mixed access and kinds")
        << header + "RW 2048 SPARSE \"a.vmdk\"\nRDONLY 1024 FLAT \"b.vmdk\" 0\n"
                    "NOACCESS 512 ZERO\n"
        << qint64(2048 + 1024 + 512) * 512;
    QTest::newRow("no extents") << header + "ddb.adapterType = \"ide\"\n" << qint64(-1);
    QTest::newRow("over 64 KiB") << header + QByteArray(70000, '#') + "\nRW 2048 FLAT \"a\" 0\n"
                                 << qint64(-1);
}

void TestDiskImage::descriptors() {
    QFETCH(QByteArray, descriptor);
    QFETCH(qint64, virtualSize);
    QFile out(path("descriptor.vmdk"));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(descriptor);
    out.close();
    const diskimage::Info info = diskimage::inspect(out.fileName());
    QVERIFY2(info.isReadable(), qPrintable(info.error));
    QCOMPARE(info.format, Format::Vmdk);
    QCOMPARE(info.virtualSize, virtualSize);
}

void TestDiskImage::extensions_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::newRow("qcow2") << "/images/ubuntu.qcow2" << Format::Qcow2;
    QTest::newRow("upper case") << "C:/Images/UBUNTU.QCOW2" << Format::Qcow2;
    QTest::newRow("qcow") << "old.qcow" << Format::Qcow2;
    QTest::newRow("vmdk") << "disk.Vmdk" << Format::Vmdk;
    QTest::newRow("vhd") << "disk.vhd" << Format::Vhd;
    QTest::newRow("vhdx") << "disk.VHDX" << Format::Vhdx;
    QTest::newRow("iso") << "debian-12.iso" << Format::Iso;
    QTest::newRow("img") << "disk.img" << Format::Raw;
    QTest::newRow("raw") << "disk.RAW" << Format::Raw;
    QTest::newRow("other") << "disk.bin" << Format::Unknown;
    QTest::newRow("double") << "disk.qcow2.gz" << Format::Unknown;
    QTest::newRow("none") << "disk" << Format::Unknown;
    QTest::newRow("dot folder") << "/home/me/.qcow2/disk" << Format::Unknown;
}

void TestDiskImage::extensions() {
    QFETCH(QString, file);
    QFETCH(Format, format);
    QCOMPARE(diskimage::formatFromExtension(file), format);
}

void TestDiskImage::names() {
    for (Format format :
         {Format::Raw, Format::Qcow2, Format::Vmdk, Format::Vhd, Format::Vhdx, Format::Iso}) {
        QVERIFY(!diskimage::formatName(format).isEmpty());
        QCOMPARE(diskimage::formatFromName(diskimage::formatName(format)), format);
        QCOMPARE(diskimage::formatFromName(diskimage::formatName(format).toUpper()), format);
    }
    QCOMPARE(diskimage::formatName(Format::Unknown), QString());
    QCOMPARE(diskimage::formatFromName("zvhd2"), Format::Unknown);
    QCOMPARE(diskimage::formatFromName(""), Format::Unknown);
}

QTEST_GUILESS_MAIN(TestDiskImage)
#include "tst_diskimage.moc"
