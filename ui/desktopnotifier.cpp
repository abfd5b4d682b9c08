#include "desktopnotifier.h"

#include "imsdesk_version.h"
#include "logging.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ims {

namespace {

// The Desktop Notifications Specification, 1.2.
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// The desktop file's name and the icon's: the desktop finds both from it.
const QString kAppId = QString::fromLatin1(kImsdeskAppId);
// Time to give the service before the taskbar asks for attention instead; not the bus's 25 s.
constexpr int kServiceTimeoutMs = 10'000;
constexpr uchar kUrgencyNormal = 1;
constexpr uchar kUrgencyCritical = 2;

QDBusMessage methodCall(const QString &method) {
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

} // namespace

DesktopNotifier::DesktopNotifier(QWidget *window, const QDBusConnection &bus)
    : QObject(window)
    , m_window(window)
    , m_bus(bus) {
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray) {
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    m_trayKey.clear();
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayKey.isEmpty()) // the app may show messages of its own there
                emit activated(m_trayKey);
        });
}

void DesktopNotifier::notify(const Message &message) {
    m_lastPath = Path::None;
    // What leaves the process is redacted, whoever wrote it.
    Message safe = message;
    safe.summary = redact(safe.summary);
    safe.body = redact(safe.body);
    if (!m_bus.isConnected()) {
        fallBack(safe);
        return;
    }
    // Asked each time (notifications are rare): the user may switch or restart the daemon.
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(methodCall(QStringLiteral("GetCapabilities")), kServiceTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, safe] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> capabilities = *watcher;
        if (capabilities.isError())
            fallBack(safe); // no service on the bus, or it does not answer
        else
            send(safe, capabilities.value().contains(QLatin1String("body-markup")));
    });
}

void DesktopNotifier::send(const Message &message, bool markup) {
    // A server that reads markup would render names from the cloud ("<b>x</b> & y") as markup.
    const QString body = markup ? message.body.toHtmlEscaped() : message.body;
    // A job notified again (it was retried) replaces its notification that is still shown.
    const uint replaces = m_shown.key(message.key, 0);
    const QStringList actions = {QStringLiteral("default"), tr("Show"), QStringLiteral("show"),
                                 tr("Show")};
    const QVariantMap hints = {
        {QStringLiteral("desktop-entry"), kAppId},
        {QStringLiteral("urgency"),
         QVariant::fromValue(message.critical ? kUrgencyCritical : kUrgencyNormal)},
    };
    QDBusMessage call = methodCall(QStringLiteral("Notify"));
    call << QStringLiteral("imsdesk") << replaces << kAppId << message.summary << body << actions
         << hints << -1; // -1: the server's own expiry
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kServiceTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, message] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> id = *watcher;
        if (id.isError()) {
            fallBack(message);
            return;
        }
        m_shown.insert(id.value(), message.key);
        reached(Path::Service);
    });
}

void DesktopNotifier::fallBack(const Message &message) {
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_trayKey = message.key;
        m_tray->showMessage(message.summary, message.body,
                            message.critical ? QSystemTrayIcon::Warning
                                             : QSystemTrayIcon::Information);
        reached(Path::Tray);
        return;
    }
    QApplication::alert(m_window->window());
    reached(Path::Alert);
}

void DesktopNotifier::reached(Path path) {
    m_lastPath = path;
    emit delivered(path);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action) {
    // Only ours: the service sends every client's actions to the whole bus.
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend())
        return;
    if (action == QLatin1String("default") || action == QLatin1String("show"))
        emit activated(*shown);
}

void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/) {
    m_shown.remove(id);
}

} // namespace ims
