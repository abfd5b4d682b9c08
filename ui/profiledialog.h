#pragma once

#include "profile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QToolButton;

namespace ims {

class ProfileForm;

// Create, edit, test, delete and import profiles. A widget only: it emits what the user asked
// for and shows the results it is given (app/LoginController does the work). Non-modal, so the
// main window stays usable while a login is tried.
class ProfileDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Notice { Info, Busy, Success, Error, Warning };
    Q_ENUM(Notice)

    explicit ProfileDialog(QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    QString currentName() const;

    // `colours` ("#rrggbb" or empty) go with `names`, one each.
    void setProfiles(const QStringList &names, const QStringList &colours, const QString &current);
    // Shows a stored profile; `remembered` says whether its secrets came from the keychain.
    void showProfile(const Profile &profile, const Credentials &credentials, bool remembered);
    // The form's profile was stored under `name`: later saves of the form replace that entry.
    // The fields are left exactly as typed.
    void markSaved(const QString &name);
    // The result of a test, login, import…; Busy disables the actions until the next notice.
    void showNotice(Notice notice, const QString &text);
    // The keychain cannot be used: shown until the dialog is closed, beside any other notice.
    void showKeychainProblem(const QString &text);
    // The clouds.yaml files found in the standard places, offered in the Import menu.
    void setCloudsYamlLocations(const QStringList &paths);

    QLabel *noticeLabel() const { return m_notice; }
    QLabel *keychainLabel() const { return m_keychain; }
    QMenu *importMenu() const { return m_importMenu; }

signals:
    void profileSelected(const QString &name);
    void testRequested(const ims::Profile &profile, const ims::Credentials &credentials);
    // `previousName` is the stored profile being edited (empty for a new one), so a rename can
    // drop the old entry.
    void saveRequested(const ims::Profile &profile, const ims::Credentials &credentials,
                       bool remember, const QString &previousName);
    void connectRequested(const ims::Profile &profile, const ims::Credentials &credentials,
                          bool remember, const QString &previousName);
    void deleteRequested(const QString &name);
    void importRequested(const QString &path);

private:
    QWidget *buildButtons();
    bool checkComplete();
    void chooseCloudsYaml();

    QListWidget *m_list;
    ProfileForm *m_form;
    QLabel *m_notice;
    QLabel *m_keychain;
    QMenu *m_newMenu;
    QMenu *m_importMenu;
    QToolButton *m_delete;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_connect;
    QString m_loadedName;
};

} // namespace ims
