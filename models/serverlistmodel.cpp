#include "serverlistmodel.h"

#include "apiwords.h"
#include "tone.h"

namespace ims {

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ServerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &server = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return server.name;
        case Status:
            return ApiWords::serverStatusLabel(server.status);
        case Flavor:
            return server.flavor;
        case Os:
            return server.osVersion;
        case Id:
            return server.id;
        }
        return {};
    case ToneRole:
        return int(index.column() == Status && !server.isStopped() ? Tone::Warning : Tone::Neutral);
    case Qt::ToolTipRole:
        return server.isStopped() ? QVariant()
                                  : tr("Stop the server before creating an image from it.");
    case ServerIdRole:
        return server.id;
    case StoppedRole:
        return server.isStopped();
    }
    return {};
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Server");
    case Status:
        return tr("Status");
    case Flavor:
        return tr("Flavor");
    case Os:
        return tr("OS");
    case Id:
        return tr("ID");
    }
    return {};
}

void ServerListModel::setServers(const QList<Server> &servers) {
    beginResetModel(); // a short list, replaced whole when reloaded
    m_servers = servers;
    endResetModel();
}

const Server *ServerListModel::server(const QString &id) const {
    for (const Server &server : m_servers) {
        if (server.id == id)
            return &server;
    }
    return nullptr;
}

} // namespace ims
