// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/lakefstypes.h"

#include <array>
#include <utility>

namespace lakescope::lakefs {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N> &table, std::string_view name)
{
    for (const auto &[value, text] : table)
        if (text == name)
            return value;
    return std::nullopt;
}

template<typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table)
        if (candidate == value)
            return text;
    return {};
}

constexpr std::array<std::pair<PathType, std::string_view>, 2> kPathTypes { {
    { PathType::Object, "object" },
    { PathType::CommonPrefix, "common_prefix" },
} };

constexpr std::array<std::pair<DiffType, std::string_view>, 5> kDiffTypes { {
    { DiffType::Added, "added" },
    { DiffType::Removed, "removed" },
    { DiffType::Changed, "changed" },
    { DiffType::Conflict, "conflict" },
    { DiffType::PrefixChanged, "prefix_changed" },
} };

constexpr std::array<std::pair<MergeStrategy, std::string_view>, 3> kStrategies { {
    { MergeStrategy::Default, "default" },
    { MergeStrategy::DestWins, "dest-wins" },
    { MergeStrategy::SourceWins, "source-wins" },
} };

constexpr std::array<std::pair<ResetType, std::string_view>, 3> kResetTypes { {
    { ResetType::Object, "object" },
    { ResetType::CommonPrefix, "common_prefix" },
    { ResetType::Reset, "reset" },
} };

} // namespace

std::string_view pathTypeName(PathType type) { return nameOf(kPathTypes, type); }
std::string_view diffTypeName(DiffType type) { return nameOf(kDiffTypes, type); }
std::optional<DiffType> parseDiffType(std::string_view name) { return lookup(kDiffTypes, name); }
std::optional<PathType> parsePathType(std::string_view name) { return lookup(kPathTypes, name); }
std::string_view mergeStrategyName(MergeStrategy strategy) { return nameOf(kStrategies, strategy); }

std::optional<MergeStrategy> parseMergeStrategy(std::string_view name)
{
    if (name.empty())
        return MergeStrategy::Default;
    return lookup(kStrategies, name);
}

std::string_view resetTypeName(ResetType type) { return nameOf(kResetTypes, type); }

} // namespace lakescope::lakefs
