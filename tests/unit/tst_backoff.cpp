// Backoff with full jitter and Retry-After parsing, with an injected clock and random source.
#include "backoff.h"

#include <QTest>

using namespace ims;

class TestBackoff final : public QObject {
    Q_OBJECT

private slots:
    void retryAfter_data();
    void retryAfter();
    void fullJitterWithinExponentialCeiling_data();
    void fullJitterWithinExponentialCeiling();
    void retryAfterIsAFloor();
};

void TestBackoff::retryAfter_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("imf date") << QByteArray("Sun, 22 Nov 2026 12:00:30 GMT") << qint64(30'000);
    QTest::newRow("rfc850 date") << QByteArray("Sunday, 22-Nov-26 12:01:00 GMT") << qint64(60'000);
    QTest::newRow("asctime") << QByteArray("Sun Nov 22 12:00:10 2026") << qint64(10'000);
    QTest::newRow("past date") << QByteArray("Sun, 22 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void TestBackoff::retryAfter() {
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(header, now);
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed)
        QCOMPARE(*parsed, expectedMs);
}

void TestBackoff::fullJitterWithinExponentialCeiling_data() {
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, low") << 0 << 0.0 << qint64(0);
    QTest::newRow("first, mid") << 0 << 0.5 << qint64(250);
    QTest::newRow("second, high") << 1 << 0.999 << qint64(999);
    QTest::newRow("fourth") << 3 << 0.5 << qint64(2000);
    QTest::newRow("capped") << 20 << 0.5 << qint64(5000);
    QTest::newRow("absurd retry count") << 1000 << 1.0 << qint64(10'000);
}

void TestBackoff::fullJitterWithinExponentialCeiling() {
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    RetryPolicy policy;
    policy.baseDelayMs = 500;
    policy.maxDelayMs = 10'000;
    QCOMPARE(backoffDelayMs(policy, retry, random, std::nullopt), expected);
}

void TestBackoff::retryAfterIsAFloor() {
    RetryPolicy policy;
    QCOMPARE(backoffDelayMs(policy, 0, 0.1, qint64(7000)), qint64(7000));
    QCOMPARE(backoffDelayMs(policy, 6, 1.0, qint64(10)), qint64(30'000));
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
