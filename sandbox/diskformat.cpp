#include "diskformat.h"

#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

namespace sandbox {

namespace {

constexpr qsizetype kHeadBytes = 64 * 1024;
constexpr qsizetype kFooterBytes = 512;
constexpr qsizetype kIsoMagicAt = 0x8001;

bool startsWith(const QByteArray &bytes, const char *magic, qsizetype at = 0) {
    const QByteArrayView view(magic);
    return bytes.size() >= at + view.size() && bytes.mid(at, view.size()) == view;
}

qint64 bigEndian64(const QByteArray &bytes, qsizetype at) {
    if (bytes.size() < at + 8)
        return -1;
    return qint64(qFromBigEndian<quint64>(bytes.constData() + at));
}

// A VMDK descriptor's extent lines ("RW 41943040 SPARSE \"disk-flat.vmdk\""), in sectors.
qint64 descriptorSectors(const QByteArray &head) {
    static const QRegularExpression extent(QStringLiteral("^(?:RW|RDONLY|NOACCESS)\\s+(\\d+)\\s"),
                                           QRegularExpression::MultilineOption);
    qint64 sectors = 0;
    auto it = extent.globalMatch(QString::fromLatin1(head));
    while (it.hasNext())
        sectors += it.next().captured(1).toLongLong();
    return sectors > 0 ? sectors : -1;
}

} // namespace

void DiskSniffer::add(const char *data, qint64 length) {
    if (m_head.size() < kHeadBytes)
        m_head.append(data, qsizetype(std::min<qint64>(length, kHeadBytes - m_head.size())));
    if (length >= kFooterBytes) {
        m_tail = QByteArray(data + length - kFooterBytes, kFooterBytes);
    } else {
        m_tail.append(data, qsizetype(length));
        if (m_tail.size() > kFooterBytes)
            m_tail.remove(0, m_tail.size() - kFooterBytes);
    }
    m_total += length;
}

QString DiskSniffer::format() const {
    if (startsWith(m_head, "QFI\xfb"))
        return QStringLiteral("qcow2");
    if (startsWith(m_head, "KDMV") || startsWith(m_head, "# Disk DescriptorFile"))
        return QStringLiteral("vmdk");
    if (startsWith(m_head, "vhdxfile"))
        return QStringLiteral("vhdx");
    if (startsWith(m_head, "conectix") ||
        (m_total >= kFooterBytes && startsWith(m_tail, "conectix")))
        return QStringLiteral("vhd");
    if (startsWith(m_head, "CD001", kIsoMagicAt))
        return QStringLiteral("iso");
    return QStringLiteral("raw");
}

qint64 DiskSniffer::virtualSize() const {
    const QString f = format();
    if (f == QLatin1String("qcow2"))
        return bigEndian64(m_head, 24);
    if (f == QLatin1String("vmdk")) {
        if (!startsWith(m_head, "KDMV")) {
            const qint64 sectors = descriptorSectors(m_head);
            return sectors < 0 ? -1 : sectors * 512;
        }
        if (m_head.size() < 20)
            return -1;
        return qint64(qFromLittleEndian<quint64>(m_head.constData() + 12)) * 512;
    }
    if (f == QLatin1String("vhd")) // the footer's current size; dynamic VHDs copy it to the start
        return bigEndian64(startsWith(m_head, "conectix") ? m_head : m_tail, 48);
    if (f == QLatin1String("vhdx"))
        return -1; // in the metadata region, which the sandbox does not read
    return m_total;
}

bool DiskSniffer::matches(const QString &diskFormat) const {
    static const QStringList checked = {QStringLiteral("qcow2"), QStringLiteral("vmdk"),
                                        QStringLiteral("vhd"), QStringLiteral("vhdx"),
                                        QStringLiteral("iso")};
    return !checked.contains(diskFormat) || format() == diskFormat;
}

} // namespace sandbox
