// The progress line of `imsctl images import FILE --wait`: bytes of the total, the throughput
// over the last few seconds (a stall shows at once, not averaged away), and the time left.
#include "uploadprogress.h"

#include <QTest>

using imsctl::UploadProgress;

using Samples = QList<QPair<qint64, qint64>>; // (elapsed ms, bytes sent)
Q_DECLARE_METATYPE(Samples)

class TestUploadProgress final : public QObject {
    Q_OBJECT

private slots:
    void line_data() {
        constexpr qint64 MiB = 1024 * 1024;
        QTest::addColumn<qint64>("total");
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<QString>("line");
        QTest::newRow("nothing sent yet: no pace, no time left")
            << 2048 * MiB << Samples{{0, 0}} << QStringLiteral("0 bytes of 2.0 GB (0%)");
        QTest::newRow("steady 100 MiB/s, 1 GiB left")
            << 2048 * MiB << Samples{{0, 0}, {10'240, 1024 * MiB}}
            << QStringLiteral("1.0 GB of 2.0 GB (50%), 100.0 MB/s, 10 s left");
        QTest::newRow("a stall after a fast start shows at once: 0/s over the last seconds")
            << 2048 * MiB << Samples{{0, 0}, {4000, 1024 * MiB}, {9100, 1024 * MiB}}
            << QStringLiteral("1.0 GB of 2.0 GB (50%), 0 bytes/s");
        QTest::newRow("the pace of the last 5 s, not since the start")
            << 1000 * MiB << Samples{{0, 0}, {1000, 500 * MiB}, {6000, 600 * MiB}}
            << QStringLiteral("600.0 MB of 1000.0 MB (60%), 20.0 MB/s, 20 s left");
        QTest::newRow("long uploads say hours and minutes")
            << 100'000 * MiB << Samples{{0, 0}, {10'000, 10 * MiB}}
            << QStringLiteral("10.0 MB of 97.7 GB (0%), 1.0 MB/s, 27 h 46 min left");
        QTest::newRow("done: no time left")
            << 10 * MiB << Samples{{0, 0}, {1000, 10 * MiB}}
            << QStringLiteral("10.0 MB of 10.0 MB (100%), 10.0 MB/s");
    }
    void line() {
        QFETCH(qint64, total);
        QFETCH(Samples, samples);
        UploadProgress progress(total);
        for (const auto &[ms, bytes] : samples)
            progress.record(bytes, ms);
        QTEST(progress.line(), "line");
    }
};

QTEST_GUILESS_MAIN(TestUploadProgress)
#include "tst_uploadprogress.moc"
