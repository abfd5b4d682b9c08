// Issue 14's settings dialog, through the real window against the in-process sandbox and a real
// gnome-keyring (tests/with-keyring.sh): every setting is saved, shown again, and takes effect
// at once; the manual proxy carries requests with its password, which only the keychain holds;
// refused entries save nothing.
#include "desktopfixture.h"

#include "deletedialog.h"
#include "dialogparts.h"
#include "imagebrowser.h"
#include "jobspanel.h"
#include "jobtracker.h"
#include "logging.h"
#include "networkproxy.h"
#include "scriptedserver.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "settingskeys.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace ims;

namespace {

// An HTTP proxy that wants Basic credentials, as squid does: a request without
// Proxy-Authorization gets 407, one with it "200 proxied". ScriptedServer records each request
// as it came: a proxied one's target is the whole URL.
struct AuthenticatingProxy {
    ScriptedServer server{[](const ScriptedRequest &request) {
        ScriptedResponse response;
        if (request.header("proxy-authorization").isEmpty()) {
            response.status = 407;
            response.headers = {{"Proxy-Authenticate", "Basic realm=\"test\""}};
        } else {
            response.body = "proxied";
        }
        return response;
    }};
    quint16 port() const { return server.serverPort(); }
    const QList<ScriptedRequest> &requests() const { return server.requests; }
};

std::optional<QString> keychainHolds(SecretStore &store, const QString &key) {
    std::optional<std::optional<QString>> answer;
    store.read(key, [&answer](std::optional<QString> secret) { answer = secret; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return QStringLiteral("<the keychain did not answer>");
    return *answer;
}

// Clicks the button called `text` of the next modal message box, once it shows.
void answerNextMessageBox(QWidget *window, const QString &text, bool *asked) {
    auto *timer = new QTimer(window); // no longer than the window whose box it answers
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text)
                button->click();
        }
        timer->deleteLater();
    });
    timer->start(20);
}

QString proxyMode(SettingsDialog *dialog) {
    for (const auto mode :
         {ProxySettings::Mode::System, ProxySettings::Mode::None, ProxySettings::Mode::Manual}) {
        if (dialog->proxyButton(mode)->isChecked())
            return ProxySettings::modeName(mode);
    }
    return {};
}

ProxySettings proxyOf(ProxySettings::Mode mode, const QString &host = {}) {
    ProxySettings proxy;
    proxy.mode = mode;
    proxy.host = host;
    return proxy;
}

QNetworkProxy::ProxyType proxyTypeFor(const QString &url) {
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(url))).value(0).type();
}

// One setting: how the dialog's widget takes a value and shows it, and what of the running
// application shows that it took effect (empty: it is read where it applies, tested apart).
struct Entry {
    std::function<void(SettingsDialog *, const QVariant &)> set;
    std::function<QVariant(SettingsDialog *)> shown;
    std::function<QVariant(DesktopApp *)> applied;
};

QString g_lastTheme; // DesktopApp::themeChanged's last value

