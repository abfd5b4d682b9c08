// The "Copy diagnostics" report: what a bug report needs (versions, system, the cloud and how it
// is reached, jobs, the last log lines), and never a secret nor who the user is.
#include "diagnostics.h"
#include "logging.h"

#include "imsdesk_version.h"

#include <QTest>

using ims::DiagnosticsFacts;
using ims::DiagnosticsReport;

class TestDiagnostics final : public QObject {
    Q_OBJECT

private slots:
    void namesVersionsAndCloud_data();
    void namesVersionsAndCloud();
    void holdsNoSecret();
    void keepsTheLastLogLines();
    void countsJobsByState();
};

namespace {

const QString kSecretKey = QStringLiteral("SK-very-secret-0123456789abcdef");
const QString kPassword = QStringLiteral("pa55w0rd-of-the-test-profile");

ims::Profile testProfile(ims::CloudKind cloud, ims::AuthMode auth) {
    ims::Profile profile;
    profile.name = QStringLiteral("work");
    profile.cloud = cloud;
    profile.region = QStringLiteral("eu-de");
    profile.identityUrl = QUrl(QStringLiteral("https://iam.eu-de.otc.t-systems.com"));
    profile.auth = auth;
    profile.userName = QStringLiteral("alice.example");
    profile.domainName = QStringLiteral("OTC-EU-DE-000000000010000012345");
    profile.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    profile.accessKey = QStringLiteral("AKIDEXAMPLE0000000001");
    return profile;
}

ims::LogEntry entry(const QString &message) {
    ims::LogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.level = QtInfoMsg;
    e.category = QStringLiteral("imsdesk.auth");
    e.message = message;
    return e;
}

} // namespace

void TestDiagnostics::namesVersionsAndCloud_data() {
    QTest::addColumn<int>("cloud");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("expected");
    using ims::AuthMode;
    using ims::CloudKind;
    QTest::newRow("otc password") << int(CloudKind::OpenTelekomCloud) << int(AuthMode::Password)
                                  << "Cloud: otc\n|Auth method: password\n|IMS extension: yes";
    QTest::newRow("huawei AK/SK") << int(CloudKind::HuaweiCloud) << int(AuthMode::AkSk)
                                  << "Cloud: huawei\n|Auth method: AK/SK\n";
    QTest::newRow("openstack") << int(CloudKind::OpenStack) << int(AuthMode::Password)
                               << "Cloud: openstack\n|IMS extension: no";
    QTest::newRow("sandbox") << int(CloudKind::Sandbox) << int(AuthMode::Password)
                             << "Cloud: sandbox\n";
}

void TestDiagnostics::namesVersionsAndCloud() {
    QFETCH(int, cloud);
    QFETCH(int, auth);
    QFETCH(QString, expected);
    DiagnosticsFacts facts;
    facts.qpaPlatform = QStringLiteral("offscreen");
    facts.profile = testProfile(ims::CloudKind(cloud), ims::AuthMode(auth));
    const QString report = DiagnosticsReport(facts).text();
    for (const QString &part : expected.split(QLatin1Char('|')))
        QVERIFY2(report.contains(part), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("imsdesk: ") + QLatin1String(kImsdeskVersion)),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Qt (built with): " QT_VERSION_STR)));
    QVERIFY(report.contains(QStringLiteral("Qt (running): ") + QLatin1String(qVersion())));
    QVERIFY(report.contains(QStringLiteral("QtKeychain: 0.")));
    QVERIFY(report.contains(QStringLiteral("Platform (QPA): offscreen")));
    QVERIFY(report.contains(QStringLiteral("Region: eu-de")));
    QVERIFY(report.contains(QStringLiteral("Project id: 0123456789abcdef0123456789abcdef")));
    QVERIFY(report.contains(QSysInfo::currentCpuArchitecture()));
}

void TestDiagnostics::holdsNoSecret() {
    ims::registerSecret(kSecretKey);
    ims::registerSecret(kPassword);
    const QString unregistered = QStringLiteral("tok-MIIB-not-registered-yet");
    DiagnosticsFacts facts;
    facts.profile = testProfile(ims::CloudKind::OpenTelekomCloud, ims::AuthMode::AkSk);
    // Lines as they reach the buffer would be redacted already; these come as if from before the
    // secrets were registered, and with a token header redact() knows by name.
    facts.log = {entry(QStringLiteral("signing with ") + kSecretKey),
                 entry(QStringLiteral("requesting a token for alice.example with ") + kPassword),
                 entry(QStringLiteral("X-Auth-Token: ") + unregistered),
                 entry(QStringLiteral("access key AKIDEXAMPLE0000000001"))};
    const QString report = DiagnosticsReport(facts).text();
    QVERIFY2(!report.contains(kSecretKey), qPrintable(report));
    QVERIFY2(!report.contains(kPassword), qPrintable(report));
    QVERIFY2(!report.contains(unregistered), qPrintable(report));
    QVERIFY2(!report.contains(QLatin1String("alice.example")), qPrintable(report));
    QVERIFY2(!report.contains(QLatin1String("OTC-EU-DE-000000000010000012345")),
             qPrintable(report));
    QVERIFY2(!report.contains(QLatin1String("AKIDEXAMPLE0000000001")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("signing with <redacted>")));
    QVERIFY(report.contains(QLatin1String("requesting a token for <user> with <redacted>")));
}

void TestDiagnostics::keepsTheLastLogLines() {
    DiagnosticsFacts facts;
    for (int i = 0; i < 500; ++i)
        facts.log.append(entry(QStringLiteral("line %1.").arg(i)));
    const QString report = DiagnosticsReport(facts).text();
    QVERIFY(report.contains(QStringLiteral("Profile: (not connected)")));
    QVERIFY(report.contains(QStringLiteral("Log (last 200 lines):")));
    QVERIFY(report.contains(QStringLiteral("line 499.")));
    QVERIFY(report.contains(QStringLiteral("line 300.")));
    QVERIFY(!report.contains(QStringLiteral("line 299.")));
}

void TestDiagnostics::countsJobsByState() {
    DiagnosticsFacts facts;
    for (ims::JobState state : {ims::JobState::Running, ims::JobState::Running, ims::JobState::Fail,
                                ims::JobState::Success}) {
        ims::TrackedJob job;
        job.state = state;
        facts.jobs.append(job);
    }
    const QString report = DiagnosticsReport(facts).text();
    QVERIFY2(report.contains(QStringLiteral("Jobs: 4\n")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("  RUNNING: 2\n")));
    QVERIFY(report.contains(QStringLiteral("  FAIL: 1\n")));
    QVERIFY(report.contains(QStringLiteral("  SUCCESS: 1\n")));
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
