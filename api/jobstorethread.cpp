#include "jobstorethread.h"

#include <QCoreApplication>

namespace ims {

JobStoreThread::JobStoreThread(JobStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_worker(new QObject) {
    m_thread.setObjectName(QStringLiteral("imsdesk job file"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

JobStoreThread::~JobStoreThread() {
    // Queued work runs before the thread's event loop sees the quit. Answers posted to this
    // object afterwards are discarded with it.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 JobStoreThread::merge(JobStore::Changes changes) {
    const quint64 sequence = ++m_sequence;
    QMetaObject::invokeMethod(
        m_worker,
        [this, sequence, store = m_store, changes = std::move(changes)] {
            JobStore::MergeResult result = store.merge(changes);
            // `this` outlives the worker's queue (see the destructor).
            QMetaObject::invokeMethod(
                this,
                [this, sequence, result = std::move(result)] { emit merged(sequence, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return sequence;
}

quint64 JobStoreThread::reload() {
    const quint64 sequence = ++m_sequence;
    QMetaObject::invokeMethod(
        m_worker,
        [this, sequence, store = m_store] {
            JobStore::Contents contents = store.read();
            QMetaObject::invokeMethod(
                this,
                [this, sequence, contents = std::move(contents)] {
                    emit reloaded(sequence, contents);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return sequence;
}

void JobStoreThread::finishQueued() {
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

JobStore::MergeResult JobStoreThread::mergeNow(const JobStore::Changes &changes,
                                               quint64 *sequence) {
    *sequence = ++m_sequence;
    JobStore::MergeResult result;
    QMetaObject::invokeMethod(
        m_worker, [&] { result = m_store.merge(changes); }, Qt::BlockingQueuedConnection);
    return result;
}

} // namespace ims
