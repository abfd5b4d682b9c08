// A local file uploaded through core/ImageOperations to real Keystone + Glance (tests/peer
// harness): the job ends SUCCESS once Glance says the image is active, with Glance's own size and
// checksum those of the file.
#include "uploadfiles.h"

#include "imageoperations.h"
#include "imagerequests.h"
#include "jobtracker.h"
#include "send.h"
#include "session.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

class TestPeerUpload final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void uploadsFiftyMegabytesToActive();
};

void TestPeerUpload::uploadsFiftyMegabytesToActive() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Credentials credentials;
    QString why;
    const auto profile = profileFromEnvironment(env, &credentials, &why);
    QVERIFY2(profile, qPrintable(why));
    // 50 MB, unless the harness caps Glance's image size below that (IMSDESK_PEER_SIZE_CAP).
    const qint64 cap = env.value(QStringLiteral("IMSDESK_PEER_SIZE_CAP"), "0").toLongLong();
    const qint64 size = cap > 0 ? std::min<qint64>(50LL << 20, cap - (1 << 20)) : 50LL << 20;
    if (size < (50LL << 20))
        qWarning("Glance's size cap is %lld bytes: uploading %lld bytes", cap, size);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("peer.qcow2"));
    QVERIFY(writeQcow2(file, size));

    Session session(*profile, credentials);
    JobTracker tracker(&session, JobStore(dir.filePath(QStringLiteral("jobs.jsonl"))));
    ImageOperations operations(&session, &tracker);
    ImportOrder order;
    order.source = ImportOrder::Source::LocalFile;
    order.filePath = file;
    order.name = QStringLiteral("imsdesk-peer-upload");
    order.diskFormat = QStringLiteral("qcow2");
    order.minDiskGb = 1;
    std::optional<Result<StartedJob>> started;
    operations.importImage(order, [&](const Result<StartedJob> &r) { started = r; });
    QVERIFY(waitUntil([&] { return started.has_value(); }));
    QVERIFY2(*started, *started ? "" : qPrintable(describe(started->error())));
    const QString jobId = started->value().jobId;
    QVERIFY(waitUntil(
        [&] {
            const auto job = tracker.job(jobId);
            return job && job->isFinished();
        },
        180000));
    const TrackedJob job = *tracker.job(jobId);
    QVERIFY2(job.state == JobState::Success, qPrintable(job.statusName() + ' ' + job.failReason));

    std::optional<Result<Image>> image;
    send(new ShowImageRequest(&session, job.imageId), this,
         [&](const Result<Image> &r) { image = r; });
    QVERIFY(waitUntil([&] { return image.has_value(); }));
    QVERIFY(*image);
    QCOMPARE(image->value().status, QStringLiteral("active"));
    QCOMPARE(image->value().attributes.value("size").toInteger(), size);
    QCOMPARE(image->value().attributes.value("checksum").toString().toLatin1(), md5Of(file));

    std::optional<Result<Done>> deleted;
    send(new DeleteImageRequest(&session, job.imageId), this,
         [&](const Result<Done> &r) { deleted = r; });
    QVERIFY(waitUntil([&] { return deleted.has_value(); }));
    QVERIFY(*deleted);
}

QTEST_GUILESS_MAIN(TestPeerUpload)
#include "tst_peer_upload.moc"
