// imsdesk: parses the command line and starts the desktop application, with --sandbox on an
// in-process emulator.
#include "desktopapp.h"
#include "logging.h"
#include "logincontroller.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "profilestore.h"
#include "quitsignals.h"
#include "sandboxlogin.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "settingskeys.h"
#include "singleinstance.h"
#include "translations.h"

#include "imsdesk_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>

#include <optional>

namespace {

// Logs in to an in-process sandbox with the credentials it hands out.
bool connectToSandbox(ims::DesktopApp &app, sandbox::SandboxServer &server, QString *why) {
    if (server.start(0) == 0) {
        *why = server.errorString();
        return false;
    }
    ims::Credentials credentials;
    const auto profile = ims::sandboxProfile(server, &credentials, why);
    if (profile)
        app.connectTo(*profile, credentials);
    return profile.has_value();
}

// OpenStack's environment conventions (OS_AUTH_URL, OS_USERNAME, …, or OS_ACCESS_KEY and
// OS_SECRET_KEY): a cloud described there is used directly.
bool connectFromEnvironment(ims::DesktopApp &app) {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("OS_AUTH_URL")) &&
        !env.contains(QStringLiteral("OS_ACCESS_KEY")))
        return false;
    ims::Credentials credentials;
    QString why;
    auto profile = ims::profileFromEnvironment(env, &credentials, &why);
    if (!profile) {
        QMessageBox::warning(app.window(), QStringLiteral("imsdesk"),
                             QCoreApplication::translate(
                                 "main", "The OS_* environment does not describe a cloud: %1")
                                 .arg(why));
        return false;
    }
    // The profile keeps the name profileFromEnvironment gives it, as in imsctl: both then share
    // the jobs of the environment's cloud.
    app.connectTo(*profile, credentials);
    return true;
}

// What the command line asks for.
struct DesktopOptions {
    bool sandbox = false;
    int sandboxImages = 0;
    bool debug = false;
};

