#include "deletedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using ims::DeleteDialog;
using ims::DeletionOrder;
using ims::Image;
using Api = ims::rules::Api;

class TestDeleteDialog final : public QObject {
    Q_OBJECT

private slots:
    void deletesPlainImagesAndShowsOutcomes();
    void protectedImageNeedsUnprotectAndTypedName();
    void protectedImageOnImsIsNotDeleted();
    void fullEcsImageOnImsMayTakeItsBackup();
    void fullEcsImageOnGlanceHasNoBackupToDelete();
    void publicImageIsNeverSent();
    void sharedImageWarnsAboutMembers();
};

static Image image(const QString &name, bool isProtected = false) {
    Image i;
    i.id = QStringLiteral("id-") + name;
    i.name = name;
    i.status = QStringLiteral("active");
    i.visibility = QStringLiteral("private");
    i.isProtected = isProtected;
    return i;
}

static QPushButton *deleteButton(DeleteDialog &dialog) {
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestDeleteDialog::deletesPlainImagesAndShowsOutcomes() {
    DeleteDialog dialog({image("a"), image("b")}, Api::Ims);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.unprotectBox()->isVisible());
    QVERIFY(!dialog.backupBox()->isVisible()); // no full-ECS image among them
    QSignalSpy submitted(&dialog, &DeleteDialog::submitted);
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().value<QList<DeletionOrder>>().size(), 2);
    QVERIFY(!deleteButton(dialog)->isEnabled());
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1); // cannot submit twice

    dialog.setOutcome(QStringLiteral("id-a"), QString());
    dialog.setOutcome(QStringLiteral("id-b"), QStringLiteral("IMG.0090: being created"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("Deleted"));
    QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("IMG.0090: being created"));
    QVERIFY(dialog.isVisible()); // outcomes stay readable
}

// Plain Glance lets the owner unprotect: the dialog offers it, confirmed by the typed name.
void TestDeleteDialog::protectedImageNeedsUnprotectAndTypedName() {
    DeleteDialog dialog({image("golden-web", true)}, Api::Glance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!deleteButton(dialog)->isEnabled()); // refused as is
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QLatin1String("Protected")));

    dialog.unprotectBox()->setChecked(true);
    QVERIFY(!deleteButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("golden-we"));
    QVERIFY(!deleteButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("b"));
    QVERIFY(deleteButton(dialog)->isEnabled());

    QSignalSpy submitted(&dialog, &DeleteDialog::submitted);
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    const auto orders = submitted.first().first().value<QList<DeletionOrder>>();
    QCOMPARE(orders.size(), 1);
    QVERIFY(orders.first().unprotectFirst);
}

// IMS does not let users unprotect (SPEC §6.5): the reason, and nothing to tick or type.
void TestDeleteDialog::protectedImageOnImsIsNotDeleted() {
    DeleteDialog dialog({image("golden-web", true), image("plain")}, Api::Ims);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString impact = dialog.table()->item(0, 1)->text();
    QVERIFY2(impact.contains(QLatin1String("IMS does not let users unprotect them")),
             qPrintable(impact));
    QVERIFY(!dialog.unprotectBox()->isVisible());
    QVERIFY(!dialog.confirmEdit()->isVisible());
    const auto orders = dialog.orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().imageId, QStringLiteral("id-plain"));
    QVERIFY(!orders.first().unprotectFirst);
}

void TestDeleteDialog::fullEcsImageOnImsMayTakeItsBackup() {
    Image whole = image("full-ecs");
    whole.isWholeImage = true;
    DeleteDialog dialog({whole, image("plain")}, Api::Ims);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.backupBox()->isVisible());
    QVERIFY(!dialog.backupBox()->isChecked()); // the backup stays unless asked
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QLatin1String("its backup stays")));
    for (const DeletionOrder &order : dialog.orders())
        QVERIFY(!order.deleteBackup);

    // On the box itself: the check box is as wide as the dialog, its label is not.
    QTest::mouseClick(dialog.backupBox(), Qt::LeftButton, {},
                      QPoint(8, dialog.backupBox()->height() / 2));
    QVERIFY(dialog.backupBox()->isChecked());
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QLatin1String("backup is deleted too")));
    QSignalSpy submitted(&dialog, &DeleteDialog::submitted);
    QTest::mouseClick(deleteButton(dialog), Qt::LeftButton);
    const auto orders = submitted.first().first().value<QList<DeletionOrder>>();
    QCOMPARE(orders.size(), 2);
    for (const DeletionOrder &order : orders) // only the full-ECS image has a backup
        QCOMPARE(order.deleteBackup, order.imageId == QLatin1String("id-full-ecs"));
    QVERIFY(!dialog.backupBox()->isEnabled());
}

void TestDeleteDialog::fullEcsImageOnGlanceHasNoBackupToDelete() {
    Image whole = image("full-ecs");
    whole.isWholeImage = true;
    DeleteDialog dialog({whole}, Api::Glance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.backupBox()->isVisible());
    QVERIFY(!dialog.orders().first().deleteBackup);
}

void TestDeleteDialog::publicImageIsNeverSent() {
    Image pub = image("ubuntu-public", true);
    pub.visibility = QStringLiteral("public");
    pub.imageType = QStringLiteral("gold");
    DeleteDialog dialog({pub, image("mine")}, Api::Ims);
    QVERIFY(dialog.table()->item(0, 1)->text().contains(
        QLatin1String("Public images cannot be deleted")));
    const auto orders = dialog.orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().imageId, QStringLiteral("id-mine"));
    QVERIFY(
        !dialog.unprotectBox()->isVisibleTo(&dialog)); // nothing protected that could be deleted
}

void TestDeleteDialog::sharedImageWarnsAboutMembers() {
    DeleteDialog dialog({image("shared-one")}, Api::Ims);
    dialog.setMemberCount(QStringLiteral("id-shared-one"), 3);
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QLatin1String("Shared with 3 projects")));
    QVERIFY(deleteButton(dialog)->isEnabled());
}

QTEST_MAIN(TestDeleteDialog)
#include "tst_deletedialog.moc"
