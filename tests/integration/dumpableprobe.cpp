// Preloaded (LD_PRELOAD) into imsdesk or imsctl by tst_secrethygiene: reports, from inside the
// process, whether it is dumpable (prctl(PR_GET_DUMPABLE)) and its core file limit, into the
// file named by IMSDESK_PROBE_OUT. It writes every 50 ms while the program runs (for a window
// that is stopped by a signal) and once more at exit (for a command that ends by itself).
#include <sys/prctl.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

namespace {

void report(const char *suffix) {
    const char *path = std::getenv("IMSDESK_PROBE_OUT");
    if (!path)
        return;
    rlimit core{};
    getrlimit(RLIMIT_CORE, &core);
    const std::string text = "dumpable=" + std::to_string(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)) +
                             " core=" + std::to_string(core.rlim_cur) + "/" +
                             std::to_string(core.rlim_max) + "\n";
    const std::string temporary = std::string(path) + suffix;
    if (FILE *f = std::fopen(temporary.c_str(), "w")) {
        std::fputs(text.c_str(), f);
        std::fclose(f);
        std::rename(temporary.c_str(), path);
    }
}

__attribute__((constructor)) void start() {
    std::thread([] {
        for (;;) {
            report(".thread");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }).detach();
}

__attribute__((destructor)) void stop() {
    report(".exit");
}

} // namespace
