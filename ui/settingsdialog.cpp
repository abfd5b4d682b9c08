#include "settingsdialog.h"

#include "dialogparts.h"
#include "secretstore.h"
#include "settingskeys.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ims {

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix) {
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QComboBox *choices(const QString &objectName, const QList<QPair<QString, QString>> &items) {
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    for (const auto &[label, value] : items)
        box->addItem(label, value);
    return box;
}

void select(QComboBox *box, const QString &value) {
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

SettingsDialog::SettingsDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_pages(new QTabWidget)
    , m_problems(new ProblemsLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::Apply)) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_pages->addTab(buildGeneralPage(), tr("&General"));
    m_pages->addTab(buildListingPage(), tr("&Listing"));
    m_pages->addTab(buildNetworkPage(), tr("Net&work"));
    m_problems->setObjectName(QStringLiteral("problems"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    load();
}

QWidget *SettingsDialog::buildGeneralPage() {
    m_notify = new QCheckBox(tr("&Notify when a long job ends"));
    m_notify->setObjectName(QStringLiteral("notify"));
    m_notifyAfter = spinBox(QStringLiteral("notifyAfter"), 1, 24 * 3600, tr(" s"));
    m_notifyAfter->setToolTip(tr("Jobs that ran at least this long are announced when they end."));
    connect(m_notify, &QCheckBox::toggled, m_notifyAfter, &QWidget::setEnabled);
    auto *notifications = new QGroupBox(tr("Notifications"));
    auto *notifyForm = new QFormLayout(notifications);
    notifyForm->addRow(m_notify);
    notifyForm->addRow(tr("Jobs running at lea&st:"), m_notifyAfter);

    m_confirmDelete = new QCheckBox(tr("Ask before &deleting images"));
    m_confirmDelete->setObjectName(QStringLiteral("confirmDelete"));
    m_confirmDelete->setToolTip(
        tr("Without asking, images go at once when nothing else depends on them; shared, "
           "protected and full-ECS images still show what deleting them affects."));
    m_confirmQuit = new QCheckBox(tr("Ask before &quitting while jobs started here run"));
    m_confirmQuit->setObjectName(QStringLiteral("confirmQuit"));
    auto *confirmations = new QGroupBox(tr("Confirmations"));
    auto *confirmLayout = new QVBoxLayout(confirmations);
    confirmLayout->addWidget(m_confirmDelete);
    confirmLayout->addWidget(m_confirmQuit);

    m_theme =
        choices(QStringLiteral("theme"), {{tr("Same as the desktop"), QStringLiteral("system")},
                                          {tr("Light"), QStringLiteral("light")},
                                          {tr("Dark"), QStringLiteral("dark")}});
    // Each language by its own name, for whoever reads it; the window is built in one language,
    // so a change takes effect at the next start (settings::Language).
    m_language = choices(QStringLiteral("language"),
                         {{tr("Same as the system"), QStringLiteral("system")},
                          {QStringLiteral("English"), QStringLiteral("en")},
                          {QStringLiteral("Deutsch"), QStringLiteral("de")},
                          {QStringLiteral("简体中文"), QStringLiteral("zh_CN")}});
    m_language->setToolTip(tr("The language of the window, and how dates, sizes and numbers are "
                              "written. Takes effect at the next start."));
    m_logLevel = choices(QStringLiteral("logLevel"),
                         {{tr("Warnings only"), QStringLiteral("warning")},
                          {tr("Information"), QStringLiteral("info")},
                          {tr("Debugging (every request)"), QStringLiteral("debug")}});
    auto *other = new QGroupBox(tr("Appearance and log"));
    auto *otherForm = new QFormLayout(other);
    otherForm->addRow(tr("&Theme:"), m_theme);
    otherForm->addRow(tr("W&indow language (at the next start):"), m_language);
    otherForm->addRow(tr("Log le&vel:"), m_logLevel);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(notifications);
    layout->addWidget(confirmations);
    layout->addWidget(other);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildListingPage() {
    m_refreshSeconds = spinBox(QStringLiteral("refreshSeconds"), 10, 3600, tr(" s"));
    m_refreshSeconds->setToolTip(tr("How often the list reads what changed in the cloud."));
    m_fullMinutes = spinBox(QStringLiteral("fullRefreshMinutes"), 1, 24 * 60, tr(" min"));
    m_fullMinutes->setToolTip(
        tr("How often the whole list is read again (deleted images show there; F5 does it too)."));
    m_concurrency = spinBox(QStringLiteral("concurrency"), 1, 32, QString());
    m_concurrency->setToolTip(tr("Pages of a large listing read at once."));
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Read &changes every:"), m_refreshSeconds);
    form->addRow(tr("Read &everything every:"), m_fullMinutes);
    form->addRow(tr("&Pages read at once:"), m_concurrency);
    return page;
}

QWidget *SettingsDialog::buildNetworkPage() {
    m_proxyMode = new QButtonGroup(this);
    const QList<QPair<ProxySettings::Mode, QString>> modes = {
        {ProxySettings::Mode::System, tr("Use the &system's proxy settings")},
        {ProxySettings::Mode::None, tr("&No proxy")},
        {ProxySettings::Mode::Manual, tr("&Manual proxy:")}};
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    for (const auto &[mode, label] : modes) {
        auto *button = new QRadioButton(label);
        button->setObjectName(QStringLiteral("proxy_") + ProxySettings::modeName(mode));
        m_proxyMode->addButton(button, int(mode));
        layout->addWidget(button);
    }
    m_proxyHost = new QLineEdit;
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QLineEdit;
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyUser = new QLineEdit;
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_proxyUser->setPlaceholderText(tr("none"));
    m_proxyPassword = new QLineEdit;
    m_proxyPassword->setObjectName(QStringLiteral("proxyPassword"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setToolTip(tr("Kept in the desktop's keychain, never in a file."));
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0); // under "Manual proxy"
    form->addRow(tr("&Host:"), m_proxyHost);
    form->addRow(tr("P&ort:"), m_proxyPort);
    form->addRow(tr("&User:"), m_proxyUser);
    form->addRow(tr("P&assword:"), m_proxyPassword);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_proxyMode, &QButtonGroup::idToggled, this, &SettingsDialog::updateProxyFields);
    connect(m_proxyUser, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyFields);
    connect(m_proxyPassword, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    return page;
}

QRadioButton *SettingsDialog::proxyButton(ProxySettings::Mode mode) const {
    return qobject_cast<QRadioButton *>(m_proxyMode->button(int(mode)));
}

void SettingsDialog::updateProxyFields() {
    const bool manual = m_proxyMode->checkedId() == int(ProxySettings::Mode::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    m_proxyUser->setEnabled(manual);
    m_proxyPassword->setEnabled(manual && !m_proxyUser->text().isEmpty());
}

void SettingsDialog::load() {
    const QSettings s;
    m_notify->setChecked(settings::NotifyLongJobs.read(s));
    m_notifyAfter->setEnabled(m_notify->isChecked());
    m_notifyAfter->setValue(settings::NotifyAfterSeconds.read(s));
    m_confirmDelete->setChecked(settings::ConfirmDelete.read(s));
    m_confirmQuit->setChecked(settings::ConfirmQuitWithRunningJobs.read(s));
    m_savedTheme = settings::Theme.read(s);
    select(m_theme, m_savedTheme);
    select(m_language, settings::Language.read(s));
    select(m_logLevel, settings::LogLevel.read(s));
    m_refreshSeconds->setValue(settings::RefreshIntervalSeconds.read(s));
    m_fullMinutes->setValue(settings::FullRefreshMinutes.read(s));
    m_concurrency->setValue(settings::ListingConcurrency.read(s));
    const ProxySettings proxy = ProxySettings::read(s);
    proxyButton(proxy.mode)->setChecked(true);
    m_proxyHost->setText(proxy.host);
    m_proxyPort->setText(QString::number(proxy.port));
    m_proxyUser->setText(proxy.user);
    updateProxyFields();
    if (!proxy.user.isEmpty())
        loadPassword();
}

void SettingsDialog::loadPassword() {
    if (!m_secrets)
        return;
    QPointer<SettingsDialog> self(this);
    m_secrets->read(ProxySettings::passwordKey(), [self](std::optional<QString> password) {
        if (!self || !password)
            return;
        self->m_storedPassword = *password;
        if (!self->m_passwordEdited) // what the user typed meanwhile wins
            self->m_proxyPassword->setText(*password);
    });
}

ProxySettings SettingsDialog::proxy() const {
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->checkedId());
    proxy.host = m_proxyHost->text().trimmed();
    bool isNumber = false;
    proxy.port = m_proxyPort->text().trimmed().toInt(&isNumber);
    if (!isNumber)
        proxy.port = -1; // refused by problem()
    proxy.user = m_proxyUser->text();
    if (!proxy.user.isEmpty())
        proxy.password = m_passwordEdited ? m_proxyPassword->text() : m_storedPassword;
    return proxy;
}

QStringList SettingsDialog::problems() const {
    QStringList problems;
    if (const QString problem = proxy().problem(); !problem.isEmpty())
        problems << problem;
    return problems;
}

bool SettingsDialog::apply() {
    if (!m_problems->show(problems())) {
        // The only entries that can be refused are the manual proxy's: its host, else its port.
        m_pages->setCurrentIndex(m_pages->indexOf(m_proxyHost->parentWidget()));
        ProxySettings withGoodPort = proxy();
        withGoodPort.port = settings::ProxyPort.fallback;
        (withGoodPort.problem().isEmpty() ? m_proxyPort : m_proxyHost)->setFocus();
        return false;
    }
    QSettings s;
    settings::NotifyLongJobs.write(s, m_notify->isChecked());
    settings::NotifyAfterSeconds.write(s, m_notifyAfter->value());
    settings::ConfirmDelete.write(s, m_confirmDelete->isChecked());
    settings::ConfirmQuitWithRunningJobs.write(s, m_confirmQuit->isChecked());
    const QString theme = m_theme->currentData().toString();
    settings::Theme.write(s, theme);
    settings::Language.write(s, m_language->currentData().toString());
    settings::LogLevel.write(s, m_logLevel->currentData().toString());
    settings::RefreshIntervalSeconds.write(s, m_refreshSeconds->value());
    settings::FullRefreshMinutes.write(s, m_fullMinutes->value());
    settings::ListingConcurrency.write(s, m_concurrency->value());
    ProxySettings proxy = this->proxy();
    if (proxy.port < 1 || proxy.port > 65535) // only a manual proxy's port is checked
        proxy.port = settings::ProxyPort.fallback;
    proxy.write(s);
    s.sync();
    storePassword(proxy);
    emit applied();
    emit proxyChanged(proxy);
    if (theme != std::exchange(m_savedTheme, theme))
        emit themeChanged(theme);
    return true;
}

void SettingsDialog::storePassword(const ProxySettings &proxy) {
    // Only a change reaches the keychain; without a user there is no password to keep.
    const QString password = proxy.user.isEmpty() ? QString() : proxy.password;
    if (!m_secrets || password == m_storedPassword)
        return;
    m_storedPassword = password;
    QPointer<SettingsDialog> self(this);
    const auto stored = [self](bool persisted) {
        if (self)
            emit self->passwordStored(persisted);
    };
    if (password.isEmpty())
        m_secrets->remove(ProxySettings::passwordKey(), stored);
    else
        m_secrets->write(ProxySettings::passwordKey(), password, stored);
}

} // namespace ims
