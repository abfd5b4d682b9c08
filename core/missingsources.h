#pragma once

#include "image.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace ims {

class Connection;

// The sources of copies that a listing did not bring (a public image: the inventory lists
// private ones; a source deleted since), read once each by id so that "not listed" is not taken
// for "gone": only the cloud's 404 says gone. Bounded: one read per distinct source id however
// many copies name it, and at most `concurrency` at once, the rest queued in the order asked.
// A read that fails otherwise (no answer, 5xx) tells nothing: the id may be asked again.
class MissingSources final : public QObject {
    Q_OBJECT

public:
    static constexpr int kConcurrency = 4;
    enum class State { Unknown, Queued, Reading, Found, Gone };

    explicit MissingSources(int concurrency = kConcurrency, QObject *parent = nullptr);
    ~MissingSources() override;

    // Reads `sourceId` through `connection` (the copy's region), unless it is queued, being
    // read or answered already.
    void ask(const QString &sourceId, Connection *connection);
    // Forgets every answer and drops the queue; the answers of reads under way are ignored.
    void clear();

    State state(const QString &sourceId) const;
    int reading() const { return int(m_reading.size()); }
    int queued() const { return int(m_queue.size()); }

signals:
    // `source` as its region has it (region set to the connection's; attributes dropped).
    void found(const ims::Image &source);
    void gone(const QString &sourceId);

private:
    struct Pending {
        QString sourceId;
        QPointer<Connection> connection;
    };
    void pump();
    void read(const Pending &pending);
    void answered(const QString &sourceId, const Result<Image> &result, const QString &region);
    void dropOrphanedReads(); // reads whose connection went: their answer never comes

    int m_concurrency;
    quint64 m_generation = 0; // clear() moves on: older answers are not this one's
    QHash<QString, State> m_states;
    QQueue<Pending> m_queue;
    QHash<QString, QPointer<Connection>> m_reading;
};

} // namespace ims
