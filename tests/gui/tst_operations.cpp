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
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->app->jobs()->at(0).status == QLatin1String("SUCCESS") &&
                                 m_desk->app->jobs()->at(1).status == QLatin1String("SUCCESS"),
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

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
