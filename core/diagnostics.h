#pragma once

#include "jobstore.h"
#include "logbuffer.h"
#include "profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace ims {

// What a bug report needs to know about this process, gathered by the caller (the desktop knows
// its QPA platform and profile; tests give their own).
struct DiagnosticsFacts final {
    QString qpaPlatform;            // QGuiApplication::platformName(); empty without a GUI
    std::optional<Profile> profile; // the profile in use, if connected
    QList<TrackedJob> jobs;         // the tracker's
    QList<LogEntry> log;            // the newest lines, oldest first
};

// The text of "Copy diagnostics": versions (imsdesk, Qt built and running, QtKeychain), the
// system, the profile's cloud, region, auth method and IMS extension, the jobs by state, and the
// last lines of the log. Never a secret: the profile's password or secret key is not part of
// the facts, the user name, domain and access key are left out (the user name and access key
// also from the log lines), and the whole text passes through redact() (registered secrets,
// token headers) once more.
class DiagnosticsReport final {
public:
    static constexpr int kLogLines = 200;

    explicit DiagnosticsReport(DiagnosticsFacts facts);

    QString text() const;

private:
    QString versions() const;
    QString system() const;
    QString connection() const;
    QString jobs() const;
    QString log() const;

    DiagnosticsFacts m_facts;
};

} // namespace ims
