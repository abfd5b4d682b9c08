// The in-memory log behind the log window and the diagnostics: bounded however much is logged,
// oldest lines dropped first, safe from any thread, and only ever holding redacted text.
#include "logbuffer.h"
#include "logging.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using ims::LogBuffer;
using ims::LogEntry;

class TestLogBuffer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void capHolds_data();
    void capHolds();
    void concurrentLoggingIsSafe();
    void newEntriesAreAnnouncedInBatches();
    void registeredSecretIsRedacted();
};

void TestLogBuffer::initTestCase() {
    ims::installRedactingMessageHandler();
    ims::applyLogLevel(QStringLiteral("info"));
}

// Short lines meet the entry cap, long ones the byte cap; either way the newest lines stay.
void TestLogBuffer::capHolds_data() {
    QTest::addColumn<int>("lineLength");
    QTest::newRow("short lines: entry cap") << 20;
    QTest::newRow("1 KiB lines: byte cap") << 1024;
    QTest::newRow("lines larger than the budget") << 3 * 1024 * 1024;
}

void TestLogBuffer::capHolds() {
    QFETCH(int, lineLength);
    LogBuffer buffer(5000, 2 * 1024 * 1024);
    const int lines = lineLength > 1024 * 1024 ? 5 : 100000;
    const QString padding(lineLength, QLatin1Char('x'));
    for (int i = 0; i < lines; ++i) {
        buffer.append(QtInfoMsg, "imsdesk.api", QString::number(i) + QLatin1Char(' ') + padding);
        QVERIFY(buffer.size() <= buffer.maxEntries());
        QVERIFY(buffer.bytes() <= buffer.maxBytes());
    }
    const QList<LogEntry> kept = buffer.entriesAfter();
    QCOMPARE(kept.size(), buffer.size());
    QVERIFY(!kept.isEmpty());
    // The newest line is the last one logged; the kept ones are the most recent, in order.
    const int firstKept = lines - int(kept.size());
    for (int i = 0; i < kept.size(); ++i)
        QVERIFY2(kept[i].message.startsWith(QString::number(firstKept + i) + QLatin1Char(' ')),
                 qPrintable(kept[i].message.left(40)));
    QCOMPARE(kept.last().sequence, quint64(lines));
    QCOMPARE(kept.last().category, QStringLiteral("imsdesk.api"));
    if (lineLength == 20)
        QCOMPARE(kept.size(), 5000);
    else if (lineLength == 1024) // the bytes, not the count, limit these
        QVERIFY(kept.size() < 5000 && kept.size() > 500);
    if (kept.size() < 2) // a line as large as the budget is kept alone, cut to fit
        return;
    // entriesAfter() continues where a reader stopped.
    const QList<LogEntry> tail = buffer.entriesAfter(kept[kept.size() - 2].sequence);
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.first().sequence, kept.last().sequence);
    QCOMPARE(buffer.lastEntries(2).first().sequence, kept[kept.size() - 2].sequence);
}

namespace {

// Logs through Qt's own machinery (the message handler), as the request code does.
class LoggingThread final : public QThread {
public:
    LoggingThread(int index, int lines)
        : m_index(index)
        , m_lines(lines) {}

protected:
    void run() override {
        for (int i = 0; i < m_lines; ++i)
            qCInfo(lcApi, "thread %d line %d", m_index, i);
    }

private:
    int m_index;
    int m_lines;
};

} // namespace

void TestLogBuffer::concurrentLoggingIsSafe() {
    LogBuffer &buffer = LogBuffer::global();
    const quint64 before = buffer.entriesAfter().isEmpty() ? 0 : buffer.lastEntries(1)[0].sequence;
    constexpr int kThreads = 8;
    constexpr int kLines = 5000;
    std::vector<std::unique_ptr<LoggingThread>> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.push_back(std::make_unique<LoggingThread>(t, kLines));
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    const QList<LogEntry> kept = buffer.entriesAfter(before);
    QCOMPARE(buffer.size(), buffer.maxEntries());
    QCOMPARE(kept.size(), buffer.maxEntries());
    QCOMPARE(kept.last().sequence, before + kThreads * kLines); // no line lost a number
    // Each thread's lines stay in its order, and every kept line is whole.
    QList<int> lastLine(kThreads, -1);
    for (int i = 0; i < kept.size(); ++i) {
        const LogEntry &entry = kept[i];
        if (i > 0)
            QCOMPARE(entry.sequence, kept[i - 1].sequence + 1);
        const QStringList words = entry.message.split(QLatin1Char(' '));
        QCOMPARE(words.size(), 4);
        const int thread = words[1].toInt();
        const int line = words[3].toInt();
        QVERIFY(line > lastLine[thread]);
        lastLine[thread] = line;
    }
}

void TestLogBuffer::newEntriesAreAnnouncedInBatches() {
    LogBuffer buffer;
    QSignalSpy added(&buffer, &LogBuffer::entriesAdded);
    for (int i = 0; i < 10000; ++i)
        buffer.append(QtWarningMsg, "imsdesk.jobs", QStringLiteral("storm"));
    QCOMPARE(added.count(), 0); // queued: nothing happens inside the logging call
    QVERIFY(added.wait(5000));
    QCoreApplication::processEvents();
    QCOMPARE(added.count(), 1); // one event loop turn, one announcement for all 10 000 lines
    buffer.append(QtWarningMsg, "imsdesk.jobs", QStringLiteral("later"));
    QVERIFY(added.wait(5000));
    QCOMPARE(added.count(), 2);
}

void TestLogBuffer::registeredSecretIsRedacted() {
    const QString secret = QStringLiteral("S3cr3t-Pa55w0rd-for-the-buffer");
    ims::registerSecret(secret);
    qCInfo(lcAuth).noquote() << "logging in with" << secret << "now";
    const QList<LogEntry> last = LogBuffer::global().lastEntries(1);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last[0].category, QStringLiteral("imsdesk.auth"));
    QCOMPARE(last[0].level, QtInfoMsg);
    QVERIFY2(!last[0].message.contains(secret), qPrintable(last[0].message));
    QCOMPARE(last[0].message, QStringLiteral("logging in with <redacted> now"));
    QVERIFY(!last[0].toText().contains(secret));
}

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
