// imsctl: the command line over api/. Data goes to stdout, progress and errors to stderr.
#include "imsdesk_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Command line for IMS and OpenStack Glance images, sharing profiles and "
                       "keychain with imsdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
