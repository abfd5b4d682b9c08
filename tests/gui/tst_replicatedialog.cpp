#include "replicatedialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using ims::Image;
using ims::ReplicateDialog;
using ims::ReplicationOrder;

class TestReplicateDialog final : public QObject {
    Q_OBJECT

private slots:
    void defaultsToACopyInThisRegion();
    void replicatesToTwoRegionsAtOnce();
    void refusesEncryptedImageAcrossRegionsBeforeSending();
    void severalImagesNameEachCopyAfterItsImage();
    void doubleClickSubmitsOnce();
};

static Image image(const QString &name) {
    Image i;
    i.id = QStringLiteral("id-") + name;
    i.name = name;
    i.status = QStringLiteral("active");
    i.visibility = QStringLiteral("private");
    i.sizeBytes = 10'000'000'000;
    return i;
}

static QPushButton *okButton(ReplicateDialog &dialog) {
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

static void checkRegion(ReplicateDialog &dialog, int row, const QString &project,
                        const QString &agency) {
    QTableWidget *targets = dialog.targets();
    targets->item(row, 0)->setCheckState(Qt::Checked);
    targets->item(row, 1)->setText(project);
    targets->item(row, 2)->setText(agency);
}

void TestReplicateDialog::defaultsToACopyInThisRegion() {
    ReplicateDialog dialog({image("web")}, "eu-de", {"eu-nl"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("web-copy"));
    QVERIFY(okButton(dialog)->isEnabled());
    const QList<ReplicationOrder> orders = dialog.orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().region, QString());
    QCOMPARE(orders.first().name, QStringLiteral("web-copy"));

    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("bad/name"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.problems().contains(QLatin1String("letters, digits")));
}

void TestReplicateDialog::replicatesToTwoRegionsAtOnce() {
    ReplicateDialog dialog({image("web")}, "eu-de", {"eu-nl", "eu-ch2"});
    dialog.targets()->item(0, 0)->setCheckState(Qt::Unchecked);
    checkRegion(dialog, 1, "eu-nl", "");
    QVERIFY(!okButton(dialog)->isEnabled()); // the agency is missing
    QVERIFY(dialog.problems().contains(QLatin1String("IAM agency")));
    dialog.targets()->item(1, 2)->setText(QStringLiteral("ims_admin_agency"));
    checkRegion(dialog, 2, "eu-ch2", "ims_admin_agency");
    QVERIFY(okButton(dialog)->isEnabled());

    QSignalSpy submitted(&dialog, &ReplicateDialog::submitted);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const auto orders = submitted.first().first().value<QList<ReplicationOrder>>();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).region, QStringLiteral("eu-nl"));
    QCOMPARE(orders.at(1).region, QStringLiteral("eu-ch2"));
    QCOMPARE(orders.at(1).agencyName, QStringLiteral("ims_admin_agency"));
}

void TestReplicateDialog::refusesEncryptedImageAcrossRegionsBeforeSending() {
    Image encrypted = image("secret");
    encrypted.cmkId = QStringLiteral("kms-key");
    ReplicateDialog dialog({encrypted}, "eu-de", {"eu-nl"});
    QVERIFY(okButton(dialog)->isEnabled()); // within the region an encrypted copy is fine
    checkRegion(dialog, 1, "eu-nl", "agency");
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.problems().contains(
                 QLatin1String("Encrypted images cannot be replicated to another region")),
             qPrintable(dialog.problems()));
}

void TestReplicateDialog::severalImagesNameEachCopyAfterItsImage() {
    ReplicateDialog dialog({image("web"), image("db")}, "eu-de", {});
    const auto orders = dialog.orders();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).name, QStringLiteral("web-copy"));
    QCOMPARE(orders.at(1).name, QStringLiteral("db-copy"));
}

void TestReplicateDialog::doubleClickSubmitsOnce() {
    auto *dialog = new ReplicateDialog({image("web")}, "eu-de", {});
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy submitted(dialog, &ReplicateDialog::submitted);
    QPointer<ReplicateDialog> alive(dialog);
    // A double click is two clicks in quick succession (QTest::mouseDClick sends no releases).
    QPushButton *ok = okButton(*dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    if (alive)
        QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QTRY_VERIFY(alive.isNull()); // closed and deleted
}

QTEST_MAIN(TestReplicateDialog)
#include "tst_replicatedialog.moc"
