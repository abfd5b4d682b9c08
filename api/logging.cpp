#include "logging.h"

#include "logbuffer.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcApi, "imsdesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "imsdesk.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "imsdesk.jobs", QtWarningMsg)

namespace ims {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

struct SecretRegistry {
    QMutex mutex;
    QSet<QString> secrets;
};

// Leaked on purpose: Qt logs during static destruction (plugin unloading), after which a
// destroyed registry would be used by the message handler.
SecretRegistry &registry() {
    static auto *instance = new SecretRegistry;
    return *instance;
}

QtMessageHandler g_previous = nullptr;
bool g_installed = false;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString clean = redact(message);
    LogBuffer::global().append(type, context.category, clean); // the log window's lines
    if (g_previous)
        g_previous(type, context, clean);
}

} // namespace

void registerSecret(const QString &secret) {
    // Very short values would redact ordinary words; real secrets are long.
    if (secret.size() < 4)
        return;
    SecretRegistry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.secrets.insert(secret);
}

void registerSecret(const QByteArray &secret) {
    registerSecret(QString::fromUtf8(secret));
}

QString redact(QString text) {
    {
        SecretRegistry &r = registry();
        QMutexLocker lock(&r.mutex);
        for (const QString &secret : std::as_const(r.secrets))
            text.replace(secret, kRedacted);
    }
    // Header lines and JSON members that carry secrets, even ones not registered (yet).
    static const auto &headers = *new QRegularExpression(
        QStringLiteral(
            "((?:x-auth-token|x-subject-token|authorization|x-security-token)\\s*[:=]\\s*)"
            "[^\\r\\n,]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const auto &json = *new QRegularExpression(
        QStringLiteral("(\"(?:password|secret|secret_key|secretkey|sk|token|securitytoken|"
                       "security_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(headers, QStringLiteral("\\1") + kRedacted);
    text.replace(json, QStringLiteral("\\1\"") + kRedacted + QLatin1Char('"'));
    return text;
}

QByteArray loggableHeader(const QByteArray &name, const QByteArray &value) {
    const QByteArray lower = name.toLower();
    if (lower == "x-auth-token" || lower == "x-subject-token" || lower == "authorization" ||
        lower == "x-security-token")
        return kRedacted.toLatin1();
    return redact(QString::fromLatin1(value)).toLatin1();
}

QString applyLogLevel(const QString &level) {
    // The categories are declared at warning; rules lift them (later rules win).
    if (level == QLatin1String("debug")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("imsdesk.*.info=true\nimsdesk.*.debug=true"));
        return level;
    }
    if (level == QLatin1String("warning")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("imsdesk.*.info=false\nimsdesk.*.debug=false"));
        return level;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("imsdesk.*.info=true\nimsdesk.*.debug=false"));
    return QStringLiteral("info");
}

void installRedactingMessageHandler() {
    if (g_installed)
        return;
    g_installed = true;
    LogBuffer::global(); // made here, on the main thread, where its readers are
    g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace ims
