#pragma once

#include "context.h"

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
};

int imagesList(Context &ctx, const Options &options);
int imagesShow(Context &ctx, const QStringList &ids);
int imagesDelete(Context &ctx, const QStringList &ids);
int imagesCopy(Context &ctx, const QString &id, const Options &options);
int imagesCreate(Context &ctx, const Options &options);
int jobs(Context &ctx, const Options &options);
int serversList(Context &ctx);
// profiles [--presets] | profiles add NAME … (secret on stdin) | profiles remove NAME |
// profiles default NAME
int profiles(Context &ctx, const QStringList &args, const Options &options);

} // namespace imsctl
