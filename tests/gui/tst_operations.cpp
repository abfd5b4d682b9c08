// Issue 6's operations, driven through the real window and dialogs against the sandbox.
#include "desktopfixture.h"

#include "createimagedialog.h"
#include "deletedialog.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "replicatedialog.h"
#include "sharedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace ims;

class TestOperations final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createFromStoppedServerAddsTheImage();
    void runningServerIsStoppedFromTheDialogThenAccepted();
    void replicatesInRegionAndToAnotherRegionAtOnce();
    void encryptedImageIsNotReplicatedAcrossRegions();
    void protectedImageNeedsUnprotectAndTypedName();
    void shareIsSeenPendingByThePartnerWhoAccepts();
    void failedJobShowsTheReasonAndRetrySucceeds();
    void retryOfALostCopyFindsItAndCopiesNothing();
    void copyWhoseAnswerIsLostIsKeptThenRetriedOnce();

private:
    std::unique_ptr<DesktopFixture> m_desk;
};

static QPushButton *okButton(QDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

static bool selectServer(CreateImageDialog *dialog, const QString &name) {
    QTableView *view = dialog->serverView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

void TestOperations::init() {
    m_desk.reset(); // the previous application saves its state before this test clears it
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port != 0);
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0);
}

void TestOperations::createFromStoppedServerAddsTheImage() {
    auto *dialog = m_desk->openDialog<CreateImageDialog>(QStringLiteral("create"));
    QVERIFY(dialog);
    QTRY_VERIFY(selectServer(dialog, QStringLiteral("db-01")));
    dialog->nameEdit()->setText(QStringLiteral("db-from-gui"));
    QTRY_VERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const TrackedJob *job = m_desk->waitForJob(QStringLiteral("SUCCESS"));
    QVERIFY(job);
    QCOMPARE(JobListModel::operationName(job->type), QStringLiteral("Create from server"));
    QVERIFY(m_desk->waitForImage(QStringLiteral("db-from-gui")) >= 0);
}

void TestOperations::runningServerIsStoppedFromTheDialogThenAccepted() {
    auto *dialog = m_desk->openDialog<CreateImageDialog>(QStringLiteral("create"));
    QVERIFY(dialog);
    QTRY_VERIFY(selectServer(dialog, QStringLiteral("web-01")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog->problems().contains(QLatin1String("IMG.0008")),
             qPrintable(dialog->problems()));
    QVERIFY(dialog->stopButton()->isVisible());
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    // The server stops (a sandbox job), the dialog sees it and lets the image be created.
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);
    QVERIFY(!dialog->stopButton()->isVisible());
}

