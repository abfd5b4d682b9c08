#pragma once

#include <QDBusConnection>
#include <QObject>

class QDBusVariant;

namespace ims {

// The desktop's light/dark preference, from the freedesktop portal (org.freedesktop.portal.
// Settings, org.freedesktop.appearance color-scheme): Qt 6.4 has no colour-scheme API. Read
// asynchronously (ReadOne, or Read on portals older than version 2), then followed through
// SettingChanged. No portal, or no answer yet: NoPreference.
class DesktopColourScheme final : public QObject {
    Q_OBJECT

public:
    enum class Scheme { NoPreference, Dark, Light }; // the portal's 0, 1, 2

    explicit DesktopColourScheme(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    Scheme scheme() const { return m_scheme; }

signals:
    void changed(ims::DesktopColourScheme::Scheme scheme);

private slots:
    // SettingChanged's: QDBusConnection::connect needs a slot with the signal's signature.
    void onSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    void read(const QString &method);
    void set(const QVariant &portalValue);

    QDBusConnection m_bus;
    Scheme m_scheme = Scheme::NoPreference;
};

} // namespace ims
