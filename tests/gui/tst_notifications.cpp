// Issue 14: a long job's end reaches the user through the desktop's notification service, whose
// Show brings the window back at the job; without one, the taskbar entry asks for attention, and
// no tray icon appears just to notify. The service is a fake on a private session bus.
#include "desktopnotifier.h"
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "jobspanel.h"
#include "jobtracker.h"
#include "logging.h"
#include "mainwindow.h"
#include "privatebus.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using ims::DesktopNotifier;
using ims::JobsPanel;
using ims::MainWindow;
using ims::TrackedJob;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kAppId = QStringLiteral("io.github.imsdesk.imsdesk");
// A name from the cloud that a markup-reading server would render as markup.
const QString kMarkupName = QStringLiteral("<b>x</b> & y");
const QString kMarkupNameEscaped = QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; y");

} // namespace

// org.freedesktop.Notifications as a test sees it: records every Notify and answers with ids.
class FakeNotificationServer final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification {
        QString appName;
        uint replacesId;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout;
        uint id;
    };

    explicit FakeNotificationServer(const QDBusConnection &bus)
        : m_bus(bus) {}
    bool serve() {
        return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(kService);
    }
    void stop() {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }
    void invokeAction(uint id, const QString &action) {
        emitSignal(QStringLiteral("ActionInvoked"), {id, action});
    }
    void close(uint id) { emitSignal(QStringLiteral("NotificationClosed"), {id, 2u}); }

    QStringList capabilities;
    QList<Notification> received;

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout) {
        const uint id = replacesId ? replacesId : ++m_lastId;
        received.append(
            {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        return id;
    }
    void CloseNotification(uint id) { close(id); }

private:
    void emitSignal(const QString &name, const QVariantList &arguments) {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, name);
        signal.setArguments(arguments);
        m_bus.send(signal);
    }

    QDBusConnection m_bus;
    uint m_lastId = 0;
};

namespace {

TrackedJob replication(const QString &id, const QString &status) {
    TrackedJob job;
    job.jobId = id;
    job.type = QStringLiteral("imsCopyImageInRegionJob");
    job.description = QStringLiteral("web → web-copy");
    job.state = ims::jobStateFromName(status);
    job.stateText = status;
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    job.recipe = {{"op", "copy"}, {"image_id", "img-web"}, {"name", "web-copy"}};
    return job;
}

} // namespace

class TestNotifications final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void longJobEndReachesTheService_data();
    void longJobEndReachesTheService();
    void showBringsTheWindowBackAtTheJob_data();
    void showBringsTheWindowBackAtTheJob();
    void onlyShownNotificationsComeBack();
    void secretsNeverReachTheDesktop();
    void withoutAServiceTheTaskbarAsks();
    void withoutABusTheTaskbarAsks();
    void withoutAServiceAShownTrayIconTells_data();
    void withoutAServiceAShownTrayIconTells();
    void shortOrUnwantedJobsSendNothing_data();
    void shortOrUnwantedJobsSendNothing();

private:
    JobsPanel *panel() const { return m_window->jobsPanel(); }
    // The job's row appears and the job ends after `runSeconds`; waits for how it was told.
    DesktopNotifier::Path end(const TrackedJob &job, qint64 runSeconds);

    PrivateBus m_bus;
    FakeNotificationServer *m_server = nullptr;
    ims::ImageTableModel m_images;
    ims::JobListModel m_jobs;
    MainWindow *m_window = nullptr;
};

void TestNotifications::initTestCase() {
    const QString address = m_bus.start();
    QVERIFY2(!address.isEmpty(), "dbus-daemon did not start");
    // The window's session bus; ctest's environment points to none, so nothing came before.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    m_server = new FakeNotificationServer(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-notification-server")));
}

void TestNotifications::init() {
    QVERIFY(m_server->serve());
    m_server->capabilities = {QStringLiteral("body"), QStringLiteral("body-markup"),
                              QStringLiteral("actions")};
    m_server->received.clear();
    m_window = new MainWindow(&m_images, &m_jobs);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestNotifications::cleanup() {
    delete m_window;
    m_jobs.clearFinished();
    m_server->stop();
}

DesktopNotifier::Path TestNotifications::end(const TrackedJob &job, qint64 runSeconds) {
    m_jobs.upsert(job);
    QSignalSpy delivered(panel()->notifier(), &DesktopNotifier::delivered);
    panel()->jobEnded(job, runSeconds);
    if (delivered.isEmpty() && !delivered.wait())
        return DesktopNotifier::Path::None;
    return delivered.first().first().value<DesktopNotifier::Path>();
}

void TestNotifications::longJobEndReachesTheService_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("markup"); // the server says body-markup
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("urgency");
    const QString reason = QStringLiteral("\nIMG.0015 The image is <not> valid");
    QTest::newRow("succeeded") << "SUCCESS" << true << "Replicate finished" << kMarkupNameEscaped
                               << 1;
    QTest::newRow("failed") << "FAIL" << true << "Replicate failed"
                            << kMarkupNameEscaped + reason.toHtmlEscaped() << 2;
    QTest::newRow("lost") << "LOST" << true << "Replicate lost" << kMarkupNameEscaped << 2;
    // A server without markup shows the text as it is: escaping would show "&amp;".
    QTest::newRow("failed, a server without markup")
        << "FAIL" << false << "Replicate failed" << kMarkupName + reason << 2;
}

