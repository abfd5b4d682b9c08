#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApi)  // imsdesk.api
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // imsdesk.auth
Q_DECLARE_LOGGING_CATEGORY(lcJobs) // imsdesk.jobs

namespace ims {

// Secrets known to this process (passwords, secret keys, tokens). Every log line that passes
// through the redacting message handler has them replaced, whatever code produced the line.
void registerSecret(const QString &secret);
void registerSecret(const QByteArray &secret);

// Replaces every registered secret, and the values of well-known secret headers and JSON keys
// ("X-Auth-Token: …", "\"password\": \"…\""), with "<redacted>".
QString redact(QString text);

// The value to log for a request or response header: secret headers become "<redacted>".
QByteArray loggableHeader(const QByteArray &name, const QByteArray &value);

// What imsdesk's own categories (imsdesk.*) let through: "warning", "info" or "debug" (the
// settings' log level, or --debug); anything else is "info". Returns the level applied.
QString applyLogLevel(const QString &level);

// Installs a Qt message handler that redacts every message before passing it to the previous
// handler, and keeps it in LogBuffer::global() (the log window's and diagnostics' lines). Safe to
// call more than once.
void installRedactingMessageHandler();

} // namespace ims
