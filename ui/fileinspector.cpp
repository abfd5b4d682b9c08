#include "fileinspector.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace ims {

void FileInspector::inspect(const QString &path) {
    m_path = path;
    m_info.reset();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<diskimage::Info>(this);
    connect(watcher, &QFutureWatcher<diskimage::Info>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer path (or a second look at this one) is being read
        m_info = watcher->result();
        emit inspected();
    });
    watcher->setFuture(QtConcurrent::run([path] { return diskimage::inspect(path); }));
}

} // namespace ims
