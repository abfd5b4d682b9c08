#pragma once

#include "apierror.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ims {

class Session;

// A server that was created from an image, where it lives.
struct ServerRef final {
    QString id;
    QString name;
    QString status; // ACTIVE, SHUTOFF, …
    QString region;
    QString profile;
    QString imageId;
    bool operator==(const ServerRef &) const = default;
};

// Which servers run from each image, per region: the ECS server list of each region (it carries
// the image id of every server) turned into image id → servers, for a "Used by" column, the
// details pane and the delete dialog's impact. A region's list replaces that region's earlier
// one; a region whose list fails keeps what it had and says so (failed), the others are not
// touched.
class ServerUsage final : public QObject {
    Q_OBJECT

public:
    explicit ServerUsage(QObject *parent = nullptr);
    ~ServerUsage() override;

    // Lists the region's servers through `session` (GET /v1/{project}/cloudservers/detail);
    // `changed` or `failed` follows. A refresh of a region still listing replaces it.
    void refresh(const QString &profile, const QString &region, Session *session);
    // A profile left: its lists still running are cancelled (their sessions go with it) and
    // its servers are forgotten; `changed` follows for each region it had.
    void forget(const QString &profile);
    // The same from a list already read (imsctl, tests).
    void setServers(const QString &profile, const QString &region, const QList<Server> &servers);

    QList<ServerRef> serversOf(const QString &imageId) const;
    int countOf(const QString &imageId) const { return int(serversOf(imageId).size()); }
    // For the delete dialog: "3 servers in eu-de were created from it", regions joined ("2 servers
    // in eu-de and 1 server in eu-nl …"); empty when none is known.
    QString impactText(const QString &imageId) const;
    // Whether the region's list was read at least once (an unknown usage is not "unused").
    bool isKnown(const QString &profile, const QString &region) const;

signals:
    void changed(const QString &profile, const QString &region);
    void failed(const QString &profile, const QString &region, const ims::ApiError &error);

private:
    struct Key {
        QString profile;
        QString region;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0) {
            return qHashMulti(seed, k.profile, k.region);
        }
    };
    QHash<Key, QList<ServerRef>> m_servers;     // per region, as listed
    QHash<Key, QPointer<QObject>> m_requests;   // the request listing each region
    QHash<QString, QList<ServerRef>> m_byImage; // rebuilt after each region's list
    void reindex();
};

} // namespace ims
