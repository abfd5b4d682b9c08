#include "operationrules.h"

#include <QTest>

using namespace ims;

class TestOperationRules final : public QObject {
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void descriptionsTagsAndProjects_data();
    void descriptionsTagsAndProjects();
    void replication_data();
    void replication();
    void deletion_data();
    void deletion();
    void deletionByApi_data();
    void deletionByApi();
    void editRules_data();
    void editRules();
};

Q_DECLARE_METATYPE(ims::rules::Api)

static Image activeImage() {
    Image image;
    image.id = QStringLiteral("id-1");
    image.name = QStringLiteral("web");
    image.status = QStringLiteral("active");
    image.visibility = QStringLiteral("private");
    image.imageType = QStringLiteral("private");
    image.sizeBytes = 40LL * 1024 * 1024 * 1024;
    return image;
}

void TestOperationRules::names_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "web-server_01.v2" << true;
    QTest::newRow("spaces inside") << "web server copy" << true;
    QTest::newRow("CJK") << "镜像-测试" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading space") << " web" << false;
    QTest::newRow("trailing space") << "web " << false;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("slash") << "web/01" << false;
    QTest::newRow("angle bracket") << "<script>" << false;
}

void TestOperationRules::names() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(rules::nameProblem(name).isEmpty(), valid);
}

void TestOperationRules::descriptionsTagsAndProjects_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("description") << "description"
                                 << "Golden web image, v2" << true;
    QTest::newRow("description newline") << "description"
                                         << "a\nb" << false;
    QTest::newRow("description html") << "description"
                                      << "<b>x</b>" << false;
    QTest::newRow("description 1025") << "description" << QString(1025, QLatin1Char('d')) << false;
    QTest::newRow("tag") << "tag"
                         << "env=prod" << true;
    QTest::newRow("tag without value") << "tag"
                                       << "golden" << true;
    QTest::newRow("tag empty value") << "tag"
                                     << "golden=" << true;
    QTest::newRow("tag no key") << "tag"
                                << "=prod" << false;
    QTest::newRow("tag long key") << "tag" << QString(37, QLatin1Char('k')) + "=v" << false;
    QTest::newRow("tag long value") << "tag"
                                    << "k=" + QString(44, QLatin1Char('v')) << false;
    QTest::newRow("tag bad char") << "tag"
                                  << "env=prod!" << false;
    QTest::newRow("project") << "project"
                             << "1bed856811654c1cb661a6ca845ebc77" << true;
    QTest::newRow("project upper case") << "project"
                                        << "1BED856811654C1CB661A6CA845EBC77" << false;
    QTest::newRow("project short") << "project"
                                   << "1bed8568" << false;
    QTest::newRow("project name") << "project"
                                  << "eu-de_demo" << false;
}

void TestOperationRules::descriptionsTagsAndProjects() {
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = kind == "description" ? rules::descriptionProblem(value)
                            : kind == "tag"       ? rules::tagProblem(value)
                                                  : rules::projectIdProblem(value);
    QCOMPARE(problem.isEmpty(), valid);
}

