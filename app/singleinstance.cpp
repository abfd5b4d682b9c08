#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <memory>

Q_LOGGING_CATEGORY(lcInstance, "imsdesk.instance", QtInfoMsg)

namespace ims {

namespace instancemessage {

namespace {
constexpr qsizetype kLengthSize = 4;
} // namespace

QByteArray encode(const InstanceMessage &message) {
    const QJsonObject object{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("arguments"), QJsonArray::fromStringList(message.arguments)},
        {QStringLiteral("working_directory"), message.workingDirectory}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray frame(kLengthSize, '\0');
    qToBigEndian(quint32(json.size()), frame.data());
    return frame + json;
}

Frame takeFrame(QByteArray *buffer, InstanceMessage *message, QString *why) {
    if (buffer->size() < kLengthSize)
        return Frame::Incomplete;
    const quint32 length = qFromBigEndian<quint32>(buffer->constData());
    if (length == 0 || length > quint32(kMaxSize)) {
        *why = QStringLiteral("a message of %1 bytes (at most %2)").arg(length).arg(kMaxSize);
        return Frame::Malformed;
    }
    if (buffer->size() < kLengthSize + qsizetype(length))
        return Frame::Incomplete;
    const QByteArray json = buffer->mid(kLengthSize, length);
    buffer->remove(0, kLengthSize + length);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *why = QStringLiteral("not a JSON object (%1)").arg(error.errorString());
        return Frame::Malformed;
    }
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QLatin1String("version"));
    if (version.toInt(-1) != kVersion) {
        *why = version.isDouble()
                   ? QStringLiteral("version %1, not %2").arg(version.toDouble()).arg(kVersion)
                   : QStringLiteral("no version number");
        return Frame::Malformed;
    }
    const QJsonValue arguments = object.value(QLatin1String("arguments"));
    const QJsonValue directory = object.value(QLatin1String("working_directory"));
    if (!arguments.isArray() || arguments.toArray().size() > kMaxArguments) {
        *why = QStringLiteral("no list of at most %1 arguments").arg(kMaxArguments);
        return Frame::Malformed;
    }
    if (!directory.isString() || !QDir::isAbsolutePath(directory.toString())) {
        *why = QStringLiteral("no absolute working directory");
        return Frame::Malformed;
    }
    InstanceMessage read;
    for (const QJsonValue &argument : arguments.toArray()) {
        if (!argument.isString()) {
            *why = QStringLiteral("an argument that is not a string");
            return Frame::Malformed;
        }
        read.arguments << argument.toString();
    }
    read.workingDirectory = directory.toString();
    *message = std::move(read);
    return Frame::Complete;
}

} // namespace instancemessage

namespace {

constexpr QByteArrayView kAnswer = "ok\n"; // the first instance took the message
constexpr int kClaimMs = 5000;             // for a first instance between its lock and its listen()
constexpr int kAnswerMs = 15000;           // the first may be busy building its window
constexpr int kServeMs = 10000; // a connection that sends no whole message by then is dropped

// <runtime dir>/io.github.imsdesk.imsdesk[-scope]-<hash of the data and config directories>
QString instanceBase(const QString &scope) {
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    const QString directories =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('\n') +
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QByteArray hash =
        QCryptographicHash::hash(directories.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString name = QStringLiteral("io.github.imsdesk.imsdesk");
    if (!scope.isEmpty())
        name += QLatin1Char('-') + scope;
    return runtime + QLatin1Char('/') + name + QLatin1Char('-') + QString::fromLatin1(hash);
}

} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent)
    : QObject(parent)
    , m_socketPath(instanceBase(scope) + QStringLiteral(".socket"))
    , m_lock(instanceBase(scope) + QStringLiteral(".lock")) {
    // Held for as long as the window is open: never stale by age, only when its process is gone.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close(); // removes the socket before the lock is given up
}

