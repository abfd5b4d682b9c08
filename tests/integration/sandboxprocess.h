#pragma once
// Starts `imsdesk-sandbox --port 0 …` for a test, reads the OS_* exports it prints before
// "# ready", and stops it (SIGTERM) when destroyed.

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>

class SandboxProcess final {
public:
    explicit SandboxProcess(const QStringList &arguments = {}) {
        QString exe = qEnvironmentVariable("IMSDESK_SANDBOX_EXE");
        if (exe.isEmpty())
            exe = QStringLiteral(IMSDESK_BIN_DIR "/sandbox/imsdesk-sandbox");
        m_process.setProgram(exe);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                               arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 20000 && !out.contains("# ready") &&
               m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        for (const QByteArray &line : out.split('\n')) {
            if (!line.startsWith("export "))
                continue;
            const QByteArray pair = line.mid(7);
            const qsizetype eq = pair.indexOf('=');
            QString value = QString::fromUtf8(pair.mid(eq + 1));
            if (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            m_env.insert(QString::fromUtf8(pair.left(eq)), value);
        }
        m_ready = out.contains("# ready");
    }
    ~SandboxProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    bool ready() const { return m_ready; }
    qint64 processId() const { return m_process.processId(); } // for its CPU time (benchmarks)
    QString value(const char *name) const { return m_env.value(QLatin1String(name)); }
    QString base() const {
        QString url = value("OS_AUTH_URL");
        url.chop(3); // "/v3"
        return url;
    }
    QProcessEnvironment environment() const {
        QProcessEnvironment env;
        for (auto it = m_env.begin(); it != m_env.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

private:
    QProcess m_process;
    QHash<QString, QString> m_env;
    bool m_ready = false;
};
