#pragma once

#include "imagelisting.h"

#include "connection.h"
#include "imageoperations.h"
#include "output.h"
#include "result.h"
#include "secretstore.h"
#include "session.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace imsctl {

// Exit codes, documented in --help.
enum Exit : int {
    Ok = 0,
    Failed = 1,        // the cloud refused or failed the operation
    Usage = 2,         // bad command line
    Config = 3,        // no usable profile, or the login failed
    Unreachable = 4,   // network error or timeout
    JobFailed = 5,     // an asynchronous job ended in FAIL
    Unavailable = 6,   // the cloud does not offer this operation
    Interrupted = 130, // Ctrl+C (or SIGTERM, SIGHUP) cancelled an upload: 128 + SIGINT, as shells
};

int exitFor(const ims::ApiError &error);
// Reads one keychain entry, waiting for the answer; nullopt when there is none.
std::optional<QString> readSecret(ims::SecretStore &store, const QString &key);

// What every command needs: the connection of the chosen profile (its session, operations and
// job tracker, as the window has them), the output streams, the format.
class Context final {
public:
    Context();
    QTextStream out;
    QTextStream err;
    Format format = Format::Table;
    // --timeout: the total deadline of each request in seconds (0: the session's 300 s); the
    // idle timeout is the smaller of it and the session's 60 s.
    int timeoutSeconds = 0;
    // --chains: how many page chains a listing runs at once; 1 lists by one marker chain.
    int listingChains = ims::ListingOptions{}.concurrency;
    std::unique_ptr<ims::Connection> connection;
    ims::Session *session = nullptr; // the connection's
    // The profile's secrets, for the connections of its other regions (images … --all-regions).
    ims::Credentials credentials;
    // --timeout on a session (the connection's, and every region's).
    void applyTimeouts(ims::Session &session) const;
    // The connection's operations, with started jobs recorded, not polled: imsctl follows them
    // itself, and only with --wait.
    ims::ImageOperations *operations();
    ims::JobTracker *tracker() { return connection->tracker(); }

private:
    int refused();
    // The proxy the settings dialog saved (network/proxy_*, its password in the keychain).
    void applySavedProxy();
    bool m_refusalSaid = false;
    bool m_fromEnvironment = false; // the profile is the OS_* variables

public:
    // Builds the session from --profile NAME (profiles + keychain) or the OS_* environment.
    // Returns an exit code other than Ok on failure, after saying why on stderr.
    int connect(const QString &profileName);
    // Says why on stderr and returns the exit code. A refused login (see Session::isLoginRefused)
    // is said once, with what to do, whatever error the command was left with.
    int fail(const ims::ApiError &error);
    // The same, about one of several ids: "imsctl: ID: why".
    int fail(const QString &subject, const ims::ApiError &error);
    // The same, returning `code` (unless the login was refused): for a refusal whose exit code
    // the command knows better than exitFor().
    int fail(const ims::ApiError &error, int code);
    // Config after a refused login (said on stderr), else Ok: for commands that go on after
    // errors, so that they stop after one failed login.
    int loginStatus();
    // Quits `loop` with `code` = Config (said on stderr) when the login is refused while it runs:
    // commands that wait for jobs would otherwise wait for ever, as the jobs pause.
    void quitOnRefusedLogin(QEventLoop &loop, int &code);
    int usage(const QString &message);

    // Calls `call` with a callback and waits until the callback was called (once): for the
    // operations of ImageOperations, e.g. await<Image>([&](auto done) { ops->image(id, done); }).
    template <typename T, typename Call> ims::Result<T> await(Call &&call) {
        std::optional<ims::Result<T>> outcome;
        QEventLoop loop;
        call(ims::Callback<T>([&](const ims::Result<T> &r) {
            outcome = r;
            loop.quit();
        }));
        if (!outcome)
            loop.exec();
        return *outcome;
    }

    // Runs `request` and waits for its single finished signal.
    template <typename Request, typename Value> ims::Result<Value> run(Request &request) {
        std::optional<ims::Result<Value>> outcome;
        QEventLoop loop;
        QObject::connect(&request, &Request::finished, &loop, [&](const ims::Result<Value> &r) {
            outcome = r;
            loop.quit();
        });
        request.start();
        if (!outcome)
            loop.exec();
        return *outcome;
    }
};

} // namespace imsctl
