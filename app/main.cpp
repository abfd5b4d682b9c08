// imsdesk: the composition root. Parses the command line, builds the services and wires them to
// the main window.
#include "imagetablemodel.h"
#include "joblistmodel.h"
#include "mainwindow.h"

#include "imsdesk_version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imsdesk"));
    QApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));
    QApplication::setDesktopFileName(QStringLiteral("imsdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Browse and manage machine images on IMS (Huawei Cloud, Open Telekom "
                       "Cloud, G42 Cloud) and OpenStack Glance clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    ims::ImageTableModel images;
    ims::JobListModel jobs;
    ims::MainWindow window(&images, &jobs);
    window.show();
    return QApplication::exec();
}
