// The edit, share and export dialogs, driven as a user would.
#include "editdialog.h"
#include "exportdialog.h"
#include "sharedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
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
    void editOnImsOffersWhatImsLetsUsersChange();
    void editOfAnImageNobodyMayChangeOffersNothing_data();
    void editOfAnImageNobodyMayChangeOffersNothing();
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

static rules::EditRules glanceRules(const Image &i = image()) {
    return rules::editRules(i, rules::Api::Glance);
}

static rules::EditRules imsRules(const Image &i = image()) {
    return rules::editRules(i, rules::Api::Ims);
}

static QPushButton *primary(QDialog &dialog) {
    auto *box = dialog.findChild<QDialogButtonBox *>();
    for (auto role : {QDialogButtonBox::Save, QDialogButtonBox::Ok}) {
        if (QPushButton *button = box->button(role))
            return button;
    }
    return nullptr;
}

// On Glance every attribute but the maximum RAM (IMS only) is the owner's to change.
void TestImageDialogs::editSendsOnlyWhatChanged() {
    EditDialog dialog(image(), glanceRules());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!primary(dialog)->isEnabled()); // nothing changed yet
    QVERIFY(!dialog.maxRamBox()->isEnabled());
    QVERIFY(dialog.maxRamBox()->toolTip().contains(QLatin1String("no maximum RAM")));
    QVERIFY2(dialog.restrictions().contains(QLatin1String("Max RAM: OpenStack images have no")),
             qPrintable(dialog.restrictions()));

    dialog.nameEdit()->selectAll();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("web-v2"));
    dialog.minRamBox()->setValue(2048);
    dialog.minDiskBox()->setValue(50);
    dialog.tagsEdit()->setPlainText(QStringLiteral("env=prod\nowner=ops"));
    QTest::mouseClick(dialog.protectedBox(), Qt::LeftButton);
    QVERIFY(primary(dialog)->isEnabled());

    QSignalSpy submitted(&dialog, &EditDialog::submitted);
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const auto changes = submitted.first().first().value<ImageChanges>();
    QCOMPARE(changes.name, std::optional<QString>(QStringLiteral("web-v2")));
    QCOMPARE(changes.minRamMb, std::optional<int>(2048));
    QCOMPARE(changes.minDiskGb, std::optional<int>(50));
    QCOMPARE(changes.isProtected, std::optional<bool>(true));
    QVERIFY(!changes.description && !changes.maxRamMb);
    QCOMPARE(changes.addedTags, QStringList{"owner=ops"});
    QCOMPARE(changes.removedTags, QStringList{"team=web"});
}

// On IMS the extension API changes name, description, min/max RAM and the tag API tags (a
// key's value too); min disk and protection are shown, disabled, with the reason.
void TestImageDialogs::editOnImsOffersWhatImsLetsUsersChange() {
    EditDialog dialog(image(), imsRules());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.minDiskBox()->isEnabled());
    QVERIFY(!dialog.protectedBox()->isEnabled());
    for (QWidget *field :
         QList<QWidget *>{dialog.nameEdit(), dialog.descriptionEdit(), dialog.minRamBox(),
                          dialog.maxRamBox(), dialog.tagsEdit()})
        QVERIFY(field->isEnabled());
    QVERIFY(dialog.minDiskBox()->toolTip().contains(QLatin1String("minimum disk")));
    QVERIFY(dialog.protectedBox()->toolTip().contains(QLatin1String("protection")));
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("restrictions"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QVERIFY2(dialog.restrictions().contains(QLatin1String("Min disk: IMS does not let users")),
             qPrintable(dialog.restrictions()));
    QVERIFY(dialog.restrictions().contains(QLatin1String("Protected: IMS does not let users")));

    dialog.maxRamBox()->setValue(8192);
    dialog.minRamBox()->setValue(1024);
    dialog.tagsEdit()->setPlainText(QStringLiteral("env = staging\nteam=web"));
    dialog.minDiskBox()->setValue(80); // not by the user (disabled): never sent
    QVERIFY2(primary(dialog)->isEnabled(), qPrintable(dialog.problems()));
    QSignalSpy submitted(&dialog, &EditDialog::submitted);
    QTest::mouseClick(primary(dialog), Qt::LeftButton);
    const auto changes = submitted.first().first().value<ImageChanges>();
    QCOMPARE(changes.maxRamMb, std::optional<int>(8192));
    QCOMPARE(changes.minRamMb, std::optional<int>(1024));
    QVERIFY(!changes.minDiskGb && !changes.isProtected && !changes.name);
    QCOMPARE(changes.addedTags, QStringList{"env=staging"}); // the new value of env
    QCOMPARE(changes.removedTags, QStringList{"env=prod"});
}

void TestImageDialogs::editOfAnImageNobodyMayChangeOffersNothing_data() {
    QTest::addColumn<Image>("subject");
    QTest::addColumn<int>("api");
    QTest::addColumn<QString>("reason");
    Image data = image();
    data.virtualEnvType = QStringLiteral("DataImage");
    QTest::newRow("data disk on IMS") << data << int(rules::Api::Ims) << "IMG.0168";
    Image shared = image();
    shared.imageType = QStringLiteral("shared");
    shared.memberStatus = QStringLiteral("accepted");
    QTest::newRow("another project's on IMS")
        << shared << int(rules::Api::Ims) << "Only the owner of an image";
    QTest::newRow("another project's on Glance")
        << shared << int(rules::Api::Glance) << "Only the owner of an image";
    Image pub = image();
    pub.visibility = QStringLiteral("public");
    QTest::newRow("public on Glance") << pub << int(rules::Api::Glance) << "Only the owner";
}

void TestImageDialogs::editOfAnImageNobodyMayChangeOffersNothing() {
    QFETCH(Image, subject);
    QFETCH(int, api);
    QFETCH(QString, reason);
    EditDialog dialog(subject, rules::editRules(subject, rules::Api(api)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget *field : QList<QWidget *>{
             dialog.nameEdit(), dialog.descriptionEdit(), dialog.minDiskBox(), dialog.minRamBox(),
             dialog.maxRamBox(), dialog.tagsEdit(), dialog.protectedBox()}) {
        QVERIFY(!field->isEnabled());
        QVERIFY2(field->toolTip().contains(reason), qPrintable(field->toolTip()));
    }
    QVERIFY2(dialog.restrictions().contains(reason), qPrintable(dialog.restrictions()));
    QVERIFY(!primary(dialog)->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("renamed")); // not by the user: never sent
    QVERIFY(!primary(dialog)->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
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
    QTest::newRow("one key, two values") << "tags"
                                         << "env=prod\nenv=dev"
                                         << "Tag key \"env\" is given more than once";
    QTest::newRow("min RAM above max RAM") << "ram"
                                           << "4096"
                                           << "above the maximum (2048 MB)";
}

void TestImageDialogs::editRefusesInvalidInput() {
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    EditDialog dialog(image(), imsRules());
    if (field == "name") {
        dialog.nameEdit()->setText(text);
    } else if (field == "description") {
        dialog.descriptionEdit()->setText(text);
    } else if (field == "ram") {
        dialog.maxRamBox()->setValue(2048);
        dialog.minRamBox()->setValue(text.toInt());
    } else {
        dialog.tagsEdit()->setPlainText(text);
    }
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
