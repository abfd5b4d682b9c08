#pragma once

// Recognises an uploaded image's format from its bytes as they stream by, the way IMS checks a
// native upload (SPEC §6.7) before the image becomes active. It keeps only the first 64 KiB
// (the headers, ISO 9660's descriptor at 0x8001) and the last 512 bytes (a fixed VHD's
// footer), so memory stays flat whatever the upload's size. The sandbox shares no code with
// the client's core/diskimage: a misreading must not hide in both.
#include <QByteArray>
#include <QString>

namespace sandbox {

class DiskSniffer final {
public:
    void add(const char *data, qint64 length);

    // "qcow2", "vmdk", "vhd", "vhdx", "iso", or "raw" when no magic is there.
    QString format() const;
    // Bytes of the disk inside where the header says it (qcow2, vmdk, vhd), the size for raw
    // and ISO; -1 when not known (vhdx).
    qint64 virtualSize() const;
    // Whether the bytes can be an image of this disk_format: raw, zvhd, zvhd2 (whose magic the
    // sandbox does not know) and formats it does not check take anything.
    bool matches(const QString &diskFormat) const;

private:
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_total = 0;
};

} // namespace sandbox
