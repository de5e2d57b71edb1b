// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/transferoptions.h"

#include <array>
#include <utility>

namespace lakescope {

namespace {

constexpr std::array<std::pair<ConflictPolicy, std::string_view>, 5> kPolicies{{
    {ConflictPolicy::Overwrite, "overwrite"},
    {ConflictPolicy::Skip, "skip"},
    {ConflictPolicy::SkipIdentical, "identical"},
    {ConflictPolicy::NewerOnly, "newer"},
    {ConflictPolicy::Rename, "rename"},
}};

} // namespace

std::string_view conflictPolicyName(ConflictPolicy policy)
{
    for (const auto &[value, name] : kPolicies) {
        if (value == policy)
            return name;
    }
    return "overwrite";
}

std::optional<ConflictPolicy> parseConflictPolicy(std::string_view text)
{
    for (const auto &[value, name] : kPolicies) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

} // namespace lakescope
