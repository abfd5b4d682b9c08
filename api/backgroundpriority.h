#pragma once

namespace ims {

// Work the user does not watch — decoding pages on the thread pool, a listing's worker, caches
// written or read — yields to the GUI thread: on a busy 2-core machine the window's next pass of
// rows and its repaint must not queue behind a decoder. Qt's QThread priorities do nothing on
// Linux except IdlePriority (SCHED_IDLE, which starves under load), so the calling thread's own
// nice value is raised instead (on Linux, setpriority() on a thread id applies to that thread).
// Once per thread; a nice value cannot be lowered again without privileges, which this never
// needs: background threads stay background (so the global thread pool's threads become
// background ones, and all its work is of that kind). Elsewhere it does nothing.
void runAsBackgroundThread();

// The nice value background threads get on top of the process's own.
inline constexpr int kBackgroundNiceIncrement = 10;

} // namespace ims
