#pragma once
// The body of a Keystone v3 password login (POST /v3/auth/tokens), for tests that speak raw
// HTTP to the sandbox: scoped to a project by name, or by id.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

enum class ProjectBy { Name, Id };

inline QJsonObject passwordLogin(const QString &user, const QString &password,
                                 const QString &project, ProjectBy by = ProjectBy::Name,
                                 const QString &domain = QStringLiteral("Default")) {
    const QJsonObject credentials{{"user", QJsonObject{{"name", user},
                                                       {"password", password},
                                                       {"domain", QJsonObject{{"name", domain}}}}}};
    const QString key = by == ProjectBy::Name ? QStringLiteral("name") : QStringLiteral("id");
    return {
        {"auth", QJsonObject{{"identity", QJsonObject{{"methods", QJsonArray{"password"}},
                                                      {"password", credentials}}},
                             {"scope", QJsonObject{{"project", QJsonObject{{key, project}}}}}}}};
}
