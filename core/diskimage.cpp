#include "diskimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <limits>
#include <optional>

namespace ims::diskimage {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ims::diskimage", text);
}

// Bytes [offset, offset + length) of the file, fewer where it ends first: every header below is
// read this way, so that a multi-GB image costs a few small reads.
QByteArray readAt(QFile &file, qint64 offset, qint64 length) {
    if (offset < 0 || !file.seek(offset))
        return {};
    return file.read(length);
}

quint64 bigEndian64(const QByteArray &bytes, int offset) {
    return qFromBigEndian<quint64>(bytes.constData() + offset);
}
quint64 littleEndian64(const QByteArray &bytes, int offset) {
    return qFromLittleEndian<quint64>(bytes.constData() + offset);
}
quint32 littleEndian32(const QByteArray &bytes, int offset) {
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}
quint16 littleEndian16(const QByteArray &bytes, int offset) {
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

// A size read from a header, or -1 where it cannot be a size (a corrupt field).
qint64 sizeOrUnknown(quint64 value) {
    return value > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(value);
}

// qcow and qcow2 both keep the virtual size, big-endian, at offset 24.
constexpr int kQcowSizeEnd = 32;
// VMDK sparse extent header: capacity in 512-byte sectors, little-endian, at offset 12.
constexpr int kVmdkCapacityEnd = 20;
// VHD footer: 512 bytes, "conectix" cookie first, current size big-endian at offset 48.
constexpr int kVhdFooter = 512;
constexpr int kVhdCurrentSize = 48;
// A VMDK text descriptor (extent lines) is small; larger "descriptors" are not parsed.
constexpr qint64 kMaxDescriptor = 64 * 1024;
// ISO 9660: the primary volume descriptor at sector 16, "CD001" after its type byte.
constexpr qint64 kIsoMagicOffset = 0x8001;

// The sum of the extents of a VMDK text descriptor ("RW 2097152 FLAT \"x-flat.vmdk\" 0"),
// in bytes; -1 when it has none or one this parser does not understand.
qint64 descriptorSize(const QByteArray &text) {
    static const QRegularExpression extent(QStringLiteral("^\\s*(RW|RDONLY|NOACCESS)\\s+(\\d+)\\b"),
                                           QRegularExpression::MultilineOption);
    qint64 sectors = 0;
    bool any = false;
    auto matches = extent.globalMatch(QString::fromLatin1(text));
    while (matches.hasNext()) {
        bool ok = false;
        const qint64 count = matches.next().captured(2).toLongLong(&ok);
        if (!ok || count > std::numeric_limits<qint64>::max() / 512 - sectors)
            return -1;
        sectors += count;
        any = true;
    }
    return any ? sectors * 512 : -1;
}

// GUIDs as VHDX stores them: the first three fields little-endian (MS-VHDX §2.2.1).
const QByteArray kVhdxMetadataRegion =
    QByteArray::fromHex("06a27c8b90479a4bb8fe575f050f886e"); // 8B7CA206-4790-4B9A-B8FE-575F050F886E
const QByteArray kVhdxVirtualDiskSize =
    QByteArray::fromHex("2442a52f1bcd7648b2115dbed83bf4b8"); // 2FA54224-CD1B-4876-B211-5DBED83BF4B8

// The virtual disk size of a VHDX file (MS-VHDX §2.2, §2.6.2.2): the region table at 192 KiB
// points to the metadata region, whose table points to the "virtual disk size" item. -1 when
// any of them is missing or points outside the file.
qint64 vhdxVirtualSize(QFile &file) {
    constexpr qint64 kRegionTable = 192 * 1024;
    constexpr int kRegionHeader = 16, kRegionEntry = 32, kMaxRegions = 2047;
    const QByteArray header = readAt(file, kRegionTable, kRegionHeader);
    if (header.size() < kRegionHeader || !header.startsWith("regi"))
        return -1;
    const quint32 regions = qMin(littleEndian32(header, 8), quint32(kMaxRegions));
    const QByteArray entries = readAt(file, kRegionTable + kRegionHeader, regions * kRegionEntry);
    std::optional<quint64> metadataOffset;
    for (int at = 0; at + kRegionEntry <= entries.size(); at += kRegionEntry) {
        if (entries.mid(at, 16) == kVhdxMetadataRegion)
            metadataOffset = littleEndian64(entries, at + 16);
    }
    if (!metadataOffset || *metadataOffset > quint64(file.size()))
        return -1;
    constexpr int kMetadataHeader = 32, kMetadataEntry = 32;
    const QByteArray table = readAt(file, qint64(*metadataOffset), kMetadataHeader);
    if (table.size() < kMetadataHeader || !table.startsWith("metadata"))
        return -1;
    const int items = qMin(int(littleEndian16(table, 10)), kMaxRegions); // MS-VHDX: at most 2047
    const QByteArray itemEntries =
        readAt(file, qint64(*metadataOffset) + kMetadataHeader, items * kMetadataEntry);
    for (int at = 0; at + kMetadataEntry <= itemEntries.size(); at += kMetadataEntry) {
        if (itemEntries.mid(at, 16) != kVhdxVirtualDiskSize)
            continue;
        const QByteArray value =
            readAt(file, qint64(*metadataOffset) + littleEndian32(itemEntries, at + 16), 8);
        return value.size() == 8 ? sizeOrUnknown(littleEndian64(value, 0)) : -1;
    }
    return -1;
}

// What the magic bytes say; `info.fileSize` is set, `file` open.
void detect(QFile &file, const QString &displayName, Info &info) {
    const QByteArray head = readAt(file, 0, 4096);
    const auto cutShort = [&](const char *format) {
        info.error = tr("%1 starts like a %2 image but its header is cut short (the file has %3 "
                        "bytes).")
                         .arg(displayName, QLatin1String(format))
                         .arg(info.fileSize);
    };
    if (head.startsWith("QFI\xfb")) {
        info.format = Format::Qcow2;
        if (head.size() < kQcowSizeEnd)
            return cutShort("qcow2");
        info.virtualSize = sizeOrUnknown(bigEndian64(head, 24));
        return;
    }
    if (head.startsWith("KDMV")) {
        info.format = Format::Vmdk;
        if (head.size() < kVmdkCapacityEnd)
            return cutShort("VMDK");
        const quint64 sectors = littleEndian64(head, 12);
        info.virtualSize = sectors > quint64(std::numeric_limits<qint64>::max() / 512)
                               ? -1
                               : qint64(sectors) * 512;
        return;
    }
    if (head.startsWith("# Disk DescriptorFile")) {
        info.format = Format::Vmdk;
        // Read it whole, or a long extent list would be summed in part; a text descriptor
        // beyond 64 KiB is not one this parser trusts.
        info.virtualSize =
            info.fileSize > kMaxDescriptor ? -1 : descriptorSize(readAt(file, 0, kMaxDescriptor));
        return;
    }
    if (head.startsWith("vhdxfile")) {
        info.format = Format::Vhdx;
        info.virtualSize = vhdxVirtualSize(file);
        return;
    }
    // A fixed VHD is the disk followed by its footer; a dynamic one also starts with a copy.
    const QByteArray tail = readAt(file, info.fileSize - kVhdFooter, kVhdFooter);
    for (const QByteArray &footer : {tail, head.left(kVhdFooter)}) {
        if (footer.size() == kVhdFooter && footer.startsWith("conectix")) {
            info.format = Format::Vhd;
            info.virtualSize = sizeOrUnknown(bigEndian64(footer, kVhdCurrentSize));
            return;
        }
    }
    if (readAt(file, kIsoMagicOffset, 5) == "CD001") {
        info.format = Format::Iso;
        info.virtualSize = info.fileSize;
        return;
    }
    info.format = Format::Raw; // no header at all: the bytes are the disk
    info.virtualSize = info.fileSize;
}

} // namespace

