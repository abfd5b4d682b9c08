#include "networkproxy.h"

#include "logging.h"
#include "secretstore.h"
#include "settingskeys.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QUrl>

namespace ims {

ProxySettings::Mode ProxySettings::modeFromName(const QString &name) {
    if (name == QLatin1String("none"))
        return Mode::None;
    if (name == QLatin1String("manual"))
        return Mode::Manual;
    return Mode::System;
}

QString ProxySettings::modeName(Mode mode) {
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings ProxySettings::read(const QSettings &settings) {
    ProxySettings proxy;
    proxy.mode = modeFromName(settings::ProxyMode.read(settings));
    proxy.host = settings::ProxyHost.read(settings);
    proxy.port = settings::ProxyPort.read(settings);
    proxy.user = settings::ProxyUser.read(settings);
    return proxy;
}

void ProxySettings::write(QSettings &settings) const {
    settings::ProxyMode.write(settings, modeName(mode));
    settings::ProxyHost.write(settings, host);
    settings::ProxyPort.write(settings, port);
    settings::ProxyUser.write(settings, user);
}

QString ProxySettings::problem() const {
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("ims::ProxySettings",
                                           "A manual proxy needs a host name or address.");
    if (host.contains(QLatin1String("://")))
        return QCoreApplication::translate(
            "ims::ProxySettings", "Enter the proxy's host name only, without \"http://\".");
    // QUrl's own host rules (letters, digits, '-', '.', an IP address, IDN), strictly.
    QUrl url;
    url.setHost(host.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ims::ProxySettings",
                                           "\"%1\" is not a host name or address.")
            .arg(host);
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("ims::ProxySettings",
                                           "The proxy port must be between 1 and 65535.");
    return {};
}

void applyProxy(const ProxySettings &proxy) {
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        // Qt reads the desktop's proxy (or http_proxy/no_proxy) for each request.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    case ProxySettings::Mode::None:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); // drops any factory too
        return;
    case ProxySettings::Mode::Manual:
        break;
    }
    registerSecret(proxy.password);
    // HTTP requests go to it as "GET http://host/…", HTTPS through CONNECT; Qt answers its 407
    // with the user and password given here. Also drops the system's factory.
    const QNetworkProxy manual(QNetworkProxy::HttpProxy, proxy.host.trimmed(), quint16(proxy.port),
                               proxy.user, proxy.password);
    QNetworkProxy::setApplicationProxy(manual);
}

void loadProxy(const QSettings &settings, SecretStore &secrets,
               std::function<void(const ProxySettings &applied)> done) {
    ProxySettings proxy = ProxySettings::read(settings);
    if (proxy.mode != ProxySettings::Mode::Manual || proxy.user.isEmpty()) {
        applyProxy(proxy);
        if (done)
            done(proxy);
        return;
    }
    secrets.read(ProxySettings::passwordKey(),
                 [proxy, done = std::move(done)](std::optional<QString> password) mutable {
                     proxy.password = password.value_or(QString());
                     applyProxy(proxy);
                     if (done)
                         done(proxy);
                 });
}

} // namespace ims
