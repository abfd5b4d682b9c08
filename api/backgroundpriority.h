#pragma once

class QThreadPool;

namespace ims {

// Work the user does not watch — decoding pages on the thread pool, a listing's worker, caches
// written or read — yields to the GUI thread: on a busy 2-core machine the window's next pass of
// rows and its repaint must not queue behind a decoder. Qt's QThread priorities do nothing on
// Linux except IdlePriority (SCHED_IDLE, which starves under load), so the calling thread's own
// nice value is raised instead (on Linux, setpriority() on a thread id applies to that thread).
// Once per thread; a nice value cannot be lowered again without privileges, which this never
// needs: background threads stay background. Elsewhere it does nothing. Never call it from a
// task on the global QThreadPool: its threads also run work somebody waits for (a cached
// listing painted at start, a file inspected), which must not inherit the lowered priority.
void runAsBackgroundThread();

// The pool for work nobody watches, given to QtConcurrent::run(); its tasks call
// runAsBackgroundThread() first. The global pool keeps its threads' priority.
QThreadPool *backgroundThreadPool();

// The nice value background threads get on top of the process's own.
inline constexpr int kBackgroundNiceIncrement = 10;

} // namespace ims