const QHash<QString, Entry> &entries() {
    using namespace settings;
    const auto spin = [](QSpinBox *(SettingsDialog::*box)() const) {
        return std::pair{
            [box](SettingsDialog *d, const QVariant &v) { (d->*box)()->setValue(v.toInt()); },
            [box](SettingsDialog *d) { return QVariant((d->*box)()->value()); }};
    };
    const auto check = [](QCheckBox *(SettingsDialog::*box)() const) {
        return std::pair{
            [box](SettingsDialog *d, const QVariant &v) { (d->*box)()->setChecked(v.toBool()); },
            [box](SettingsDialog *d) { return QVariant((d->*box)()->isChecked()); }};
    };
    const auto combo = [](QComboBox *(SettingsDialog::*box)() const) {
        return std::pair{[box](SettingsDialog *d, const QVariant &v) {
                             (d->*box)()->setCurrentIndex((d->*box)()->findData(v));
                         },
                         [box](SettingsDialog *d) { return (d->*box)()->currentData(); }};
    };
    const auto entry = [](auto widget, std::function<QVariant(DesktopApp *)> applied = {}) {
        return Entry{widget.first, widget.second, std::move(applied)};
    };
    static const QHash<QString, Entry> all = {
        {NotifyLongJobs.name, entry(check(&SettingsDialog::notifyBox),
                                    [](DesktopApp *a) {
                                        return QVariant(
                                            a->window()->jobsPanel()->notifyAction()->isChecked());
                                    })},
        {NotifyAfterSeconds.name,
         entry(spin(&SettingsDialog::notifyAfterBox),
               [](DesktopApp *a) {
                   return QVariant(int(a->window()->jobsPanel()->notifyAfterSeconds()));
               })},
        {RefreshIntervalSeconds.name,
         entry(spin(&SettingsDialog::refreshSecondsBox),
               [](DesktopApp *a) { return QVariant(a->browser()->changesIntervalSeconds()); })},
        {FullRefreshMinutes.name,
         entry(spin(&SettingsDialog::fullRefreshMinutesBox),
               [](DesktopApp *a) { return QVariant(a->browser()->fullIntervalMinutes()); })},
        {ListingConcurrency.name,
         entry(spin(&SettingsDialog::concurrencyBox),
               [](DesktopApp *a) { return QVariant(a->browser()->listingConcurrency()); })},
        {LogLevel.name, entry(combo(&SettingsDialog::logLevelBox),
                              [](DesktopApp *) {
                                  return QVariant(lcApi().isDebugEnabled()  ? "debug"
                                                  : lcApi().isInfoEnabled() ? "info"
                                                                            : "warning");
                              })},
        {Theme.name, entry(combo(&SettingsDialog::themeBox),
                           [](DesktopApp *) { return QVariant(g_lastTheme); })},
        {ConfirmDelete.name, entry(check(&SettingsDialog::confirmDeleteBox))},
        {ConfirmQuitWithRunningJobs.name, entry(check(&SettingsDialog::confirmQuitBox))},
        {ProxyMode.name,
         Entry{[](SettingsDialog *d, const QVariant &v) {
                   d->proxyButton(ProxySettings::modeFromName(v.toString()))->setChecked(true);
               },
               [](SettingsDialog *d) { return QVariant(proxyMode(d)); },
               [](DesktopApp *) {
                   return QVariant(proxyTypeFor("http://images.example.test/") ==
                                           QNetworkProxy::NoProxy
                                       ? "none"
                                       : "other");
               }}},
    };
    return all;
}

} // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachSettingIsSavedShownAgainAndApplied_data();
    void eachSettingIsSavedShownAgainAndApplied();
    void listingSettingsReachTheNextProfilesBrowser();
    void applyTakesEffectWithTheDialogOpen();
    void everyEntryHasALabelAndAMnemonicOfItsOwn();
    void invalidProxyIsRefusedAndNothingIsSaved_data();
    void invalidProxyIsRefusedAndNothingIsSaved();
    void manualProxyCarriesRequestsWithThePasswordFromTheKeychain();
    void deleteWithoutAskingOnlyWhatAffectsNothingElse_data();
    void deleteWithoutAskingOnlyWhatAffectsNothingElse();
    void quitAsksWhileJobsStartedHereRun_data();
    void quitAsksWhileJobsStartedHereRun();

private:
    SettingsDialog *openSettings() {
        emit m_desk->window()->settingsRequested(); // what File > Settings does
        for (auto *dialog : m_desk->window()->findChildren<SettingsDialog *>()) {
            if (dialog->isVisible()) // not one closed, deleted later
                return dialog;
        }
        return nullptr;
    }
    // Through the dialog, as a user: one entry changed, then OK.
    bool saveThroughDialog(const QString &key, const QVariant &value) {
        SettingsDialog *dialog = openSettings();
        if (!dialog)
            return false;
        entries()[key].set(dialog, value);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return QTest::qWaitFor([dialog = QPointer(dialog)] { return !dialog; }, 2000);
    }

    std::unique_ptr<DesktopFixture> m_desk;
    std::unique_ptr<KeychainSecretStore> m_secrets;
};

void TestSettingsDialog::initTestCase() {
    QApplication::setQuitOnLastWindowClosed(false); // the quit test closes the window
}

void TestSettingsDialog::init() {
    m_desk.reset();
    m_desk = std::make_unique<DesktopFixture>();
    QVERIFY(m_desk->port != 0);
    m_desk->start();
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("imsdesk"));
    m_desk->app->setSecretStore(m_secrets.get());
    g_lastTheme.clear();
    connect(m_desk->app.get(), &DesktopApp::themeChanged, this,
            [](const QString &theme) { g_lastTheme = theme; });
}

