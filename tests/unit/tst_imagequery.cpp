#include "imagequery.h"

#include <QTest>

using ims::Image;
using ims::ImageQuery;

class TestImageQuery final : public QObject {
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void narrows_data();
    void narrows();
};

static Image ubuntu() {
    Image image;
    image.id = QStringLiteral("3f1c9a7e-0b44-4a4e-9d6c-1a2b3c4d5e6f");
    image.name = QStringLiteral("web: ubuntu 22.04 golden");
    image.status = QStringLiteral("active");
    image.platform = QStringLiteral("Ubuntu");
    image.osType = QStringLiteral("Linux");
    image.osVersion = QStringLiteral("Ubuntu 22.04 server 64bit");
    image.imageType = QStringLiteral("private");
    image.visibility = QStringLiteral("private");
    image.diskFormat = QStringLiteral("zvhd2");
    image.tags = {QStringLiteral("env=prod"), QStringLiteral("team=web")};
    image.cmkId = QStringLiteral("kms-key-1");
    image.region = QStringLiteral("eu-de");
    return image;
}

void TestImageQuery::matches_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("spaces only") << "   " << true;
    QTest::newRow("free word in name, any case") << "GOLDEN" << true;
    QTest::newRow("free word in id") << "1a2b3c" << true;
    QTest::newRow("free word in tag") << "team=web" << true;
    QTest::newRow("free word in OS") << "linux" << true;
    QTest::newRow("free word missing") << "windows" << false;
    QTest::newRow("free word across name and id") << "golden3f1c" << false;
    QTest::newRow("free word across two tags") << "prodteam" << false;
    QTest::newRow("all words must match") << "ubuntu windows" << false;
    QTest::newRow("status") << "status:active" << true;
    QTest::newRow("status prefix while typing") << "status:act" << true;
    QTest::newRow("status other") << "status:queued" << false;
    QTest::newRow("status key in capitals") << "STATUS:Active" << true;
    QTest::newRow("os") << "os:ubuntu" << true;
    QTest::newRow("os version") << "os:22.04" << true;
    QTest::newRow("tag key=value") << "tag:env=prod" << true;
    QTest::newRow("tag other value") << "tag:env=dev" << false;
    QTest::newRow("type") << "type:private" << true;
    QTest::newRow("type gold") << "type:gold" << false;
    QTest::newRow("visibility") << "vis:priv" << true;
    QTest::newRow("disk format") << "format:zvhd2" << true;
    QTest::newRow("encrypted yes") << "encrypted:yes" << true;
    QTest::newRow("encrypted no") << "encrypted:no" << false;
    QTest::newRow("protected no") << "protected:false" << true;
    QTest::newRow("negated status") << "-status:killed" << true;
    QTest::newRow("negated match") << "-tag:env=prod" << false;
    QTest::newRow("combined") << "ubuntu status:active os:ubuntu tag:env=prod" << true;
    QTest::newRow("combined, one fails") << "status:active os:centos" << false;
    QTest::newRow("quoted phrase") << "\"ubuntu 22.04 golden\"" << true;
    QTest::newRow("quoted value") << "name:\"web: ubuntu\"" << true;
    QTest::newRow("unknown key is free text") << "web:" << true;
    QTest::newRow("empty value while typing") << "status:" << true;
    QTest::newRow("lone minus is free text (IDs have dashes)") << "-" << true;
    QTest::newRow("region") << "region:eu-de" << true;
    QTest::newRow("region prefix, any case") << "REGION:EU" << true;
    QTest::newRow("region other") << "region:eu-nl" << false;
    QTest::newRow("negated region") << "-region:eu-nl" << true;
    QTest::newRow("region is not free text") << "eu-de" << false;
    QTest::newRow("regions, one of them") << "region:eu-nl,eu-de" << true;
    QTest::newRow("regions, none of them") << "region:eu-nl,ap-sg" << false;
}

void TestImageQuery::matches() {
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QCOMPARE(ImageQuery::parse(query).matches(ubuntu()), matches);
}

void TestImageQuery::narrows_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("narrows");
    QTest::newRow("from nothing") << ""
                                  << "ubu" << true;
    QTest::newRow("typing a word") << "ubu"
                                   << "ubuntu" << true;
    QTest::newRow("adding a word") << "ubuntu"
                                   << "ubuntu status:act" << true;
    QTest::newRow("typing a value") << "status:act"
                                    << "status:active" << true;
    QTest::newRow("deleting a character") << "ubuntu"
                                          << "ubunt" << false;
    QTest::newRow("word becomes a key") << "status"
                                        << "status:" << false;
    QTest::newRow("other field") << "os:ubuntu"
                                 << "tag:ubuntu" << false;
    QTest::newRow("negation") << "ubuntu"
                              << "ubuntu -tag:x" << false;
    QTest::newRow("flag while typing") << "encrypted:y"
                                       << "encrypted:yes" << false;
    QTest::newRow("cleared") << "ubuntu"
                             << "" << false;
}

void TestImageQuery::narrows() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, narrows);
    QCOMPARE(ImageQuery::parse(after).narrows(ImageQuery::parse(before)), narrows);
}

QTEST_GUILESS_MAIN(TestImageQuery)
#include "tst_imagequery.moc"
