#pragma once

#include "util/s3error.h"

#include <optional>
#include <utility>
#include <variant>

namespace PartSweep {

// A value or an S3Error: how expected failures travel (no exceptions cross signals or the
// event loop). std::expected needs C++23; GCC 12 in C++20 mode does not have it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(S3Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const S3Error &error() const { return std::get<S3Error>(m_data); }
    // The error in words, or an empty string when there is none (safe to call on success).
    QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, S3Error> m_data;
};

struct Unit
{};

} // namespace PartSweep
