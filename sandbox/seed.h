#pragma once

#include "store.h"

namespace sandbox {

// --regions: how many regions a store may have. The names come from the clouds' own region
// lists (SPEC §1.2): eu-de, eu-nl, eu-ch2 (OTC), then Huawei Cloud's ap-southeast-1 ….
constexpr int kMinRegions = 2;
constexpr int kMaxRegions = 12;

// Fills an empty store: store.regionCount regions (a project per region, named after it, and the
// partner project eu-de_partner), two users with passwords and AK/SK pairs,
// public images of common OSes, private images in every state, shared images (pending and
// accepted), encrypted and protected ones, running and stopped servers in every region, and
// copies of images in other regions and in the same one (__originalimagename, one of them of a
// source that is gone), so that lineage and usage have data. Deterministic from the
// store's seed. extraImages adds that many private images to the default project (eu-de),
// imagesPerRegion that many to every region's own project (eu-de included). imagesPerSecond of
// each share a created_at second (1: one a second), so that listings split on created_at meet
// many images of the same second.
void seedStore(Store &store, int extraImages, int imagesPerSecond = 1, int imagesPerRegion = 0);

// Identities only (from the seed), for a store loaded from a state file.
void seedIdentities(Store &store);

} // namespace sandbox
