// Issue 15: the theme follows the desktop's preference, read from a fake settings portal
// (org.freedesktop.portal.Desktop) on the test's own session bus, live; the user's choice in
// settings wins over it; no portal is light.
#include "apppalette.h"
#include "apptheme.h"
#include "desktopcolourscheme.h"
#include "desktopfixture.h"
#include "errorbanner.h"
#include "privatebus.h"
#include "settingskeys.h"
#include "themecolours.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using ims::AppPalette;
using ims::AppTheme;
using ims::DesktopColourScheme;

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");

bool lightApplied() {
    return QApplication::palette().color(QPalette::Window) ==
           AppPalette::lightPalette().color(QPalette::Window);
}
bool darkApplied() {
    return QApplication::palette().color(QPalette::Window) ==
           AppPalette::darkPalette().color(QPalette::Window);
}
} // namespace

// The settings portal as version 1 had it: Read only, a variant in a variant.
class FakePortalV1 : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit FakePortalV1(const QDBusConnection &bus)
        : m_bus(bus) {}
    bool serve() {
        return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(kService);
    }
    void stop() {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }
    // The desktop's preference changes: the portal says so to everyone.
    void change(const QString &nameSpace, const QString &key, uint value) {
        scheme = value;
        QDBusMessage signal =
            QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
        signal.setArguments({nameSpace, key, QVariant::fromValue(QDBusVariant(value))});
        m_bus.send(signal);
    }

    uint scheme = 0;
    int reads = 0;

public slots:
    QDBusVariant Read(const QString &nameSpace, const QString &key, const QDBusMessage &message) {
        ++reads;
        if (nameSpace != kNamespace || key != kKey) {
            m_bus.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.portal.Error.NotFound"), QStringLiteral("none")));
            return {};
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
    }

protected:
    QDBusConnection m_bus;
};

// Version 2 and later: ReadOne, one variant.
class FakePortal final : public FakePortalV1 {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    using FakePortalV1::FakePortalV1;

public slots:
    QDBusVariant ReadOne(const QString &nameSpace, const QString &key) {
        ++reads;
        return QDBusVariant(nameSpace == kNamespace && key == kKey ? scheme : 0u);
    }
};

class TestPortalTheme final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void systemFollowsTheDesktop_data();
    void systemFollowsTheDesktop();
    void aChangeOnTheDesktopSwitchesLive();
    void theChoiceWinsOverTheDesktop_data();
    void theChoiceWinsOverTheDesktop();
    void withoutAPortalItIsLight();
    void theAppAppliesTheSavedChoiceAndItsChanges();

private:
    // A theme on "system" (or `choice`) that has read the portal, or seen it missing.
    std::unique_ptr<AppTheme> themeReading(FakePortalV1 *portal, const QString &choice);

    PrivateBus m_bus;
    QString m_address;
    std::unique_ptr<FakePortalV1> m_portal;
    std::unique_ptr<DesktopColourScheme> m_scheme;
};

void TestPortalTheme::initTestCase() {
    m_address = m_bus.start();
    QVERIFY2(!m_address.isEmpty(), "dbus-daemon did not start");
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    DesktopDriver::isolateHome();
}

void TestPortalTheme::cleanup() {
    m_scheme.reset();
    if (m_portal)
        m_portal->stop();
    m_portal.reset();
    // Every test starts from the light palette, so that "dark" is something that happened.
    AppTheme reset(new DesktopColourScheme(QDBusConnection(QString())));
    reset.setChoice(QStringLiteral("light"));
}

std::unique_ptr<AppTheme> TestPortalTheme::themeReading(FakePortalV1 *portal,
                                                        const QString &choice) {
    m_scheme = std::make_unique<DesktopColourScheme>(QDBusConnection::sessionBus());
    auto theme = std::make_unique<AppTheme>(m_scheme.get());
    theme->setChoice(choice);
    if (portal && portal->scheme != 0 &&
        !QTest::qWaitFor([this, portal] { return int(m_scheme->scheme()) == int(portal->scheme); }))
        qWarning("the portal's answer did not arrive");
    return theme;
}

void TestPortalTheme::systemFollowsTheDesktop_data() {
    QTest::addColumn<bool>("version1");
    QTest::addColumn<uint>("desktop");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << false << 1u << true;
    QTest::newRow("light") << false << 2u << false;
    QTest::newRow("no preference") << false << 0u << false;
    QTest::newRow("dark, a portal with Read only") << true << 1u << true;
    QTest::newRow("light, a portal with Read only") << true << 2u << false;
}

