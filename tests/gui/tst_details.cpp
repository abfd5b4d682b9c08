// The details pane against the sandbox: the listing keeps only the decoded fields (memory), so
// selecting an image reads it and the pane then shows every attribute, unknown ones included;
// a quick second selection shows the second image's attributes, and a failed read is reported
// in the pane until a refresh reads it again.
#include "desktopfixture.h"

#include "detailspane.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace ims;

class TestDetails final : public QObject {
    Q_OBJECT

private slots:
    void selectingAnImageShowsAttributesTheListingDidNotCarry();
    void aQuickSecondSelectionShowsTheSecondImage();
    void aFailedReadShowsInThePane();

private:
    QTreeWidgetItem *row(const QString &text) const;
    QString attributeValue(const QString &name) const;
    // True once the pane lists the attributes read from the cloud.
    bool attributesShown() const;
    std::unique_ptr<DesktopFixture> m_desk;
};

QTreeWidgetItem *TestDetails::row(const QString &text) const {
    const auto items = m_desk->window()->detailsPane()->tree()->findItems(
        text, Qt::MatchStartsWith | Qt::MatchCaseSensitive | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.first();
}

QString TestDetails::attributeValue(const QString &name) const {
    const auto items = m_desk->window()->detailsPane()->tree()->findItems(
        name, Qt::MatchExactly | Qt::MatchCaseSensitive | Qt::MatchRecursive);
    for (const QTreeWidgetItem *item : items) {
        if (item->parent() && item->parent()->text(0).startsWith(QLatin1String("All attributes")))
            return item->text(1);
    }
    return {};
}

bool TestDetails::attributesShown() const {
    const QTreeWidgetItem *group = row(QStringLiteral("All attributes from the cloud ("));
    return group && group->childCount() > 1 && !row(QStringLiteral("Loading attributes"));
}

void TestDetails::selectingAnImageShowsAttributesTheListingDidNotCarry() {
    m_desk = std::make_unique<DesktopFixture>();
    m_desk->start();
    const int listed = m_desk->waitForImage(QStringLiteral("web-frontend-2025"));
    QVERIFY(listed >= 0);
    // A copy: later pages and refreshes move the model's rows while the test waits.
    const Image image = m_desk->app->images()->at(listed);
    QVERIFY(image.attributes.isEmpty()); // the listing keeps the decoded fields only

    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    QCOMPARE(m_desk->window()->detailsPane()->imageId(), image.id);
    QTreeWidgetItem *description = row(QStringLiteral("Description"));
    QVERIFY(description); // the decoded fields at once
    QCOMPARE(description->text(1), QStringLiteral("Web front end, nginx + app"));
    QVERIFY(row(QStringLiteral("Max RAM")));
    QCOMPARE(row(QStringLiteral("Max RAM"))->text(1), QStringLiteral("no limit"));
    QVERIFY(row(QStringLiteral("Loading attributes")));

    QTRY_VERIFY_WITH_TIMEOUT(attributesShown(), 15000);
    // Attributes imsdesk does not decode, as the cloud sent them.
    QVERIFY2(attributeValue(QStringLiteral("__data_origin")).startsWith(QLatin1String("instance,")),
             qPrintable(attributeValue(QStringLiteral("__data_origin"))));
    QCOMPARE(attributeValue(QStringLiteral("hw_firmware_type")), QStringLiteral("bios"));
    QCOMPARE(attributeValue(QStringLiteral("id")), image.id);
}

void TestDetails::aQuickSecondSelectionShowsTheSecondImage() {
    m_desk = std::make_unique<DesktopFixture>();
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("db-golden")) >= 0);
    const QString dbId =
        m_desk->app->images()->at(m_desk->waitForImage(QStringLiteral("db-golden"))).id;

    // Both selections before any answer can arrive.
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    QVERIFY(m_desk->window()->selectImage(dbId));
    QCOMPARE(m_desk->window()->detailsPane()->imageId(), dbId);

    QTRY_VERIFY_WITH_TIMEOUT(attributesShown(), 15000);
    QCOMPARE(attributeValue(QStringLiteral("id")), dbId);
    QCOMPARE(attributeValue(QStringLiteral("name")), QStringLiteral("db-golden"));
    QVERIFY(attributeValue(QStringLiteral("__data_origin")).isEmpty()); // web-frontend's only
    QTest::qWait(500); // nothing for the first image turns up later either
    QCOMPARE(attributeValue(QStringLiteral("id")), dbId);
    QCOMPARE(m_desk->window()->detailsPane()->imageId(), dbId);
}

void TestDetails::aFailedReadShowsInThePane() {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.faults = {QStringLiteral("malformed:route=GET /v2/images/[0-9a-f-]+$")};
    m_desk = std::make_unique<DesktopFixture>(options);
    m_desk->start();
    QVERIFY(m_desk->select(QStringLiteral("db-golden")));
    QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("The attributes could not be read")), 15000);
    QVERIFY(!row(QStringLiteral("Loading attributes")));
    QVERIFY(row(QStringLiteral("Status"))); // the decoded fields are still there
    QCOMPARE(row(QStringLiteral("Status"))->text(1), QStringLiteral("Active"));
    // the API's words as words (issue 15): "private", "private"
    QCOMPARE(row(QStringLiteral("Visibility"))->text(1), QStringLiteral("Private"));
    QCOMPARE(row(QStringLiteral("Image type"))->text(1), QStringLiteral("Private image"));
    QVERIFY(m_desk->window()->isVisible());

    // Once the cloud answers again, a refresh (F5) renews the pane.
    QCOMPARE(m_desk->admin("DELETE", QStringLiteral("/_sandbox/faults")), 204);
    m_desk->window()->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(attributesShown(), 15000);
    QCOMPARE(attributeValue(QStringLiteral("name")), QStringLiteral("db-golden"));
    QVERIFY(!row(QStringLiteral("The attributes could not be read")));
}

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
