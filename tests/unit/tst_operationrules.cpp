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
    void ownSharedImagesAreOurs_data();
    void ownSharedImagesAreOurs();
};

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
    Image saving = plain;
    saving.status = QStringLiteral("saving");
    QTest::newRow("being created") << saving << 0 << true << false << 0;
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

void TestOperationRules::ownSharedImagesAreOurs_data() {
    // IMS reports __imagetype "shared" for the images a project shares too (SPEC §5.1): only
    // the owner tells them from images shared with it.
    QTest::addColumn<QString>("ownProject");
    QTest::addColumn<bool>("ours");
    QTest::newRow("our project owns it") << QStringLiteral("p-own") << true;
    QTest::newRow("another project owns it") << QStringLiteral("p-other") << false;
    QTest::newRow("our project unknown") << QString() << false;
}

void TestOperationRules::ownSharedImagesAreOurs() {
    QFETCH(QString, ownProject);
    QFETCH(bool, ours);
    Image image = activeImage();
    image.imageType = QStringLiteral("shared");
    image.visibility = QStringLiteral("shared");
    image.owner = QStringLiteral("p-own");
    const rules::DeletionCheck check = rules::deletionCheck(image, 2, rules::Api::Ims, ownProject);
    QCOMPARE(check.blockers.isEmpty(), ours);
    QCOMPARE(check.warnings.size(), 1); // its members lose access either way
    QCOMPARE(rules::editRules(image, rules::Api::Ims, ownProject).all.isEmpty(), ours);
}

QTEST_GUILESS_MAIN(TestOperationRules)
#include "tst_operationrules.moc"