void TestOperationRules::replication_data() {
    QTest::addColumn<Image>("image");
    QTest::addColumn<bool>("crossRegion");
    QTest::addColumn<QString>("reasonContains"); // empty: allowed

    const Image plain = activeImage();
    QTest::newRow("plain in region") << plain << false << "";
    QTest::newRow("plain across regions") << plain << true << "";
    Image encrypted = plain;
    encrypted.cmkId = QStringLiteral("kms-1");
    QTest::newRow("encrypted in region") << encrypted << false << "";
    QTest::newRow("encrypted across regions") << encrypted << true << "Encrypted images cannot";
    Image big = plain;
    big.sizeBytes = rules::kCrossRegionCopyLimit + 1;
    QTest::newRow("over 128 GB across regions") << big << true << "over 128 GB";
    QTest::newRow("over 128 GB in region") << big << false << "";
    Image iso = plain;
    iso.diskFormat = QStringLiteral("iso");
    QTest::newRow("ISO") << iso << false << "ISO images";
    Image whole = plain;
    whole.isWholeImage = true;
    QTest::newRow("full-ECS") << whole << false << "Full-ECS";
    Image isoByType = plain;
    isoByType.virtualEnvType = QStringLiteral("IsoImage");
    QTest::newRow("ISO by virtual_env_type") << isoByType << false << "ISO images";
    Image pending = plain;
    pending.imageType = QStringLiteral("shared");
    pending.memberStatus = QStringLiteral("pending");
    QTest::newRow("shared, pending") << pending << false << "IMG.0196";
    Image accepted = pending;
    accepted.memberStatus = QStringLiteral("accepted");
    QTest::newRow("shared, accepted") << accepted << false << "";
    Image sharedEncrypted = accepted;
    sharedEncrypted.cmkId = QStringLiteral("kms-2");
    QTest::newRow("shared, encrypted") << sharedEncrypted << false << "IMG.0197";
    Image queued = plain;
    queued.status = QStringLiteral("queued");
    QTest::newRow("queued") << queued << false << "Only active";
}

void TestOperationRules::replication() {
    QFETCH(Image, image);
    QFETCH(bool, crossRegion);
    QFETCH(QString, reasonContains);
    const QStringList reasons = rules::replicationBlockers(
        image, crossRegion ? rules::CopyKind::CrossRegion : rules::CopyKind::InRegion);
    if (reasonContains.isEmpty())
        QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QLatin1Char(' '))));
    else
        QVERIFY2(reasons.join(QLatin1Char(' ')).contains(reasonContains),
                 qPrintable(reasons.join(QLatin1Char(' '))));
}

void TestOperationRules::deletion_data() {
    QTest::addColumn<Image>("image");
    QTest::addColumn<int>("members");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<bool>("needsUnprotect");
    QTest::addColumn<int>("warnings");
    const Image plain = activeImage();
    QTest::newRow("plain") << plain << 0 << false << false << 0;
    QTest::newRow("shared with 3") << plain << 3 << false << false << 1;
    Image protectedImage = plain;
    protectedImage.isProtected = true;
    QTest::newRow("protected") << protectedImage << 0 << false << true << 0;
    Image publicImage = protectedImage;
    publicImage.visibility = QStringLiteral("public");
    publicImage.imageType = QStringLiteral("gold");
    QTest::newRow("public") << publicImage << 0 << true << false << 0;
    Image theirs = plain;
    theirs.imageType = QStringLiteral("shared");
    theirs.memberStatus = QStringLiteral("accepted");
    QTest::newRow("shared with us") << theirs << 0 << true << false << 0;
}

void TestOperationRules::deletion() {
    QFETCH(Image, image);
    QFETCH(int, members);
    QFETCH(bool, blocked);
    QFETCH(bool, needsUnprotect);
    QFETCH(int, warnings);
    const rules::DeletionCheck check = rules::deletionCheck(image, members);
    QCOMPARE(!check.blockers.isEmpty(), blocked);
    QCOMPARE(check.needsUnprotect, needsUnprotect);
    QCOMPARE(check.warnings.size(), warnings);
}

