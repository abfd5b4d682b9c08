#pragma once

#include "profile.h"

#include <QProcessEnvironment>

#include <optional>

namespace sandbox {
class SandboxServer;
}

namespace ims {

// The profile and credentials that log in to a started in-process sandbox, from the same
// OS_* variables imsdesk-sandbox prints. `member` picks the second identity (for sharing).
std::optional<Profile> sandboxProfile(const sandbox::SandboxServer &server,
                                      Credentials *credentials, QString *why, bool member = false);
// The same from the variables an imsdesk-sandbox process printed.
std::optional<Profile> sandboxProfile(QProcessEnvironment env, Credentials *credentials,
                                      QString *why, bool member = false);

} // namespace ims
