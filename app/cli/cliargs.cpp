// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliargs.h"

#include "app/cli/commands.h"
#include "app/cli/format.h"

#include <array>
#include <optional>

namespace lakescope::cli {

namespace {

struct LongFlag
{
    std::string_view name;
    char letter;
};

constexpr std::array<LongFlag, 6> kLongFlags { {
    { "long", 'l' },
    { "recursive", 'R' },
    { "human-readable", 'h' },
    { "force-root", 'F' },
    { "force-bucket", 'B' },
    { "put", 'P' },
} };

// "3600", "90s", "30m", "1h", "7d": seconds, or -1 when malformed. Range
// checks are the store's (presigned URLs last at most 7 days).
long long parseDuration(std::string_view text)
{
    long long value = 0;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9' && digits < 12)
        value = value * 10 + (text[digits++] - '0');
    const std::string_view unit = text.substr(digits);
    if (digits == 0)
        return -1;
    if (unit.empty() || unit == "s")
        return value;
    if (unit == "m")
        return value * 60;
    if (unit == "h")
        return value * 3600;
    if (unit == "d")
        return value * 86400;
    return -1;
}

// The name of `list` ("message:m source") matching a long name or a short
// letter, without its ":c" suffix; empty when none does.
std::string_view findVerbOption(std::string_view list, std::string_view longName, char letter = 0)
{
    while (!list.empty()) {
        const auto space = list.find(' ');
        std::string_view item = list.substr(0, space);
        list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
        std::string_view name = item;
        char shortLetter = 0;
        if (const auto colon = item.find(':'); colon != std::string_view::npos) {
            name = item.substr(0, colon);
            shortLetter = colon + 1 < item.size() ? item[colon + 1] : 0;
        }
        if ((!longName.empty() && name == longName) || (letter != 0 && letter == shortLetter))
            return name;
    }
    return {};
}

} // namespace

CliArgs CliArgs::parse(const std::vector<std::string> &args)
{
    CliArgs parsed;
    bool flagsEnded = false;
    for (std::size_t i = 0; i < args.size() && parsed.m_action != Action::UsageError; ++i) {
        const std::string_view arg = args[i];
        if (!flagsEnded && arg == "--") {
            flagsEnded = true;
        } else if (!flagsEnded && arg.starts_with("--")) {
            parsed.takeLong(arg, args, i);
        } else if (!flagsEnded && arg.size() > 1 && arg.front() == '-') {
            parsed.takeShort(arg, args, i);
        } else if (!parsed.m_sawVerb) {
            parsed.m_sawVerb = true;
            if (arg == "help") {
                parsed.m_help = true;
                continue;
            }
            parsed.m_verb = findVerb(arg);
            if (!parsed.m_verb)
                parsed.fail("unknown command \"" + format::printable(arg) + "\"");
        } else {
            parsed.m_operands.emplace_back(arg);
        }
    }
    if (parsed.m_action != Action::UsageError)
        parsed.finish();
    return parsed;
}

void CliArgs::fail(std::string message)
{
    m_action = Action::UsageError;
    m_error = std::move(message);
}

bool CliArgs::takeLong(std::string_view arg, const std::vector<std::string> &args, std::size_t &i)
{
    std::string_view name = arg.substr(2);
    std::string_view inlineValue;
    bool hasValue = false;
    if (const auto eq = name.find('='); eq != std::string_view::npos) {
        inlineValue = name.substr(eq + 1);
        name = name.substr(0, eq);
        hasValue = true;
    }
    if (name == "option") {
        if (!hasValue && i + 1 >= args.size()) {
            fail("--option needs KEY=VALUE");
            return false;
        }
        m_options.emplace_back(hasValue ? std::string(inlineValue) : args[++i]);
        return true;
    }
    if (name == "expires" && m_verb && m_verb->name == "presign") {
        if (!hasValue && i + 1 >= args.size()) {
            fail("--expires needs a duration such as 1h, 30m, 7d or 3600");
            return false;
        }
        const std::string value = hasValue ? std::string(inlineValue) : args[++i];
        m_expires = parseDuration(value);
        if (m_expires <= 0) {
            fail("--expires: \"" + format::printable(value) + "\" is not a duration such as 1h, 30m, 7d or 3600");
            return false;
        }
        return true;
    }
    if (m_verb && takeVerbOption(name, hasValue ? std::optional<std::string_view>(inlineValue) : std::nullopt, args, i))
        return m_action != Action::UsageError;
    if (m_verb) {
        std::string problem;
        const auto outcome = m_transfer.take(m_verb->options, name,
            hasValue ? std::optional<std::string_view>(inlineValue) : std::nullopt, args, i, problem);
        if (outcome == TransferArgs::Outcome::Failed)
            fail(std::move(problem));
        if (outcome != TransferArgs::Outcome::NotMine)
            return outcome == TransferArgs::Outcome::Taken;
    }
    if (hasValue) {
        fail("flag --" + format::printable(name) + " takes no value");
        return false;
    }
    if (name == "verbose") {
        m_verbose = true;
        return true;
    }
    if (name == "json") {
        m_json = true;
        return true;
    }
    if (name == "help") {
        m_help = true;
        return true;
    }
    if (name == "version") {
        m_version = true;
        return true;
    }
    if (m_verb) {
        for (const auto &flag : kLongFlags) {
            if (flag.name == name && m_verb->longFlags.find(flag.letter) != std::string_view::npos) {
                m_flags += flag.letter;
                return true;
            }
        }
    }
    fail("unknown flag --" + format::printable(name) + (m_verb ? " for " + std::string(m_verb->name) : ""));
    return false;
}

bool CliArgs::takeVerbOption(std::string_view name, std::optional<std::string_view> inlineValue,
                             const std::vector<std::string> &args, std::size_t &i)
{
    if (const auto option = findVerbOption(m_verb->values, name); !option.empty()) {
        if (!inlineValue && i + 1 >= args.size()) {
            fail("--" + std::string(option) + " needs a value");
            return true;
        }
        m_verbValues.emplace_back(std::string(option), inlineValue ? std::string(*inlineValue) : args[++i]);
        return true;
    }
    if (const auto option = findVerbOption(m_verb->switches, name); !option.empty()) {
        if (inlineValue)
            fail("flag --" + std::string(option) + " takes no value");
        else
            m_verbValues.emplace_back(std::string(option), std::string());
        return true;
    }
    return false;
}

std::optional<std::string> CliArgs::value(std::string_view name) const
{
    std::optional<std::string> last;
    for (const auto &[key, value] : m_verbValues)
        if (key == name)
            last = value;
    return last;
}

std::vector<std::string> CliArgs::values(std::string_view name) const
{
    std::vector<std::string> all;
    for (const auto &[key, value] : m_verbValues)
        if (key == name)
            all.push_back(value);
    return all;
}

bool CliArgs::isSet(std::string_view name) const
{
    return value(name).has_value();
}

bool CliArgs::takeShort(std::string_view arg, const std::vector<std::string> &args, std::size_t &i)
{
    if (arg == "-o") {
        if (i + 1 >= args.size()) {
            fail("-o needs KEY=VALUE");
            return false;
        }
        m_options.push_back(args[++i]);
        return true;
    }
    if (arg == "-v") {
        m_verbose = true;
        return true;
    }
    // Before a verb, -h can only mean help; after "ls" or "du" it means
    // human-readable sizes, as with ls(1) and du(1).
    if (!m_verb) {
        if (arg == "-h" || arg == "-?") {
            m_help = true;
            return true;
        }
        if (arg == "-V") {
            m_version = true;
            return true;
        }
        fail("unknown flag " + format::printable(arg));
        return false;
    }
    if (arg.size() == 2) {
        if (const auto option = findVerbOption(m_verb->values, {}, arg[1]); !option.empty()) {
            std::string longForm = std::string(option);
            return takeVerbOption(longForm, std::nullopt, args, i);
        }
    }
    for (const char letter : arg.substr(1)) {
        if (m_verb->shortFlags.find(letter) == std::string_view::npos) {
            fail("unknown flag -" + format::printable(std::string_view(&letter, 1)) + " for "
                + std::string(m_verb->name));
            return false;
        }
        m_flags += letter == 'r' ? 'R' : letter;
    }
    return true;
}

void CliArgs::finish()
{
    if (m_version) {
        m_action = Action::Version;
        return;
    }
    if (m_help) {
        m_action = Action::Help;
        if (m_verb)
            m_topic = std::string(m_verb->name);
        else if (!m_operands.empty())
            m_topic = m_operands.front();
        return;
    }
    if (!m_verb) {
        fail("missing command");
        return;
    }
    const auto count = static_cast<int>(m_operands.size());
    if (!m_transfer.resume.empty()) {
        if (count > 0) {
            fail(std::string(m_verb->name) + ": --resume takes no SRC or DST");
            return;
        }
        // The journal holds the job's own options; one given here would be
        // silently ignored.
        for (const std::string_view option : { "include", "exclude", "if-exists", "part-size", "bwlimit" }) {
            if (m_transfer.has(option)) {
                fail("--" + std::string(option) + " cannot change a resumed job");
                return;
            }
        }
        return;
    }
    if (count < m_verb->minOperands && m_verb->lakeFs) {
        fail(std::string(m_verb->name) + ": missing arguments");
    } else if (count < m_verb->minOperands) {
        const bool pair = m_verb->maxOperands == 2;
        fail(std::string(m_verb->name) + ": missing " + (pair ? (count == 0 ? "SRC and DST" : "DST") : "URL"));
    } else if (count > m_verb->maxOperands) {
        fail(std::string(m_verb->name) + ": too many arguments (" + std::to_string(count) + ")");
    }
}

} // namespace lakescope::cli
