// Issue 13: the All regions view's inventory spans the saved profiles the user chooses in the
// region bar's Profiles menu. Two profiles reach one sandbox of three regions: "alpha" (the
// main user, project per region) and "beta" (the partner user, its own project in eu-de). A
// chosen profile's rows come with a Profile column, one whose secret is not in the keychain says
// so while the window's own still list, an operation on a row of the other profile is sent with
// that profile's token, and the choice is there again after a restart.
#include "allregions.h"
#include "desktopfixture.h"
#include "imagetablemodel.h"
#include "profilestore.h"
#include "regionbar.h"
#include "secretstore.h"
#include "session.h"
#include "settingskeys.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolButton>

using namespace ims;

namespace {

const QString kAlpha = QStringLiteral("alpha");
const QString kBeta = QStringLiteral("beta");

} // namespace

class TestInventoryProfiles final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void choosingASecondProfileListsItsRegionsWithAProfileColumn();
    void aProfileWithoutItsSecretSaysSoWhileTheFirstLists_data();
    void aProfileWithoutItsSecretSaysSoWhileTheFirstLists();
    void deletingARowOfTheSecondProfileGoesThroughItsConnection();
    void theChoiceSurvivesARestart();
    void aProfileSavedMeanwhileReachesTheMenu();

private:
    // Saves alpha and beta (beta's secret only when `betaSecret`), then starts the window on
    // alpha with the saved profiles offered, in the All regions view.
    void start(bool betaSecret, bool betaAkSk = false);
    void restart();
    void choose(const QString &profile, bool on);
    const Image *row(const QString &name, const QString &region, const QString &profile) const;
    bool waitForRow(const QString &name, const QString &region, const QString &profile) const;
    // The Profile and Region cells of the rows the table shows (after chips and search).
    QSet<QString> shownPlaces() const;
    QString memberProjectId() const;

    std::unique_ptr<DesktopFixture> m_desk;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    Profile m_alpha;
    Credentials m_alphaCredentials;
};

