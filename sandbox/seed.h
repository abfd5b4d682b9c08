#pragma once

#include "store.h"

namespace sandbox {

// Fills an empty store: two regions, three projects, two users with passwords and AK/SK pairs,
// public images of common OSes, private images in every state, shared images (pending and
// accepted), encrypted and protected ones, running and stopped servers. Deterministic from the
// store's seed. extraImages adds that many private images to the default project.
void seedStore(Store &store, int extraImages);

// Identities only (from the seed), for a store loaded from a state file.
void seedIdentities(Store &store);

} // namespace sandbox