SingleInstance::Claim SingleInstance::claim(const InstanceMessage &message, QString *why) {
    if (!QDir::isAbsolutePath(m_socketPath)) { // instanceBase() found no runtime directory
        *why = QStringLiteral("there is no runtime directory");
        return Claim::Unguarded;
    }
    const QDeadlineTimer deadline(kClaimMs);
    for (;;) {
        // tryLock() takes over the lock of a process that is gone (crashed, killed).
        if (m_lock.tryLock(0)) {
            if (!listen(why))
                qCWarning(lcInstance, "a second imsdesk cannot reach this one: %s",
                          qPrintable(*why));
            return Claim::First;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            *why = QStringLiteral("cannot create the lock file %1").arg(m_lock.fileName());
            return Claim::Unguarded;
        }
        switch (handOver(message, why)) {
        case HandOver::Delivered:
            return Claim::HandedOver;
        case HandOver::NoAnswer:
            return Claim::Unanswered;
        case HandOver::NotListening: // starting (locked, not yet listening), or just ended
            break;
        }
        if (deadline.hasExpired()) {
            qint64 pid = 0;
            QString host, application;
            m_lock.getLockInfo(&pid, &host, &application);
            *why = QStringLiteral("process %1 holds %2 but does not listen on %3")
                       .arg(pid)
                       .arg(m_lock.fileName(), m_socketPath);
            return Claim::Unanswered;
        }
        QThread::msleep(50);
    }
}

SingleInstance::HandOver SingleInstance::handOver(const InstanceMessage &message,
                                                  QString *why) const {
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(1000))
        return HandOver::NotListening;
    socket.write(instancemessage::encode(message));
    QByteArray answer;
    const QDeadlineTimer deadline(kAnswerMs);
    while (answer.size() < kAnswer.size() && !deadline.hasExpired() &&
           (socket.bytesAvailable() > 0 || socket.waitForReadyRead(int(deadline.remainingTime()))))
        answer += socket.readAll();
    if (answer.startsWith(kAnswer))
        return HandOver::Delivered;
    // Closed without an answer: the first is quitting (it stopped listening); its lock is free
    // soon.
    if (socket.state() != QLocalSocket::ConnectedState)
        return HandOver::NotListening;
    *why = QStringLiteral("it did not take the command line within %1 s").arg(kAnswerMs / 1000);
    return HandOver::NoAnswer;
}

bool SingleInstance::listen(QString *why) {
    // The lock is ours: a socket there is a crashed instance's (listen() with UserAccessOption
    // would replace it, without it fail on it).
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    // Once the window is gone nothing answers: a second start then waits for the lock instead.
    connect(qApp, &QCoreApplication::aboutToQuit, m_server, &QLocalServer::close);
    if (m_server->listen(m_socketPath))
        return true;
    *why = m_server->errorString();
    return false;
}

void SingleInstance::serve(QLocalSocket *socket) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kServeMs, socket, [socket] {
        qCWarning(lcInstance, "ignored a connection that sent no whole message");
        socket->abort();
        socket->deleteLater();
    });
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->read(instancemessage::kMaxSize + 8 - buffer->size());
        InstanceMessage message;
        QString why;
        switch (instancemessage::takeFrame(buffer.get(), &message, &why)) {
        case instancemessage::Frame::Incomplete:
            return;
        case instancemessage::Frame::Malformed:
            qCWarning(lcInstance, "ignored a message from another imsdesk: %s", qPrintable(why));
            socket->abort();
            socket->deleteLater();
            return;
        case instancemessage::Frame::Complete:
            break;
        }
        socket->write(kAnswer.data(), kAnswer.size());
        socket->disconnectFromServer(); // after the answer is written
        // Each argument quoted: what the second instance was given, spaces and all.
        qCInfo(lcInstance) << "activated by a second instance in"
                           << QDir::toNativeSeparators(message.workingDirectory) << "with"
                           << message.arguments;
        emit activated(message);
    });
}

} // namespace ims
