#pragma once
// Runs an api/ request in a local event loop and returns its single finished() result.

#include "result.h"

#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <functional>
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

// Runs `make(i)` for i in [0, n) with `parallel` requests in flight; returns the failures.
template <typename Request, typename Value, typename Make>
int runMany(int n, int parallel, Make make, QList<Value> *values = nullptr) {
    int next = 0, running = 0, failures = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (running < parallel && next < n) {
            Request *request = make(next++);
            ++running;
            QObject::connect(request, &Request::finished, &loop,
                             [&, request](const ims::Result<Value> &r) {
                                 request->deleteLater();
                                 --running;
                                 if (!r)
                                     ++failures;
                                 else if (values)
                                     values->append(r.value());
                                 if (next >= n && running == 0)
                                     loop.quit();
                                 else
                                     launch();
                             });
            request->start();
        }
    };
    launch();
    if (running > 0)
        loop.exec();
    return failures;
}