void TestInventoryProfiles::init() {
    sandbox::SandboxOptions options = DesktopFixture::fastJobs();
    options.regions = 3;
    m_desk = std::make_unique<DesktopFixture>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestInventoryProfiles::cleanup() {
    m_desk.reset(); // the window before the stores it reads
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestInventoryProfiles::start(bool betaSecret, bool betaAkSk) {
    QString why;
    Credentials partner;
    const auto main = sandboxProfile(m_desk->server, &m_alphaCredentials, &why);
    const auto member = sandboxProfile(m_desk->server, &partner, &why, true);
    QVERIFY2(main && member, qPrintable(why));
    m_alpha = *main;
    m_alpha.name = kAlpha;
    Profile beta = *member;
    beta.name = kBeta;
    if (betaAkSk)
        beta.auth = AuthMode::AkSk;
    QVERIFY(m_profiles->save(m_alpha) && m_profiles->save(beta));
    m_secrets->write(SecretStore::keyFor(kAlpha, QStringLiteral("password")),
                     m_alphaCredentials.password, [](bool) {});
    if (betaSecret)
        m_secrets->write(SecretStore::keyFor(kBeta, QStringLiteral("password")), partner.password,
                         [](bool) {});
    restart();
}

void TestInventoryProfiles::restart() {
    m_desk->startWith(m_alpha, m_alphaCredentials);
    QVERIFY(m_desk->app->session()->isReady());
    m_desk->app->offerSavedProfiles(m_profiles.get(), m_secrets.get());
    QVERIFY(m_desk->openView(QStringLiteral("All regions")));
}

void TestInventoryProfiles::choose(const QString &profile, bool on) {
    RegionBar *bar = m_desk->window()->regionBar();
    QTRY_VERIFY(bar->profilesButton()->isVisible());
    QAction *action = bar->profileAction(profile);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->isChecked(), !on);
    action->trigger(); // as a click in the menu
    QCOMPARE(action->isChecked(), on);
}

const Image *TestInventoryProfiles::row(const QString &name, const QString &region,
                                        const QString &profile) const {
    ImageTableModel *images = m_desk->app->images();
    for (int r = 0; r < images->rowCount(); ++r) {
        const Image &image = images->at(r);
        if (image.name == name && image.region == region && image.profile == profile)
            return &image;
    }
    return nullptr;
}

bool TestInventoryProfiles::waitForRow(const QString &name, const QString &region,
                                       const QString &profile) const {
    return QTest::qWaitFor([&] { return row(name, region, profile) != nullptr; }, 15000);
}

QSet<QString> TestInventoryProfiles::shownPlaces() const {
    QSet<QString> places;
    const QAbstractItemModel *view = m_desk->window()->imageTable()->model();
    for (int r = 0; r < view->rowCount(); ++r)
        places << view->index(r, ImageTableModel::Profile).data().toString() + QLatin1Char('/') +
                      view->index(r, ImageTableModel::Region).data().toString();
    return places;
}

QString TestInventoryProfiles::memberProjectId() const {
    for (const auto &[name, value] : m_desk->server.environment()) {
        if (name == QLatin1String("OS_MEMBER_PROJECT_ID"))
            return value;
    }
    return {};
}

void TestInventoryProfiles::choosingASecondProfileListsItsRegionsWithAProfileColumn() {
    start(true);
    if (QTest::currentTestFailed())
        return;
    MainWindow *w = m_desk->window();
    RegionBar *bar = w->regionBar();
    QVERIFY(waitForRow(QStringLiteral("web-frontend-2025"), QStringLiteral("eu-ch2"), kAlpha));
    // One profile: no Profile column; the window's own is in the menu, checked for good.
    QVERIFY(w->imageTable()->isColumnHidden(ImageTableModel::Profile));
    QVERIFY(bar->profileAction(kAlpha)->isChecked());
    QVERIFY(!bar->profileAction(kAlpha)->isEnabled());
    QVERIFY(!bar->profilesButton()->accessibleName().isEmpty());

    choose(kBeta, true);
    QVERIFY(waitForRow(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta));
    QTRY_VERIFY(!m_desk->app->allRegions()->inventory()->isRunning());
    QVERIFY(!w->imageTable()->isColumnHidden(ImageTableModel::Profile));
    QVERIFY(!w->imageTable()->isColumnHidden(ImageTableModel::Region));
    const QSet<QString> all{QStringLiteral("alpha/eu-de"), QStringLiteral("alpha/eu-nl"),
                            QStringLiteral("alpha/eu-ch2"), QStringLiteral("beta/eu-de")};
    QTRY_COMPARE(shownPlaces(), all);
    QCOMPARE(bar->regions(), (QStringList{QStringLiteral("eu-de"), QStringLiteral("eu-nl"),
                                          QStringLiteral("eu-ch2")}));

    // The chips filter both profiles' rows by region.
    bar->chip(QStringLiteral("eu-de"))->click();
    QTRY_COMPARE(shownPlaces(),
                 (QSet<QString>{QStringLiteral("alpha/eu-nl"), QStringLiteral("alpha/eu-ch2")}));
    bar->chip(QStringLiteral("eu-de"))->click();
    QTRY_COMPARE(shownPlaces(), all);

    // Unchosen: its rows and the Profile column go, the window's rows stay.
    choose(kBeta, false);
    QTRY_VERIFY(!row(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta));
    QVERIFY(w->imageTable()->isColumnHidden(ImageTableModel::Profile));
    QVERIFY(row(QStringLiteral("web-frontend-2025"), QStringLiteral("eu-nl"), kAlpha));
}

void TestInventoryProfiles::aProfileWithoutItsSecretSaysSoWhileTheFirstLists_data() {
    QTest::addColumn<bool>("aksk");
    QTest::newRow("password profile, no keychain entry") << false;
    QTest::newRow("AK/SK profile, no keychain entry") << true;
}

void TestInventoryProfiles::aProfileWithoutItsSecretSaysSoWhileTheFirstLists() {
    QFETCH(bool, aksk);
    start(false, aksk);
    if (QTest::currentTestFailed())
        return;
    choose(kBeta, true);
    RegionBar *bar = m_desk->window()->regionBar();
    QTRY_COMPARE(bar->profileError(kBeta), AllRegionsController::secretMissingText(kBeta));
    QTRY_VERIFY([bar] {
        const auto *line = bar->findChild<QLabel *>(QStringLiteral("profileError:") + kBeta);
        return line && line->isVisible();
    }());
    for (const QString &region :
         {QStringLiteral("eu-de"), QStringLiteral("eu-nl"), QStringLiteral("eu-ch2")})
        QVERIFY2(waitForRow(QStringLiteral("web-frontend-2025"), region, kAlpha),
                 qPrintable(region));
    QTRY_VERIFY(!m_desk->app->allRegions()->inventory()->isRunning());
    QVERIFY(!m_desk->app->allRegions()->inventory()->profiles().contains(kBeta));
    QVERIFY(m_desk->window()->imageTable()->isColumnHidden(ImageTableModel::Profile));
    // Unchosen, its line goes.
    choose(kBeta, false);
    QVERIFY(bar->profileError(kBeta).isEmpty());
}

void TestInventoryProfiles::deletingARowOfTheSecondProfileGoesThroughItsConnection() {
    QSettings().setValue(QString::fromLatin1(settings::ConfirmDelete.name), false);
    start(true);
    if (QTest::currentTestFailed())
        return;
    choose(kBeta, true);
    QVERIFY(waitForRow(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta));
    QTRY_VERIFY(!m_desk->app->allRegions()->inventory()->isRunning());
    const QString id = row(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta)->id;
    QVERIFY(m_desk->window()->selectImage(id));
    QCOMPARE(m_desk->admin("DELETE", QStringLiteral("/_sandbox/requests")), 204);
    m_desk->app->operations()->action(QStringLiteral("delete"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->app->images()->image(id), 15000);
    QStringList deletes;
    for (const QJsonValue &entry : m_desk->adminAnswer("GET", QStringLiteral("/_sandbox/requests"))
                                       .json()[QStringLiteral("requests")]
                                       .toArray()) {
        if (entry[QStringLiteral("method")].toString() == QLatin1String("DELETE"))
            deletes << entry[QStringLiteral("target")].toString() + QLatin1Char(' ') +
                           entry[QStringLiteral("project")].toString();
    }
    // One request, with beta's token: the partner's project, not the window's.
    QCOMPARE(deletes.size(), 1);
    QVERIFY2(deletes.first().contains(id) && deletes.first().endsWith(memberProjectId()),
             qPrintable(deletes.first()));
    QVERIFY(!memberProjectId().isEmpty() && memberProjectId() != m_desk->projectId());
    // The window's own rows are untouched.
    QVERIFY(row(QStringLiteral("web-frontend-2025"), QStringLiteral("eu-de"), kAlpha));
}

void TestInventoryProfiles::theChoiceSurvivesARestart() {
    start(true);
    if (QTest::currentTestFailed())
        return;
    choose(kBeta, true);
    QVERIFY(waitForRow(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta));

    restart();
    RegionBar *bar = m_desk->window()->regionBar();
    QVERIFY(bar->profileAction(kBeta) && bar->profileAction(kBeta)->isChecked());
    QVERIFY(waitForRow(QStringLiteral("partner-private"), QStringLiteral("eu-de"), kBeta));
    QVERIFY(waitForRow(QStringLiteral("web-frontend-2025"), QStringLiteral("eu-nl"), kAlpha));
    QTRY_VERIFY(!m_desk->window()->imageTable()->isColumnHidden(ImageTableModel::Profile));
}

// Saved or removed while the window runs, here or by imsctl (another ProfileStore on the same
// file, as another process writes it): the menu follows without a refresh.
void TestInventoryProfiles::aProfileSavedMeanwhileReachesTheMenu() {
    start(true);
    if (QTest::currentTestFailed())
        return;
    RegionBar *bar = m_desk->window()->regionBar();
    QTRY_VERIFY(bar->profileAction(kBeta));
    QVERIFY(!bar->profileAction(QStringLiteral("gamma")));
    ProfileStore imsctl(m_profiles->fileName());
    Profile gamma = *imsctl.load(kBeta);
    gamma.name = QStringLiteral("gamma");
    QVERIFY(imsctl.save(gamma));
    QTRY_VERIFY(bar->profileAction(QStringLiteral("gamma")));
    QVERIFY(bar->profileAction(QStringLiteral("gamma"))->isEnabled());
    imsctl.remove(QStringLiteral("gamma"));
    QTRY_VERIFY(!bar->profileAction(QStringLiteral("gamma")));
    QVERIFY(bar->profileAction(kBeta)); // the others stay
}

QTEST_MAIN(TestInventoryProfiles)
#include "tst_inventoryprofiles.moc"
