#pragma once

#include <QByteArray>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace ims {

// What a second imsdesk hands the first: its command line and the directory that relative paths
// in it are relative to.
struct InstanceMessage {
    QStringList arguments; // without the program's name
    QString workingDirectory;
};

// The bytes on the socket, one frame per connection: a 4-byte big-endian length, then that many
// bytes of a JSON object {"version": 1, "arguments": [...], "working_directory": "/…"}. JSON
// rather than QDataStream: a hostile count in a QDataStream list makes Qt reserve that much.
namespace instancemessage {
inline constexpr int kVersion = 1;
inline constexpr qsizetype kMaxSize = 256 * 1024; // far beyond any real command line
inline constexpr qsizetype kMaxArguments = 4096;

QByteArray encode(const InstanceMessage &message);

enum class Frame {
    Incomplete, // wait for more bytes
    Complete,   // `message` is filled and the frame removed from the buffer
    Malformed,  // `why` says what; the connection is to be dropped
};
// Takes the first frame from `buffer` (what a connection has sent so far).
Frame takeFrame(QByteArray *buffer, InstanceMessage *message, QString *why);
} // namespace instancemessage

// One imsdesk per user and data directory: a second window would follow and rewrite the same
// jobs as the first. The first instance holds a QLockFile in the per-user runtime directory (race
// free: of two started at once exactly one gets it; the lock of a killed instance is taken over)
// and, while holding it, listens on a local socket beside it. Any other instance connects there,
// hands over its command line and ends.
//
// The name follows the data and config directories (XDG_DATA_HOME, XDG_CONFIG_HOME): an
// instance on other directories (a test's temporary HOME) shares no jobs, so it is not a second
// instance. `scope` separates worlds that run side by side on the same directories: the
// sandbox's window (its own in-process cloud, whose "Sandbox" jobs no real profile follows) does
// not raise the window of the real clouds, but a second --sandbox raises the first.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(const QString &scope = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Claim {
        First,      // this process is the instance: it listens and emits activated()
        HandedOver, // the running instance has the message: this process ends
        Unanswered, // another live process holds the lock but does not take the message
        Unguarded,  // the runtime directory cannot hold the lock: run, but unguarded
    };
    // Blocks for a few seconds at most; meant for before the window exists.
    Claim claim(const InstanceMessage &message, QString *why);

    QString socketPath() const { return m_socketPath; }

signals:
    // A second instance started, with this command line.
    void activated(const ims::InstanceMessage &message);

private:
    enum class HandOver { Delivered, NotListening, NoAnswer };
    HandOver handOver(const InstanceMessage &message, QString *why) const;
    bool listen(QString *why);
    void serve(QLocalSocket *socket);

    QString m_socketPath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace ims
