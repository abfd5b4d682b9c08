#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace ims {

// ECS servers for the create-image dialog: name, status, flavor, OS, id. Running servers are
// marked, because IMS makes images only from stopped ones (IMG.0008).
class ServerListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Status, Flavor, Os, Id, ColumnCount };
    enum Role { ServerIdRole = Qt::UserRole + 1, StoppedRole };

    explicit ServerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setServers(const QList<Server> &servers);
    const Server *server(const QString &id) const;

private:
    QList<Server> m_servers;
};

} // namespace ims
