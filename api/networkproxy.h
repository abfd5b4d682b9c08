#pragma once

#include <QNetworkProxy>
#include <QString>

#include <functional>

class QSettings;

namespace ims {

class SecretStore;

// The proxy every request of this process goes through, from the settings (network/proxy_*) and,
// for a manual proxy's password, the keychain: Qt's application-wide proxy, so that every
// QNetworkAccessManager (the sessions', those on worker threads, imsctl's) uses it from its
// next request on, without a restart.
//
// Loopback hosts (localhost, 127.0.0.0/8, ::1: the sandbox, an SSH tunnel, a local Keystone)
// are reached directly under a manual proxy too, as curl and browsers do: a proxy on another
// machine cannot reach this one's 127.0.0.1. Qt already does this for application-level proxies
// (QGlobalNetworkProxy::proxyForQuery answers NoProxy for them before asking any proxy or
// factory), so no factory of ours is needed; tst_settingsdialog checks that it stays so.
struct ProxySettings final {
    enum class Mode { System, None, Manual };
    Mode mode = Mode::System;
    QString host;
    int port = 3128;
    QString user;
    QString password; // never in the settings file: SecretStore under passwordKey()

    // The keychain entry of the manual proxy's password. A profile's secrets are
    // "<profile>/<kind>" with one of SecretStore::kinds(), which "proxy_password" is not: no
    // profile's entry can be this one.
    static QString passwordKey() { return QStringLiteral("network/proxy_password"); }

    // Without the password; an unknown mode reads as System.
    static ProxySettings read(const QSettings &settings);
    void write(QSettings &settings) const;

    static Mode modeFromName(const QString &name);
    static QString modeName(Mode mode);

    // Why a manual proxy cannot be used as given (for the user), empty when it can or when the
    // mode is not Manual.
    QString problem() const;
};

// Installs `proxy` as the application's proxy (see ProxySettings). Safe from any thread.
void applyProxy(const ProxySettings &proxy);

// Reads the proxy from `settings` and, for a manual proxy with a user, its password from
// `secrets`; applies it and calls `done` (at once when no password is needed). Registers the
// password as a secret so that no log line shows it.
void loadProxy(const QSettings &settings, SecretStore &secrets,
               std::function<void(const ProxySettings &applied)> done = {});

} // namespace ims
