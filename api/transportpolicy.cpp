#include "transportpolicy.h"

#include <QHostAddress>

namespace ims {

bool isLoopbackHost(const QString &host) {
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1); // "localhost." is the same name, fully qualified
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true; // RFC 6761 §6.3: always resolves to loopback
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false; // a name: it could resolve anywhere
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

QString insecureTransportReason(const QUrl &url, bool allowInsecureHttp) {
    if (allowInsecureHttp || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return {};
    if (isLoopbackHost(url.host()))
        return {};
    return QStringLiteral("plain http:// to %1 would send passwords and tokens unencrypted; use "
                          "https://, or allow insecure HTTP in the profile "
                          "(IMSDESK_ALLOW_INSECURE_HTTP=1 for the environment)")
        .arg(url.host());
}

} // namespace ims
