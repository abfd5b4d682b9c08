#pragma once

#include "diskimage.h"

#include <QObject>

#include <optional>

namespace ims {

// Reads a local image file's headers (diskimage::inspect) off the GUI thread: a file on a slow
// or network file system must not freeze the window. The newest path wins; results for an
// older one are dropped.
class FileInspector final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Starts reading `path` again, also when it is the same path (the file may have changed).
    void inspect(const QString &path);
    QString path() const { return m_path; }
    // What the file is; nullopt while it is being read or before inspect().
    const std::optional<diskimage::Info> &info() const { return m_info; }

signals:
    void inspected();

private:
    QString m_path;
    std::optional<diskimage::Info> m_info;
    quint64 m_generation = 0; // of the newest inspect()
};

} // namespace ims
