// Issue 6's operations, driven through the real window and dialogs against the sandbox.
#include "desktopfixture.h"
#include "detailspane.h"

#include "createimagedialog.h"
#include "deletedialog.h"
#include "editdialog.h"
#include "errorbanner.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "replicatedialog.h"
#include "sharedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace ims;

class TestOperations final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createFromStoppedServerAddsTheImage();
    void runningServerIsStoppedFromTheDialogThenAccepted();
    void replicatesInRegionAndToAnotherRegionAtOnce();
    void encryptedImageIsNotReplicatedAcrossRegions();
    void editsOnImsThroughTheExtensionAndTagApis();
    void editOnImsSaysWhatCannotChange_data();
    void editOnImsSaysWhatCannotChange();
    void protectedImageOnImsIsNotDeletedAndSaysWhy();
    void fullEcsImageIsDeletedWithItsBackupWhenAsked_data();
    void fullEcsImageIsDeletedWithItsBackupWhenAsked();
    void editsOnPlainGlanceThroughTheNativePatch();
    void protectedImageOnPlainGlanceNeedsUnprotectAndTypedName();
    void shareIsSeenPendingByThePartnerWhoAccepts();
    void failedJobShowsTheReasonAndRetrySucceeds();
    void retryOfALostCopyFindsItAndCopiesNothing();
    void copyWhoseAnswerIsLostIsKeptThenRetriedOnce();

private:
    QPushButton *retryButtonFor(int jobRow);
    QString imageId(const QString &name) const {
        const int row = m_desk->waitForImage(name);
        return row < 0 ? QString() : m_desk->app->images()->at(row).id;
    }
    // The image as the cloud holds it, read by a second client (native GET).
    QJsonObject held(const QString &id) const {
        return m_desk->asUser("GET", QStringLiteral("/v2/images/") + id).json();
    }
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

