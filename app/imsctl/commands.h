#pragma once

#include "context.h"
#include "recipes.h"

#include <QJsonObject>
#include <QStringList>

namespace imsctl {

struct Options {
    QString view = QStringLiteral("private");
    QStringList filters; // key=value
    QString name;
    QStringList regions;
    QString agency = QStringLiteral("ims_admin_agency");
    QString server;
    QString description;
    bool wait = false;
    bool watch = false;
    bool presets = false;
    // profiles add
    QString cloud;
    QString region; // profiles add: the profile's region
    QString identityUrl;
    QString imageUrl;
    QString user;
    QString domain;
    QString project;
    QString accessKey;
    // images export / share
    QString bucketUrl; // BUCKET:FILE
    QString fileFormat;
    bool quick = false;
    QStringList projects;
};

int imagesList(Context &ctx, const Options &options);
int imagesShow(Context &ctx, const QStringList &ids);
int imagesDelete(Context &ctx, const QStringList &ids);
int imagesCopy(Context &ctx, const QString &id, const Options &options);
int imagesCreate(Context &ctx, const Options &options);
int imagesExport(Context &ctx, const QString &id, const Options &options);
int imagesShare(Context &ctx, const QStringList &ids, const Options &options);
// shares accept|reject ID…: answers images shared with this profile's project.
int sharesAnswer(Context &ctx, const QStringList &ids, bool accept, const Options &options);
int jobs(Context &ctx, const Options &options);
int serversList(Context &ctx);
// Sends each recipe's request (core/recipes) once; its job joins the shared job list with the
// recipe, so that the window can retry it. With `wait`, follows the jobs (progress on stderr) and
// prints the new image ids; without, prints the job ids.
int startJobs(Context &ctx, const QList<ims::recipes::Recipe> &orders, bool wait);
// profiles [--presets] | profiles add NAME … (secret on stdin) | profiles remove NAME |
// profiles default NAME
int profiles(Context &ctx, const QStringList &args, const Options &options);

} // namespace imsctl
