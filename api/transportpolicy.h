#pragma once

#include <QString>
#include <QUrl>

namespace ims {

// Plain http:// sends passwords, tokens and AK/SK-signed requests in clear: it is refused for
// every host but this machine's loopback (the sandbox), unless the profile opts in.

// localhost (and *.localhost), 127.0.0.0/8, ::1, and an IPv4-mapped ::ffff:127.x.y.z. Decided on
// the URL's text alone: no name is ever looked up to decide.
bool isLoopbackHost(const QString &host);

// Why a request to `url` must not be sent, or an empty string when it may: "http" to a host
// that is not loopback while `allowInsecureHttp` is off. Other schemes are left to the network
// layer (https is the norm; anything else fails there).
QString insecureTransportReason(const QUrl &url, bool allowInsecureHttp);

} // namespace ims