static QPushButton *saveButton(QDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

static QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QPushButton *TestOperations::retryButtonFor(int jobRow) {
    // What the user does: select the job's row in the panel, then its Retry button.
    JobsPanel *panel = m_desk->window()->jobsPanel();
    panel->view()->selectRow(jobRow);
    for (auto *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Re&try"))
            return button;
    }
    return nullptr;
}

void TestOperations::init() {
    m_desk.reset(); // the previous application saves its state before this test clears it
    // "…OnPlainGlance…" tests run against a cloud without the IMS extension: the sandbox as
    // upstream Glance, the profile an OpenStack one (the session has no IMS extension).
    const bool glance = QByteArray(QTest::currentTestFunction()).contains("OnPlainGlance");
    m_desk = std::make_unique<DesktopFixture>(glance ? DesktopFixture::plainGlance()
                                                     : DesktopFixture::fastJobs());
    QVERIFY(m_desk->port != 0);
    m_desk->start(false, glance ? std::optional(CloudKind::OpenStack) : std::nullopt);
    QCOMPARE(m_desk->app->session()->hasImsExtension(), !glance);
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

// IMS: name, description and min/max RAM through PATCH /v2/cloudimages, tags (a changed value
// too) through the tag API. The native PATCH of these is refused by IMS, so a window that used
// it would leave the cloud unchanged and show an error.
void TestOperations::editsOnImsThroughTheExtensionAndTagApis() {
    const QString id = imageId(QStringLiteral("web-frontend-2025"));
    QVERIFY(!id.isEmpty());
    const QByteArray nativePatch = R"([{"op": "replace", "path": "/min_ram", "value": 2048}])";
    QCOMPARE(m_desk
                 ->asUser("PATCH", QStringLiteral("/v2/images/") + id, nativePatch,
                          QStringLiteral("application/openstack-images-v2.1-json-patch"))
                 .status,
             403);

    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    auto *dialog = m_desk->openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("web-frontend-2026"));
    dialog->descriptionEdit()->setText(QStringLiteral("edited in the window"));
    dialog->minRamBox()->setValue(2048);
    dialog->maxRamBox()->setValue(16384);
    dialog->tagsEdit()->setPlainText(QStringLiteral("env=staging\nowner=ops")); // team goes
    QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    // The window shows the image as the cloud has it now…
    const int row = m_desk->waitForImage(QStringLiteral("web-frontend-2026"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(sorted(m_desk->app->images()->at(row).tags),
                              (QStringList{"env=staging", "owner=ops"}), 10000);
    const Image shown = m_desk->app->images()->at(m_desk->waitForImage("web-frontend-2026"));
    QCOMPARE(shown.minRamMb, 2048);
    QCOMPARE(shown.maxRamMb, 16384);
    QVERIFY(shown.attributes.isEmpty()); // the table stays lean after an edit too
    // The details pane shows every attribute of the answer, the new ones included.
    const auto minRamAttribute = [this] {
        const auto items = m_desk->window()->detailsPane()->tree()->findItems(
            QStringLiteral("min_ram"), Qt::MatchExactly | Qt::MatchRecursive);
        for (const QTreeWidgetItem *item : items) {
            if (item->parent() &&
                item->parent()->text(0).startsWith(QLatin1String("All attributes")))
                return item->text(1);
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(minRamAttribute(), QStringLiteral("2048"), 10000);
    QVERIFY2(!m_desk->window()->errorBanner()->isVisible(),
             qPrintable(m_desk->window()->errorBanner()->text()));

    // …and a second client reads it so from the cloud.
    const QJsonObject image = held(id);
    QCOMPARE(image.value("name").toString(), QStringLiteral("web-frontend-2026"));
    QCOMPARE(image.value("__description").toString(), QStringLiteral("edited in the window"));
    QCOMPARE(image.value("min_ram").toVariant().toInt(), 2048);
    QCOMPARE(image.value("max_ram").toVariant().toInt(), 16384);
    const QJsonArray tags =
        m_desk->asUser("GET", QStringLiteral("/v2/%1/images/%2/tags").arg(m_desk->projectId(), id))
            .json()
            .value("tags")
            .toArray();
    QStringList keyValues;
    for (const QJsonValue &tag : tags)
        keyValues << tag["key"].toString() + QLatin1Char('=') + tag["value"].toString();
    QCOMPARE(sorted(keyValues), (QStringList{"env=staging", "owner=ops"}));
}

void TestOperations::editOnImsSaysWhatCannotChange_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("renamable");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("system disk image")
        << "web-frontend-2025" << true
        << QStringList{"Min disk: IMS does not let users change the minimum disk",
                       "Protected: IMS does not let users change the protection"};
    QTest::newRow("data disk image") << "logs-data-disk" << false
                                     << QStringList{"IMS does not let data disk images be changed "
                                                    "(IMG.0168)"};
}

// The Edit action stays enabled; the dialog shows what cannot change, and why.
void TestOperations::editOnImsSaysWhatCannotChange() {
    QFETCH(QString, image);
    QFETCH(bool, renamable);
    QFETCH(QStringList, reasons);
    QVERIFY(m_desk->select(image));
    QVERIFY(m_desk->app->operations()->action(QStringLiteral("edit"))->isEnabled());
    auto *dialog = m_desk->openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    QVERIFY(!dialog->minDiskBox()->isEnabled());
    QVERIFY(!dialog->protectedBox()->isEnabled());
    QCOMPARE(dialog->nameEdit()->isEnabled(), renamable);
    QCOMPARE(dialog->minRamBox()->isEnabled(), renamable);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restrictions"))->isVisible());
    for (const QString &reason : reasons)
        QVERIFY2(dialog->restrictions().contains(reason), qPrintable(dialog->restrictions()));
    QVERIFY(dialog->minDiskBox()->toolTip().contains(QLatin1String("IMS does not let")));
    QVERIFY(!saveButton(dialog)->isEnabled());
    dialog->close();
}

// IMS does not let users unprotect: the dialog says so and offers nothing; the image stays.
void TestOperations::protectedImageOnImsIsNotDeletedAndSaysWhy() {
    const QString id = imageId(QStringLiteral("db-golden"));
    QVERIFY(m_desk->select(QStringLiteral("db-golden")));
    auto *dialog = m_desk->openDialog<DeleteDialog>(QStringLiteral("delete"));
    QVERIFY(dialog);
    const QString impact = dialog->table()->item(0, 1)->text();
    QVERIFY2(impact.contains(QLatin1String("IMS does not let users unprotect them (IMG.0028)")),
             qPrintable(impact));
    QVERIFY(!dialog->unprotectBox()->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog->close();
    QCOMPARE(m_desk->asUser("GET", QStringLiteral("/v2/images/") + id).status, 200);
}

void TestOperations::fullEcsImageIsDeletedWithItsBackupWhenAsked_data() {
    QTest::addColumn<bool>("deleteBackup");
    QTest::newRow("with its backup") << true;
    QTest::newRow("backup kept") << false;
}

void TestOperations::fullEcsImageIsDeletedWithItsBackupWhenAsked() {
    QFETCH(bool, deleteBackup);
    const QString id = imageId(QStringLiteral("full-ecs-backup"));
    QVERIFY(m_desk->select(QStringLiteral("full-ecs-backup")));
    auto *dialog = m_desk->openDialog<DeleteDialog>(QStringLiteral("delete"));
    QVERIFY(dialog);
    QVERIFY(dialog->backupBox()->isVisible());
    dialog->backupBox()->setChecked(deleteBackup);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->item(0, 2)->text(), QStringLiteral("Deleted"),
                              10000);
    QCOMPARE(m_desk->asUser("GET", QStringLiteral("/v2/images/") + id).status, 404);
    const auto backups = m_desk->adminAnswer("GET", QStringLiteral("/_sandbox/deleted-backups"));
    QCOMPARE(backups.status, 200);
    QStringList ofImages;
    for (const QJsonValue &backup : backups.json().value("deleted_backups").toArray())
        ofImages << backup["image_id"].toString();
    QCOMPARE(ofImages, deleteBackup ? QStringList{id} : QStringList{});
}

// Plain Glance: min disk, min RAM, protection and tags through the one native PATCH.
void TestOperations::editsOnPlainGlanceThroughTheNativePatch() {
    const QString id = imageId(QStringLiteral("web-frontend-2025"));
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    auto *dialog = m_desk->openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    QVERIFY(!dialog->maxRamBox()->isEnabled()); // IMS only
    dialog->minDiskBox()->setValue(50);
    dialog->minRamBox()->setValue(1024);
    dialog->protectedBox()->setChecked(true);
    dialog->tagsEdit()->setPlainText(QStringLiteral("env=prod\nrole=frontend"));
    QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(
        m_desk->app->images()->at(m_desk->waitForImage("web-frontend-2025")).isProtected, 10000);
    const QJsonObject image = held(id);
    QCOMPARE(image.value("min_disk").toInt(), 50);
    QCOMPARE(image.value("min_ram").toInt(), 1024);
    QCOMPARE(image.value("protected").toBool(), true);
    QStringList tags;
    for (const QJsonValue &tag : image.value("tags").toArray())
        tags << tag.toString();
    QCOMPARE(sorted(tags), (QStringList{"env=prod", "role=frontend"}));
    QVERIFY(!m_desk->window()->errorBanner()->isVisible());
}

// Plain Glance lets the owner unprotect: "unprotect and delete", confirmed by the typed name.
void TestOperations::protectedImageOnPlainGlanceNeedsUnprotectAndTypedName() {
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

    QPushButton *retry = retryButtonFor(0);
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

    QPushButton *retry = retryButtonFor(0);
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
    QCOMPARE(
        m_desk->admin(
            "POST", QStringLiteral("/_sandbox/faults"),
            QJsonDocument(QJsonObject{{"spec", "drop:route=^POST .*/copy$,count=1"}}).toJson()),
        201);

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

    QPushButton *retry = retryButtonFor(jobs->rowOf(unknownId));
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
