#pragma once

#include "profile.h"

#include <optional>

namespace sandbox {
class SandboxServer;
}

namespace ims {

// The profile and credentials that log in to a started in-process sandbox, from the same
// OS_* variables imsdesk-sandbox prints. `member` picks the second identity (for sharing).
std::optional<Profile> sandboxProfile(const sandbox::SandboxServer &server,
                                      Credentials *credentials, QString *why, bool member = false);

} // namespace ims
