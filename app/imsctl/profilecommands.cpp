// imsctl profiles: list, add (the secret read from stdin, without echo on a terminal, into the
// keychain), remove and rename (the keychain entries go along, or nothing changes), default.
#include "commands.h"

#include "profilestore.h"
#include "secretstore.h"

#include <QEventLoop>
#include <csignal>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace imsctl {

using namespace ims;

namespace {

int list(Context &ctx, const Options &options) {
    Listing l;
    if (options.presets) {
        l.headers = {QStringLiteral("cloud"), QStringLiteral("region"),
                     QStringLiteral("identity_url"), QStringLiteral("image_url")};
        for (const RegionPreset &p : regionPresets())
            l.rows.append(
                {cloudKindKey(p.cloud), p.region, p.identityUrl.toString(), p.imageUrl.toString()});
    } else {
        ProfileStore store;
        const QString fallback = store.defaultProfile();
        l.headers = {QStringLiteral("name"), QStringLiteral("cloud"), QStringLiteral("region"),
                     QStringLiteral("auth"), QStringLiteral("user"),  QStringLiteral("default")};
        for (const QString &name : store.names()) {
            const auto p = store.load(name);
            if (!p)
                continue;
            const bool aksk = p->auth == AuthMode::AkSk;
            l.rows.append({p->name, cloudKindKey(p->cloud), p->region,
                           aksk ? QStringLiteral("aksk") : QStringLiteral("password"),
                           aksk ? p->accessKey : p->userName,
                           name == fallback ? QStringLiteral("yes") : QString()});
        }
    }
    print(ctx.out, l, ctx.format);
    return Ok;
}

// The terminal's settings while a secret is typed with echo off, for the signal handler that
// puts them back when the user presses Ctrl-C at the prompt.
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndDie(int signal) {
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// While it lives, what is typed on the terminal is not shown (as ssh and sudo do). The newline
// is still echoed (ECHONL) so that the next message starts on its own line.
class NoEcho final {
public:
    NoEcho() {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            m_previous[m_count++] = {sig, std::signal(sig, restoreEchoAndDie)};
        g_echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho() {
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        for (int i = 0; i < m_count; ++i)
            std::signal(m_previous[i].first, m_previous[i].second);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    std::pair<int, void (*)(int)> m_previous[5];
    int m_count = 0;
};

// Keeps the secret out of argv and the shell history: one line on stdin, typed without echo when
// stdin is a terminal. Echo goes off before the prompt is shown (as getpass does), so nothing
// typed after the prompt is ever shown. Read byte by byte from the descriptor: no stdio buffer
// keeps a copy.
QString readSecretLine(QTextStream &err, const QString &prompt) {
    const NoEcho quiet;
    err << prompt;
    err.flush();
    std::string line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.push_back(c);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString secret = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

int add(Context &ctx, const QString &name, const Options &o) {
    if (const QString problem = ProfileStore().nameProblem(name); !problem.isEmpty())
        return ctx.usage(problem);
    for (const auto &[url, option] :
         {std::pair(o.identityUrl, "--identity-url"), std::pair(o.imageUrl, "--image-url")})
        if (const QString problem = userInfoProblem(QUrl(url), QLatin1String(option));
            !problem.isEmpty())
            return ctx.usage(problem);
    const auto kind = cloudKindFromKey(o.cloud);
    if (!kind)
        return ctx.usage(QStringLiteral("--cloud takes huawei, otc, g42, openstack or sandbox"));
    Profile p;
    if (const auto preset = presetProfile(*kind, o.region))
        p = *preset;
    p.name = name;
    p.cloud = *kind;
    p.region = o.region;
    if (!o.identityUrl.isEmpty())
        p.identityUrl = QUrl(o.identityUrl);
    if (!o.imageUrl.isEmpty())
        p.imageUrl = QUrl(o.imageUrl);
    if (p.identityUrl.isEmpty() && p.imageUrl.isEmpty())
        return ctx.usage(
            QStringLiteral("no preset for this cloud and region: give --identity-url"));
    p.userName = o.user;
    p.domainName =
        o.domain.isEmpty() && *kind == CloudKind::OpenStack ? QStringLiteral("Default") : o.domain;
    if (!o.project.isEmpty()) {
        const bool isId =
            o.project.size() == 32 && std::all_of(o.project.begin(), o.project.end(), [](QChar c) {
                return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
            });
        (isId ? p.projectId : p.projectName) = o.project;
    }
    p.accessKey = o.accessKey;
    p.auth = o.accessKey.isEmpty() ? AuthMode::Password : AuthMode::AkSk;
    if (p.auth == AuthMode::Password && p.userName.isEmpty())
        return ctx.usage(QStringLiteral("profiles add needs --user (or --access-key)"));

    const bool terminal = isatty(STDIN_FILENO);
    const QString secret = readSecretLine(
        ctx.err,
        (p.auth == AuthMode::AkSk ? QStringLiteral("secret key") : QStringLiteral("password")) +
            (terminal ? QStringLiteral(" for profile '%1' (not shown): ").arg(name)
                      : QStringLiteral(" (one line on stdin): ")));
    if (secret.isEmpty())
        return ctx.usage(QStringLiteral("no secret given on stdin"));
    KeychainSecretStore secrets(QStringLiteral("imsdesk"));
    bool persisted = false;
    QObject::connect(&secrets, &SecretStore::unavailable, &secrets,
                     [&ctx](const QString &reason) { ctx.err << "\nimsctl: " << reason << '\n'; });
    QEventLoop loop;
    // The other kinds are removed: nothing left by an earlier profile of that name (a security
    // token, say) goes with this one.
    const bool aksk = p.auth == AuthMode::AkSk;
    applySecretChanges(
        secrets,
        storeProfileSecrets(name, aksk ? QString() : secret, aksk ? secret : QString(), QString()),
        [&](bool ok) {
            persisted = ok;
            loop.quit();
        });
    loop.exec();
    if (!terminal)
        ctx.err << '\n';
    if (!persisted) {
        // An imsctl run ends with its memory: without the keychain the profile is useless.
        ctx.err << "imsctl: the profile was not saved because the keychain is unavailable\n";
        return Config;
    }
    ProfileStore store;
    store.save(p);
    if (store.defaultProfile().isEmpty())
        store.setDefaultProfile(name);
    ctx.out << name << '\n';
    return Ok;
}

// Moves the profile and every one of its keychain entries to the new name, or changes nothing
// when the keychain cannot be read or written (a half-moved profile would leave its password
// under the old name, for the next profile given it).
int rename(Context &ctx, ProfileStore &store, const QString &from, const QString &to) {
    if (const QString problem = store.nameProblem(to, from); !problem.isEmpty())
        return ctx.usage(problem);
    if (to == from)
        return Ok;
    KeychainSecretStore secrets(QStringLiteral("imsdesk"));
    secrets.setRetryDelayMs(500);
    QStringList values;
    for (const QString &kind : SecretStore::kinds())
        values << readSecret(secrets, SecretStore::keyFor(from, kind)).value_or(QString());
    bool moved = !secrets.isDegraded();
    if (moved) {
        QEventLoop loop;
        applySecretChanges(secrets,
                           storeProfileSecrets(to, values[0], values[1], values[2]) +
                               removeProfileSecrets(from),
                           [&](bool ok) {
                               moved = ok;
                               loop.quit();
                           });
        loop.exec();
    }
    if (!moved) {
        ctx.err << "imsctl: the keychain is locked or unavailable, so profile '" << from
                << "' was not renamed: its password and keys could not be moved. Unlock the "
                   "keychain and try again.\n";
        return Config;
    }
    Profile profile = *store.load(from);
    profile.name = to;
    store.rename(from, profile);
    return Ok;
}

} // namespace

int profiles(Context &ctx, const QStringList &args, const Options &options) {
    const QString action = args.value(1);
    if (action.isEmpty())
        return list(ctx, options);
    const QString name = args.value(2);
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("profiles %1 needs a profile name").arg(action));
    ProfileStore store;
    if (action == QLatin1String("add"))
        return add(ctx, name, options);
    if (!store.load(name)) {
        ctx.err << "imsctl: there is no profile named '" << name << "'\n";
        return Config;
    }
    if (action == QLatin1String("default")) {
        store.setDefaultProfile(name);
        return Ok;
    }
    if (action == QLatin1String("rename")) {
        const QString to = args.value(3);
        if (to.isEmpty())
            return ctx.usage(QStringLiteral("profiles rename needs the old and the new name"));
        return rename(ctx, store, name, to);
    }
    if (action == QLatin1String("remove")) {
        // The keychain entries first: a profile removed while they cannot be would leave its
        // password for the next profile of that name.
        KeychainSecretStore secrets(QStringLiteral("imsdesk"));
        secrets.setRetryDelayMs(500);
        QEventLoop loop;
        bool removed = false;
        applySecretChanges(secrets, removeProfileSecrets(name), [&](bool ok) {
            removed = ok;
            loop.quit();
        });
        loop.exec();
        if (!removed) {
            ctx.err << "imsctl: the keychain is locked or unavailable, so profile '" << name
                    << "' was not removed: its password and keys would stay behind. Unlock the "
                       "keychain and try again.\n";
            return Config;
        }
        store.remove(name);
        return Ok;
    }
    return ctx.usage(QStringLiteral("unknown profiles action '%1'").arg(action));
}

} // namespace imsctl