Info inspect(const QString &path) {
    Info info;
    info.byExtension = formatFromExtension(path);
    const QFileInfo about(path);
    const QString name = about.fileName().isEmpty() ? path : about.fileName();
    if (!about.exists()) {
        info.error = tr("%1 does not exist.").arg(path);
        return info;
    }
    if (about.isDir()) {
        info.error = tr("%1 is a folder; choose an image file.").arg(path);
        return info;
    }
    // FIFOs and devices: opening one may block, and its size says nothing about the disk.
    if (!about.isFile()) {
        info.error = tr("%1 is not a regular file; choose an image file.").arg(path);
        return info;
    }
    info.absolutePath = about.absoluteFilePath();
    info.modified = about.lastModified();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return info;
    }
    info.fileSize = file.size();
    if (info.fileSize == 0) {
        info.error = tr("%1 is empty.").arg(path);
        return info;
    }
    detect(file, name, info);
    return info;
}

QString formatName(Format format) {
    switch (format) {
    case Format::Raw:
        return QStringLiteral("raw");
    case Format::Qcow2:
        return QStringLiteral("qcow2");
    case Format::Vmdk:
        return QStringLiteral("vmdk");
    case Format::Vhd:
        return QStringLiteral("vhd");
    case Format::Vhdx:
        return QStringLiteral("vhdx");
    case Format::Iso:
        return QStringLiteral("iso");
    case Format::Unknown:
        break;
    }
    return {};
}

Format formatFromName(const QString &name) {
    for (Format format :
         {Format::Raw, Format::Qcow2, Format::Vmdk, Format::Vhd, Format::Vhdx, Format::Iso}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return Format::Unknown;
}

Format formatFromExtension(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("qcow2") || suffix == QLatin1String("qcow"))
        return Format::Qcow2;
    if (suffix == QLatin1String("img"))
        return Format::Raw;
    return formatFromName(suffix);
}

} // namespace ims::diskimage
