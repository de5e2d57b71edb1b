// SPDX-License-Identifier: Apache-2.0
#include "app/cli/transferargs.h"

#include "app/cli/format.h"
#include "core/transfer/transferjournal.h"

#include <array>
#include <cstdlib>
#include <limits>

namespace lakescope::cli {

namespace {

// Why a value was refused, completing "--name: <problem>".
using Apply = bool (*)(TransferArgs &args, std::string_view value, std::string &problem);

struct OptionSpec
{
    std::string_view name;
    std::string_view placeholder; // "" for a switch
    std::string_view help; // continuation lines indented to column 24
    Apply apply;
};

constexpr std::string_view kSizeProblem = " is not a size such as 65536, 512K, 8M or 1.5G";

bool applySize(std::uint64_t &target, std::string_view value, std::string &problem, bool zeroAllowed)
{
    const auto size = TransferArgs::parseSize(value);
    if (!size || (*size == 0 && !zeroAllowed)) {
        problem = "\"" + format::printable(value) + "\"" + std::string(kSizeProblem);
        return false;
    }
    target = *size;
    return true;
}

const std::array<OptionSpec, 13> kOptions { {
    { "threads", "N",
        "worker threads for the transfer, 1 to 1024\n"
        "                        (default: 16 per core, at least 16, at most 64)",
        [](TransferArgs &args, std::string_view value, std::string &problem) {
            int threads = 0;
            for (const char c : value) {
                if (c < '0' || c > '9' || threads > 1024) {
                    threads = 0;
                    break;
                }
                threads = threads * 10 + (c - '0');
            }
            if (threads < 1 || threads > 1024) {
                problem = "\"" + format::printable(value) + "\" is not a number of threads from 1 to 1024";
                return false;
            }
            args.threads = threads;
            return true;
        } },
    { "part-size", "SIZE",
        "bytes per multipart part and ranged read\n"
        "                        (default: scaled from the file size)",
        [](TransferArgs &args, std::string_view value, std::string &problem) {
            return applySize(args.partSize, value, problem, false);
        } },
    { "include", "GLOB",
        "take only files that match; repeatable. A GLOB without '/'\n"
        "                        matches file names, one with '/' the path below SRC\n"
        "                        ('*' and '?' stay in one folder, '**' crosses folders)",
        [](TransferArgs &args, std::string_view value, std::string &) {
            args.include.emplace_back(value);
            return true;
        } },
    { "exclude", "GLOB",
        "leave out files that match, as --include does; repeatable,\n"
        "                        and it wins over --include",
        [](TransferArgs &args, std::string_view value, std::string &) {
            args.exclude.emplace_back(value);
            return true;
        } },
    { "if-exists", "POLICY",
        "when DST already has the file: overwrite (the default),\n"
        "                        skip, identical (skip when size and checksum match),\n"
        "                        newer (replace only when SRC is newer) or\n"
        "                        rename (write \"name (1).ext\" beside it);\n"
        "                        every skip is counted on stderr",
        [](TransferArgs &args, std::string_view value, std::string &problem) {
            args.ifExists = parseConflictPolicy(value);
            if (!args.ifExists)
                problem
                    = "\"" + format::printable(value) + "\" is not one of overwrite, skip, identical, newer, rename";
            return args.ifExists.has_value();
        } },
    { "progress", "",
        "a live progress line on stderr (when stderr is not a\n"
        "                        terminal: one line a second and a last one)",
        [](TransferArgs &args, std::string_view, std::string &) { return args.progress = true; } },
    { "resume", "JOB",
        "continue an interrupted or failed job (see \"jobs\"), with\n"
        "                        its own options; takes no SRC or DST",
        [](TransferArgs &args, std::string_view value, std::string &) {
            args.resume = value;
            return true;
        } },
    { "bwlimit", "RATE",
        "at most RATE bytes per second for the whole job, e.g. 8M\n"
        "                        (0: unlimited, the default)",
        [](TransferArgs &args, std::string_view value, std::string &problem) {
            return applySize(args.bandwidthLimit, value, problem, true);
        } },
    { "memory", "SIZE", "memory for part buffers in flight (default 256M)",
        [](TransferArgs &args, std::string_view value, std::string &problem) {
            return applySize(args.memoryBudget, value, problem, false);
        } },
    { "dry-run", "", "print what would be copied and deleted; change nothing",
        [](TransferArgs &args, std::string_view, std::string &) { return args.dryRun = true; } },
    { "delete", "", "delete files in DST that SRC lacks, once the copies succeeded",
        [](TransferArgs &args, std::string_view, std::string &) { return args.deleteExtraneous = true; } },
    { "state-dir", "DIR",
        "where job journals are kept (default: $LAKESCOPE_STATE_DIR,\n"
        "                        else $XDG_STATE_HOME/lakescope/jobs, else\n"
        "                        ~/.local/state/lakescope/jobs)",
        [](TransferArgs &args, std::string_view value, std::string &) {
            args.stateDirectory = value;
            return true;
        } },
    { "discard", "JOB",
        "give up an interrupted job: abort its uploads, delete its\n"
        "                        temporary files and its journal",
        [](TransferArgs &args, std::string_view value, std::string &) {
            args.discard = value;
            return true;
        } },
} };

bool listsWord(std::string_view list, std::string_view word)
{
    while (!list.empty()) {
        const auto space = list.find(' ');
        if (list.substr(0, space) == word)
            return true;
        if (space == std::string_view::npos)
            break;
        list.remove_prefix(space + 1);
    }
    return false;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

TransferArgs::Outcome TransferArgs::take(std::string_view verbOptions, std::string_view name,
    std::optional<std::string_view> inlineValue, const std::vector<std::string> &args, std::size_t &i,
    std::string &error)
{
    const OptionSpec *spec = nullptr;
    for (const auto &option : kOptions) {
        if (option.name == name)
            spec = &option;
    }
    if (!spec || !listsWord(verbOptions, name))
        return Outcome::NotMine;
    const std::string flag = "--" + std::string(name);
    std::string value;
    if (spec->placeholder.empty()) {
        if (inlineValue) {
            error = "flag " + flag + " takes no value";
            return Outcome::Failed;
        }
    } else {
        if (inlineValue)
            value = *inlineValue;
        else if (i + 1 < args.size())
            value = args[++i];
        if (value.empty()) {
            error = flag + " needs " + std::string(spec->placeholder);
            return Outcome::Failed;
        }
    }
    std::string problem;
    if (!spec->apply(*this, value, problem)) {
        error = flag + ": " + problem;
        return Outcome::Failed;
    }
    given.push_back(spec->name);
    return Outcome::Taken;
}

bool TransferArgs::has(std::string_view name) const
{
    for (const auto seen : given) {
        if (seen == name)
            return true;
    }
    return false;
}

TransferOptions TransferArgs::jobOptions() const
{
    TransferOptions options;
    options.ifExists = ifExists.value_or(ConflictPolicy::Overwrite);
    options.partSize = partSize;
    options.include = include;
    options.exclude = exclude;
    options.bandwidthLimit = bandwidthLimit;
    options.deleteExtraneous = deleteExtraneous;
    options.dryRun = dryRun;
    return options;
}

std::string TransferArgs::resolvedStateDirectory() const
{
    if (!stateDirectory.empty())
        return stateDirectory;
    if (const char *fromEnv = std::getenv("LAKESCOPE_STATE_DIR"); fromEnv && *fromEnv)
        return fromEnv;
    return TransferJournal::defaultDirectory();
}

std::optional<std::uint64_t> TransferArgs::parseSize(std::string_view text)
{
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t whole = 0;
    std::size_t at = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
        const auto digit = static_cast<std::uint64_t>(text[at++] - '0');
        if (whole > (kMax - digit) / 10)
            return std::nullopt;
        whole = whole * 10 + digit;
    }
    if (at == 0)
        return std::nullopt;
    std::string_view fraction;
    if (at < text.size() && text[at] == '.') {
        const std::size_t start = ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
        fraction = text.substr(start, at - start);
        if (fraction.empty())
            return std::nullopt;
    }

    // K, KB and KiB all count in 1024s: part sizes and buffers are
    // powers of two, and a decimal "8MB" that is not would surprise more.
    std::string unit;
    for (const char c : text.substr(at))
        unit += lower(c);
    int shift = 0;
    if (!unit.empty() && unit != "b") {
        const auto letter = std::string_view("kmgt").find(unit.front());
        const std::string_view rest = std::string_view(unit).substr(1);
        if (letter == std::string_view::npos || !(rest.empty() || rest == "i" || rest == "ib" || rest == "b"))
            return std::nullopt;
        shift = 10 * static_cast<int>(letter + 1);
    }

    if (fraction.empty()) {
        if (shift > 0 && whole > (kMax >> shift))
            return std::nullopt;
        return whole << shift;
    }
    if (shift == 0)
        return std::nullopt; // a fraction of a byte
    long double value = 0;
    for (auto it = fraction.rbegin(); it != fraction.rend(); ++it)
        value = (value + (*it - '0')) / 10.0L;
    value = (static_cast<long double>(whole) + value) * static_cast<long double>(std::uint64_t(1) << shift);
    // Beyond 2^64 - 2048 the conversion below could round past the top.
    if (value >= static_cast<long double>(kMax - 2048))
        return std::nullopt;
    return static_cast<std::uint64_t>(value + 0.5L);
}

std::string TransferArgs::help(std::string_view verbOptions)
{
    std::string text;
    bool sizes = false;
    for (const auto &option : kOptions) {
        if (!listsWord(verbOptions, option.name))
            continue;
        std::string line = "  --" + std::string(option.name);
        if (!option.placeholder.empty())
            line += " " + std::string(option.placeholder);
        line.resize(std::max<std::size_t>(line.size() + 2, 24), ' ');
        text += line + std::string(option.help) + "\n";
        sizes = sizes || option.placeholder == "SIZE" || option.placeholder == "RATE";
    }
    if (sizes)
        text += "SIZE and RATE are bytes, or a number (decimals allowed) with K, M, G or T;\n"
                "K, KB and KiB all mean 1024 bytes, M 1024 K, and so on.\n";
    return text;
}

} // namespace lakescope::cli
