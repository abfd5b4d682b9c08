#pragma once

#include "jobstore.h"

#include <QJsonObject>
#include <QString>

namespace ims {

class JobRequest;
class Session;

// An asynchronous operation as data: enough to send the same request again (Retry, also after
// a restart, since the tracker persists it with the job) and to describe it to a person.
// Recipes hold ids, names and options; never a secret.
namespace recipes {

QJsonObject copy(const QString &imageId, const QString &imageName, const QString &name,
                 const QString &description, const QString &cmkId);
QJsonObject crossRegionCopy(const QString &imageId, const QString &imageName, const QString &name,
                            const QString &description, const QString &region,
                            const QString &projectName, const QString &agencyName);
QJsonObject createFromServer(const QString &serverId, const QString &serverName,
                             const QString &name, const QString &description,
                             const QStringList &tags, int minRamMb, int maxRamMb);
QJsonObject exportImage(const QString &imageId, const QString &imageName, const QString &bucketUrl,
                        const QString &fileFormat, bool quick);
// action: add, remove, accept, reject
QJsonObject members(const QString &action, const QStringList &imageIds,
                    const QStringList &projectIds);

// A new request for `recipe`, or nullptr for a recipe this version does not know.
JobRequest *request(Session *session, const QJsonObject &recipe, QObject *parent);
// "web → web-copy", "server db-01 → db-image", for the jobs panel.
QString describe(const QJsonObject &recipe);
// The image the operation creates, to look for when its outcome is not known: copies and images
// from servers by their new name (a cross-region copy in its target region); none for export and
// members, whose results are not images.
ExpectedResult expected(const QJsonObject &recipe);

} // namespace recipes
} // namespace ims
