#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace ims {

// Says when the shared profile file changed, by this process or another (imsctl, a second
// window): once, shortly after the last write of a save. QSettings replaces the file by a
// rename, which ends a watch on the file, so its folder is watched too and the file again once
// it is back.
class ProfileFileWatcher final : public QObject {
    Q_OBJECT

public:
    explicit ProfileFileWatcher(QObject *parent = nullptr);
    // Watches `path` from now on (the folder is made when missing); replaces any earlier one.
    void watch(const QString &path);

    static constexpr int kSettleMs = 200;

signals:
    void changed();

private:
    void rewatch();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settled; // a save writes several times: one signal after the last
};

} // namespace ims
