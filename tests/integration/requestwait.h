#pragma once
// Runs an api/ request in a local event loop and returns its single finished() result.

#include "result.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

template <typename T> QString why(const ims::Result<T> &result) {
    return result.ok() ? QString() : ims::describe(result.error());
}

template <typename Request, typename Value>
ims::Result<Value> waitFor(Request &request, int timeoutMs = 30000) {
    std::optional<ims::Result<Value>> outcome;
    QEventLoop loop;
    QObject::connect(&request, &Request::finished, &loop, [&](const ims::Result<Value> &r) {
        outcome = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    request.start();
    if (!outcome)
        loop.exec();
    if (!outcome)
        return ims::ApiError::network(QStringLiteral("test: no finished signal"));
    return *outcome;
}