void TestSettingsDialog::cleanup() {
    // The next test starts without a proxy, as a fresh test process (not the system's: this
    // machine's http_proxy must not decide).
    applyProxy(proxyOf(ProxySettings::Mode::None));
    m_desk.reset();
}

void TestSettingsDialog::eachSettingIsSavedShownAgainAndApplied_data() {
    using namespace settings;
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("notifications off") << NotifyLongJobs.name << QVariant(false);
    QTest::newRow("notify after 2 min") << NotifyAfterSeconds.name << QVariant(120);
    QTest::newRow("changes every 5 min") << RefreshIntervalSeconds.name << QVariant(300);
    QTest::newRow("everything every 45 min") << FullRefreshMinutes.name << QVariant(45);
    QTest::newRow("3 pages at once") << ListingConcurrency.name << QVariant(3);
    QTest::newRow("log debug") << LogLevel.name << QVariant("debug");
    QTest::newRow("log warnings only") << LogLevel.name << QVariant("warning");
    QTest::newRow("dark theme") << Theme.name << QVariant("dark");
    QTest::newRow("delete without asking") << ConfirmDelete.name << QVariant(false);
    QTest::newRow("quit without asking") << ConfirmQuitWithRunningJobs.name << QVariant(false);
    QTest::newRow("no proxy") << ProxyMode.name << QVariant("none");
}

void TestSettingsDialog::eachSettingIsSavedShownAgainAndApplied() {
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const Entry &entry = entries()[key];
    // A proxy in place before, so that "no proxy" has something to undo.
    applyProxy(proxyOf(ProxySettings::Mode::Manual, QStringLiteral("192.0.2.1")));
    {
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY2(entry.shown(dialog).toString() != value.toString(), "the default already");
    }
    QVERIFY(saveThroughDialog(key, value));
    QCOMPARE(QSettings().value(key).toString(), value.toString());
    if (entry.applied)
        QCOMPARE(entry.applied(m_desk->app.get()).toString(), value.toString());
    SettingsDialog *again = openSettings();
    QVERIFY(again);
    QCOMPARE(entry.shown(again).toString(), value.toString());
    again->reject();
}

void TestSettingsDialog::listingSettingsReachTheNextProfilesBrowser() {
    QVERIFY(saveThroughDialog(settings::RefreshIntervalSeconds.name, 240));
    QVERIFY(saveThroughDialog(settings::ListingConcurrency.name, 2));
    const QPointer<ImageBrowser> before = m_desk->app->browser();
    Credentials credentials;
    QString why;
    const auto partner = sandboxProfile(m_desk->server, &credentials, &why, true);
    QVERIFY2(partner, qPrintable(why));
    m_desk->app->connectTo(*partner, credentials); // a profile switch: a new Connection
    QVERIFY(!before);                              // gone with its connection
    QCOMPARE(m_desk->app->browser()->changesIntervalSeconds(), 240);
    QCOMPARE(m_desk->app->browser()->listingConcurrency(), 2);
}

void TestSettingsDialog::applyTakesEffectWithTheDialogOpen() {
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->notifyAfterBox()->setValue(77);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_desk->window()->jobsPanel()->notifyAfterSeconds(), 77);
    dialog->notifyAfterBox()->setValue(88);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_desk->window()->jobsPanel()->notifyAfterSeconds(), 77); // Cancel keeps the last
    QCOMPARE(settings::NotifyAfterSeconds.read(QSettings()), 77);
    // The jobs panel's own switch is the same setting.
    m_desk->window()->jobsPanel()->notifyAction()->setChecked(false);
    SettingsDialog *again = openSettings();
    QVERIFY(again);
    QVERIFY(!again->notifyBox()->isChecked());
    again->reject();
}

