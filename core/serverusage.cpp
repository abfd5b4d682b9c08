#include "serverusage.h"

#include "inforequests.h"
#include "send.h"

#include <QMap>

namespace ims {

ServerUsage::ServerUsage(QObject *parent)
    : QObject(parent) {}

ServerUsage::~ServerUsage() = default;

void ServerUsage::refresh(const QString &profile, const QString &region, Session *session) {
    const Key key{profile, region};
    if (QObject *running = m_requests.value(key))
        delete running; // its handler never runs: the newer list replaces it
    m_requests[key] = send(new ListServersRequest(session), this,
                           [this, profile, region](const Result<QList<Server>> &result) {
                               m_requests.remove(Key{profile, region});
                               if (result)
                                   setServers(profile, region, result.value());
                               else
                                   emit failed(profile, region, result.error());
                           });
}

void ServerUsage::forget(const QString &profile) {
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it.key().profile != profile) {
            ++it;
            continue;
        }
        delete it.value().data(); // its handler never runs
        it = m_requests.erase(it);
    }
    QStringList regions;
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        if (it.key().profile != profile) {
            ++it;
            continue;
        }
        regions << it.key().region;
        it = m_servers.erase(it);
    }
    reindex();
    for (const QString &region : std::as_const(regions))
        emit changed(profile, region);
}

void ServerUsage::setServers(const QString &profile, const QString &region,
                             const QList<Server> &servers) {
    QList<ServerRef> refs;
    refs.reserve(servers.size());
    for (const Server &s : servers)
        if (!s.imageId.isEmpty())
            refs.append({s.id, s.name, s.status, region, profile, s.imageId});
    m_servers.insert(Key{profile, region}, refs);
    reindex();
    emit changed(profile, region);
}

void ServerUsage::reindex() {
    m_byImage.clear();
    for (const QList<ServerRef> &refs : std::as_const(m_servers))
        for (const ServerRef &ref : refs)
            m_byImage[ref.imageId].append(ref);
}

QList<ServerRef> ServerUsage::serversOf(const QString &imageId) const {
    return m_byImage.value(imageId);
}

bool ServerUsage::isKnown(const QString &profile, const QString &region) const {
    return m_servers.contains(Key{profile, region});
}

QString ServerUsage::impactText(const QString &imageId) const {
    QMap<QString, int> perRegion; // sorted, so that the sentence does not change order
    for (const ServerRef &ref : serversOf(imageId))
        ++perRegion[ref.region.isEmpty() ? ref.profile : ref.region];
    QStringList parts;
    int total = 0;
    for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it) {
        total += it.value();
        parts.append(it.value() == 1 ? tr("1 server in %1").arg(it.key())
                                     : tr("%1 servers in %2").arg(it.value()).arg(it.key()));
    }
    if (parts.isEmpty())
        return {};
    const QString last = parts.takeLast();
    const QString where =
        parts.isEmpty() ? last : parts.join(QStringLiteral(", ")) + tr(" and ") + last;
    return total == 1 ? tr("%1 was created from it").arg(where)
                      : tr("%1 were created from it").arg(where);
}

} // namespace ims
