#pragma once

// The whole product driven by GUI tests: a DesktopApp logged in to an in-process sandbox
// (DesktopFixture) or to the cloud a profile names (DesktopDriver).
#include "desktopapp.h"
#include "imagetableview.h"
#include "jobstore.h"
#include "mainwindow.h"
#include "sandboxlogin.h"
#include "sandboxserver.h"
#include "tokenbody.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The real DesktopApp and its window, driven as a user would, on whatever cloud a profile names
// (tests/peer's Glance too).
struct DesktopDriver {
    // Test processes run at once (ctest -j, several checkouts): each has a home of its own, so
    // that the job file a window follows while it runs is this process's only. Each test starts
    // like a first run: no settings, no followed jobs, no cached listings.
    static void isolateHome() {
        static QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true); // settings, caches and the job file stay private
        QSettings().clear();
        QFile::remove(ims::JobStore::defaultPath());
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    }

    // A fresh application connected to `profile`, shown, once its login is done.
    ims::DesktopApp *startWith(const ims::Profile &profile, const ims::Credentials &credentials) {
        app.reset(); // a restart: the old window saves its state before the new one reads it
        app = std::make_unique<ims::DesktopApp>();
        app->connectTo(profile, credentials);
        app->window()->show();
        if (!QTest::qWaitFor([this] { return app->session()->isReady(); }, 15000))
            qWarning("the login did not finish in time");
        return app.get();
    }

    ims::MainWindow *window() const { return app->window(); }

    // Clicks the view tab that reads `text` ("All regions"); false when there is none.
    bool openView(const QString &text) const {
        auto *tabs = window()->findChild<QTabBar *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->tabText(i) == text) {
                tabs->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }

    // The row of the image called `name`, once the listing shows it; -1 after the timeout.
    int waitForImage(const QString &name, int timeoutMs = 15000) const {
        for (QElapsedTimer timer; !timer.isValid() || timer.elapsed() < timeoutMs;) {
            if (!timer.isValid())
                timer.start();
            for (int row = 0; row < app->images()->rowCount(); ++row) {
                if (app->images()->at(row).name == name)
                    return row;
            }
            QTest::qWait(50);
        }
        return -1;
    }

    // Every row of the listing is in: a partitioned listing's chains reach the table in
    // several batches, so one image being shown does not mean the others are.
    bool waitForListing(int timeoutMs = 15000) const {
        return QTest::qWaitFor([this] { return !app->browser()->isLoading(); }, timeoutMs);
    }

    bool select(const QString &name) const {
        const int row = waitForImage(name);
        return row >= 0 && window()->selectImage(app->images()->at(row).id);
    }

    template <typename Dialog> Dialog *openDialog(const QString &action) const {
        app->operations()->action(action)->trigger();
        for (int i = 0; i < 100; ++i) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible())
                    return dialog;
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

    // The jobs panel's row for the newest job in `status`, within `timeoutMs`.
    const ims::TrackedJob *waitForJob(const QString &status, int timeoutMs = 20000) const {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (int row = app->jobs()->rowCount() - 1; row >= 0; --row) {
                if (app->jobs()->at(row).statusName() == status)
                    return &app->jobs()->at(row);
            }
            QTest::qWait(50);
        }
        return nullptr;
    }

    std::unique_ptr<ims::DesktopApp> app;
};

// A DesktopDriver with an in-process sandbox to log in to.
struct DesktopFixture : DesktopDriver {
    explicit DesktopFixture(sandbox::SandboxOptions options = fastJobs())
        : server(options) {
        isolateHome();
        port = server.start(0);
    }

    // A sandbox that plays plain OpenStack Glance (no IMS extension), for start(…, OpenStack).
    static sandbox::SandboxOptions plainGlance() {
        sandbox::SandboxOptions options = fastJobs();
        options.flavor = sandbox::Flavor::Glance;
        return options;
    }

    static sandbox::SandboxOptions fastJobs() {
        sandbox::SandboxOptions options;
        options.jobSeconds = 1.5;
        return options;
    }

    // A fresh application (a "restart" when called again), logged in as the main or partner user.
    // `cloud` overrides the profile's cloud kind: OpenStack makes a session without the IMS
    // extension (with plainGlance(), a cloud that has none).
    ims::DesktopApp *start(bool member = false, std::optional<ims::CloudKind> cloud = {}) {
        ims::Credentials credentials;
        QString why;
        auto profile = ims::sandboxProfile(server, &credentials, &why, member);
        if (!profile)
            qFatal("sandbox profile: %s", qPrintable(why));
        if (cloud)
            profile->cloud = *cloud;
        return startWith(*profile, credentials);
    }

    // An HTTP answer: status 0 when none came within five seconds.
    struct Answer {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    // A request to the sandbox's admin API (faults, quotas), with this run's admin token.
    // Returns the HTTP status, 0 without an answer within five seconds.
    int admin(const QByteArray &verb, const QString &path, const QByteArray &json = {}) const {
        return adminAnswer(verb, path, json).status;
    }
    Answer adminAnswer(const QByteArray &verb, const QString &path,
                       const QByteArray &json = {}) const {
        return send(verb, path, json, "X-Sandbox-Admin-Token", server.adminToken().toUtf8());
    }

    // A request as the main user through a login of its own, not the window's session: what
    // the cloud holds, read by a second client.
    Answer asUser(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const QString &contentType = QStringLiteral("application/json")) {
        if (m_userToken.isEmpty()) {
            QMap<QString, QString> env;
            for (const auto &[name, value] : server.environment())
                env.insert(name, value);
            const QJsonObject login = passwordLogin(env["OS_USERNAME"], env["OS_PASSWORD"],
                                                    env["OS_PROJECT_ID"], ProjectBy::Id);
            m_userToken = send("POST", QStringLiteral("/v3/auth/tokens"),
                               QJsonDocument(login).toJson(), {}, {}, {}, "X-Subject-Token")
                              .body;
        }
        return send(verb, path, body, "X-Auth-Token", m_userToken, contentType);
    }
    QString projectId() const {
        for (const auto &[name, value] : server.environment()) {
            if (name == QLatin1String("OS_PROJECT_ID"))
                return value;
        }
        return {};
    }

    sandbox::SandboxServer server;
    quint16 port = 0;

private:
    // `header`: one request header; `answerHeader`: a reply header returned as the body.
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &json,
                const QByteArray &header, const QByteArray &value, QString contentType = {},
                const QByteArray &answerHeader = {}) const {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(server.baseUrl() + path));
        if (!header.isEmpty())
            request.setRawHeader(header, value);
        if (!json.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              contentType.isEmpty() ? QStringLiteral("application/json")
                                                    : contentType);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, json);
        QSignalSpy done(reply, &QNetworkReply::finished);
        Answer answer;
        if (done.wait(5000)) {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body =
                answerHeader.isEmpty() ? reply->readAll() : reply->rawHeader(answerHeader);
        }
        reply->deleteLater();
        return answer;
    }

    QByteArray m_userToken;
};
