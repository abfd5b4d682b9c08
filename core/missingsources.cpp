#include "missingsources.h"

#include "connection.h"
#include "imageoperations.h"

#include <algorithm>

namespace ims {

MissingSources::MissingSources(int concurrency, QObject *parent)
    : QObject(parent)
    , m_concurrency(std::max(1, concurrency)) {}

MissingSources::~MissingSources() = default;

void MissingSources::ask(const QString &sourceId, Connection *connection) {
    if (sourceId.isEmpty() || !connection || state(sourceId) != State::Unknown)
        return;
    m_states.insert(sourceId, State::Queued);
    m_queue.enqueue({sourceId, connection});
    pump();
}

void MissingSources::clear() {
    ++m_generation;
    m_states.clear();
    m_queue.clear();
    m_reading.clear();
}

MissingSources::State MissingSources::state(const QString &sourceId) const {
    return m_states.value(sourceId, State::Unknown);
}

void MissingSources::pump() {
    while (m_reading.size() < m_concurrency && !m_queue.isEmpty()) {
        const Pending next = m_queue.dequeue();
        if (next.connection)
            read(next);
        else
            m_states.remove(next.sourceId); // its region went (a new listing): unknown again
    }
}

void MissingSources::read(const Pending &pending) {
    Connection *connection = pending.connection;
    m_states.insert(pending.sourceId, State::Reading);
    m_reading.insert(pending.sourceId, connection);
    // Deleting the connection cancels its request without an answer: its slot is freed then.
    connect(connection, &QObject::destroyed, this, &MissingSources::dropOrphanedReads,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    connection->operations()->image(
        pending.sourceId, [self = QPointer(this), generation = m_generation, id = pending.sourceId,
                           region = connection->profile().region](const Result<Image> &result) {
            if (self && generation == self->m_generation)
                self->answered(id, result, region);
        });
}

void MissingSources::answered(const QString &sourceId, const Result<Image> &result,
                              const QString &region) {
    m_reading.remove(sourceId);
    if (result) {
        m_states.insert(sourceId, State::Found);
        Image source = result.value();
        source.attributes = {};
        source.region = region;
        emit found(source);
    } else if (result.error().httpStatus == 404) {
        m_states.insert(sourceId, State::Gone);
        emit gone(sourceId);
    } else {
        m_states.remove(sourceId); // a failure says nothing: asked again when next needed
    }
    pump();
}

void MissingSources::dropOrphanedReads() {
    for (auto it = m_reading.begin(); it != m_reading.end();) {
        if (it.value()) {
            ++it;
            continue;
        }
        m_states.remove(it.key());
        it = m_reading.erase(it);
    }
    pump();
}

} // namespace ims
