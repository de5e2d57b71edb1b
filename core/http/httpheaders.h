// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lakescope {

// Ordered header list; names compare case-insensitively, as HTTP demands.
class HttpHeaders
{
public:
    using Entry = std::pair<std::string, std::string>;

    void add(std::string name, std::string value) { m_entries.emplace_back(std::move(name), std::move(value)); }
    // Replace every header of that name with one value.
    void set(std::string_view name, std::string value);
    void remove(std::string_view name);
    std::optional<std::string> get(std::string_view name) const;
    bool has(std::string_view name) const { return get(name).has_value(); }

    const std::vector<Entry> &entries() const { return m_entries; }
    bool empty() const { return m_entries.empty(); }
    void clear() { m_entries.clear(); }

    static bool nameEquals(std::string_view a, std::string_view b);

private:
    std::vector<Entry> m_entries;
};

} // namespace lakescope