void TestNotifications::longJobEndReachesTheService() {
    QFETCH(QString, status);
    QFETCH(bool, markup);
    QFETCH(QString, summary);
    QFETCH(QString, body);
    QFETCH(int, urgency);
    if (!markup)
        m_server->capabilities.removeAll(QStringLiteral("body-markup"));
    TrackedJob job = replication(QStringLiteral("j-long"), status);
    job.description = kMarkupName;
    if (status == "FAIL") {
        job.errorCode = QStringLiteral("IMG.0015");
        job.failReason = QStringLiteral("The image is <not> valid");
    }
    m_jobs.upsert(job);
    QSignalSpy delivered(panel()->notifier(), &DesktopNotifier::delivered);
    panel()->jobEnded(job, 95);
    // The window goes on while the service has not answered yet.
    QCOMPARE(panel()->notifier()->lastPath(), DesktopNotifier::Path::None);
    QVERIFY(delivered.wait());
    QCOMPARE(delivered.first().first().value<DesktopNotifier::Path>(),
             DesktopNotifier::Path::Service);

    QCOMPARE(m_server->received.size(), 1);
    const FakeNotificationServer::Notification &shown = m_server->received.first();
    QCOMPARE(shown.appName, QStringLiteral("imsdesk"));
    QCOMPARE(shown.appIcon, kAppId);
    QCOMPARE(shown.summary, summary);
    QCOMPARE(shown.body, body);
    QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(), kAppId);
    const QVariant sentUrgency = shown.hints.value(QStringLiteral("urgency"));
    QCOMPARE(sentUrgency.metaType(), QMetaType::fromType<uchar>()); // the spec's byte
    QCOMPARE(sentUrgency.toInt(), urgency);
    // Actions come in pairs: key, label. "default" is a click on the notification itself.
    QCOMPARE(shown.actions.size() % 2, 0);
    QVERIFY(shown.actions.indexOf(QStringLiteral("default")) % 2 == 0);
    QVERIFY(shown.actions.indexOf(QStringLiteral("show")) % 2 == 0);
    QCOMPARE(shown.expireTimeout, -1);
    QVERIFY(panel()->lastNotification().contains(summary)); // tst_jobspanel's view of it
}

void TestNotifications::showBringsTheWindowBackAtTheJob_data() {
    QTest::addColumn<QString>("action");
    QTest::newRow("a click on the notification") << "default";
    QTest::newRow("its Show button") << "show";
}

void TestNotifications::showBringsTheWindowBackAtTheJob() {
    QFETCH(QString, action);
    m_jobs.upsert(replication(QStringLiteral("j-other"), QStringLiteral("RUNNING")));
    QCOMPARE(end(replication(QStringLiteral("j-long"), QStringLiteral("SUCCESS")), 95),
             DesktopNotifier::Path::Service);
    // The user went elsewhere and closed the jobs dock meanwhile.
    m_window->jobsDock()->hide();
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    QVERIFY(!m_window->isActiveWindow());

    m_server->invokeAction(m_server->received.first().id, action);
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY(m_window->jobsDock()->isVisible());
    const QModelIndexList selected = panel()->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ims::JobListModel::JobIdRole).toString(),
             QStringLiteral("j-long"));
}

// Another client's notifications, other actions and closed notifications do not raise the window.
void TestNotifications::onlyShownNotificationsComeBack() {
    QSignalSpy shows(panel(), &JobsPanel::jobShowRequested);
    QCOMPARE(end(replication(QStringLiteral("j-closed"), QStringLiteral("SUCCESS")), 95),
             DesktopNotifier::Path::Service);
    const uint closed = m_server->received.last().id;
    m_server->close(closed);
    m_server->invokeAction(closed, QStringLiteral("show"));
    QCOMPARE(end(replication(QStringLiteral("j-shown"), QStringLiteral("SUCCESS")), 95),
             DesktopNotifier::Path::Service);
    const uint shown = m_server->received.last().id;
    m_server->invokeAction(shown + 100, QStringLiteral("show")); // not ours
    m_server->invokeAction(shown, QStringLiteral("snooze"));
    m_server->invokeAction(shown, QStringLiteral("show"));
    // A round trip through the fake server after its signals: by its answer they have all come.
    QCOMPARE(end(replication(QStringLiteral("j-later"), QStringLiteral("SUCCESS")), 95),
             DesktopNotifier::Path::Service);
    QCOMPARE(shows.size(), 1);
    QCOMPARE(shows.first().first().toString(), QStringLiteral("j-shown"));
}

