// The edit, share and export dialogs, driven as a user would.
#include "editdialog.h"
#include "exportdialog.h"
#include "sharedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ims;

class TestImageDialogs final : public QObject {
    Q_OBJECT

private slots:
    void editSendsOnlyWhatChanged();
    void editRefusesInvalidInput_data();
    void editRefusesInvalidInput();
    void shareValidatesProjectIdsAndRemovesMembers();
    void exportNeedsABucketAndQuickExportOverTheLimit();
};

static const QString kOwnProject = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
static const QString kOtherProject = QStringLiteral("0123456789abcdef0123456789abcdef");

static Image image() {
    Image i;
    i.id = QStringLiteral("id-web");
    i.name = QStringLiteral("web");
    i.status = QStringLiteral("active");
    i.visibility = QStringLiteral("private");
    i.imageType = QStringLiteral("private");
    i.minDiskGb = 40;
    i.sizeBytes = 20'000'000'000;
    i.tags = {QStringLiteral("env=prod"), QStringLiteral("team=web")};
    return i;
}

static QPushButton *primary(QDialog &dialog) {
    auto *box = dialog.findChild<QDialogButtonBox *>();
    for (auto role : {QDialogButtonBox::Save, QDialogButtonBox::Ok}) {
        if (QPushButton *button = box->button(role))
            return button;
    }
    return nullptr;
}

void TestImageDialogs::editSendsOnlyWhatChanged() {
    EditDialog dialog(image());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!primary(dialog)->isEnabled()); // nothing changed yet

    dialog.nameEdit()->selectAll();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("web-v2"));
    dialog.minRamBox()->setValue(2048);
    dialog.tagsEdit()->setPlainText(QStringLiteral("env=prod\nowner=ops"));
    QTest::mouseClick(dialog.protectedBox(), Qt::LeftButton);
    QVERIFY(primary(dialog)->isEnabled());

    QSignalSpy submitted(&dialog, &EditDialog::submitted);
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const auto changes = submitted.first().first().value<ImageChanges>();
    QCOMPARE(changes.name, std::optional<QString>(QStringLiteral("web-v2")));
    QCOMPARE(changes.minRamMb, std::optional<int>(2048));
    QCOMPARE(changes.isProtected, std::optional<bool>(true));
    QVERIFY(!changes.description && !changes.minDiskGb);
    QCOMPARE(changes.addedTags, QStringList{"owner=ops"});
    QCOMPARE(changes.removedTags, QStringList{"team=web"});
}

void TestImageDialogs::editRefusesInvalidInput_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty name") << "name"
                                << ""
                                << "Enter a name";
    QTest::newRow("name with slash") << "name"
                                     << "a/b"
                                     << "letters, digits";
    QTest::newRow("description with html") << "description"
                                           << "<b>"
                                           << "'<' or '>'";
    QTest::newRow("bad tag") << "tags"
                             << "env=prod!"
                             << "use only letters";
}

void TestImageDialogs::editRefusesInvalidInput() {
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    EditDialog dialog(image());
    if (field == "name")
        dialog.nameEdit()->setText(text);
    else if (field == "description")
        dialog.descriptionEdit()->setText(text);
    else
        dialog.tagsEdit()->setPlainText(text);
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY2(dialog.problems().contains(problem), qPrintable(dialog.problems()));
}

void TestImageDialogs::shareValidatesProjectIdsAndRemovesMembers() {
    ShareDialog dialog({image()}, kOwnProject);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.addEdit(), QStringLiteral("not-a-project"));
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(dialog.problems().contains(QLatin1String("is not a project ID")));

    dialog.addEdit()->setPlainText(kOwnProject);
    QVERIFY(dialog.problems().contains(QLatin1String("IMG.0076")));

    dialog.addEdit()->setPlainText(kOtherProject + QStringLiteral(", ") + kOtherProject);
    QVERIFY(primary(dialog)->isEnabled());

    const QString member = QStringLiteral("fedcba9876543210fedcba9876543210");
    dialog.setMembers({{member, QStringLiteral("accepted")}});
    dialog.membersList()->item(0)->setCheckState(Qt::Unchecked);
    QSignalSpy submitted(&dialog, &ShareDialog::submitted);
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    const auto order = submitted.first().first().value<ShareOrder>();
    QCOMPARE(order.imageIds, QStringList{"id-web"});
    QCOMPARE(order.addProjects, QStringList{kOtherProject});
    QCOMPARE(order.removeProjects, QStringList{member});
}

void TestImageDialogs::exportNeedsABucketAndQuickExportOverTheLimit() {
    Image big = image();
    big.sizeBytes = 200LL * 1024 * 1024 * 1024;
    ExportDialog dialog(big);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!primary(dialog)->isEnabled());
    QTest::keyClicks(dialog.bucketEdit(), QStringLiteral("no-colon"));
    QVERIFY(dialog.problems().contains(QLatin1String("bucket:file")));
    dialog.bucketEdit()->setText(QStringLiteral("ims-exports:web.qcow2"));
    QVERIFY(dialog.problems().contains(QLatin1String("quick export")));
    QVERIFY(!primary(dialog)->isEnabled());

    QTest::mouseClick(dialog.quickBox(), Qt::LeftButton);
    QVERIFY(!dialog.formatBox()->isEnabled());
    QVERIFY(primary(dialog)->isEnabled());
    QSignalSpy submitted(&dialog, &ExportDialog::submitted);
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    const auto order = submitted.first().first().value<ExportOrder>();
    QCOMPARE(order.bucketUrl, QStringLiteral("ims-exports:web.qcow2"));
    QVERIFY(order.quickExport);
    QCOMPARE(order.fileFormat, QString());
}

QTEST_MAIN(TestImageDialogs)
#include "tst_imagedialogs.moc"