void TestOperations::replicatesInRegionAndToAnotherRegionAtOnce() {
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    auto *dialog = m_desk->openDialog<ReplicateDialog>(QStringLiteral("replicate"));
    QVERIFY(dialog);
    QTableWidget *targets = dialog->targets();
    QCOMPARE(targets->rowCount(), 2); // this region and eu-nl
    targets->item(1, 0)->setCheckState(Qt::Checked);
    targets->item(1, 2)->setText(QStringLiteral("ims_admin_agency"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_desk->app->jobs()->rowCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->app->jobs()->at(0).state == JobState::Success &&
                                 m_desk->app->jobs()->at(1).state == JobState::Success,
                             20000);
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025-copy")) >= 0);
}

void TestOperations::encryptedImageIsNotReplicatedAcrossRegions() {
    QVERIFY(m_desk->select(QStringLiteral("build-agent-encrypted")));
    auto *dialog = m_desk->openDialog<ReplicateDialog>(QStringLiteral("replicate"));
    QVERIFY(dialog);
    dialog->targets()->item(0, 0)->setCheckState(Qt::Unchecked);
    dialog->targets()->item(1, 0)->setCheckState(Qt::Checked);
    dialog->targets()->item(1, 2)->setText(QStringLiteral("ims_admin_agency"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog->problems().contains(
                 QLatin1String("Encrypted images cannot be replicated to another region")),
             qPrintable(dialog->problems()));
    dialog->close();
    QCOMPARE(m_desk->app->jobs()->rowCount(), 0); // nothing was sent
}

void TestOperations::protectedImageNeedsUnprotectAndTypedName() {
    QVERIFY(m_desk->select(QStringLiteral("db-golden")));
    auto *dialog = m_desk->openDialog<DeleteDialog>(QStringLiteral("delete"));
    QVERIFY(dialog);
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog->unprotectBox()->setChecked(true);
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("db-golden"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->item(0, 2)->text(), QStringLiteral("Deleted"),
                              10000);
    QCOMPARE(m_desk->app->images()->rowOf(QStringLiteral("db-golden")), -1);
    for (int row = 0; row < m_desk->app->images()->rowCount(); ++row)
        QVERIFY(m_desk->app->images()->at(row).name != QLatin1String("db-golden"));
}

void TestOperations::shareIsSeenPendingByThePartnerWhoAccepts() {
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    const QString partnerProject = [this] {
        for (const auto &[name, value] : m_desk->server.environment()) {
            if (name == QLatin1String("OS_MEMBER_PROJECT_ID"))
                return value;
        }
        return QString();
    }();
    QVERIFY(!partnerProject.isEmpty());
    auto *dialog = m_desk->openDialog<ShareDialog>(QStringLiteral("share"));
    QVERIFY(dialog);
    dialog->addEdit()->setPlainText(partnerProject);
    QTRY_VERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(m_desk->waitForJob(QStringLiteral("SUCCESS")));

    // The partner starts imsdesk: the image waits in "Shared with me", pending.
    m_desk->start(/*member=*/true);
    auto *tabs = m_desk->window()->findChild<QTabBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabText(2).contains(QLatin1String("pending")), 10000);
    tabs->setCurrentIndex(2);
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    QCOMPARE(m_desk->app->images()
                 ->at(m_desk->app->images()->rowOf(
                     m_desk->app->images()->at(m_desk->waitForImage("web-frontend-2025")).id))
                 .memberStatus,
             QStringLiteral("pending"));
    m_desk->app->operations()->action(QStringLiteral("accept"))->trigger();
    QVERIFY(m_desk->waitForJob(QStringLiteral("SUCCESS")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_desk->app->images()->at(m_desk->waitForImage("web-frontend-2025")).memberStatus ==
            QLatin1String("accepted"),
        15000);
}

void TestOperations::failedJobShowsTheReasonAndRetrySucceeds() {
    // One copy job fails, as a cloud's job might; the second attempt goes through.
    QCOMPARE(m_desk->admin("POST", QStringLiteral("/_sandbox/faults"),
                           QJsonDocument(QJsonObject{{"spec", "job-fail:route=/copy,code=IMG.0071,"
                                                              "reason=Disk is busy,count=1"}})
                               .toJson()),
             201);

    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    m_desk->app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    const TrackedJob *failed = m_desk->waitForJob(QStringLiteral("FAIL"));
    QVERIFY(failed);
    QCOMPARE(failed->errorCode, QStringLiteral("IMG.0071"));
    const QString shown =
        m_desk->app->jobs()->index(0, JobListModel::CurrentTask).data().toString();
    QVERIFY2(shown.contains(QLatin1String("Disk is busy")), qPrintable(shown));

    JobsPanel *panel = m_desk->window()->jobsPanel();
    panel->view()->selectRow(0);
    QPushButton *retry = nullptr;
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Retry"))
            retry = button;
    }
    QVERIFY(retry && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(m_desk->waitForJob(QStringLiteral("SUCCESS")));
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025-copy")) >= 0);
}

void TestOperations::retryOfALostCopyFindsItAndCopiesNothing() {
    // A copy was made, but imsdesk lost track of its job (the cloud no longer knows the id).
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    m_desk->app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    const TrackedJob *done = m_desk->waitForJob(QStringLiteral("SUCCESS"));
    QVERIFY(done);
    const QString copyId = done->imageId;
    TrackedJob lost = *done;
    lost.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
    lost.state = JobState::Lost;
    lost.imageId.clear();
    lost.startedAt = before;
    m_desk->app.reset();
    QVERIFY(JobStore().save({lost}));
    m_desk->start(); // a restart with only the lost job
    JobListModel *jobs = m_desk->app->jobs();
    QTRY_COMPARE(jobs->rowCount(), 1);
    QCOMPARE(jobs->index(0, JobListModel::State).data().toString(), QStringLiteral("lost"));

    JobsPanel *panel = m_desk->window()->jobsPanel();
    panel->view()->selectRow(0);
    QPushButton *retry = nullptr;
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Retry"))
            retry = button;
    }
    QVERIFY(retry && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    // Retry looked first: the lost job is the copy it finds, and no second copy is started.
    QTRY_VERIFY_WITH_TIMEOUT(
        jobs->job(lost.jobId) && jobs->job(lost.jobId)->state == JobState::Success, 10000);
    QCOMPARE(jobs->job(lost.jobId)->imageId, copyId);
    QCOMPARE(jobs->rowCount(), 1);
    QCOMPARE(m_desk->app->tracker()->jobs().size(), 1);
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025-copy")) >= 0);
    int copies = 0;
    for (int row = 0; row < m_desk->app->images()->rowCount(); ++row)
        copies += m_desk->app->images()->at(row).name == QLatin1String("web-frontend-2025-copy");
    QCOMPARE(copies, 1);
}

void TestOperations::copyWhoseAnswerIsLostIsKeptThenRetriedOnce() {
    // The sandbox reads the next copy POST and drops the connection without an answer.
    QNetworkAccessManager admin;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_desk->port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto &[name, value] : m_desk->server.environment())
        if (name == QLatin1String("IMSDESK_SANDBOX_ADMIN_TOKEN"))
            request.setRawHeader("X-Sandbox-Admin-Token", value.toUtf8());
    QNetworkReply *reply = admin.post(
        request,
        QJsonDocument(QJsonObject{{"spec", "drop:route=^POST .*/copy$,count=1"}}).toJson());
    QSignalSpy added(reply, &QNetworkReply::finished);
    QVERIFY(added.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);

    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    m_desk->app->operations()->action(QStringLiteral("replicateHere"))->trigger();
    const TrackedJob *unknown = m_desk->waitForJob(QStringLiteral("OUTCOME_UNKNOWN"));
    QVERIFY(unknown);
    const QString unknownId = unknown->jobId;
    JobListModel *jobs = m_desk->app->jobs();
    QCOMPARE(jobs->index(jobs->rowOf(unknownId), JobListModel::State).data().toString(),
             QStringLiteral("outcome unknown"));
    QCOMPARE(jobs->index(jobs->rowOf(unknownId), JobListModel::Operation).data().toString(),
             QStringLiteral("Replicate"));

    JobsPanel *panel = m_desk->window()->jobsPanel();
    panel->view()->selectRow(jobs->rowOf(unknownId));
    QPushButton *retry = nullptr;
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Retry"))
            retry = button;
    }
    QVERIFY(retry && retry->isEnabled());
    // Retry looks for web-frontend-2025-copy first: none (the POST never ran, and Qt did not
    // send it again), so it sends the copy once more, and that one runs.
    QTest::mouseClick(retry, Qt::LeftButton);
    const TrackedJob *done = m_desk->waitForJob(QStringLiteral("SUCCESS"));
    QVERIFY(done);
    QVERIFY(!jobs->job(unknownId)); // replaced by the job Retry started
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025-copy")) >= 0);
    int copies = 0;
    for (int row = 0; row < m_desk->app->images()->rowCount(); ++row)
        copies += m_desk->app->images()->at(row).name == QLatin1String("web-frontend-2025-copy");
    QCOMPARE(copies, 1);
}

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