// Keyboard users reach every entry: each field has a label that names it as its buddy, and no
// two mnemonics of one page (with the tabs and the dialog's buttons) are the same letter.
void TestSettingsDialog::everyEntryHasALabelAndAMnemonicOfItsOwn() {
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QStringList everywhere;
    for (int tab = 0; tab < dialog->pages()->count(); ++tab)
        everywhere << dialog->pages()->tabText(tab);
    for (QAbstractButton *button : dialog->buttons()->buttons())
        everywhere << button->text();
    for (int tab = 0; tab < dialog->pages()->count(); ++tab) {
        QWidget *page = dialog->pages()->widget(tab);
        QStringList texts = everywhere;
        QList<QWidget *> buddies;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            texts << label->text();
            buddies << label->buddy();
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
            texts << button->text();
        QHash<QChar, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const QChar letter = mnemonic(text);
            QVERIFY2(!letter.isNull() || texts.indexOf(text) < everywhere.size(), qPrintable(text));
            if (letter.isNull())
                continue;
            QVERIFY2(!seen.contains(letter), qPrintable(seen.value(letter) + " / " + text));
            seen.insert(letter, text);
        }
        QList<QWidget *> fields;
        for (QWidget *field : page->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field) ||
                qobject_cast<QAbstractSpinBox *>(field))
                fields << field;
        }
        for (QWidget *field : std::as_const(fields)) {
            if (qobject_cast<QLineEdit *>(field->parentWidget())) // a spin box's own editor
                continue;
            if (qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
                continue;
            QVERIFY2(buddies.contains(field), qPrintable(field->objectName()));
        }
    }
    dialog->reject();
}

void TestSettingsDialog::invalidProxyIsRefusedAndNothingIsSaved_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("hostIsWrong"); // where the cursor goes
    const QString host = QStringLiteral("proxy.example.com");
    const QString range = QStringLiteral("between 1 and 65535");
    QTest::newRow("port 0") << host << QStringLiteral("0") << range << false;
    QTest::newRow("port 65536") << host << QStringLiteral("65536") << range << false;
    QTest::newRow("port not a number") << host << QStringLiteral("80a") << range << false;
    QTest::newRow("empty host") << QString() << QStringLiteral("3128")
                                << QStringLiteral("needs a host name") << true;
    QTest::newRow("host with a space")
        << QStringLiteral("proxy example.com") << QStringLiteral("3128")
        << QStringLiteral("is not a host name") << true;
    QTest::newRow("a URL, not a host")
        << QStringLiteral("http://proxy.example.com") << QStringLiteral("3128")
        << QStringLiteral("without") << true;
}

