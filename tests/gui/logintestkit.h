#pragma once

// Shared by the login GUI tests: an in-process sandbox on the real clock, and helpers that fill
// the profile dialog through its widgets as a user would.
#include "profiledialog.h"
#include "profileform.h"
#include "profilestore.h"
#include "sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace logintest {

class Sandbox final {
public:
    Sandbox() {
        m_server = std::make_unique<sandbox::SandboxServer>();
        m_port = m_server->start(0);
        for (const auto &[name, value] : m_server->environment())
            m_env.insert(name, value);
    }
    bool started() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString env(const char *name) const { return m_env.value(QLatin1String(name)); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    quint16 m_port = 0;
    QMap<QString, QString> m_env;
};

template <typename T> T *child(QObject *root, const char *name) {
    T *found = root->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

inline void type(QObject *root, const char *name, const QString &text) {
    auto *edit = child<QLineEdit>(root, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void choose(QObject *root, const char *name, int data) {
    auto *combo = child<QComboBox>(root, name);
    combo->setCurrentIndex(combo->findData(data));
}

struct Entry {
    QString name;
    bool aksk = false;
    QString identityUrl; // OS_AUTH_URL, "/v3" included as users paste it
    QString user;
    QString password;
    QString project;
    QString projectId; // AK/SK only
    QString accessKey;
    QString secretKey;
    QString imageUrl;
    bool remember = true;
};

inline Entry sandboxEntry(const Sandbox &s, const QString &name, bool aksk) {
    Entry e;
    e.name = name;
    e.aksk = aksk;
    e.identityUrl = s.env("OS_AUTH_URL");
    e.user = s.env("OS_USERNAME");
    e.password = s.env("OS_PASSWORD");
    e.project = s.env("OS_PROJECT_NAME");
    e.accessKey = s.env("OS_ACCESS_KEY");
    e.secretKey = s.env("OS_SECRET_KEY");
    e.imageUrl = aksk ? s.env("OS_IMAGE_ENDPOINT") : QString();
    e.projectId = aksk ? s.env("OS_PROJECT_ID") : QString();
    return e;
}

// Picks "Sandbox" and types every field, as a user of the dialog does.
inline void fill(ims::ProfileDialog *dialog, const Entry &e, const QString &domain,
                 const QString &region) {
    choose(dialog, "cloud", int(ims::CloudKind::Sandbox));
    type(dialog, "name", e.name);
    child<QComboBox>(dialog, "region")->setEditText(region);
    type(dialog, "identityUrl", e.identityUrl);
    type(dialog, "imageUrl", e.imageUrl);
    choose(dialog, "auth", int(e.aksk ? ims::AuthMode::AkSk : ims::AuthMode::Password));
    if (e.aksk) {
        type(dialog, "accessKey", e.accessKey);
        type(dialog, "secretKey", e.secretKey);
    } else {
        type(dialog, "domain", domain);
        type(dialog, "user", e.user);
        type(dialog, "password", e.password);
    }
    type(dialog, "projectName", e.project);
    type(dialog, "projectId", e.projectId);
    child<QCheckBox>(dialog, "remember")->setChecked(e.remember);
}

// A stored default password profile for the sandbox, as an earlier run left it (no secret).
inline void storeDefaultProfile(const QString &ini, const QString &name, const Sandbox &s) {
    ims::ProfileStore store(ini);
    ims::Profile p;
    p.name = name;
    p.cloud = ims::CloudKind::Sandbox;
    p.identityUrl = QUrl(s.env("OS_AUTH_URL").chopped(3));
    p.userName = s.env("OS_USERNAME");
    p.domainName = s.env("OS_USER_DOMAIN_NAME");
    p.projectName = s.env("OS_PROJECT_NAME");
    store.save(p);
    store.setDefaultProfile(p.name);
}

inline void click(ims::ProfileDialog *dialog, const char *button) {
    QTest::mouseClick(child<QAbstractButton>(dialog, button), Qt::LeftButton);
}

inline QString notice(ims::ProfileDialog *dialog) {
    return dialog->noticeLabel()->isVisibleTo(dialog) ? dialog->noticeLabel()->text() : QString();
}

} // namespace logintest
