// One imsdesk per user: real imsdesk processes (offscreen, --sandbox, in a temporary HOME) show
// that a second start hands its command line to the first and ends with status 0, that of two
// started at once exactly one stays, that a killed instance's leftovers do not stop the next
// start, and that garbage on the socket leaves the running window alone.
#include "singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString kImsdesk = QStringLiteral(IMSDESK_BIN_DIR "/app/imsdesk");
constexpr int kPatienceMs = 30000; // how long a step may take on a loaded machine

// One imsdesk process, its stderr collected.
class Desktop final {
public:
    Desktop(const QProcessEnvironment &env, const QStringList &arguments,
            const QString &workingDirectory = {}) {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        if (!workingDirectory.isEmpty())
            m_process.setWorkingDirectory(workingDirectory);
        m_process.start(kImsdesk, arguments);
        if (!m_process.waitForStarted(kPatienceMs))
            qWarning("imsdesk did not start: %s", qPrintable(m_process.errorString()));
    }
    ~Desktop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess &process() { return m_process; }
    bool running() { return !ended(0); }
    QByteArray log() {
        m_log += m_process.readAllStandardError();
        return m_log;
    }
    // Waits until the log holds `text` `times` times (or the process ended, or patience ran
    // out).
    bool waitForLog(const QByteArray &text, qsizetype times = 1) {
        QElapsedTimer timer;
        timer.start();
        while (log().count(text) < times && running() && timer.elapsed() < kPatienceMs)
            m_process.waitForReadyRead(100);
        return log().count(text) >= times;
    }
    // Whether it has ended, waiting `ms` for it (QProcess learns of the end only here).
    bool ended(int ms) {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
    }
    // True when it ended by itself with exit status 0.
    bool endsWithSuccess() {
        if (!ended(kPatienceMs))
            return false;
        log();
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace

class TestSingleInstance final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void secondStartHandsOverAndEnds();
    void separateWorldsRunSideBySide_data();
    void separateWorldsRunSideBySide();
    void ofTwoStartedAtOnceOneStays();
    void killedInstanceDoesNotBlockTheNext();
    void lockHolderIsFirstBeforeItListens();
    void garbageOnTheSocketIsIgnored();

private:
    // The environment of a user whose HOME (and XDG directories) are `home`.
    QProcessEnvironment environment(const QString &home) const;
    QString runtimeDirectory() const { return m_home->filePath(QStringLiteral("run")); }
    QStringList sockets() const;
    // Runs a first instance until it listens and kills it (SIGKILL): its socket and its lock stay.
    // Returns their path without the suffix.
    QString leaveAKilledInstance(const QProcessEnvironment &env);
    // Waits until `count` instances listen in the runtime directory.
    bool waitForSockets(qsizetype count, Desktop &first);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestSingleInstance::init() {
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(runtimeDirectory()));
    QVERIFY(QFile::setPermissions(runtimeDirectory(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment TestSingleInstance::environment(const QString &home) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("OS_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    // Shared by every HOME of the test: the data directories alone keep them apart.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDirectory());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/imsdesk-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    // The in-process sandbox logs each request: a window that lists images has started one.
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("qt.qpa.*=false\nimsdesk.sandbox.debug=true\n"
                              "imsdesk.instance.info=true"));
    return env;
}

QStringList TestSingleInstance::sockets() const {
    return QDir(runtimeDirectory())
        .entryList({QStringLiteral("io.github.imsdesk.imsdesk*.socket")}, QDir::System);
}

bool TestSingleInstance::waitForSockets(qsizetype count, Desktop &first) {
    QElapsedTimer timer;
    timer.start();
    while (sockets().size() < count && first.running() && timer.elapsed() < kPatienceMs)
        QThread::msleep(20);
    if (sockets().size() != count)
        qWarning("%lld sockets, not %lld: %s", qlonglong(sockets().size()), qlonglong(count),
                 first.log().constData());
    return sockets().size() == count;
}

void TestSingleInstance::secondStartHandsOverAndEnds() {
    const QProcessEnvironment env = environment(m_home->path());
    Desktop first(env, {QStringLiteral("--sandbox")});
    QVERIFY(waitForSockets(1, first));

    QTemporaryDir elsewhere; // the second's working directory
    QVERIFY(elsewhere.isValid());
    Desktop second(env, {QStringLiteral("--sandbox"), QStringLiteral("disk image.qcow2")},
                   elsewhere.path());
    QVERIFY2(second.endsWithSuccess(), second.log().constData());
    // The first came to the front with the second's command line, spaces and all.
    QVERIFY(first.waitForLog("activated by a second instance"));
    const QByteArray activation = first.log().mid(first.log().indexOf("activated"));
    QVERIFY2(activation.contains("\"disk image.qcow2\""), activation.constData());
    QVERIFY2(activation.contains(QDir(elsewhere.path()).canonicalPath().toUtf8()),
             activation.constData());
    // Only the first has a window and a sandbox: the second never listed images.
    QVERIFY2(!second.log().contains("GET /v2/cloudimages"), second.log().constData());
    QVERIFY(first.running());
    QCOMPARE(sockets().size(), 1);

    // Again: the first keeps answering.
    Desktop third(env, {QStringLiteral("--sandbox")});
    QVERIFY2(third.endsWithSuccess(), third.log().constData());
    QVERIFY(first.waitForLog("activated by a second instance", 2));
    QVERIFY(first.running());
    QCOMPARE(first.log().count("activated by a second instance"), 2);
}

void TestSingleInstance::separateWorldsRunSideBySide_data() {
    QTest::addColumn<QString>("secondHome");
    QTest::addColumn<QStringList>("secondArguments");
    // The sandbox's window and the clouds' follow different jobs ("Sandbox" is no stored
    // profile): a --sandbox window is no second instance of the real one.
    QTest::newRow("no sandbox beside the sandbox") << QString() << QStringList();
    // Other data directories, another job file: a test's temporary HOME runs beside the
    // user's own imsdesk.
    QTest::newRow("another data directory")
        << QStringLiteral("other") << QStringList{QStringLiteral("--sandbox")};
}

void TestSingleInstance::separateWorldsRunSideBySide() {
    QFETCH(QString, secondHome);
    QFETCH(QStringList, secondArguments);
    Desktop first(environment(m_home->path()), {QStringLiteral("--sandbox")});
    QVERIFY(waitForSockets(1, first));
    const QString home = m_home->filePath(secondHome);
    QVERIFY(QDir().mkpath(home));
    Desktop second(environment(home), secondArguments);
    QVERIFY(waitForSockets(2, second));
    QVERIFY(first.running());
    QVERIFY(second.running());
    QVERIFY(!first.log().contains("activated by a second instance"));
}

void TestSingleInstance::ofTwoStartedAtOnceOneStays() {
    const QProcessEnvironment env = environment(m_home->path());
    // Several rounds: the two reach the lock in either order, or at the same moment.
    for (int round = 0; round < 4; ++round) {
        auto a = std::make_unique<Desktop>(env, QStringList{QStringLiteral("--sandbox")});
        auto b = std::make_unique<Desktop>(env, QStringList{QStringLiteral("--sandbox")});
        QElapsedTimer timer;
        timer.start();
        while (!a->ended(10) && !b->ended(10) && timer.elapsed() < kPatienceMs) {
        }
        QVERIFY2(a->ended(0) != b->ended(0), "both still run, or both ended");
        Desktop &ended = a->ended(0) ? *a : *b;
        Desktop &stayed = a->ended(0) ? *b : *a;
        QVERIFY2(ended.endsWithSuccess(), ended.log().constData());
        QVERIFY(stayed.waitForLog("activated by a second instance"));
        QVERIFY(stayed.running());
        QCOMPARE(sockets().size(), 1);
        a.reset(); // SIGTERM: it quits as from the window and gives the lock up
        b.reset();
        QCOMPARE(sockets().size(), 0);
    }
}

QString TestSingleInstance::leaveAKilledInstance(const QProcessEnvironment &env) {
    Desktop killed(env, {QStringLiteral("--sandbox")});
    if (!waitForSockets(1, killed))
        return {};
    killed.process().kill(); // SIGKILL: no chance to clean up
    killed.process().waitForFinished(kPatienceMs);
    const QStringList locks =
        QDir(runtimeDirectory())
            .entryList({QStringLiteral("io.github.imsdesk.imsdesk*.lock")}, QDir::Files);
    if (sockets().size() != 1 || locks.size() != 1)
        return {};
    return runtimeDirectory() + QLatin1Char('/') + locks.constFirst().chopped(5);
}

void TestSingleInstance::killedInstanceDoesNotBlockTheNext() {
    const QProcessEnvironment env = environment(m_home->path());
    QVERIFY(!leaveAKilledInstance(env).isEmpty()); // its socket and lock are left

    Desktop next(env, {QStringLiteral("--sandbox")});
    QVERIFY2(next.waitForLog("GET /v2/cloudimages"), next.log().constData()); // its window is up
    Desktop second(env, {QStringLiteral("--sandbox")});
    QVERIFY2(second.endsWithSuccess(), second.log().constData());
    QVERIFY(next.waitForLog("activated by a second instance"));
    QVERIFY(next.running());
}

// The moment two race for: one has the lock and does not listen yet. Whoever comes then waits
// for it instead of becoming a second first instance. The test holds the lock itself (taken over
// from a killed instance, whose dead socket stays: connecting there is refused) and only then
// listens, in its place.
void TestSingleInstance::lockHolderIsFirstBeforeItListens() {
    const QProcessEnvironment env = environment(m_home->path());
    const QString base = leaveAKilledInstance(env);
    QVERIFY(!base.isEmpty());
    QLockFile lock(base + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    QVERIFY(lock.tryLock(0)); // the killed one's is stale

    QTemporaryDir elsewhere;
    Desktop second(env, {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-images=3")},
                   elsewhere.path());
    // Not an assertion on time: a pause that lets the second find the lock taken. Were it slower,
    // it would find the socket below listening, and the test would pass the easy way.
    QThread::msleep(1000);
    QVERIFY2(second.running(), second.log().constData());
    const QString socketPath = base + QStringLiteral(".socket");
    QLocalServer::removeServer(socketPath);
    QLocalServer server;
    QVERIFY(server.listen(socketPath));
    QVERIFY(server.waitForNewConnection(kPatienceMs));
    QLocalSocket *client = server.nextPendingConnection();
    QByteArray buffer;
    ims::InstanceMessage message;
    QString why;
    ims::instancemessage::Frame frame = ims::instancemessage::Frame::Incomplete;
    while (frame == ims::instancemessage::Frame::Incomplete &&
           client->waitForReadyRead(kPatienceMs)) {
        buffer += client->readAll();
        frame = ims::instancemessage::takeFrame(&buffer, &message, &why);
    }
    QCOMPARE(frame, ims::instancemessage::Frame::Complete);
    QCOMPARE(message.arguments,
             (QStringList{QStringLiteral("--sandbox"), QStringLiteral("--sandbox-images=3")}));
    QCOMPARE(message.workingDirectory, QDir(elsewhere.path()).canonicalPath());
    client->write("ok\n");
    QVERIFY(client->waitForBytesWritten(kPatienceMs));
    QVERIFY2(second.endsWithSuccess(), second.log().constData());
}

void TestSingleInstance::garbageOnTheSocketIsIgnored() {
    const QProcessEnvironment env = environment(m_home->path());
    Desktop first(env, {QStringLiteral("--sandbox")});
    QVERIFY(waitForSockets(1, first));
    const QString path = runtimeDirectory() + QLatin1Char('/') + sockets().constFirst();
    const auto frame = [](const QByteArray &json) {
        return QByteArray(3, '\0') + char(json.size()) + json;
    };
    const QList<QByteArray> garbage = {
        QByteArray("\xff\xff\xff\xff", 4) + "endless", // a length of 4 GiB
        frame("[1,2]"),                                // JSON, but no object
        frame("{\"version\":99}"),                     // a future version
    };
    for (const QByteArray &bytes : garbage) {
        QLocalSocket socket;
        socket.connectToServer(path);
        QVERIFY(socket.waitForConnected(kPatienceMs));
        socket.write(bytes);
        QVERIFY(socket.waitForBytesWritten(kPatienceMs));
        // Dropped without an answer.
        QVERIFY(socket.state() == QLocalSocket::UnconnectedState ||
                socket.waitForDisconnected(kPatienceMs));
        QVERIFY(!socket.readAll().contains("ok"));
    }
    QVERIFY(first.waitForLog("ignored a message from another imsdesk", garbage.size()));
    QCOMPARE(first.log().count("ignored a message from another imsdesk"), garbage.size());
    // Still there, and still answering.
    Desktop second(env, {QStringLiteral("--sandbox")});
    QVERIFY2(second.endsWithSuccess(), second.log().constData());
    QVERIFY(first.waitForLog("activated by a second instance"));
    QVERIFY(first.running());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
