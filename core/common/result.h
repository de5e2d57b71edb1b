// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace lakescope {

// expected-like result: no exceptions cross the core API. A Result converts
// implicitly from a value or an Error, so `return Error::notFound(k);` and
// `return info;` both work.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template<typename U,
             typename = std::enable_if_t<std::is_constructible_v<T, U &&> && !std::is_same_v<std::decay_t<U>, T>
                                         && !std::is_same_v<std::decay_t<U>, Error>
                                         && !std::is_same_v<std::decay_t<U>, Result>>>
    Result(U &&value) : m_state(std::in_place_index<0>, T(std::forward<U>(value)))
    {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace lakescope
