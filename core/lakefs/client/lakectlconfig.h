// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace lakescope::lakefs {

// lakectl's configuration file (~/.lakectl.yaml), read as lakectl's own
// `lakectl config` writes it:
//
//     credentials:
//       access_key_id: AKIAIOSFODNN7EXAMPLE
//       secret_access_key: "wJalr..."   # quoted or plain
//     server:
//       endpoint_url: http://127.0.0.1:8000
//
// Only the YAML that such a file uses is understood: nested maps by
// indentation, plain, 'single' and "double" quoted scalars, comments and
// blank lines. Lists, anchors and multi-line scalars are skipped, never
// misread. Values are found by dotted path ("server.endpoint_url").
class LakectlConfig
{
public:
    // InvalidInput with the line number for text that is not such YAML.
    static Result<LakectlConfig> parse(std::string_view text);
    // The file at `path`; nullopt when it does not exist.
    static Result<std::optional<LakectlConfig>> load(const std::string &path);

    std::optional<std::string> get(std::string_view dottedKey) const;
    const std::map<std::string, std::string> &values() const { return m_values; }

private:
    std::map<std::string, std::string> m_values;
};

} // namespace lakescope::lakefs
