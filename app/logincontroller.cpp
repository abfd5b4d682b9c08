#include "logincontroller.h"
#include "cloudsyaml.h"
#include "desktopapp.h"
#include "logging.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "profileform.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QToolBar>

namespace ims {

namespace {

const QString kPassword = QStringLiteral("password");
const QString kSecretKey = QStringLiteral("secret_key");
const QString kSecurityToken = QStringLiteral("security_token");

bool complete(const Profile &p, const Credentials &c) {
    return p.auth == AuthMode::AkSk ? !c.secretKey.isEmpty() : !c.password.isEmpty();
}

} // namespace

LoginController::LoginController(DesktopApp *app, ProfileStore *store, SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_store(store)
    , m_secrets(secrets) {
    connect(m_secrets, &SecretStore::unavailable, this, [this](const QString &reason) {
        m_keychainProblem = tr("Secrets kept for this session only. %1").arg(reason);
        if (m_dialog)
            m_dialog->showKeychainProblem(m_keychainProblem);
    });
    installSwitcher();
    // The running session's password stopped working (changed, user disabled): say so and ask
    // for it again, the form filled in but the secret empty and focused.
    connect(m_app, &DesktopApp::loginRefused, this,
            [this](const Profile &profile, const ApiError &error) {
                const bool aksk = profile.auth == AuthMode::AkSk;
                const QString text =
                    tr("Login failed. %1 Enter the %2 again and press Connect; jobs are paused "
                       "until then.")
                        .arg(loginFailureText(classifyLoginError(error), error, profile),
                             aksk ? tr("secret key") : tr("password"));
                showFailure(profile, Credentials(), text);
            });
}

LoginController::~LoginController() {
    delete m_dialog;
}

void LoginController::installSwitcher() {
    // Next to the profile label of the main window's toolbar, so the profile and its switcher
    // read as one control.
    MainWindow *window = m_app->window();
    m_switcher = new ProfileSwitcher(window);
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *label = window->findChild<QLabel *>(QStringLiteral("profile"));
    if (bar) {
        const QList<QAction *> actions = bar->actions();
        QAction *before = nullptr;
        for (qsizetype i = 0; i + 1 < actions.size(); ++i)
            if (label && bar->widgetForAction(actions[i]) == label)
                before = actions[i + 1];
        bar->insertWidget(before, m_switcher);
    }
    connect(m_switcher, &ProfileSwitcher::switchRequested, this, &LoginController::switchTo);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this,
            [this] { openDialog(m_connected); });
    refreshLists(m_connected);
}

void LoginController::refreshLists(const QString &current) {
    const QStringList names = m_store->names();
    QStringList colours;
    for (const QString &name : names)
        colours << m_store->load(name).value_or(Profile()).colour;
    m_switcher->setProfiles(names, colours, m_connected);
    if (m_dialog)
        m_dialog->setProfiles(names, colours, current);
}

void LoginController::start() {
    const QString name = m_store->defaultProfile();
    if (name.isEmpty() || !m_store->load(name)) {
        openDialog();
        m_dialog->showNotice(ProfileDialog::Notice::Info,
                             tr("Welcome to imsdesk. Create a profile for your cloud, or import "
                                "an OpenStack clouds.yaml."));
        return;
    }
    switchTo(name);
}

void LoginController::switchTo(const QString &name) {
    const auto profile = m_store->load(name);
    if (!profile) {
        openDialog();
        return;
    }
    QPointer<LoginController> self(this);
    loadSecrets(*profile, [self, profile = *profile](const Credentials &credentials, bool found) {
        if (!self)
            return;
        if (!found) {
            self->showFailure(profile, credentials,
                              self->m_keychainProblem.isEmpty()
                                  ? tr("No saved credentials for %1: enter them and press "
                                       "Connect.")
                                        .arg(profile.name)
                                  : tr("The saved credentials for %1 cannot be read from the "
                                       "keychain: enter them and press Connect.")
                                        .arg(profile.name),
                              ProfileDialog::Notice::Info);
            return;
        }
        self->login(profile, credentials, Origin::Automatic);
    });
}

void LoginController::openDialog(const QString &profileName) {
    if (!m_dialog) {
        m_dialog = new ProfileDialog(m_app->window());
        ProfileDialog *d = m_dialog;
        connect(d, &ProfileDialog::profileSelected, this, &LoginController::showStored);
        connect(d, &ProfileDialog::testRequested, this, &LoginController::test);
        connect(d, &ProfileDialog::saveRequested, this, &LoginController::save);
        connect(
            d, &ProfileDialog::connectRequested, this,
            [this](const Profile &p, const Credentials &c, bool remember, const QString &previous) {
                save(p, c, remember, previous);
                login(p, c, Origin::Dialog);
            });
        connect(d, &ProfileDialog::deleteRequested, this, &LoginController::remove);
        connect(d, &ProfileDialog::importRequested, this, &LoginController::import);
        d->setCloudsYamlLocations(cloudsYamlLocations());
        d->showKeychainProblem(m_keychainProblem);
    }
    refreshLists(profileName);
    if (!profileName.isEmpty())
        showStored(profileName);
    else if (m_store->names().isEmpty())
        m_dialog->form()->startNew(CloudKind::OpenTelekomCloud);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void LoginController::showStored(const QString &name) {
    const auto profile = m_store->load(name);
    if (!profile || !m_dialog)
        return;
    QPointer<LoginController> self(this);
    loadSecrets(*profile, [self, p = *profile](const Credentials &c, bool found) {
        if (self && self->m_dialog) {
            self->m_dialog->showProfile(p, c, found);
            self->m_dialog->showNotice(ProfileDialog::Notice::Info, QString());
        }
    });
}

void LoginController::showFailure(const Profile &profile, const Credentials &credentials,
                                  const QString &text, ProfileDialog::Notice notice) {
    openDialog();
    // What the user typed stays: the dialog shows the profile that was tried, not the stored one.
    m_dialog->showProfile(profile, credentials, m_dialog->form()->remember());
    m_dialog->showNotice(notice, text);
    m_dialog->form()->focusSecret();
    emit loginFailed(text);
}

void LoginController::login(const Profile &profile, const Credentials &credentials, Origin origin) {
    delete m_attempt; // a newer request wins
    m_attempt = new LoginAttempt(profile, credentials, this);
    if (m_dialog)
        m_dialog->showNotice(ProfileDialog::Notice::Busy,
                             tr("Logging in to %1…").arg(profile.identityUrl.host()));
    connect(m_attempt, &LoginAttempt::succeeded, this, [this, profile, credentials] {
        m_attempt->deleteLater();
        m_connected = profile.name;
        m_store->setDefaultProfile(profile.name);
        m_app->connectTo(profile, credentials);
        refreshLists(profile.name);
        if (m_dialog) {
            m_dialog->showNotice(ProfileDialog::Notice::Success,
                                 tr("Connected to %1.").arg(profile.name));
            m_dialog->hide();
        }
        emit connected(profile);
    });
    connect(m_attempt, &LoginAttempt::failed, this,
            [this, profile, credentials, origin](LoginProblem, const QString &text) {
                m_attempt->deleteLater();
                if (origin == Origin::Dialog && m_dialog) {
                    // The fields are the user's own input: leave them as they are.
                    m_dialog->showNotice(ProfileDialog::Notice::Error, text);
                    emit loginFailed(text);
                } else {
                    showFailure(profile, credentials, text);
                }
            });
    m_attempt->start();
}

void LoginController::test(const Profile &profile, const Credentials &credentials) {
    delete m_attempt;
    m_attempt = new LoginAttempt(profile, credentials, this);
    m_dialog->showNotice(ProfileDialog::Notice::Busy,
                         tr("Testing the login to %1…").arg(profile.identityUrl.host()));
    connect(m_attempt, &LoginAttempt::succeeded, this, [this, profile] {
        m_attempt->deleteLater();
        if (m_dialog)
            m_dialog->showNotice(ProfileDialog::Notice::Success,
                                 tr("Login works: %1 accepted the credentials for project %2.")
                                     .arg(profile.identityUrl.host(), profile.projectId.isEmpty()
                                                                          ? profile.projectName
                                                                          : profile.projectId));
    });
    connect(m_attempt, &LoginAttempt::failed, this, [this](LoginProblem, const QString &text) {
        m_attempt->deleteLater();
        if (m_dialog)
            m_dialog->showNotice(ProfileDialog::Notice::Error, text);
    });
    m_attempt->start();
}

void LoginController::save(const Profile &profile, const Credentials &credentials, bool remember,
                           const QString &previousName) {
    if (!previousName.isEmpty() && previousName != profile.name) {
        m_store->remove(previousName);
        removeSecrets(previousName);
    }
    m_store->save(profile);
    storeSecrets(profile, credentials, remember);
    refreshLists(profile.name);
    if (m_dialog) {
        m_dialog->markSaved(profile.name);
        m_dialog->showNotice(
            ProfileDialog::Notice::Success,
            remember ? tr("Saved %1; its secrets are in the keychain.").arg(profile.name)
                     : tr("Saved %1 (secrets not remembered).").arg(profile.name));
    }
}

void LoginController::remove(const QString &name) {
    m_store->remove(name);
    removeSecrets(name);
    refreshLists(QString());
    if (m_dialog) {
        m_dialog->form()->startNew(CloudKind::OpenTelekomCloud);
        m_dialog->showNotice(ProfileDialog::Notice::Info, tr("Deleted %1.").arg(name));
    }
}

void LoginController::import(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialog->showNotice(ProfileDialog::Notice::Error,
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const CloudsYaml parsed = parseCloudsYaml(file.read(4 * 1024 * 1024));
    QStringList names;
    for (const ImportedProfile &imported : parsed.profiles) {
        m_store->save(imported.profile);
        // Passwords from clouds.yaml go to the keychain, never to the settings file.
        storeSecrets(imported.profile, imported.credentials,
                     complete(imported.profile, imported.credentials));
        names << imported.profile.name;
    }
    refreshLists(names.value(0));
    if (!names.isEmpty())
        showStored(names.first());
    QString text = names.isEmpty() ? tr("No profile imported from %1.").arg(path)
                                   : tr("Imported %n profile(s): %1.", nullptr, names.size())
                                         .arg(names.join(QStringLiteral(", ")));
    if (!parsed.problems.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Skipped: %1.").arg(parsed.problems.join(QStringLiteral("; ")));
    m_dialog->showNotice(names.isEmpty()             ? ProfileDialog::Notice::Error
                         : parsed.problems.isEmpty() ? ProfileDialog::Notice::Success
                                                     : ProfileDialog::Notice::Warning,
                         text);
}

void LoginController::loadSecrets(const Profile &profile,
                                  std::function<void(const Credentials &, bool complete)> done) {
    const QString kind = profile.auth == AuthMode::AkSk ? kSecretKey : kPassword;
    QPointer<LoginController> self(this);
    m_secrets->read(SecretStore::keyFor(profile.name, kind), [self, profile, kind,
                                                              done](std::optional<QString> secret) {
        if (!self)
            return;
        Credentials c;
        (kind == kPassword ? c.password : c.secretKey) = secret.value_or(QString());
        if (profile.auth == AuthMode::Password) {
            done(c, complete(profile, c));
            return;
        }
        self->m_secrets->read(SecretStore::keyFor(profile.name, kSecurityToken),
                              [self, profile, c, done](std::optional<QString> token) mutable {
                                  if (!self)
                                      return;
                                  c.securityToken = token.value_or(QString());
                                  done(c, complete(profile, c));
                              });
    });
}

void LoginController::storeSecrets(const Profile &profile, const Credentials &credentials,
                                   bool remember) {
    if (!remember) {
        removeSecrets(profile.name);
        return;
    }
    put(SecretStore::keyFor(profile.name, kPassword), credentials.password);
    put(SecretStore::keyFor(profile.name, kSecretKey), credentials.secretKey);
    put(SecretStore::keyFor(profile.name, kSecurityToken), credentials.securityToken);
}

void LoginController::removeSecrets(const QString &profileName) {
    for (const QString &kind : {kPassword, kSecretKey, kSecurityToken})
        put(SecretStore::keyFor(profileName, kind), QString());
}

void LoginController::finishSecretWrites(int maxMs) {
    QElapsedTimer waited;
    waited.start();
    while (m_pendingWrites > 0 && waited.elapsed() < maxMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void LoginController::put(const QString &key, const QString &value) {
    ++m_pendingWrites;
    QPointer<LoginController> self(this);
    // A failed write is reported through SecretStore::unavailable.
    const auto done = [self](bool) {
        if (self)
            --self->m_pendingWrites;
    };
    if (value.isEmpty())
        m_secrets->remove(key, done);
    else
        m_secrets->write(key, value, done);
}

} // namespace ims
