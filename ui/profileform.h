#pragma once

#include "profile.h"

#include <QWidget>

class QColor;

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace ims {

// The fields of one profile and its secrets: cloud preset, region, endpoints, password or
// AK/SK, domain, user, project, CA bundle, colour, name and "remember credentials". It only
// edits values; whoever owns it decides what to do with them.
class ProfileForm final : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    Profile profile() const;
    Credentials credentials() const;
    bool remember() const;
    void setProfile(const Profile &profile, const Credentials &credentials, bool remember);
    // A fresh profile for this cloud kind: the first region preset filled in.
    void startNew(CloudKind cloud);
    // Puts the cursor in the password (or secret key) field, for a retry after a failed login.
    void focusSecret();
    // What is missing before a login can be tried, for the user; empty when complete.
    QString missing() const;
    // Why the profile cannot be stored as typed (its name, a URL with a password in it), for the
    // user; empty when it can. Whether another profile has the name is the store's to say.
    QString problem() const;

    // The palette offered for a profile's colour ("" = none).
    static QList<QPair<QString, QString>> colours();
    // The palette's name of `colour` ("Red (production)"), for those who do not see the
    // swatch; empty for none or one not in the palette.
    static QString colourName(const QColor &colour);
    // A small round swatch of a profile's colour (an empty ring for none).
    static QIcon swatch(const QString &colour);

signals:
    void edited();

private:
    void buildFields();
    void onCloudChanged();
    void onRegionChanged();
    void updateAuthRows();
    void chooseCaBundle();
    CloudKind cloud() const;

    QFormLayout *m_layout;
    QLineEdit *m_name;
    QComboBox *m_cloud;
    QComboBox *m_region;
    QLineEdit *m_identityUrl;
    QLineEdit *m_imageUrl;
    QComboBox *m_auth;
    QLineEdit *m_domain;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_projectName;
    QLineEdit *m_projectId;
    QLineEdit *m_caBundle;
    QComboBox *m_colour;
    QCheckBox *m_allowInsecureHttp;
    QCheckBox *m_remember;
    QString m_ecsUrl; // kept from the loaded profile; not edited here
    // A temporary AK/SK's token, kept from the loaded profile (there is no field for it) as long
    // as its access key is not changed.
    QString m_securityToken;
    QString m_tokenAccessKey;
};

} // namespace ims
