#include "csvexport.h"
#include "imagetablemodel.h"

#include <QBuffer>
#include <QTest>

class TestCsvExport final : public QObject {
    Q_OBJECT

private slots:
    void fieldsAreQuotedAndDefused_data();
    void fieldsAreQuotedAndDefused();
    void writesHeaderAndMachineValues();
    void reportsAWriteFailure();
};

void TestCsvExport::fieldsAreQuotedAndDefused_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "ubuntu-22"
                           << "ubuntu-22";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "line1\nline2"
                             << "\"line1\nline2\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    // OWASP "CSV injection": every cell a spreadsheet could start a formula with.
    QTest::newRow("minus") << "-2+3+cmd|' /C calc'!A0"
                           << "'-2+3+cmd|' /C calc'!A0";
    QTest::newRow("dash name") << "-web"
                               << "'-web";
    QTest::newRow("tab") << "\t=1+1"
                         << "'\t=1+1";
    QTest::newRow("carriage return") << "\r=1+1"
                                     << "\"'\r=1+1\"";
    QTest::newRow("equals with comma") << "=SUM(A1,A2)"
                                       << "\"'=SUM(A1,A2)\"";
    QTest::newRow("inside is kept") << "web=1+2"
                                    << "web=1+2";
    QTest::newRow("leading space kept") << " =1"
                                        << " =1";
    QTest::newRow("unicode") << "образ 镜像"
                             << "образ 镜像";
}

void TestCsvExport::fieldsAreQuotedAndDefused() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(ims::csvField(value), field);
}

void TestCsvExport::writesHeaderAndMachineValues() {
    ims::Image image;
    image.id = QStringLiteral("id-1");
    image.name = QStringLiteral("web, prod");
    image.sizeBytes = 5'368'709'120;
    image.isProtected = true;
    image.createdAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    image.tags = {QStringLiteral("env=prod"), QStringLiteral("team=web")};
    ims::Image formula;
    formula.id = QStringLiteral("id-2");
    formula.name = QStringLiteral("=HYPERLINK(\"http://x\")");
    formula.sizeBytes = -1;
    formula.createdAt = image.createdAt;
    formula.tags = {QStringLiteral("@evil")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    using M = ims::ImageTableModel;
    const QString error = ims::writeImagesCsv(
        {image, formula}, {M::Name, M::Size, M::Protected, M::Created, M::Tags}, buffer);
    QCOMPARE(error, QString());
    QCOMPARE(
        QString::fromUtf8(buffer.data()),
        QStringLiteral("Name,Size,Protected,Created,Tags\r\n"
                       "\"web, prod\",5368709120,true,2024-05-06T07:08:09Z,env=prod;team=web\r\n"
                       "\"'=HYPERLINK(\"\"http://x\"\")\",,false,2024-05-06T07:08:09Z,'@evil\r\n"));
}

void TestCsvExport::reportsAWriteFailure() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QVERIFY(!ims::writeImagesCsv({}, {ims::ImageTableModel::Name}, readOnly).isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
