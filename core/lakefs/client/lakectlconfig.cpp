// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/client/lakectlconfig.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

namespace lakescope::lakefs {

namespace {

Error lineError(std::size_t line, const std::string &what)
{
    return Error::invalidInput("lakectl config line " + std::to_string(line) + ": " + what);
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

void appendUtf8(std::string &out, unsigned code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// A quoted scalar starting at text[0]; `rest` receives what follows the
// closing quote.
Result<std::string> quotedScalar(std::string_view text, std::string_view &rest, std::size_t line)
{
    const char quote = text.front();
    std::string out;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quote == '\'' && c == '\'') {
            if (i + 1 < text.size() && text[i + 1] == '\'') {
                out += '\'';
                ++i;
                continue;
            }
            rest = text.substr(i + 1);
            return out;
        }
        if (quote == '"' && c == '"') {
            rest = text.substr(i + 1);
            return out;
        }
        if (quote == '"' && c == '\\' && i + 1 < text.size()) {
            const char escaped = text[++i];
            switch (escaped) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '0': out += '\0'; break;
            case 'u':
                if (i + 4 < text.size()) {
                    unsigned code = 0;
                    std::istringstream hex(std::string(text.substr(i + 1, 4)));
                    if (hex >> std::hex >> code) {
                        appendUtf8(out, code);
                        i += 4;
                        break;
                    }
                }
                return lineError(line, "invalid \\u escape");
            default: out += escaped; break;
            }
            continue;
        }
        out += c;
    }
    return lineError(line, std::string("unterminated ") + (quote == '"' ? "double" : "single") + "-quoted string");
}

// A scalar after "key:", without its comment.
Result<std::string> scalar(std::string_view text, std::size_t line)
{
    text = trimmed(text);
    if (text.empty())
        return std::string();
    if (text.front() == '"' || text.front() == '\'') {
        std::string_view rest;
        auto value = quotedScalar(text, rest, line);
        if (!value)
            return value.error();
        rest = trimmed(rest);
        if (!rest.empty() && rest.front() != '#')
            return lineError(line, "unexpected text after a quoted value");
        return value;
    }
    // A comment starts at " #"; a '#' inside a plain value (a secret) stays.
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] == '#' && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
            text = trimmed(text.substr(0, i));
            break;
        }
    }
    if (text == "~" || text == "null")
        return std::string();
    return std::string(text);
}

// The key of "key: value" and where its value starts; nullopt when the
// line is not a mapping entry.
std::optional<std::pair<std::string, std::string_view>> splitEntry(std::string_view content, std::size_t line,
                                                                   Error &error)
{
    if (content.front() == '"' || content.front() == '\'') {
        std::string_view rest;
        auto key = quotedScalar(content, rest, line);
        if (!key) {
            error = key.error();
            return std::nullopt;
        }
        rest = trimmed(rest);
        if (rest.empty() || rest.front() != ':')
            return std::nullopt;
        return std::make_pair(*key, rest.substr(1));
    }
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (content[i] == ':' && (i + 1 == content.size() || content[i + 1] == ' ' || content[i + 1] == '\t'))
            return std::make_pair(std::string(trimmed(content.substr(0, i))), content.substr(i + 1));
    }
    return std::nullopt;
}

} // namespace

Result<LakectlConfig> LakectlConfig::parse(std::string_view text)
{
    LakectlConfig config;
    struct Level
    {
        std::size_t indent;
        std::string path;
    };
    std::vector<Level> open;
    std::size_t lineNumber = 0;
    // Lines below a skipped construct (a list, a block scalar) are skipped
    // while they stay indented deeper than it.
    constexpr std::size_t kNotSkipping = std::string_view::npos;
    std::size_t skipDeeperThan = kNotSkipping;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto newline = text.find('\n', start);
        std::string_view line = text.substr(start, newline == std::string_view::npos ? std::string_view::npos
                                                                                      : newline - start);
        start = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNumber == 1 && line.starts_with("\xEF\xBB\xBF"))
            line.remove_prefix(3);
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string_view::npos)
            continue;
        std::string_view content = line.substr(indent);
        if (content.front() == '#' || content == "---" || content == "...")
            continue;
        if (content.front() == '\t')
            return lineError(lineNumber, "tabs cannot indent YAML");
        if (skipDeeperThan != kNotSkipping && indent > skipDeeperThan)
            continue;
        skipDeeperThan = kNotSkipping;
        while (!open.empty() && open.back().indent >= indent)
            open.pop_back();
        if (content.front() == '-') {
            skipDeeperThan = indent;
            continue;
        }
        Error error;
        auto entry = splitEntry(content, lineNumber, error);
        if (!entry) {
            if (!error.message.empty())
                return error;
            return lineError(lineNumber, "expected \"key: value\"");
        }
        const std::string path = open.empty() ? entry->first : open.back().path + "." + entry->first;
        const std::string_view valueText = trimmed(entry->second);
        if (valueText.empty() || valueText.front() == '#') {
            open.push_back({indent, path});
            continue;
        }
        if (valueText.front() == '|' || valueText.front() == '>' || valueText.front() == '&'
            || valueText.front() == '*' || valueText.front() == '[' || valueText.front() == '{') {
            skipDeeperThan = indent;
            continue;
        }
        auto value = scalar(valueText, lineNumber);
        if (!value)
            return value.error();
        config.m_values[path] = std::move(*value);
    }
    return config;
}

Result<std::optional<LakectlConfig>> LakectlConfig::load(const std::string &path)
{
    std::error_code missing;
    if (!std::filesystem::exists(path, missing))
        return std::optional<LakectlConfig>();
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return Error::invalidInput("cannot read the lakectl config " + path + ": " + std::strerror(errno));
    std::ostringstream text;
    text << file.rdbuf();
    auto parsed = parse(text.str());
    if (!parsed)
        return Error::invalidInput(path + ": " + parsed.error().message);
    return std::optional<LakectlConfig>(std::move(*parsed));
}

std::optional<std::string> LakectlConfig::get(std::string_view dottedKey) const
{
    const auto found = m_values.find(std::string(dottedKey));
    if (found == m_values.end())
        return std::nullopt;
    return found->second;
}

} // namespace lakescope::lakefs
