#pragma once

#include "profile.h"

#include <QStringList>

#include <optional>

namespace ims {

// The non-secret profile fields in a versioned settings file shared by imsdesk and imsctl.
// Secrets never go here (SecretStore).
class ProfileStore final {
public:
    // The shared file in the user's config folder.
    ProfileStore();
    // An explicit file (tests).
    explicit ProfileStore(const QString &iniFile);

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);
    QString defaultProfile() const;
    void setDefaultProfile(const QString &name);
    QString fileName() const { return m_file; }

private:
    QString m_file;
};

} // namespace ims
