// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace lakescope::cli {

class CliArgs;
class CliContext;

using CommandFunction = int (*)(CliContext &context, const CliArgs &args);

// One verb: its flags, how many operands it takes and its help. Flags are
// letters; long spellings map onto them in CliArgs.
struct VerbSpec
{
    std::string_view name;
    std::string_view shortFlags; // accepted after '-'
    std::string_view longFlags; // flag letters also accepted by long name
    int minOperands = 1;
    int maxOperands = 1;
    std::string_view usage; // "ls [-l] [-R] [-h] URL"
    std::string_view summary; // one line for the overview
    std::string_view details; // the rest of "help VERB"
    CommandFunction run = nullptr;
    // Long options with values and transfer switches, space-separated
    // ("threads include progress"); see TransferArgs.
    std::string_view options;
    // Verb-specific long options taking a value, space-separated; "name:c"
    // also accepts -c. Repeating one keeps every value (--meta k=v ...).
    std::string_view values;
    // Verb-specific long switches without a value ("two-way force").
    std::string_view switches;
    // A lakeFS verb in lakectl's shape (repo, branch, commit, ...): listed
    // apart in the overview, and its operands are not SRC and DST.
    bool lakeFs = false;
};

std::span<const VerbSpec> verbs();
const VerbSpec *findVerb(std::string_view name);

// Each returns the process exit status: 0, or 1 after printing one error
// line; a closed stdout ends quietly with kExitBrokenPipe.
int runLs(CliContext &context, const CliArgs &args);
int runStat(CliContext &context, const CliArgs &args);
int runDu(CliContext &context, const CliArgs &args);
int runCat(CliContext &context, const CliArgs &args);
int runCp(CliContext &context, const CliArgs &args);
int runRm(CliContext &context, const CliArgs &args);
int runMkdir(CliContext &context, const CliArgs &args);
int runPresign(CliContext &context, const CliArgs &args);
int runSync(CliContext &context, const CliArgs &args);
int runJobs(CliContext &context, const CliArgs &args);
int runServe(CliContext &context, const CliArgs &args);
int runRepo(CliContext &context, const CliArgs &args);
int runBranch(CliContext &context, const CliArgs &args);
int runTag(CliContext &context, const CliArgs &args);
int runCommit(CliContext &context, const CliArgs &args);
int runDiff(CliContext &context, const CliArgs &args);
int runMerge(CliContext &context, const CliArgs &args);
int runLog(CliContext &context, const CliArgs &args);
int runRevert(CliContext &context, const CliArgs &args);
int runReset(CliContext &context, const CliArgs &args);

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
// As a shell reports a process ended by SIGPIPE: "| head" is not a failure
// worth a message, but a pipeline with pipefail still sees it.
inline constexpr int kExitBrokenPipe = 141;
// A transfer stopped by SIGINT or SIGTERM, its journal kept for --resume.
inline constexpr int kExitInterrupted = 130;

} // namespace lakescope::cli
