// What the window sends for small events, counted on the client (tests/integration/requestlog.h):
// the create dialog reads the quota alone; the banner's Retry repeats what failed (a save's
// PATCH, not a listing) or is not offered; a profile switch leaves nothing of the old connection
// answering into the window.
#include "desktopfixture.h"

#include "../integration/requestlog.h"
#include "createimagedialog.h"
#include "editdialog.h"
#include "errorbanner.h"
#include "imagebrowser.h"
#include "jobtracker.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace ims;

class TestTargetedRefresh final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createDialogReadsTheQuotaAlone();
    void retryAfterAFailedSaveRepeatsThePatch();
    void refusedFailureOffersNoRetry();
    void profileSwitchLeavesNothingOfTheOldConnection();
    void cloudWithoutCloudImagesOffersTheNativeOperations();

private:
    bool addFault(const QString &spec) const;
    QPushButton *retryButton() const;

    std::unique_ptr<DesktopFixture> m_desk;
    std::unique_ptr<RequestLog> m_log;
};

void TestTargetedRefresh::init() {
    m_desk.reset();
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port != 0);
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->app->browser()->isLoading(), 15000);
    m_log = std::make_unique<RequestLog>(m_desk->app->session());
}

void TestTargetedRefresh::cleanup() {
    m_log.reset();
    m_desk.reset();
}

bool TestTargetedRefresh::addFault(const QString &spec) const {
    return m_desk->admin("POST", QStringLiteral("/_sandbox/faults"),
                         QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson()) ==
           201;
}

QPushButton *TestTargetedRefresh::retryButton() const {
    for (auto *button : m_desk->window()->errorBanner()->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Retry"))
            return button;
    }
    return nullptr;
}

void TestTargetedRefresh::createDialogReadsTheQuotaAlone() {
    auto *dialog = m_desk->openDialog<CreateImageDialog>(QStringLiteral("create"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->count(QStringLiteral("GET /v1/cloudimages/quota")), 1, 10000);
    QVERIFY(!m_desk->app->browser()->isLoading()); // no listing running, none asked for
    QVERIFY2(m_log->privateListings() == 0, qPrintable(m_log->sent().join(QLatin1Char('\n'))));
    dialog->close();
}

void TestTargetedRefresh::retryAfterAFailedSaveRepeatsThePatch() {
    QVERIFY(addFault(QStringLiteral("error:status=500,route=^PATCH /v2/cloudimages")));
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    auto *dialog = m_desk->openDialog<EditDialog>(QStringLiteral("edit"));
    QVERIFY(dialog);
    dialog->descriptionEdit()->setText(QStringLiteral("saved by Retry"));
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save);
    QTRY_VERIFY2(save->isEnabled(), qPrintable(dialog->problems()));
    QTest::mouseClick(save, Qt::LeftButton);
    ErrorBanner *banner = m_desk->window()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().startsWith(QLatin1String("Saving web-frontend-2025: ")),
             qPrintable(banner->text()));
    QVERIFY(retryButton() && retryButton()->isVisible());

    QCOMPARE(m_desk->admin("DELETE", QStringLiteral("/_sandbox/faults")), 204);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->app->browser()->isLoading(), 15000);
    m_log->clear();
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    const QString id =
        m_desk->app->images()->at(m_desk->waitForImage(QStringLiteral("web-frontend-2025"))).id;
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->app->images()->image(id)->description,
                              QStringLiteral("saved by Retry"), 15000);
    QCOMPARE(m_log->count(QStringLiteral("PATCH /v2/cloudimages/") + id), 1);
    QVERIFY(!m_desk->app->browser()->isLoading());
    QVERIFY2(m_log->privateListings() == 0, qPrintable(m_log->sent().join(QLatin1Char('\n'))));
    QVERIFY(!banner->isVisible());
}

void TestTargetedRefresh::refusedFailureOffersNoRetry() {
    // Refused before anything was sent: sending it again would be refused again.
    m_desk->app->operations()->retry(QStringLiteral("no-such-job"));
    ErrorBanner *banner = m_desk->window()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QLatin1String("no-such-job")), qPrintable(banner->text()));
    QVERIFY(retryButton() && !retryButton()->isVisible());
}

void TestTargetedRefresh::profileSwitchLeavesNothingOfTheOldConnection() {
    // The old profile's listing is slow: it is still running when the profile changes.
    QVERIFY(addFault(QStringLiteral("latency:ms=1500,route=^GET /v2/cloudimages")));
    QSignalSpy loading(m_desk->app->browser(), &ImageBrowser::loading);
    m_desk->app->browser()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty(), 5000);
    QVERIFY(m_desk->app->browser()->isLoading());
    const QPointer<Session> oldSession = m_desk->app->session();
    const QPointer<JobTracker> oldTracker = m_desk->app->tracker();
    const QPointer<ImageBrowser> oldBrowser = m_desk->app->browser();
    m_log.reset(); // it watches the old session

    Credentials credentials;
    QString why;
    const auto partner = sandboxProfile(m_desk->server, &credentials, &why, /*member=*/true);
    QVERIFY2(partner, qPrintable(why));
    m_desk->app->connectTo(*partner, credentials);
    QVERIFY(!oldSession && !oldTracker && !oldBrowser); // gone at once, not later
    QSignalSpy loaded(m_desk->app->browser(), &ImageBrowser::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_desk->app->browser()->isLoading(), 20000);

    // Past the old listing's latency: its pages (the main project's private images) never
    // reach the partner's table.
    QTest::qWait(1700);
    for (int row = 0; row < m_desk->app->images()->rowCount(); ++row)
        QVERIFY2(m_desk->app->images()->at(row).name != QLatin1String("web-frontend-2025"),
                 "a row of the old profile's listing");
}

void TestTargetedRefresh::cloudWithoutCloudImagesOffersTheNativeOperations() {
    QVERIFY(m_desk->app->operations()->action(QStringLiteral("create"))->isEnabled());
    // The cloud answers /v2/cloudimages as a plain OpenStack does; the window is started anew.
    QVERIFY(addFault(QStringLiteral("error:status=404,route=^GET /v2/cloudimages")));
    m_log.reset();
    m_desk->start();
    QVERIFY(m_desk->waitForImage(QStringLiteral("web-frontend-2025")) >= 0); // listed natively
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->app->browser()->isLoading(), 15000);
    QVERIFY(!m_desk->app->session()->hasImsExtension());
    QVERIFY(!m_desk->window()->errorBanner()->isVisible()); // the fallback is no error
    OperationsController *operations = m_desk->app->operations();
    // At once, not only at the next change of selection.
    QVERIFY(!operations->action(QStringLiteral("create"))->isEnabled());
    QVERIFY(m_desk->select(QStringLiteral("web-frontend-2025")));
    QVERIFY(!operations->action(QStringLiteral("replicateHere"))->isEnabled());
    QVERIFY(!operations->action(QStringLiteral("export"))->isEnabled());
    QVERIFY(operations->action(QStringLiteral("edit"))->isEnabled()); // native PATCH
}

QTEST_MAIN(TestTargetedRefresh)
#include "tst_targetedrefresh.moc"
