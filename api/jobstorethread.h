#pragma once

#include "jobstore.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace ims {

// Runs a JobStore's reads and merges on a thread of its own, one after the other in the order
// they were asked for, so that the GUI thread never waits for the disk or for another process's
// lock. Each answer comes back on the owner's thread with the sequence number of its request.
class JobStoreThread final : public QObject {
    Q_OBJECT

public:
    explicit JobStoreThread(JobStore store, QObject *parent = nullptr);
    ~JobStoreThread() override; // finishes what was queued

    const JobStore &store() const { return m_store; }

    // Queued; `merged` / `reloaded` answer with the returned sequence number.
    quint64 merge(JobStore::Changes changes);
    quint64 reload();
    // Runs `changes` after everything queued and waits for it (quit, imsctl before exit).
    JobStore::MergeResult mergeNow(const JobStore::Changes &changes, quint64 *sequence);
    // Waits until everything queued ran, then delivers its answers (before mergeNow).
    void finishQueued();

signals:
    void merged(quint64 sequence, const ims::JobStore::MergeResult &result);
    void reloaded(quint64 sequence, const ims::JobStore::Contents &contents);

private:
    JobStore m_store;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread
    quint64 m_sequence = 0;
};

} // namespace ims

Q_DECLARE_METATYPE(ims::JobStore::MergeResult)
Q_DECLARE_METATYPE(ims::JobStore::Contents)
