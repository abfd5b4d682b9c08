#pragma once

// Helpers for the IMS extension routes: validation with the SPEC §10.3 codes, and jobs.
#include "api.h"

namespace sandbox {

// The image for an IMS call, or writes IMG.0027 (400) and returns nullptr.
Image *imsImage(Api &api, Call &call, const QString &id);
// The {project_id} path segment must be the caller's project (IMG.0030 otherwise).
bool checkPathProject(Call &call, const QString &projectId);
// IMG.0013 / IMG.0002 / IMG.0003; the extension takes 128 characters, POST /v2/images 255.
bool checkName(Call &call, const QJsonValue &name, int maxLength = 128);
bool checkDescription(Call &call, const QJsonValue &description); // IMG.0004 / IMG.0054
// "tags" (key.value strings) or "image_tags" ({key, value}) into key=value strings.
bool parseTags(Call &call, const QJsonObject &body, QStringList *tags);
bool checkTag(Call &call, const QString &key, const QString &value); // IMG.0115
bool checkQuota(Api &api, Call &call, int adding);                   // IMG.0015
// Creates a job for the caller's project and answers 200 {"job_id"}.
Job &startJob(Api &api, Call &call, const QString &type, JobKind kind);
// The body as a JSON object, else IMG.0007/IMG.0001.
bool bodyObject(Call &call, QJsonObject *object);
// name (when needed), description and tags of a create/copy body.
bool commonChecks(Call &call, const QJsonObject &body, bool needName, QStringList *tags);
QJsonObject imageTag(const QString &tag); // "k=v" -> {"key", "value"}
void setImageTag(Image &image, const QString &key, const QString &value);

} // namespace sandbox
