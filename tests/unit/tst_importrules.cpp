#include <QTest>
class TestImportRules final : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestImportRules)
#include "tst_importrules.moc"
