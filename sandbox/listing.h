#pragma once

// Image list queries shared by GET /v2/images (Glance rules) and GET /v2/cloudimages (IMS).
#include "store.h"

#include <QList>
#include <QPair>

namespace sandbox {

struct ListRequest {
    QList<QPair<QString, QString>> query; // in the order sent
    QString viewer;                       // project id
    QString region;
    bool ims = false; // /v2/cloudimages: default limit 500, IMS error codes, __imagetype
};

struct ListResult {
    std::vector<const Image *> page;
    int limit = 0;
    int status = 200; // 400 on a bad parameter
    QString code;     // IMS code for the error (ims only)
    QString message;
};

ListResult listImages(Store &store, const ListRequest &request);
// The page as a JSON array of imageJson() objects, serialised once per image and generation.
QByteArray pageJson(const Store &store, const std::vector<const Image *> &page);

} // namespace sandbox
