#include "logbuffer.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace ims {

namespace {

// What one entry costs besides its strings' characters: the deque slot, QDateTime, QString
// headers. An estimate; it only has to grow with what is kept.
constexpr qint64 kEntryOverhead = 96;

} // namespace

QString logLevelName(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("debug");
}

int logLevelRank(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 0;
}

QString LogEntry::toText() const {
    return QStringLiteral("%1 %2 %3: %4")
        .arg(time.toString(Qt::ISODateWithMs), logLevelName(level), category, message);
}

LogBuffer::LogBuffer(int maxEntries, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_maxEntries(qMax(1, maxEntries))
    , m_maxBytes(qMax<qint64>(1, maxBytes)) {}

LogBuffer &LogBuffer::global() {
    // Leaked on purpose, like the secret registry: Qt logs during static destruction.
    static auto *instance = new LogBuffer;
    return *instance;
}

qint64 LogBuffer::entryBytes(const QString &category, const QString &message) {
    // The category is shared between entries; counting it anyway keeps the estimate simple.
    return kEntryOverhead + 2 * (qint64(category.size()) + message.size());
}

QString LogBuffer::internedCategory(const char *category) {
    const char *name = category ? category : "default";
    const QByteArray key = QByteArray::fromRawData(name, qstrlen(name)); // no copy to look up
    auto it = m_categories.constFind(key);
    if (it != m_categories.constEnd())
        return it.value();
    const QByteArray owned(name); // the context's pointer need not outlive the message
    return m_categories.insert(owned, QString::fromLatin1(owned)).value();
}

void LogBuffer::append(QtMsgType level, const char *category, const QString &message) {
    {
        QMutexLocker lock(&m_mutex);
        LogEntry entry;
        entry.sequence = ++m_lastSequence;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.level = level;
        entry.category = internedCategory(category);
        // A single line larger than the whole budget is kept cut, not dropped unseen.
        const qint64 room = (m_maxBytes - kEntryOverhead) / 2 - entry.category.size();
        entry.message = message.size() > room ? message.left(qMax<qint64>(0, room)) : message;
        m_bytes += entryBytes(entry.category, entry.message);
        m_entries.push_back(std::move(entry));
        while (m_entries.size() > size_t(m_maxEntries) ||
               (m_bytes > m_maxBytes && m_entries.size() > 1)) {
            m_bytes -= entryBytes(m_entries.front().category, m_entries.front().message);
            m_entries.pop_front();
        }
    }
    announce();
}

void LogBuffer::announce() {
    // One queued call until it has run: a log storm posts one event, not one per line. Called
    // without the mutex held, since posting may itself log.
    // Without an application (before main()'s QApplication) there is no event loop to deliver
    // it, and nobody to tell: readers start with entriesAfter(0).
    if (!QCoreApplication::instance() || m_announcePending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_announcePending = false; // lines appended from here on announce again
            emit entriesAdded();
        },
        Qt::QueuedConnection);
}

QList<LogEntry> LogBuffer::entriesAfter(quint64 sequence) const {
    QMutexLocker lock(&m_mutex);
    QList<LogEntry> result;
    // Sequences are consecutive: the first one wanted is found by arithmetic.
    if (m_entries.empty() || sequence >= m_entries.back().sequence)
        return result;
    const quint64 first = m_entries.front().sequence;
    const size_t from = sequence < first ? 0 : size_t(sequence - first + 1);
    result.reserve(qsizetype(m_entries.size() - from));
    for (size_t i = from; i < m_entries.size(); ++i)
        result.append(m_entries[i]);
    return result;
}

QList<LogEntry> LogBuffer::lastEntries(int count) const {
    QMutexLocker lock(&m_mutex);
    QList<LogEntry> result;
    const size_t n = qMin(size_t(qMax(0, count)), m_entries.size());
    result.reserve(qsizetype(n));
    for (size_t i = m_entries.size() - n; i < m_entries.size(); ++i)
        result.append(m_entries[i]);
    return result;
}

int LogBuffer::size() const {
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

qint64 LogBuffer::bytes() const {
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

} // namespace ims
