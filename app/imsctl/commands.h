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
};

int imagesList(Context &ctx, const Options &options);
int imagesShow(Context &ctx, const QStringList &ids);
int imagesDelete(Context &ctx, const QStringList &ids);
int imagesCopy(Context &ctx, const QString &id, const Options &options);
int imagesCreate(Context &ctx, const Options &options);
int jobs(Context &ctx, const Options &options);
int serversList(Context &ctx);
int profiles(Context &ctx, const Options &options);

} // namespace imsctl
