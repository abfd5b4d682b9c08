#include "osversions.h"

#include <QJsonObject>

namespace sandbox {

const std::vector<OsVersion> &osVersions() {
    static const std::vector<OsVersion> table = {
        {"Ubuntu", "Ubuntu 22.04 server 64bit", 64, "Linux"},
        {"Ubuntu", "Ubuntu 20.04 server 64bit", 64, "Linux"},
        {"Ubuntu", "Ubuntu 18.04 server 64bit", 64, "Linux"},
        {"Ubuntu", "Ubuntu 14.04 server 64bit", 64, "Linux"},
        {"Debian", "Debian GNU/Linux 12.0.0 64bit", 64, "Linux"},
        {"Debian", "Debian GNU/Linux 10.0.0 64bit", 64, "Linux"},
        {"CentOS", "CentOS 7.9 64bit", 64, "Linux"},
        {"CentOS", "CentOS 7.7 64bit", 64, "Linux"},
        {"CentOS", "CentOS 7.6 64bit", 64, "Linux"},
        {"CentOS", "CentOS 7.3 64bit", 64, "Linux"},
        {"CentOS", "CentOS 7.0 64bit", 64, "Linux"},
        {"OpenSUSE", "openSUSE 15.5 64bit", 64, "Linux"},
        {"OpenSUSE", "openSUSE 15.1 64bit", 64, "Linux"},
        {"SUSE", "SUSE Linux Enterprise Server 15 SP1 64bit", 64, "Linux"},
        {"Fedora", "Fedora 38 64bit", 64, "Linux"},
        {"Fedora", "Fedora 30 64bit", 64, "Linux"},
        {"EulerOS", "EulerOS 2.9 64bit", 64, "Linux"},
        {"Oracle Linux", "Oracle Linux Server release 8.6 64bit", 64, "Linux"},
        {"Oracle Linux", "Oracle Linux Server release 7.6 64bit", 64, "Linux"},
        {"Red Hat", "Redhat Linux Enterprise 8.0 64bit", 64, "Linux"},
        {"CoreOS", "CoreOS 1068.10.0", 64, "Linux"},
        {"Windows", "Windows Server 2022 Standard 64bit", 64, "Windows"},
        {"Windows", "Windows Server 2016 Standard 64bit", 64, "Windows"},
        {"Windows", "Windows Server 2012 R2 Standard 64bit", 64, "Windows"},
        {"Other", "Other Linux(64 bit)", 64, "Linux"},
        {"Other", "Other(32 bit)", 32, "Linux"},
    };
    return table;
}

const OsVersion *findOsVersion(const QString &version) {
    for (const OsVersion &os : osVersions())
        if (version == QLatin1String(os.version))
            return &os;
    return nullptr;
}

QJsonArray osVersionsJson() {
    QJsonArray out;
    QString platform;
    QJsonArray list;
    const auto flush = [&] {
        if (!list.isEmpty())
            out.append(QJsonObject{{QStringLiteral("platform"), platform},
                                   {QStringLiteral("version_list"), list}});
        list = QJsonArray();
    };
    for (const OsVersion &os : osVersions()) {
        if (platform != QLatin1String(os.platform)) {
            flush();
            platform = QString::fromLatin1(os.platform);
        }
        list.append(QJsonObject{{QStringLiteral("platform"), platform},
                                {QStringLiteral("os_version_key"), QString::fromLatin1(os.version)},
                                {QStringLiteral("os_version"), QString::fromLatin1(os.version)},
                                {QStringLiteral("os_bit"), os.bit},
                                {QStringLiteral("os_type"), QString::fromLatin1(os.type)}});
    }
    flush();
    return out;
}

bool applyOsVersion(Image &image, const QString &version) {
    const OsVersion *os = findOsVersion(version);
    if (!os)
        return false;
    image.props[QStringLiteral("__os_version")] = version;
    image.props[QStringLiteral("__platform")] = QString::fromLatin1(os->platform);
    image.props[QStringLiteral("__os_type")] = QString::fromLatin1(os->type);
    image.props[QStringLiteral("__os_bit")] = QString::number(os->bit);
    return true;
}

} // namespace sandbox
