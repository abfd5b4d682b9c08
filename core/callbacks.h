#pragma once

#include "apierror.h"
#include "result.h"

#include <functional>
#include <optional>

namespace ims {

// Called once with what an operation came to. Callers may pass none.
template <typename T> using Callback = std::function<void(const Result<T> &)>;

template <typename T> void report(const Callback<T> &done, const Result<T> &result) {
    if (done)
        done(result);
}

// One answer for several requests: calls `done` once after `count` answers, with the first
// error, else `value`. Shared (std::shared_ptr) by the requests' handlers.
template <typename T> class Gather final {
public:
    Gather(int count, T value, Callback<T> done)
        : m_pending(count)
        , m_value(std::move(value))
        , m_done(std::move(done)) {}
    void answer(const std::optional<ApiError> &error) {
        if (error && !m_error)
            m_error = error;
        if (--m_pending > 0)
            return;
        if (m_error)
            report<T>(m_done, *m_error);
        else
            report<T>(m_done, m_value);
    }

private:
    int m_pending;
    T m_value;
    Callback<T> m_done;
    std::optional<ApiError> m_error;
};

} // namespace ims