void TestPortalTheme::systemFollowsTheDesktop() {
    QFETCH(bool, version1);
    QFETCH(uint, desktop);
    QFETCH(bool, dark);
    const QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("portal"));
    m_portal = version1 ? std::make_unique<FakePortalV1>(bus) : std::make_unique<FakePortal>(bus);
    m_portal->scheme = desktop;
    QVERIFY(m_portal->serve());
    const auto theme = themeReading(m_portal.get(), QStringLiteral("system"));
    QTRY_VERIFY(m_portal->reads > 0);
    QTRY_COMPARE(theme->isDark(), dark);
    QVERIFY(dark ? darkApplied() : lightApplied());
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
}

void TestPortalTheme::aChangeOnTheDesktopSwitchesLive() {
    m_portal = std::make_unique<FakePortal>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("portal")));
    m_portal->scheme = 2;
    QVERIFY(m_portal->serve());
    ims::ErrorBanner banner; // a custom colour, re-derived with the palette
    banner.show();
    const auto theme = themeReading(m_portal.get(), QStringLiteral("system"));
    QVERIFY(lightApplied());

    m_portal->change(kNamespace, kKey, 1);
    QTRY_VERIFY(darkApplied());
    QCOMPARE(banner.palette().color(QPalette::Window),
             ims::ThemeColours(AppPalette::darkPalette()).panel(ims::Tone::Error).background);
    // Another setting of the portal's changes nothing.
    m_portal->change(kNamespace, QStringLiteral("accent-color"), 2);
    m_portal->change(QStringLiteral("org.gnome.desktop.interface"), kKey, 2);
    QTest::qWait(200);
    QVERIFY(darkApplied());
    m_portal->change(kNamespace, kKey, 2);
    QTRY_VERIFY(lightApplied());
    QCOMPARE(banner.palette().color(QPalette::Window),
             ims::ThemeColours(AppPalette::lightPalette()).panel(ims::Tone::Error).background);
}

void TestPortalTheme::theChoiceWinsOverTheDesktop_data() {
    QTest::addColumn<QString>("choice");
    QTest::addColumn<uint>("desktop");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light on a dark desktop") << QStringLiteral("light") << 1u << false;
    QTest::newRow("dark on a light desktop") << QStringLiteral("dark") << 2u << true;
    QTest::newRow("dark without a preference") << QStringLiteral("dark") << 0u << true;
}

void TestPortalTheme::theChoiceWinsOverTheDesktop() {
    QFETCH(QString, choice);
    QFETCH(uint, desktop);
    QFETCH(bool, dark);
    m_portal = std::make_unique<FakePortal>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("portal")));
    m_portal->scheme = desktop;
    QVERIFY(m_portal->serve());
    const auto theme = themeReading(m_portal.get(), choice);
    QVERIFY(dark ? darkApplied() : lightApplied());
    // And when the desktop changes its mind, the choice still wins.
    m_portal->change(kNamespace, kKey, desktop == 1 ? 2 : 1);
    QTRY_COMPARE(int(m_scheme->scheme()), int(m_portal->scheme));
    QVERIFY(dark ? darkApplied() : lightApplied());
    // Back to "system": the desktop's.
    theme->setChoice(QStringLiteral("system"));
    QCOMPARE(theme->isDark(), m_portal->scheme == 1);
}

void TestPortalTheme::withoutAPortalItIsLight() {
    // Dark first, so that light is what "system" made of no portal.
    const auto theme = themeReading(nullptr, QStringLiteral("dark"));
    QVERIFY(darkApplied());
    theme->setChoice(QStringLiteral("system"));
    QVERIFY(lightApplied());
    QTest::qWait(300); // the portal's error arrives: it changes nothing
    QVERIFY(lightApplied());
    QCOMPARE(m_scheme->scheme(), DesktopColourScheme::Scheme::NoPreference);
}

void TestPortalTheme::theAppAppliesTheSavedChoiceAndItsChanges() {
    m_portal = std::make_unique<FakePortal>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("portal")));
    m_portal->scheme = 1;
    QVERIFY(m_portal->serve());
    {
        QSettings settings;
        ims::settings::Theme.write(settings, QStringLiteral("system"));
    }
    auto app = std::make_unique<ims::DesktopApp>();
    QTRY_VERIFY(darkApplied());
    QVERIFY(app->theme()->isDark());
    // View > Theme and the settings dialog reach the app through this signal.
    emit app->themeChanged(QStringLiteral("light"));
    QVERIFY(lightApplied());
    emit app->themeChanged(QStringLiteral("system"));
    QVERIFY(darkApplied());
    app.reset();

    {
        QSettings settings;
        ims::settings::Theme.write(settings, QStringLiteral("light"));
    }
    app = std::make_unique<ims::DesktopApp>();
    QVERIFY(lightApplied()); // at once, before the window is shown
    QTest::qWait(200);       // the portal's dark answer arrives: the choice stays
    QVERIFY(lightApplied());
}

QTEST_MAIN(TestPortalTheme)
#include "tst_portaltheme.moc"
