// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace lakescope {

enum class OptionKind {
    Text,
    Secret, // never echoed, never logged
    Flag, // true/false, 1/0, yes/no, on/off
    Duration, // "30", "30s", "500ms", "2m"
};

// One connection option. Names and aliases follow object_store's config keys
// so a user's existing settings carry over; the environment variables are
// the ones the services' own CLIs read, tried in order.
struct OptionKey
{
    std::string_view name;
    std::array<std::string_view, 4> aliases;
    std::array<std::string_view, 4> envVars;
    OptionKind kind = OptionKind::Text;
    std::string_view placeholder; // the VALUE in "--option name=VALUE" hints
    std::string_view description;

    bool isSecret() const { return kind == OptionKind::Secret; }
};

// Every option Lakescope understands, in a stable order for help output.
std::span<const OptionKey> knownOptionKeys();

// The option named `nameOrAlias`, matched case-insensitively with '-' read
// as '_' (so "AWS_REGION", "aws-region" and "region" all find aws_region);
// nullptr when unknown.
const OptionKey *findOptionKey(std::string_view nameOrAlias);

// The canonical name closest to a mistyped one, or "" when nothing is close
// enough to be a useful suggestion.
std::string nearestOptionKey(std::string_view unknown);

// Whether `value` is acceptable for `key`'s kind; false for a malformed flag
// or duration.
bool isValidOptionValue(const OptionKey &key, std::string_view value);

// Parses a Flag value; unrecognised text reads as false.
bool optionFlagValue(std::string_view value);

} // namespace lakescope
