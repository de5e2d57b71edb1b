// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

// Null-safe reads of response bodies, so a malformed body fails an
// expectation instead of throwing.
namespace lakescope::testing {

inline const nlohmann::json &nullJson()
{
    static const nlohmann::json null;
    return null;
}

inline const nlohmann::json &field(const nlohmann::json &node, const std::string &key)
{
    return node.is_object() && node.contains(key) ? node[key] : nullJson();
}

inline const nlohmann::json &field(const nlohmann::json &node, std::size_t index)
{
    return node.is_array() && index < node.size() ? node[index] : nullJson();
}

inline std::string str(const nlohmann::json &node)
{
    return node.is_string() ? node.get<std::string>() : std::string();
}

// A member of every item of a paginated list's results.
inline std::vector<std::string> resultsMember(const nlohmann::json &page, const std::string &key)
{
    std::vector<std::string> values;
    const nlohmann::json &results = field(page, "results");
    if (results.is_array()) {
        for (const nlohmann::json &item : results)
            values.push_back(str(field(item, key)));
    }
    return values;
}

inline std::vector<std::string> pageIds(const nlohmann::json &page)
{
    return resultsMember(page, "id");
}

inline std::vector<std::string> pagePaths(const nlohmann::json &page)
{
    return resultsMember(page, "path");
}

inline bool hasMore(const nlohmann::json &page)
{
    const nlohmann::json &value = field(field(page, "pagination"), "has_more");
    return value.is_boolean() && value.get<bool>();
}

inline std::string nextOffset(const nlohmann::json &page)
{
    return str(field(field(page, "pagination"), "next_offset"));
}

// A user metadata value, the key compared case-insensitively (lakeFS keeps
// the X-Lakefs-Meta-* suffix as the client spelled it, lower-cased or not).
inline std::string metadataValue(const nlohmann::json &stats, const std::string &key)
{
    const nlohmann::json &metadata = field(stats, "metadata");
    if (!metadata.is_object())
        return {};
    const auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
        return text;
    };
    for (const auto &[name, value] : metadata.items()) {
        if (lower(name) == lower(key))
            return str(value);
    }
    return {};
}

} // namespace lakescope::testing
