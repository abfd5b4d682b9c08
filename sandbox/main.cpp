// imsdesk-sandbox: the local IAM + IMS + ECS emulator as a program of its own.
#include "sandboxserver.h"

#include "imsdesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[]) {
    // Block the stop signals before any thread starts, so that only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local IAM + IMS + ECS emulator on 127.0.0.1 for imsdesk, imsctl and "
                       "OpenStack clients. Prints shell export lines, then '# ready'; stops on "
                       "SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "imsdesk-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }

    sandbox::SandboxServer server;
    if (server.start(quint16(port)) == 0) {
        std::fprintf(stderr, "imsdesk-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("export OS_IMAGE_ENDPOINT=%s\n# ready\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);

    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}
