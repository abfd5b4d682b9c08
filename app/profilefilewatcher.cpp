#include "profilefilewatcher.h"

#include <QDir>
#include <QFileInfo>

namespace ims {

ProfileFileWatcher::ProfileFileWatcher(QObject *parent)
    : QObject(parent) {
    m_settled.setSingleShot(true);
    m_settled.setInterval(kSettleMs);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settled,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settled, qOverload<>(&QTimer::start));
    connect(&m_settled, &QTimer::timeout, this, [this] {
        rewatch();
        emit changed();
    });
}

void ProfileFileWatcher::watch(const QString &path) {
    m_path = path;
    rewatch();
}

void ProfileFileWatcher::rewatch() {
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QFileInfo file(m_path);
    QDir().mkpath(file.absolutePath());
    m_watcher.addPath(file.absolutePath());
    if (file.exists())
        m_watcher.addPath(file.absoluteFilePath());
}

} // namespace ims
