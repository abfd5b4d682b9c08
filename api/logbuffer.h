#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>

namespace ims {

// One line of imsdesk's log, as the redacting message handler passed it on.
struct LogEntry final {
    quint64 sequence = 0; // 1, 2, …: which entries a reader has already seen
    QDateTime time;       // UTC
    QtMsgType level = QtDebugMsg;
    QString category; // "imsdesk.api", "default", "qt.network.ssl", …
    QString message;  // already redacted

    // "2026-12-02T14:03:07.123Z warning imsdesk.api: message"
    QString toText() const;
};

// The name shown for a level: "debug", "info", "warning", "critical", "fatal".
QString logLevelName(QtMsgType level);
// How severe a level is, debug lowest (QtMsgType's own order puts info after fatal).
int logLevelRank(QtMsgType level);

// The last lines of this process's log, kept in memory for the log window and the diagnostics
// report. Bounded both by entry count and by an estimate of their memory, the oldest dropped
// first. Any thread may append (requests log from worker threads); readers on the buffer's
// thread learn of new entries through entriesAdded(), at most one queued signal however many
// lines arrive before the event loop runs again.
class LogBuffer final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultMaxEntries = 5000;
    static constexpr qint64 kDefaultMaxBytes = 2 * 1024 * 1024;

    explicit LogBuffer(int maxEntries = kDefaultMaxEntries, qint64 maxBytes = kDefaultMaxBytes,
                       QObject *parent = nullptr);

    // The process's buffer that the redacting message handler fills; lives on the thread that
    // first asks for it (the main thread: main() installs the handler first).
    static LogBuffer &global();

    void append(QtMsgType level, const char *category, const QString &message);

    // The entries with a sequence above `sequence` (0: all that are kept), oldest first.
    QList<LogEntry> entriesAfter(quint64 sequence = 0) const;
    // The newest `count` entries, oldest first.
    QList<LogEntry> lastEntries(int count) const;
    int size() const;
    qint64 bytes() const; // the estimate the byte limit applies to
    int maxEntries() const { return m_maxEntries; }
    qint64 maxBytes() const { return m_maxBytes; }
    // The size of the entry that holds `message` and `category`, as bytes() counts it.
    static qint64 entryBytes(const QString &category, const QString &message);

signals:
    // Entries were appended since the last emission (possibly also dropped): read entriesAfter().
    void entriesAdded();

private:
    QString internedCategory(const char *category); // under m_mutex
    void announce();

    const int m_maxEntries;
    const qint64 m_maxBytes;
    mutable QMutex m_mutex;
    std::deque<LogEntry> m_entries;
    qint64 m_bytes = 0;
    quint64 m_lastSequence = 0;
    // Category names are few and long-lived: one shared QString each, not one per line.
    QHash<QByteArray, QString> m_categories;
    std::atomic_bool m_announcePending{false};
};

} // namespace ims
