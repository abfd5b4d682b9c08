#pragma once

#include <QObject>

#include <utility>

namespace ims {

// The one way to run a request from a call site (qBittorrent's `download(request, context,
// handler)`): the request becomes a child of `context`, `handler` gets its single `finished`
// result in `context`'s thread, the request is deleted after delivery, and it is started.
// When `context` goes first, the request goes with it and the handler never runs.
//
//     send(new ShowImageRequest(session, id), this, [this](const Result<Image> &image) { … });
//
// Returns the request (owned by `context`) for callers that may cancel it or watch its
// progress signals; keep it in a QPointer, since it is gone once the handler has run.
template <typename Request, typename Handler>
Request *send(Request *request, QObject *context, Handler &&handler) {
    request->setParent(context);
    QObject::connect(request, &Request::finished, context,
                     [request, handler = std::forward<Handler>(handler)](const auto &result) {
                         request->deleteLater();
                         handler(result);
                     });
    request->start();
    return request;
}

} // namespace ims
