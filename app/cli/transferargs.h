// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::cli {

// The long options of the transfer verbs (cp, sync, jobs) as given on the
// command line. Each verb lists the ones it takes in VerbSpec::options, so
// "ls --threads 4" is a usage error like any flag another verb owns.
struct TransferArgs
{
    enum class Outcome { NotMine, Taken, Failed };

    int threads = 0; // 0: the engine sizes its pool
    std::uint64_t partSize = 0;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    std::optional<ConflictPolicy> ifExists;
    bool progress = false;
    std::string resume;
    std::uint64_t bandwidthLimit = 0;
    std::uint64_t memoryBudget = 0;
    bool dryRun = false;
    bool deleteExtraneous = false;
    std::string stateDirectory; // --state-dir exactly as given
    std::string discard;
    std::vector<std::string_view> given; // option names seen, for conflicts

    // Take "--name" (value inline after '=' or in args[i + 1], which is
    // then consumed) when `verbOptions`, a space-separated list, names it.
    // On Failed, `error` holds the one-line usage message.
    Outcome take(std::string_view verbOptions, std::string_view name, std::optional<std::string_view> inlineValue,
        const std::vector<std::string> &args, std::size_t &i, std::string &error);

    bool has(std::string_view name) const;
    // The per-job settings, as the engine keeps them in its journal.
    TransferOptions jobOptions() const;
    // --state-dir, else $LAKESCOPE_STATE_DIR, else the journal's default.
    std::string resolvedStateDirectory() const;

    // "8M" -> 8388608: bytes, or K/M/G/T (case-insensitive, optionally
    // followed by i, iB or B, all powers of 1024) after a number that may
    // have decimals. nullopt when malformed or beyond 64 bits.
    static std::optional<std::uint64_t> parseSize(std::string_view text);
    // The help lines ("  --threads N   ...") of the options in `verbOptions`.
    static std::string help(std::string_view verbOptions);
};

} // namespace lakescope::cli
