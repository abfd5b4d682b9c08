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
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>

namespace ims {

namespace {

// "lab (2)", "lab (3)"…: the first name no stored profile has.
QString freeName(const ProfileStore &store, const QString &name) {
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (store.nameProblem(candidate).isEmpty() || n > 999)
            return candidate;
    }
}

} // namespace

struct LoginController::ImportRun {
    QString path;
    QList<ImportedProfile> pending;
    QStringList imported;
    QStringList kept;
    QStringList problems;
};

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
    window->setProfileMenu(m_switcher->profileMenu());
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
    // Its cached rows first: neither the keychain nor the login delays them.
    m_app->showCached(*profile);
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
        connect(d, &ProfileDialog::profileSelected, this,
                [this](const QString &name) { showStored(name); });
        connect(d, &ProfileDialog::testRequested, this, &LoginController::test);
        connect(d, &ProfileDialog::saveRequested, this,
                [this](const Profile &p, const Credentials &c, bool remember,
                       const QString &previous) { save(p, c, remember, previous); });
        connect(
            d, &ProfileDialog::connectRequested, this,
            [this](const Profile &p, const Credentials &c, bool remember, const QString &previous) {
                save(p, c, remember, previous, [this, p, c] { login(p, c, Origin::Dialog); });
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

void LoginController::showStored(const QString &name, bool keepNotice) {
    const auto profile = m_store->load(name);
    if (!profile || !m_dialog)
        return;
    QPointer<LoginController> self(this);
    // Only the latest request shows: an earlier one answered late must not replace the profile
    // shown since, nor clear the notice given since (an import's summary).
    const int generation = ++m_showGeneration;
    loadSecrets(*profile,
                [self, p = *profile, keepNotice, generation](const Credentials &c, bool found) {
                    if (self && self->m_dialog && generation == self->m_showGeneration) {
                        self->m_dialog->showProfile(p, c, found);
                        if (!keepNotice)
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

void LoginController::commit(const Profile &profile, const Credentials &credentials, bool remember,
                             const QString &previousName,
                             std::function<void(const QString &problem)> done) {
    if (const QString problem = m_store->nameProblem(profile.name, previousName);
        !problem.isEmpty()) {
        done(problem);
        return;
    }
    const QList<SecretChange> secrets =
        remember ? storeProfileSecrets(profile.name, credentials.password, credentials.secretKey,
                                       credentials.securityToken)
                 : removeProfileSecrets(profile.name);
    if (previousName.isEmpty() || previousName == profile.name) {
        // Same key: the secrets are replaced in place. A keychain that fails now says so through
        // SecretStore::unavailable and keeps them in memory for this run.
        m_store->save(profile);
        apply(secrets);
        done({});
        return;
    }
    // A rename: the old entries must go, or the next profile given the old name would log in
    // with this one's password.
    QPointer<LoginController> self(this);
    apply(secrets + removeProfileSecrets(previousName),
          [self, profile, previousName, done](bool persisted) {
              if (!self)
                  return;
              if (!persisted) {
                  self->apply(removeProfileSecrets(profile.name)); // what got written, if any
                  done(tr("The keychain is locked or unavailable, so %1 was not renamed: its "
                          "password and keys could not be moved. Unlock the keychain and try "
                          "again.")
                           .arg(previousName));
                  return;
              }
              self->m_store->rename(previousName, profile);
              done({});
          });
}

void LoginController::save(const Profile &profile, const Credentials &credentials, bool remember,
                           const QString &previousName, std::function<void()> then) {
    QPointer<LoginController> self(this);
    commit(profile, credentials, remember, previousName,
           [self, profile, remember, then](const QString &problem) {
               if (!self)
                   return;
               if (!problem.isEmpty()) {
                   if (self->m_dialog)
                       self->m_dialog->showNotice(ProfileDialog::Notice::Error, problem);
                   return;
               }
               self->refreshLists(profile.name);
               if (self->m_dialog) {
                   self->m_dialog->markSaved(profile.name);
                   self->m_dialog->showNotice(
                       ProfileDialog::Notice::Success,
                       remember ? tr("Saved %1; its secrets are in the keychain.").arg(profile.name)
                                : tr("Saved %1 (secrets not remembered).").arg(profile.name));
               }
               if (then)
                   then();
           });
}

void LoginController::remove(const QString &name) {
    // The keychain entries first: a profile deleted while they cannot be removed would leave
    // its password behind for the next profile of that name.
    QPointer<LoginController> self(this);
    apply(removeProfileSecrets(name), [self, name](bool removed) {
        if (!self)
            return;
        if (!removed) {
            if (self->m_dialog)
                self->m_dialog->showNotice(
                    ProfileDialog::Notice::Error,
                    tr("The keychain is locked or unavailable, so %1 was not deleted: its "
                       "password and keys would stay behind in the keychain. Unlock the "
                       "keychain and try again.")
                        .arg(name));
            return;
        }
        self->m_store->remove(name);
        self->refreshLists(QString());
        if (self->m_dialog) {
            self->m_dialog->form()->startNew(CloudKind::OpenTelekomCloud);
            self->m_dialog->showNotice(ProfileDialog::Notice::Info,
                                       tr("Deleted %1 and its saved secrets.").arg(name));
        }
    });
}

void LoginController::import(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialog->showNotice(ProfileDialog::Notice::Error,
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const CloudsYaml parsed = parseCloudsYaml(file.read(4 * 1024 * 1024));
    auto run = std::make_shared<ImportRun>();
    run->path = path;
    run->pending = parsed.profiles;
    run->problems = parsed.problems;
    importNext(run);
}

void LoginController::importNext(const std::shared_ptr<ImportRun> &run) {
    if (!m_dialog)
        return;
    while (!run->pending.isEmpty()) {
        const ImportedProfile next = run->pending.takeFirst();
        const QString name = next.profile.name;
        if (const QString problem = profileNameProblem(name); !problem.isEmpty()) {
            run->problems << QStringLiteral("%1: %2").arg(name, problem);
            continue;
        }
        // Never overwrite silently: a stored profile of that name (in any case) is asked about.
        const QString existing = m_store->existingName(name);
        if (existing.isEmpty())
            importOne(run, next, {});
        else
            askAboutConflict(run, next, existing);
        return; // importOne and the question go on with the next cloud
    }
    finishImport(*run);
}

void LoginController::askAboutConflict(const std::shared_ptr<ImportRun> &run,
                                       const ImportedProfile &imported, const QString &existing) {
    const QString copyName = freeName(*m_store, imported.profile.name);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Import clouds.yaml"),
        tr("A profile named \u201c%1\u201d already exists. Replace it with the cloud "
           "\u201c%2\u201d from %3?")
            .arg(existing, imported.profile.name, run->path),
        QMessageBox::NoButton, m_dialog);
    box->setObjectName(QStringLiteral("importConflict"));
    box->setTextFormat(Qt::PlainText); // the names come from the file
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replace"));
    QPushButton *copy =
        box->addButton(tr("Import as \u201c%1\u201d").arg(copyName), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("keepBoth"));
    QPushButton *skip = box->addButton(tr("Keep the existing one"), QMessageBox::RejectRole);
    skip->setObjectName(QStringLiteral("skip"));
    box->setDefaultButton(skip);
    box->setEscapeButton(skip);
    QPointer<LoginController> self(this);
    connect(box, &QMessageBox::finished, this,
            [self, box, replace, copy, run, imported, existing, copyName] {
                if (!self)
                    return;
                QAbstractButton *chosen = box->clickedButton();
                if (chosen == replace) {
                    self->importOne(run, imported, existing);
                } else if (chosen == copy) {
                    ImportedProfile renamed = imported;
                    renamed.profile.name = copyName;
                    self->importOne(run, renamed, {});
                } else {
                    run->kept << existing;
                    self->importNext(run);
                }
            });
    box->open();
}

void LoginController::importOne(const std::shared_ptr<ImportRun> &run,
                                const ImportedProfile &imported, const QString &replacing) {
    QPointer<LoginController> self(this);
    // Passwords from clouds.yaml go to the keychain, never to the settings file.
    commit(imported.profile, imported.credentials,
           credentialsComplete(imported.profile, imported.credentials), replacing,
           [self, run, name = imported.profile.name](const QString &problem) {
               if (!self)
                   return;
               if (problem.isEmpty())
                   run->imported << name;
               else
                   run->problems << QStringLiteral("%1: %2").arg(name, problem);
               self->importNext(run);
           });
}

void LoginController::finishImport(const ImportRun &run) {
    const QStringList &names = run.imported;
    refreshLists(names.value(0));
    if (!names.isEmpty())
        showStored(names.first(), true);
    QString text = names.isEmpty() ? tr("No profile imported from %1.").arg(run.path)
                                   : tr("Imported %n profile(s): %1.", nullptr, names.size())
                                         .arg(names.join(QStringLiteral(", ")));
    if (!run.kept.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Kept the existing %1.").arg(run.kept.join(QStringLiteral(", ")));
    if (!run.problems.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(run.problems.join(QStringLiteral("; ")));
    m_dialog->showNotice(names.isEmpty() && run.kept.isEmpty() ? ProfileDialog::Notice::Error
                         : run.problems.isEmpty()              ? ProfileDialog::Notice::Success
                                                               : ProfileDialog::Notice::Warning,
                         text);
}

void LoginController::loadSecrets(const Profile &profile,
                                  std::function<void(const Credentials &, bool complete)> done) {
    QPointer<LoginController> self(this);
    readProfileCredentials(*m_secrets, profile,
                           [self, done](const Credentials &credentials, bool complete) {
                               if (self)
                                   done(credentials, complete);
                           });
}

void LoginController::finishSecretWrites(int maxMs) {
    QElapsedTimer waited;
    waited.start();
    // processEvents(flags, ms) would drop WaitForMoreEvents and spin; this one sleeps until an
    // event comes, and the timer's are what bound the sleep.
    QTimer wake;
    wake.start(50);
    while (m_pendingWrites > 0 && waited.elapsed() < maxMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void LoginController::apply(const QList<SecretChange> &changes,
                            std::function<void(bool persisted)> done) {
    ++m_pendingWrites;
    QPointer<LoginController> self(this);
    applySecretChanges(*m_secrets, changes, [self, done](bool persisted) {
        if (done)
            done(persisted);
        if (self)
            --self->m_pendingWrites; // after `done`: a quit waits for what it does too
    });
}

} // namespace ims
