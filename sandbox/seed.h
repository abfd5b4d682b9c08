#pragma once

#include "store.h"

namespace sandbox {

// Fills an empty store: two regions, three projects, two users with passwords and AK/SK pairs,
// public images of common OSes, private images in every state, shared images (pending and
// accepted), encrypted and protected ones, running and stopped servers. Deterministic from the
// store's seed. extraImages adds that many private images to the default project.
// imagesPerSecond of them share each created_at second (1: one a second), so that listings
// split on created_at meet many images of the same second.
void seedStore(Store &store, int extraImages, int imagesPerSecond = 1);

// Identities only (from the seed), for a store loaded from a state file.
void seedIdentities(Store &store);

} // namespace sandbox
