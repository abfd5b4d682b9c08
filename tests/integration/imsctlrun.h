#pragma once
// Runs the imsctl built beside the tests as a user would: in `home` (its own config and data
// folders, so its profiles and job list are the test's), with `env` (the sandbox's OS_*
// exports), waiting for it to end.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <functional>

struct ImsctlRun {
    int exitCode = -1; // -1: crashed; -2: still running after the wait
    QByteArray out;
    QByteArray err;
};

// `whileRunning`, when given, is called every 50 ms until imsctl ends (a test advancing an
// injected sandbox clock, so that the jobs imsctl waits for make progress).
inline ImsctlRun runImsctl(const QStringList &args, QProcessEnvironment env, const QString &home,
                           int waitMs = 60000, const std::function<void()> &whileRunning = {}) {
    const QDir dir(home);
    env.insert("PATH", qEnvironmentVariable("PATH"));
    env.insert("HOME", dir.path());
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IMSDESK_BIN_DIR "/app/imsctl"), args);
    bool finished = false;
    if (whileRunning) {
        for (int waited = 0; !finished && waited < waitMs; waited += 50) {
            finished = process.waitForFinished(50) || process.state() == QProcess::NotRunning;
            whileRunning();
        }
    } else {
        finished = process.waitForFinished(waitMs);
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return {-2, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
