// SPDX-License-Identifier: Apache-2.0
#include "core/http/httpheaders.h"

#include <algorithm>

namespace lakescope {

bool HttpHeaders::nameEquals(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
           });
}

void HttpHeaders::set(std::string_view name, std::string value)
{
    remove(name);
    m_entries.emplace_back(std::string(name), std::move(value));
}

void HttpHeaders::remove(std::string_view name)
{
    std::erase_if(m_entries, [&](const Entry &entry) { return nameEquals(entry.first, name); });
}

std::optional<std::string> HttpHeaders::get(std::string_view name) const
{
    for (const auto &[key, value] : m_entries) {
        if (nameEquals(key, name))
            return value;
    }
    return std::nullopt;
}

} // namespace lakescope
