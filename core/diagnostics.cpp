#include "diagnostics.h"

#include "jobstate.h"
#include "logging.h"

#include "imsdesk_version.h"

#include <QMap>
#include <QSysInfo>
#include <QTextStream>

namespace ims {

namespace {

QString line(const char *label, const QString &value) {
    return QStringLiteral("%1: %2\n")
        .arg(QLatin1String(label), value.isEmpty() ? QStringLiteral("(none)") : value);
}

} // namespace

DiagnosticsReport::DiagnosticsReport(DiagnosticsFacts facts)
    : m_facts(std::move(facts)) {}

QString DiagnosticsReport::text() const {
    const QString report = QStringLiteral("imsdesk diagnostics\n\n") + versions() + system() +
                           QLatin1Char('\n') + connection() + QLatin1Char('\n') + jobs() +
                           QLatin1Char('\n') + log();
    // The lines were redacted as they were logged; secrets registered since are caught here.
    QString text = redact(report);
    // Log lines name the user ("requesting a token for …") and signing lines the access key.
    if (m_facts.profile) {
        if (m_facts.profile->userName.size() >= 3)
            text.replace(m_facts.profile->userName, QStringLiteral("<user>"));
        if (m_facts.profile->accessKey.size() >= 3)
            text.replace(m_facts.profile->accessKey, QStringLiteral("<access key>"));
    }
    return text;
}

QString DiagnosticsReport::versions() const {
    return line("imsdesk", QString::fromLatin1(kImsdeskVersion)) +
           line("Qt (built with)", QStringLiteral(QT_VERSION_STR)) +
           line("Qt (running)", QString::fromLatin1(qVersion())) +
#ifdef IMSDESK_QTKEYCHAIN_VERSION
           line("QtKeychain", QStringLiteral(IMSDESK_QTKEYCHAIN_VERSION));
#else
           line("QtKeychain", QStringLiteral("unknown"));
#endif
}

QString DiagnosticsReport::system() const {
    return line("OS", QSysInfo::prettyProductName()) +
           line("Kernel", QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()) +
           line("CPU", QSysInfo::currentCpuArchitecture()) +
           line("Platform (QPA)", m_facts.qpaPlatform);
}

QString DiagnosticsReport::connection() const {
    if (!m_facts.profile)
        return QStringLiteral("Profile: (not connected)\n");
    const Profile &p = *m_facts.profile;
    // The user name, domain and access key identify a person or account: not needed to
    // understand a fault, so they stay out of a text that gets pasted into bug reports.
    return line("Cloud", cloudKindKey(p.cloud)) + line("Region", p.region) +
           line("Identity URL", p.identityUrl.toString()) +
           line("Auth method",
                p.auth == AuthMode::AkSk ? QStringLiteral("AK/SK") : QStringLiteral("password")) +
           line("Project id", p.projectId) +
           line("IMS extension",
                p.hasImsExtension() ? QStringLiteral("yes") : QStringLiteral("no (Glance only)")) +
           line("Insecure HTTP allowed",
                p.allowInsecureHttp ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString DiagnosticsReport::jobs() const {
    QMap<QString, int> byState;
    for (const TrackedJob &job : m_facts.jobs)
        ++byState[jobStateName(job.state)];
    QString text = QStringLiteral("Jobs: %1\n").arg(m_facts.jobs.size());
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    return text;
}

QString DiagnosticsReport::log() const {
    const qsizetype from = qMax<qsizetype>(0, m_facts.log.size() - kLogLines);
    QString text = QStringLiteral("Log (last %1 lines):\n").arg(m_facts.log.size() - from);
    for (qsizetype i = from; i < m_facts.log.size(); ++i)
        text += m_facts.log.at(i).toText() + QLatin1Char('\n');
    return text;
}

} // namespace ims
