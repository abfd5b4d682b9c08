#pragma once

// A DesktopApp logged in to an in-process sandbox, for GUI tests that drive the whole product.
#include "desktopapp.h"
#include "imagetableview.h"
#include "jobstore.h"
#include "mainwindow.h"
#include "sandboxlogin.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct DesktopFixture {
    explicit DesktopFixture(sandbox::SandboxOptions options = fastJobs())
        : server(options) {
        // Test processes run at once (ctest -j, several checkouts): each has a home of its own,
        // so that the job file a window follows while it runs is this process's only.
        static QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true); // settings, caches and the job file stay private
        // Each test starts like a first run: no settings, no followed jobs, no cached listings.
        QSettings().clear();
        QFile::remove(ims::JobStore::defaultPath());
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        port = server.start(0);
    }

    static sandbox::SandboxOptions fastJobs() {
        sandbox::SandboxOptions options;
        options.jobSeconds = 1.5;
        return options;
    }

    // A fresh application (a "restart" when called again), logged in as the main or partner user.
    ims::DesktopApp *start(bool member = false) {
        app.reset(); // a restart: the old window saves its state before the new one reads it
        app = std::make_unique<ims::DesktopApp>();
        ims::Credentials credentials;
        QString why;
        const auto profile = ims::sandboxProfile(server, &credentials, &why, member);
        if (!profile)
            qFatal("sandbox profile: %s", qPrintable(why));
        app->connectTo(*profile, credentials);
        app->window()->show();
        if (!QTest::qWaitFor([this] { return app->session()->isReady(); }, 15000))
            qWarning("the sandbox login did not finish in time");
        return app.get();
    }

    ims::MainWindow *window() const { return app->window(); }

    // A request to the sandbox's admin API (faults, quotas), with this run's admin token.
    // Returns the HTTP status, 0 without an answer within five seconds.
    int admin(const QByteArray &verb, const QString &path, const QByteArray &json = {}) const {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(server.baseUrl() + path));
        request.setRawHeader("X-Sandbox-Admin-Token", server.adminToken().toUtf8());
        if (!json.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, verb, json);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool answered = done.wait(5000);
        const int status =
            answered ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        reply->deleteLater();
        return status;
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

    sandbox::SandboxServer server;
    quint16 port = 0;
    std::unique_ptr<ims::DesktopApp> app;
};
