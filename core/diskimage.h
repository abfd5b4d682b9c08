#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace ims::diskimage {

// What a local image file is, read from its headers (a few KB, never the whole file): the
// import wizard shows it and rules::checkImport checks the order against it.
enum class Format { Unknown, Raw, Qcow2, Vmdk, Vhd, Vhdx, Iso };

struct Info final {
    Format format = Format::Unknown;      // from the magic bytes; Raw when the file has none
    Format byExtension = Format::Unknown; // from the name (.qcow2, .vmdk, .vhd, .vhdx, .iso,
                                          // .img/.raw); Unknown for any other name
    QString absolutePath;                 // what an upload's recipe names
    QDateTime modified;                   // last written: Retry refuses a file changed since
    qint64 fileSize = -1;                 // bytes
    qint64 virtualSize = -1; // bytes of the disk inside, where the header says it (qcow2, vmdk,
                             // vhd, vhdx); the file size for raw and ISO; -1 when not known
    QString error;           // why the file could not be read; empty when it was
    bool isReadable() const { return error.isEmpty(); }
    // The contents say one format and the name another (a .qcow2 that is really raw).
    bool extensionMismatch() const {
        return byExtension != Format::Unknown && format != Format::Unknown && byExtension != format;
    }
};

// Reads the file's headers. Blocking but bounded (a few reads): call it off the GUI thread for
// files on slow or network file systems (QtConcurrent::run).
Info inspect(const QString &path);

// Glance's disk_format names: "qcow2", "vmdk", "vhd", "vhdx", "iso", "raw"; empty for Unknown.
QString formatName(Format format);
// The reverse; Unknown for any other name.
Format formatFromName(const QString &name);
Format formatFromExtension(const QString &path);

} // namespace ims::diskimage
