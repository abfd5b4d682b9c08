#pragma once

#include "image.h"
#include "jobstore.h"
#include "result.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace ims {

class Session;

// Looks for what an operation whose outcome is not known would have created (a job whose POST
// lost its answer, a job the cloud no longer knows): an image of the expected name, created
// after the request was sent, in the session's region (IMS list filtered by name). Answers the
// newest such image, none, or the error that kept it from looking.
//
// Created "after" allows kClockSkewSecs of difference between our clock and the cloud's; an older
// image of the same name is someone else's.
namespace resultsearch {

constexpr int kClockSkewSecs = 60;
using Found = Result<std::optional<Image>>;

// The newest of `images` named `name` and created at or after `sentAt` - kClockSkewSecs (pure).
std::optional<Image> pick(const QList<Image> &images, const QString &name, const QDateTime &sentAt);

// Calls `done` once, in `context`'s thread (not if `context` is gone first).
void find(Session *session, const ExpectedResult &expected, const QDateTime &sentAt,
          QObject *context, std::function<void(const Found &)> done);

} // namespace resultsearch
} // namespace ims