void TestSettingsDialog::invalidProxyIsRefusedAndNothingIsSaved() {
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, message);
    QFETCH(bool, hostIsWrong);
    const QNetworkProxy::ProxyType proxyBefore = proxyTypeFor("http://images.example.test/");
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->notifyAfterBox()->setValue(99); // valid, and not saved either
    dialog->proxyButton(ProxySettings::Mode::Manual)->setChecked(true);
    dialog->proxyHostEdit()->setText(host);
    dialog->proxyPortEdit()->setText(port);
    for (const auto button : {QDialogButtonBox::Apply, QDialogButtonBox::Ok}) {
        QTest::mouseClick(dialog->buttons()->button(button), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problemsLabel()->isVisible());
        QVERIFY2(dialog->problemsLabel()->text().contains(message),
                 qPrintable(dialog->problemsLabel()->text()));
        QCOMPARE(dialog->pages()->currentWidget(), dialog->proxyHostEdit()->parentWidget());
        QCOMPARE(dialog->focusWidget(),
                 hostIsWrong ? dialog->proxyHostEdit() : dialog->proxyPortEdit());
        const QSettings settings;
        QVERIFY(!settings.contains(QLatin1String(settings::ProxyMode.name)));
        QVERIFY(!settings.contains(QLatin1String(settings::NotifyAfterSeconds.name)));
    }
    QCOMPARE(m_desk->window()->jobsPanel()->notifyAfterSeconds(), 30);
    QCOMPARE(proxyTypeFor("http://images.example.test/"), proxyBefore);
    // Put right, it goes.
    dialog->proxyHostEdit()->setText(QStringLiteral("proxy.example.com"));
    dialog->proxyPortEdit()->setText(QStringLiteral("8080"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(settings::ProxyPort.read(QSettings()), 8080);
}

void TestSettingsDialog::manualProxyCarriesRequestsWithThePasswordFromTheKeychain() {
    applyProxy(
        proxyOf(ProxySettings::Mode::System)); // as imsdesk starts: the manual one replaces it
    AuthenticatingProxy proxy;
    QVERIFY(proxy.port() != 0);
    const QString password =
        QStringLiteral("pr0xy-s3cret-%1").arg(QCoreApplication::applicationPid());
    // Nothing the application logs meanwhile may show it (debug: every request is logged).
    QVERIFY(saveThroughDialog(settings::LogLevel.name, "debug"));
    static QStringList logged;
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { logged << text; });

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->pages()->setCurrentWidget(dialog->proxyHostEdit()->parentWidget());
    QRadioButton *manual = dialog->proxyButton(ProxySettings::Mode::Manual);
    QTest::mouseClick(manual, Qt::LeftButton, {}, QPoint(8, manual->height() / 2)); // its circle
    QVERIFY(dialog->proxyHostEdit()->isEnabled());
    // Typed, as a user does (the password field opens once there is a user).
    QTest::keyClicks(dialog->proxyHostEdit(), QStringLiteral("127.0.0.1"));
    dialog->proxyPortEdit()->clear();
    QTest::keyClicks(dialog->proxyPortEdit(), QString::number(proxy.port()));
    QTest::keyClicks(dialog->proxyUserEdit(), QStringLiteral("alice"));
    QVERIFY(dialog->proxyPasswordEdit()->isEnabled());
    QTest::keyClicks(dialog->proxyPasswordEdit(), password);
    QSignalSpy stored(dialog, &SettingsDialog::passwordStored);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.first().first().toBool(), true); // in the keychain, not in memory only

    // Through the window's own session, to a name that is not this machine.
    const auto throughSession = [this](const QString &url) {
        QNetworkReply *reply = m_desk->app->session()->network()->get(QNetworkRequest(QUrl(url)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return reply->readAll();
    };
    const QByteArray basic = "Basic " + QByteArray("alice:" + password.toUtf8()).toBase64();
    QCOMPARE(throughSession(QStringLiteral("http://images.example.test/v2/ping")), "proxied");
    QVERIFY(!proxy.requests().isEmpty());
    QCOMPARE(proxy.requests().first().method + ' ' + proxy.requests().first().target,
             QByteArray("GET http://images.example.test/v2/ping"));
    QCOMPARE(proxy.requests().last().header("proxy-authorization"), basic);

    // A QNetworkAccessManager on a thread of its own (uploads, the job store) goes there too.
    QByteArray fromThread;
    QThread *thread = QThread::create([&fromThread] {
        QNetworkAccessManager network;
        QNetworkReply *threaded =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://cdn.example.test/x"))));
        QEventLoop loop;
        QObject::connect(threaded, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        fromThread = threaded->readAll();
        delete threaded;
    });
    thread->start();
    QVERIFY(QTest::qWaitFor([thread] { return thread->isFinished(); }, 15000));
    delete thread;
    QCOMPARE(fromThread, QByteArray("proxied"));

    // The sandbox on 127.0.0.1 is reached directly: a proxy elsewhere could not reach it.
    const qsizetype seen = proxy.requests().size();
    QNetworkReply *local = m_desk->app->session()->network()->get(
        QNetworkRequest(QUrl(m_desk->server.baseUrl() + QStringLiteral("/v3"))));
    QSignalSpy localFinished(local, &QNetworkReply::finished);
    QVERIFY(localFinished.wait(10000));
    QCOMPARE(local->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    local->deleteLater();
    QCOMPARE(proxy.requests().size(), seen);

    qInstallMessageHandler(previous);
    for (const QString &line : std::as_const(logged))
        QVERIFY2(!line.contains(password), qPrintable(line));

    // The password is in the keychain and nowhere in the settings file.
    QCOMPARE(keychainHolds(*m_secrets, ProxySettings::passwordKey()), std::optional(password));
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("proxy_user=alice"));
    QVERIFY(!written.contains(password.toUtf8()));

    // The next start applies it, the password read from the keychain, before connecting.
    applyProxy(proxyOf(ProxySettings::Mode::None));
    bool applied = false;
    m_desk->app->loadProxy([&applied] { applied = true; });
    QTRY_VERIFY(applied);
    proxy.server.requests.clear();
    QCOMPARE(throughSession(QStringLiteral("http://other.example.test/")), "proxied");
    QCOMPARE(proxy.requests().last().header("proxy-authorization"), basic);

    // Shown again from the keychain; without a user, nothing stays there.
    SettingsDialog *again = openSettings();
    QVERIFY(again);
    QTRY_COMPARE(again->proxyPasswordEdit()->text(), password);
    again->proxyUserEdit()->clear();
    QSignalSpy removed(again, &SettingsDialog::passwordStored);
    QTest::mouseClick(again->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QCOMPARE(keychainHolds(*m_secrets, ProxySettings::passwordKey()), std::nullopt);
}

void TestSettingsDialog::deleteWithoutAskingOnlyWhatAffectsNothingElse_data() {
    QTest::addColumn<bool>("ask");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("dialogSays"); // empty: no dialog, the image goes
    QTest::newRow("asked") << true << "web-frontend-2025"
                           << "Nothing else";
    QTest::newRow("plain image goes at once") << false << "web-frontend-2025"
                                              << "";
    QTest::newRow("shared image still shows who loses access") << false << "shared-app-base"
                                                               << "Shared with 1 project";
    QTest::newRow("protected image still refused") << false << "db-golden"
                                                   << "Protected";
    QTest::newRow("full-ECS image still asks about its backup") << false << "full-ecs-backup"
                                                                << "its backup stays";
}

void TestSettingsDialog::deleteWithoutAskingOnlyWhatAffectsNothingElse() {
    QFETCH(bool, ask);
    QFETCH(QString, image);
    QFETCH(QString, dialogSays);
    if (!ask)
        QVERIFY(saveThroughDialog(settings::ConfirmDelete.name, false));
    const int row = m_desk->waitForImage(image);
    QVERIFY(row >= 0);
    const QString id = m_desk->app->images()->at(row).id;
    QVERIFY(m_desk->select(image));
    if (dialogSays.isEmpty()) {
        m_desk->app->operations()->action(QStringLiteral("delete"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->app->images()->rowOf(id), -1, 10000);
        QCOMPARE(m_desk->asUser("GET", QStringLiteral("/v2/images/") + id).status, 404);
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<DeleteDialog *>(widget) || !widget->isVisible());
        return;
    }
    auto *dialog = m_desk->openDialog<DeleteDialog>(QStringLiteral("delete"));
    QVERIFY(dialog);
    QTRY_VERIFY2(dialog->table()->item(0, 1)->text().contains(dialogSays),
                 qPrintable(dialog->table()->item(0, 1)->text()));
    dialog->close();
    QCOMPARE(m_desk->asUser("GET", QStringLiteral("/v2/images/") + id).status, 200);
}

void TestSettingsDialog::quitAsksWhileJobsStartedHereRun_data() {
    QTest::addColumn<bool>("ask");
    QTest::addColumn<QString>("job"); // "started", "resumed" (by a restart) or none
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<bool>("closed");
    QTest::newRow("no job") << true << ""
                            << "" << false << true;
    QTest::newRow("job started here, keep running") << true << "started"
                                                    << "&Keep running" << true << false;
    QTest::newRow("job started here, quit") << true << "started"
                                            << "&Quit" << true << true;
    QTest::newRow("job started here, asking off") << false << "started"
                                                  << "" << false << true;
    QTest::newRow("job of an earlier run") << true << "resumed"
                                           << "" << false << true;
}

void TestSettingsDialog::quitAsksWhileJobsStartedHereRun() {
    QFETCH(bool, ask);
    QFETCH(QString, job);
    QFETCH(QString, answer);
    QFETCH(bool, asked);
    QFETCH(bool, closed);
    if (!ask)
        QVERIFY(saveThroughDialog(settings::ConfirmQuitWithRunningJobs.name, false));
    if (!job.isEmpty()) // recorded as an operation records the job it started, not polled
        m_desk->app->tracker()->add(QStringLiteral("job-of-a-copy"), QStringLiteral("Copy"));
    if (job == QLatin1String("resumed")) {
        QVERIFY(m_desk->app->tracker()->flush().isEmpty());
        m_desk->start(); // the next run follows it, but did not start it
        QVERIFY(m_desk->app->tracker()->job(QStringLiteral("job-of-a-copy")));
    }
    if (job == QLatin1String("resumed"))
        QVERIFY(!m_desk->app->tracker()->job(QStringLiteral("job-of-a-copy"))->isFinished());
    bool wasAsked = false;
    // Also where no question is expected: one that came would otherwise wait for ever.
    answerNextMessageBox(m_desk->window(), answer.isEmpty() ? QStringLiteral("&Quit") : answer,
                         &wasAsked);
    const bool didClose = m_desk->window()->close();
    QCOMPARE(wasAsked, asked);
    QCOMPARE(didClose, closed);
    QCOMPARE(m_desk->window()->isVisible(), !closed);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
