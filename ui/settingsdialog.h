#pragma once

#include "networkproxy.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace ims {

class ProblemsLabel;
class SecretStore;

// The preferences (settings::NotifyAfterSeconds … LogLevel, one page each for General, Listing
// and Network): shows what the settings file holds, and on Apply or OK checks the entries,
// writes them, and says so (applied, proxyChanged, themeChanged) for whoever applies them. The
// proxy's password goes to `secrets` (the keychain) and nowhere else; a null store keeps it for
// proxyChanged only.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(SecretStore *secrets, QWidget *parent = nullptr);

    // Checks and writes the settings (nothing is written when an entry is refused: the reasons
    // show in the dialog). Returns whether they were written.
    bool apply();
    // The reasons the entries cannot be saved, empty when they can.
    QStringList problems() const;
    ProxySettings proxy() const;

    QTabWidget *pages() const { return m_pages; }
    QCheckBox *notifyBox() const { return m_notify; }
    QSpinBox *notifyAfterBox() const { return m_notifyAfter; }
    QCheckBox *confirmDeleteBox() const { return m_confirmDelete; }
    QCheckBox *confirmQuitBox() const { return m_confirmQuit; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *logLevelBox() const { return m_logLevel; }
    QSpinBox *refreshSecondsBox() const { return m_refreshSeconds; }
    QSpinBox *fullRefreshMinutesBox() const { return m_fullMinutes; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QRadioButton *proxyButton(ProxySettings::Mode mode) const;
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QLineEdit *proxyPortEdit() const { return m_proxyPort; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    ProblemsLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // The settings file holds the new values (each apply).
    void applied();
    // The proxy as saved, with its password: for applyProxy().
    void proxyChanged(const ims::ProxySettings &proxy);
    // "system", "light" or "dark", when the choice changed.
    void themeChanged(const QString &theme);
    // The keychain answered the password's write; `persisted` false: kept for this run only.
    void passwordStored(bool persisted);

private:
    QWidget *buildGeneralPage();
    QWidget *buildListingPage();
    QWidget *buildNetworkPage();
    void load();
    void loadPassword();
    void storePassword(const ProxySettings &proxy);
    void updateProxyFields();

    SecretStore *m_secrets;
    QTabWidget *m_pages;
    QCheckBox *m_notify;
    QSpinBox *m_notifyAfter;
    QCheckBox *m_confirmDelete;
    QCheckBox *m_confirmQuit;
    QComboBox *m_theme;
    QComboBox *m_language;
    QComboBox *m_logLevel;
    QSpinBox *m_refreshSeconds;
    QSpinBox *m_fullMinutes;
    QSpinBox *m_concurrency;
    QButtonGroup *m_proxyMode;
    QLineEdit *m_proxyHost;
    QLineEdit *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QString m_savedTheme;          // as last saved
    QString m_storedPassword;      // as the keychain has it (once read)
    bool m_passwordEdited = false; // typed by the user: saved; otherwise the keychain's stays
};

} // namespace ims