// A server's failure text that quotes the token, say: the desktop keeps notifications in a log.
void TestNotifications::secretsNeverReachTheDesktop() {
    const QString token = QStringLiteral("MIIEtoken-of-the-session-7f3a");
    ims::registerSecret(token);
    TrackedJob job = replication(QStringLiteral("j-long"), QStringLiteral("FAIL"));
    job.description = QStringLiteral("web → %1").arg(token);
    job.errorCode = QStringLiteral("APIGW.0301");
    job.failReason = QStringLiteral("Incorrect IAM authentication information: %1").arg(token);
    QCOMPARE(end(job, 95), DesktopNotifier::Path::Service);
    const FakeNotificationServer::Notification &shown = m_server->received.first();
    QVERIFY2(!shown.summary.contains(token) && !shown.body.contains(token), qPrintable(shown.body));
    QVERIFY2(shown.body.contains(QLatin1String("APIGW.0301")), qPrintable(shown.body));
}

void TestNotifications::withoutAServiceTheTaskbarAsks() {
    m_server->stop();
    QCOMPARE(end(replication(QStringLiteral("j-long"), QStringLiteral("FAIL")), 95),
             DesktopNotifier::Path::Alert);
    QVERIFY(m_server->received.isEmpty());
    QVERIFY(m_window->findChildren<QSystemTrayIcon *>().isEmpty());
}

void TestNotifications::withoutABusTheTaskbarAsks() {
    const QString name = QStringLiteral("no-bus");
    {
        QWidget window;
        DesktopNotifier notifier(&window,
                                 QDBusConnection::connectToBus(
                                     QStringLiteral("unix:path=/nonexistent/imsdesk-bus"), name));
        notifier.notify({QStringLiteral("j-long"), QStringLiteral("Replicate failed"),
                         QStringLiteral("web → web-copy"), true});
        QCOMPARE(notifier.lastPath(), DesktopNotifier::Path::Alert);
        QVERIFY(window.findChildren<QSystemTrayIcon *>().isEmpty());
    }
    QDBusConnection::disconnectFromBus(name);
}

// The app's own tray icon, when it shows one, carries the message; its click comes back too.
void TestNotifications::withoutAServiceAShownTrayIconTells_data() {
    QTest::addColumn<bool>("shown");
    QTest::addColumn<DesktopNotifier::Path>("path");
    QTest::newRow("a shown tray icon") << true << DesktopNotifier::Path::Tray;
    QTest::newRow("a hidden one") << false << DesktopNotifier::Path::Alert;
}

void TestNotifications::withoutAServiceAShownTrayIconTells() {
    QFETCH(bool, shown);
    QFETCH(DesktopNotifier::Path, path);
    m_server->stop();
    QSystemTrayIcon tray(QIcon(QStringLiteral(":/icons/imsdesk.svg")));
    tray.setVisible(shown);
    panel()->notifier()->setTrayIcon(&tray);
    QCOMPARE(end(replication(QStringLiteral("j-long"), QStringLiteral("SUCCESS")), 95), path);
    QSignalSpy shows(panel(), &JobsPanel::jobShowRequested);
    emit tray.messageClicked();
    QCOMPARE(shows.size(), shown ? 1 : 0); // the hidden icon showed no message of ours
    if (shown)
        QCOMPARE(shows.first().first().toString(), QStringLiteral("j-long"));
}

void TestNotifications::shortOrUnwantedJobsSendNothing_data() {
    QTest::addColumn<qint64>("runSeconds");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<bool>("wanted"); // the Notify action
    QTest::newRow("short") << qint64(12) << qint64(30) << true;
    QTest::newRow("exactly the threshold") << qint64(30) << qint64(30) << true;
    QTest::newRow("under a raised threshold") << qint64(300) << qint64(600) << true;
    QTest::newRow("turned off") << qint64(300) << qint64(30) << false;
}

void TestNotifications::shortOrUnwantedJobsSendNothing() {
    QFETCH(qint64, runSeconds);
    QFETCH(qint64, threshold);
    QFETCH(bool, wanted);
    panel()->setNotifyAfterSeconds(threshold);
    panel()->notifyAction()->setChecked(wanted);
    const TrackedJob quiet = replication(QStringLiteral("j-quiet"), QStringLiteral("FAIL"));
    m_jobs.upsert(quiet);
    panel()->jobEnded(quiet, runSeconds);
    QCOMPARE(panel()->notifier()->lastPath(), DesktopNotifier::Path::None);
    // A long job afterwards: the bus keeps the order, so by its answer anything sent is there.
    panel()->setNotifyAfterSeconds(30);
    panel()->notifyAction()->setChecked(true);
    QCOMPARE(end(replication(QStringLiteral("j-long"), QStringLiteral("SUCCESS")), 95),
             DesktopNotifier::Path::Service);
    QCOMPARE(m_server->received.size(), 1);
    QCOMPARE(m_server->received.first().summary, QStringLiteral("Replicate finished"));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
