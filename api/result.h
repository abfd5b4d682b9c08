#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace ims {

// The outcome of a request: a value or an ApiError.
template <typename T> class Result final {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(ApiError error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

// For requests whose success carries no value (DELETE → 204).
struct Done final {};

} // namespace ims
