#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace ims {

// Delivers "what you waited for has happened" to the desktop; what is worth telling is the
// caller's. First choice: the freedesktop notification service (org.freedesktop.Notifications
// on the session bus: GNOME Shell, Plasma, dunst…), whose Show action comes back as activated().
// Where no service answers: the app's own tray icon when it shows one, else the taskbar entry
// asks for attention (QApplication::alert). It never creates a tray icon: one made only to
// notify stays in the panel without a menu, and stock GNOME shows none at all.
// Every D-Bus call is asynchronous: a hung notification daemon must not freeze the window.
class DesktopNotifier final : public QObject {
    Q_OBJECT

public:
    // How the last notify() reached the user (None: not yet known, or nothing sent).
    enum class Path { None, Service, Tray, Alert };
    Q_ENUM(Path)

    struct Message {
        QString key;     // what activated() gives back: the caller's name for the subject
        QString summary; // plain text
        QString body;    // plain text (escaped for servers that read markup)
        bool critical = false;
    };

    // `window`: whose taskbar entry asks for attention when nothing else can tell; the parent.
    explicit DesktopNotifier(QWidget *window,
                             const QDBusConnection &bus = QDBusConnection::sessionBus());

    void notify(const Message &message);
    // The app's tray icon, when it has one: used only while it is shown.
    void setTrayIcon(QSystemTrayIcon *tray);
    Path lastPath() const { return m_lastPath; }

signals:
    // Once per notify(), when it is known how it reached the user.
    void delivered(ims::DesktopNotifier::Path path);
    // The user clicked the notification (or its Show button) of `key`.
    void activated(const QString &key);

private slots: // QtDBus connects bus signals to slots by their signature
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const Message &message, bool markup);
    void fallBack(const Message &message);
    void reached(Path path);

    QWidget *m_window;
    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_tray;
    QString m_trayKey;            // the tray message's key, for its click
    QHash<uint, QString> m_shown; // the service's notification id → key, until it closes
    Path m_lastPath = Path::None;
};

} // namespace ims
