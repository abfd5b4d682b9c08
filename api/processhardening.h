#pragma once

namespace ims {

// Keeps this process's memory (passwords, secret keys, tokens) out of core files and away from
// other processes of the same user, as KeePassXC does at start-up: no core file on a crash
// (RLIMIT_CORE 0, also for the children it starts) and not dumpable (PR_SET_DUMPABLE 0: no core
// through a core_pattern pipe either, no ptrace attach or /proc/<pid>/mem read by a non-root
// process). Called first thing in main(), before any secret is read. Returns false when the
// kernel refused either call; the program goes on (there is nothing safer to do).
bool disableCoreDumps();

} // namespace ims
