// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/transferargs.h"

#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace lakescope::cli {

struct VerbSpec;

// The command line, split into global options, one verb, its flags and its
// operands. Global options may come before or after the verb; "--" ends
// flags, so "rm -- -odd-name" works.
class CliArgs
{
public:
    enum class Action { Run, Help, Version, UsageError };

    static CliArgs parse(const std::vector<std::string> &args);

    Action action() const { return m_action; }
    const VerbSpec *verb() const { return m_verb; }
    // Help topic: a verb name, "options", "urls" or "" for the overview.
    const std::string &topic() const { return m_topic; }
    const std::vector<std::string> &operands() const { return m_operands; }
    const std::vector<std::string> &options() const { return m_options; }
    bool json() const { return m_json; }
    // -v / --verbose: the HTTP exchanges on stderr, secrets redacted.
    bool verbose() const { return m_verbose; }
    // presign --expires: the validity in seconds (3600 when not given).
    long long expiresSeconds() const { return m_expires; }
    bool has(char flag) const { return m_flags.find(flag) != std::string::npos; }
    // cp, sync and jobs: --threads, --include, --if-exists, --resume, ...
    const TransferArgs &transfer() const { return m_transfer; }
    // A verb's own options (VerbSpec::values / switches): the last value
    // given, every value in order, and whether a switch was set.
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
    bool isSet(std::string_view name) const;
    // For UsageError: what is wrong, in one line.
    const std::string &error() const { return m_error; }

private:
    void fail(std::string message);
    bool takeLong(std::string_view arg, const std::vector<std::string> &args, std::size_t &i);
    bool takeVerbOption(std::string_view name, std::optional<std::string_view> inlineValue,
                        const std::vector<std::string> &args, std::size_t &i);
    bool takeShort(std::string_view arg, const std::vector<std::string> &args, std::size_t &i);
    void finish();

    Action m_action = Action::Run;
    const VerbSpec *m_verb = nullptr;
    bool m_sawVerb = false;
    bool m_help = false;
    bool m_version = false;
    bool m_json = false;
    bool m_verbose = false;
    long long m_expires = 3600;
    std::string m_topic;
    std::string m_flags;
    std::vector<std::string> m_operands;
    std::vector<std::string> m_options;
    std::vector<std::pair<std::string, std::string>> m_verbValues; // name, value ("" for switches)
    TransferArgs m_transfer;
    std::string m_error;
};

} // namespace lakescope::cli
