#pragma once

// Files to upload, and waiting for uploads, shared by the sandbox and the peer upload tests.
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <QtEndian>

// A qcow2 file of `size` bytes: the 72-byte version 2 header (1 GiB virtual, 64 KiB clusters,
// empty L1 and refcount tables), then random bytes, so that the checksum means something.
inline bool writeQcow2(const QString &path, qint64 size) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header(72, '\0');
    const auto put32 = [&](int at, quint32 v) { qToBigEndian(v, header.data() + at); };
    const auto put64 = [&](int at, quint64 v) { qToBigEndian(v, header.data() + at); };
    header.replace(0, 4, QByteArrayView("QFI\xfb", 4));
    put32(4, 2);            // version
    put32(20, 16);          // cluster_bits
    put64(24, 1ULL << 30);  // virtual size
    put32(36, 2);           // l1_size: two L2 tables of 512 MiB each
    put64(40, 3 * 0x10000); // l1_table_offset
    put64(48, 0x10000);     // refcount_table_offset
    put32(56, 1);           // refcount_table_clusters
    QByteArray first(4 * 0x10000, '\0');
    first.replace(0, header.size(), header);
    file.write(first);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size - first.size(); left > 0; left -= chunk.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                              chunk.size() / 4);
        file.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    }
    return file.flush() && file.size() == size;
}

inline QByteArray md5Of(const QString &path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Md5);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex()
                                                                 : QByteArray();
}

// Waits in a running event loop until `predicate` holds. Not QTest::qWaitFor: it sleeps between
// event batches, and Qt sends an upload's body a chunk per batch (1.5 MB/s).
template <typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs = 30000) {
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    check.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return predicate();
}
