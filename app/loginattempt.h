#pragma once

#include "apierror.h"
#include "profile.h"
#include "session.h"

#include <QObject>
#include <QPointer>

namespace ims {

// Why a login failed, as far as the client can tell.
enum class LoginProblem { WrongCredentials, UnknownProject, Unreachable, Tls, Timeout, Other };

LoginProblem classifyLoginError(const ApiError &error);
// The sentence shown inline in the profile dialog: what went wrong and what to check, with the
// server's code and request id where there is one. Never contains a secret.
QString loginFailureText(LoginProblem problem, const ApiError &error, const Profile &profile);

// One login try with a profile and its secrets, on its own short-lived Session, without
// blocking: a token for a password, a signed quota request for AK/SK (so that a wrong secret
// key is noticed here, not at the first image request). A password is first checked without a
// project scope, to tell a wrong password from an unknown project with one failed login at most.
class LoginAttempt final : public QObject {
    Q_OBJECT

public:
    LoginAttempt(const Profile &profile, const Credentials &credentials, QObject *parent = nullptr);
    ~LoginAttempt() override;
    void start();

signals:
    void succeeded();
    void failed(ims::LoginProblem problem, const QString &text);

private:
    void fail(const ApiError &error);
    void checkPassword();
    void checkKeys();

    Profile m_profile;
    Credentials m_credentials;
    QPointer<Session> m_session;
};

} // namespace ims
