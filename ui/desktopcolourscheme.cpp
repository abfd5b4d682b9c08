#include "desktopcolourscheme.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace ims {

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");

// Read answers a variant in a variant, ReadOne and SettingChanged one variant.
QVariant unwrapped(QVariant value) {
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}
} // namespace

DesktopColourScheme::DesktopColourScheme(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus) {
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                  SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    read(QStringLiteral("ReadOne"));
}

void DesktopColourScheme::read(const QString &method) {
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    call.setArguments({kNamespace, kKey});
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, method] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (!reply.isError()) {
            set(reply.value().variant());
            return;
        }
        // Portals before version 2 of the interface have Read only.
        if (method == QLatin1String("ReadOne") && reply.error().type() == QDBusError::UnknownMethod)
            read(QStringLiteral("Read"));
    });
}

void DesktopColourScheme::onSettingChanged(const QString &nameSpace, const QString &key,
                                           const QDBusVariant &value) {
    if (nameSpace == kNamespace && key == kKey)
        set(value.variant());
}

void DesktopColourScheme::set(const QVariant &portalValue) {
    bool ok = false;
    const uint value = unwrapped(portalValue).toUInt(&ok);
    const Scheme scheme = !ok || value > 2 ? Scheme::NoPreference : Scheme(value);
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    emit changed(scheme);
}

} // namespace ims
