// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

// The texts of --help, "help VERB", "help options" and "help urls".
namespace lakescope::cli::usage {

std::string overview();
// Help for a topic, or "" when there is no such topic.
std::string topic(std::string_view name);
// "usage: lakescope-cli ls [-l] [-R] [-h] URL", or the general one.
std::string shortUsage(std::string_view verb);
std::string version();

} // namespace lakescope::cli::usage