void TestOperationRules::deletionByApi_data() {
    // What the same image allows depends on the cloud: IMS does not let users unprotect
    // (SPEC §6.5) and has backups of full-ECS images (§6.6); plain Glance has neither limit.
    QTest::addColumn<Image>("image");
    QTest::addColumn<rules::Api>("api");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("blockedBecause"); // empty: deletable
    QTest::addColumn<bool>("needsUnprotect");
    QTest::addColumn<bool>("offersBackupDeletion");
    QTest::addColumn<QString>("warning");
    const Image plain = activeImage();
    for (const auto &[api, name] :
         {std::pair(rules::Api::Ims, "IMS"), std::pair(rules::Api::Glance, "Glance")}) {
        const QByteArray on = QByteArray(", ") + name;
        QTest::newRow("plain" + on) << plain << api << 0 << "" << false << false << "";
        QTest::newRow("shared with 1" + on)
            << plain << api << 1 << "" << false << false << "Shared with 1 project,";
        QTest::newRow("shared with 3" + on)
            << plain << api << 3 << "" << false << false << "Shared with 3 projects";
        Image publicImage = plain;
        publicImage.visibility = QStringLiteral("public");
        publicImage.isProtected = true;
        QTest::newRow("public" + on)
            << publicImage << api << 0 << "IMG.0094" << false << false << "";
        Image theirs = plain;
        theirs.imageType = QStringLiteral("shared");
        theirs.memberStatus = QStringLiteral("pending");
        QTest::newRow("shared with us" + on)
            << theirs << api << 0 << "reject the share" << false << false << "";
        // IMS says "shared" of the images a project shares too (SPEC §5.1): still its own.
        Image sharing = plain;
        sharing.visibility = QStringLiteral("shared");
        sharing.imageType = QStringLiteral("shared");
        QTest::newRow("ours, shared with 2" + on)
            << sharing << api << 2 << "" << false << false << "Shared with 2 projects";
    }
    // IMS keeps images being created; Glance deletes a queued or saving image (an upload that
    // never came, or one to give up).
    for (const char *status : {"queued", "saving"}) {
        Image creating = plain;
        creating.status = QLatin1String(status);
        QTest::newRow(QByteArray(status) + ", IMS")
            << creating << rules::Api::Ims << 0 << "IMG.0090" << false << false << "";
        QTest::newRow(QByteArray(status) + ", Glance")
            << creating << rules::Api::Glance << 0 << "" << false << false << "";
    }
    Image protectedImage = plain;
    protectedImage.isProtected = true;
    QTest::newRow("protected, IMS")
        << protectedImage << rules::Api::Ims << 0 << "IMG.0028" << false << false << "";
    QTest::newRow("protected, Glance")
        << protectedImage << rules::Api::Glance << 0 << "" << true << false << "";
    QTest::newRow("protected and shared, Glance")
        << protectedImage << rules::Api::Glance << 2 << "" << true << false << "Shared with 2";
    Image whole = plain;
    whole.isWholeImage = true;
    QTest::newRow("full-ECS, IMS") << whole << rules::Api::Ims << 0 << "" << false << true << "";
    QTest::newRow("full-ECS, Glance")
        << whole << rules::Api::Glance << 0 << "" << false << false << "";
    Image wholeProtected = whole;
    wholeProtected.isProtected = true;
    QTest::newRow("full-ECS protected, IMS")
        << wholeProtected << rules::Api::Ims << 0 << "IMG.0028" << false << true << "";
}

void TestOperationRules::deletionByApi() {
    QFETCH(Image, image);
    QFETCH(rules::Api, api);
    QFETCH(int, members);
    QFETCH(QString, blockedBecause);
    QFETCH(bool, needsUnprotect);
    QFETCH(bool, offersBackupDeletion);
    QFETCH(QString, warning);
    const rules::DeletionCheck check = rules::deletionCheck(image, members, api);
    const QString blockers = check.blockers.join(QLatin1Char(' '));
    if (blockedBecause.isEmpty())
        QVERIFY2(check.blockers.isEmpty(), qPrintable(blockers));
    else
        QVERIFY2(blockers.contains(blockedBecause), qPrintable(blockers));
    QCOMPARE(check.needsUnprotect, needsUnprotect);
    QCOMPARE(check.offersBackupDeletion, offersBackupDeletion);
    const QString warnings = check.warnings.join(QLatin1Char(' '));
    if (warning.isEmpty())
        QVERIFY2(check.warnings.isEmpty(), qPrintable(warnings));
    else
        QVERIFY2(warnings.contains(warning), qPrintable(warnings));
}