// QGuiApplication's and QApplication's own options (-platform, -style, …): QApplication reads
// them from argv later, so the parser only accepts them.
void acceptQtGuiOptions(QCommandLineParser &parser) {
    // Qt 6.4's QGuiApplication, its xcb platform and QApplication.
    const QStringList withValue =
        QStringLiteral("platform platformpluginpath platformtheme plugin qwindowgeometry "
                       "qwindowicon qwindowtitle session display geometry name title icon "
                       "visual style stylesheet")
            .split(QLatin1Char(' '));
    const QStringList flags = QStringLiteral("reverse nograb dograb sync testability widgetcount")
                                  .split(QLatin1Char(' '));
    for (const QString &name : withValue) {
        QCommandLineOption option(name, QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const QString &name : flags) {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

// Reads the command line under a QCoreApplication, before any GUI object exists: --help,
// --version and mistakes are answered (exit 0, 0 and 1) without a display, which QApplication
// would abort for (`ssh host imsdesk --version`, help2man at build time).
DesktopOptions readCommandLine(int &argc, char **argv) {
    QCoreApplication core(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Browse and manage machine images on IMS (Huawei Cloud, Open "
                       "Telekom Cloud, G42 Cloud) and OpenStack Glance clouds."));
    // Qt's GUI options are single-dash words (-platform offscreen), not bundled letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QStringLiteral("Start the built-in emulator on a free local port and log in to it."));
    const QCommandLineOption sandboxImages(QStringLiteral("sandbox-images"),
                                           QStringLiteral("With --sandbox: add N private images."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption debugOption(
        QStringLiteral("debug"),
        QStringLiteral("Log requests to stderr and the log window (secrets redacted), whatever "
                       "the saved log level."));
    parser.addOption(sandboxOption);
    parser.addOption(sandboxImages);
    parser.addOption(debugOption);
    acceptQtGuiOptions(parser);
    parser.process(core);
    DesktopOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    options.sandboxImages = parser.value(sandboxImages).toInt();
    options.debug = parser.isSet(debugOption);
    return options;
}

// Becomes the one imsdesk of this user, or hands the command line to the one running. Returns
// the exit status when this process is to end.
std::optional<int> claimTheInstance(ims::SingleInstance &instance) {
    QString why;
    switch (instance.claim({QCoreApplication::arguments().mid(1), QDir::currentPath()}, &why)) {
    case ims::SingleInstance::Claim::First:
        return std::nullopt;
    case ims::SingleInstance::Claim::HandedOver:
        return 0;
    case ims::SingleInstance::Claim::Unanswered:
        // A second window would follow and rewrite the same jobs.
        QMessageBox::critical(
            nullptr, QStringLiteral("imsdesk"),
            QCoreApplication::translate("main", "imsdesk is already running: %1").arg(why));
        return 1;
    case ims::SingleInstance::Claim::Unguarded:
        qWarning("imsdesk cannot tell whether it runs already: %s", qPrintable(why));
        return std::nullopt;
    }
    return std::nullopt;
}

// What a second `imsdesk` asks of this one: the window, in front.
void bringToFront(QWidget *window) {
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

} // namespace

int main(int argc, char *argv[]) {
    // Before anything can hold a secret or log: no core file of this process's memory, and every
    // message (Qt's own included) redacted as imsctl's are.
    ims::disableCoreDumps();
    ims::installRedactingMessageHandler();
    // First, so that a SIGTERM at any moment from here on (a logout while imsdesk starts too)
    // quits as from the window: state saved, keychain writes finished, exit status 0.
    ims::QuitSignals::install();
    QCoreApplication::setApplicationName(QStringLiteral("imsdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));
    const DesktopOptions options = readCommandLine(argc, argv);
    ims::applyLogLevel(options.debug ? QStringLiteral("debug")
                                     : ims::settings::LogLevel.read(QSettings()));

    QApplication application(argc, argv);
    // Before the first widget: each translates its texts as it is built.
    ims::Translations translations;
    translations.installFromSettings();
    ims::QuitSignals quitSignals;
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kImsdeskAppId));
    // After --help and --version (they never reach the running instance), before the window
    // and the jobs. The sandbox is a world of its own (see SingleInstance).
    ims::SingleInstance instance(options.sandbox ? QStringLiteral("sandbox") : QString());
    if (const std::optional<int> status = claimTheInstance(instance))
        return *status;

    sandbox::SandboxOptions sandboxSettings;
    sandboxSettings.images = options.sandboxImages;
    sandbox::SandboxServer server(sandboxSettings);
    ims::DesktopApp app;
    if (options.debug) // over the saved level, which DesktopApp applies with the other settings
        app.overrideLogLevel(QStringLiteral("debug"));
    ims::ProfileStore profiles;
    ims::KeychainSecretStore secrets(QStringLiteral("imsdesk"));
    // Also with --sandbox: the toolbar's profile switcher and dialog reach the stored profiles.
    ims::LoginController login(&app, &profiles, &secrets);
    app.setSecretStore(&secrets);
    app.followJobsOfAllProfiles(&profiles, &secrets);
    app.offerSavedProfiles(&profiles, &secrets);
    app.window()->show();
    QObject::connect(&instance, &ims::SingleInstance::activated, app.window(),
                     [&app] { bringToFront(app.window()); });
    // The first request goes through the saved proxy: connecting waits for its password.
    app.loadProxy([&] {
        if (options.sandbox) {
            QString why;
            if (!connectToSandbox(app, server, &why))
                QMessageBox::critical(
                    app.window(), QStringLiteral("imsdesk"),
                    QCoreApplication::translate("main", "The sandbox could not start: %1")
                        .arg(why));
        } else {
            // An OS_* environment names the cloud explicitly; otherwise the stored default
            // profile.
            if (!connectFromEnvironment(app))
                login.start();
        }
    });
    const int status = quitSignals.exec(); // QApplication::exec(), also right after a signal
    quitSignals.ignoreFurtherSignals();    // a second SIGTERM must not cut the writes below short
    login.finishSecretWrites(3000);
    app.saveWindowState();
    return status;
}
