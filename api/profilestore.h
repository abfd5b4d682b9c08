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
    // Why `name` cannot be stored, for the user; empty when it can. A stored name matching it
    // case-insensitively is a clash, except `replacing` (the profile being edited or renamed).
    QString nameProblem(const QString &name, const QString &replacing = {}) const;
    // The stored name equal to `name` case-insensitively; empty when there is none.
    QString existingName(const QString &name) const;
    // Refuses (false, nothing written) a name that profileNameProblem() refuses.
    bool save(const Profile &profile);
    // Replaces the profile `from` by `to` (another name), the default following it. Refuses
    // like save().
    bool rename(const QString &from, const Profile &to);
    void remove(const QString &name);
    QString defaultProfile() const;
    void setDefaultProfile(const QString &name);
    QString fileName() const { return m_file; }

private:
    QString m_file;
};

} // namespace ims