void TestOperationRules::editRules_data() {
    // Which fields the edit dialog disables (and imsctl refuses), with the reason shown: on IMS
    // the extension PATCH and the tag API change name, description, min/max RAM and tags
    // (SPEC §5.2, §5.16); min disk and protection stay; plain Glance has no maximum RAM.
    QTest::addColumn<Image>("image");
    QTest::addColumn<rules::Api>("api");
    QTest::addColumn<QString>("all"); // a part of the reason nothing can be changed
    QTest::addColumn<QStringList>("refused");
    const Image plain = activeImage();
    const QStringList none;
    QTest::newRow("own, IMS") << plain << rules::Api::Ims << ""
                              << QStringList{"minDisk", "isProtected"};
    QTest::newRow("own, Glance") << plain << rules::Api::Glance << "" << QStringList{"maxRam"};
    Image protectedImage = plain;
    protectedImage.isProtected = true;
    QTest::newRow("protected, IMS")
        << protectedImage << rules::Api::Ims << "" << QStringList{"minDisk", "isProtected"};
    QTest::newRow("protected, Glance")
        << protectedImage << rules::Api::Glance << "" << QStringList{"maxRam"};
    Image publicImage = plain;
    publicImage.visibility = QStringLiteral("public");
    publicImage.imageType = QStringLiteral("gold");
    QTest::newRow("public, IMS") << publicImage << rules::Api::Ims << "owner" << none;
    QTest::newRow("public, Glance") << publicImage << rules::Api::Glance << "owner" << none;
    Image theirs = plain;
    theirs.imageType = QStringLiteral("shared");
    theirs.memberStatus = QStringLiteral("accepted");
    QTest::newRow("shared with us, IMS") << theirs << rules::Api::Ims << "owner" << none;
    Image theirsNative = plain; // Glance knows the share only by the member status
    theirsNative.imageType.clear();
    theirsNative.memberStatus = QStringLiteral("pending");
    QTest::newRow("shared with us, Glance")
        << theirsNative << rules::Api::Glance << "owner" << none;
    Image sharing = plain; // IMS's __imagetype for the images a project shares, too
    sharing.visibility = QStringLiteral("shared");
    sharing.imageType = QStringLiteral("shared");
    QTest::newRow("ours, shared, IMS")
        << sharing << rules::Api::Ims << "" << QStringList{"minDisk", "isProtected"};
    Image data = plain;
    data.virtualEnvType = QStringLiteral("DataImage");
    QTest::newRow("data disk, IMS") << data << rules::Api::Ims << "IMG.0168" << none;
    QTest::newRow("data disk, Glance") << data << rules::Api::Glance << "" << QStringList{"maxRam"};
    Image queued = plain;
    queued.status = QStringLiteral("queued");
    QTest::newRow("queued, IMS") << queued << rules::Api::Ims << "queued" << none;
    QTest::newRow("queued, Glance") << queued << rules::Api::Glance << "" << QStringList{"maxRam"};
    Image whole = plain;
    whole.isWholeImage = true;
    QTest::newRow("full-ECS, IMS")
        << whole << rules::Api::Ims << "" << QStringList{"minDisk", "isProtected"};
}

void TestOperationRules::editRules() {
    QFETCH(Image, image);
    QFETCH(rules::Api, api);
    QFETCH(QString, all);
    QFETCH(QStringList, refused);
    const rules::EditRules editRules = rules::editRules(image, api);
    if (all.isEmpty())
        QVERIFY2(editRules.all.isEmpty(), qPrintable(editRules.all));
    else
        QVERIFY2(editRules.all.contains(all), qPrintable(editRules.all));
    const std::pair<const char *, QString> fields[] = {{"minDisk", editRules.minDisk},
                                                       {"minRam", editRules.minRam},
                                                       {"maxRam", editRules.maxRam},
                                                       {"isProtected", editRules.isProtected},
                                                       {"tags", editRules.tags}};
    for (const auto &[field, reason] : fields) {
        // A refused field says why, in a sentence; an allowed one has no reason.
        QVERIFY2(reason.isEmpty() != refused.contains(QLatin1String(field)),
                 qPrintable(QStringLiteral("%1: \"%2\"").arg(QLatin1String(field), reason)));
        if (!reason.isEmpty())
            QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestOperationRules)
#include "tst_operationrules.moc"
