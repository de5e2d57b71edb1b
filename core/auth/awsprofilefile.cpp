// SPDX-License-Identifier: Apache-2.0
#include "core/auth/awsprofilefile.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace lakescope {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (isBlank(text.front()) || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (isBlank(text.back()) || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return out;
}

// "value # note" and "value ; note" end at the comment; a '#' inside a word
// ("pa#ss") does not start one, as in the AWS SDKs.
std::string_view stripComment(std::string_view text)
{
    for (std::size_t i = 1; i < text.size(); ++i) {
        if ((text[i] == '#' || text[i] == ';') && isBlank(text[i - 1]))
            return trim(text.substr(0, i));
    }
    if (!text.empty() && (text.front() == '#' || text.front() == ';'))
        return {};
    return trim(text);
}

// The word after "profile"/"services" in a section name, or nullopt when
// `inner` is not of that form.
std::optional<std::string_view> afterPrefix(std::string_view inner, std::string_view prefix)
{
    if (inner.size() <= prefix.size() || inner.substr(0, prefix.size()) != prefix || !isBlank(inner[prefix.size()]))
        return std::nullopt;
    return trim(inner.substr(prefix.size()));
}

} // namespace

Result<AwsProfileFile> AwsProfileFile::parse(std::string_view text, Kind kind, std::string label)
{
    AwsProfileFile file;
    file.m_label = std::move(label);
    const auto error = [&file](int line, std::string_view what) {
        return Error::invalidInput(file.m_label + " line " + std::to_string(line) + ": " + std::string(what));
    };

    // Sections the tools ignore ([sso-session x], a bare [name] in config)
    // still own their properties; they go here and are dropped.
    Properties ignored;
    Properties *section = nullptr;
    std::string lastKey;
    bool lastKeyOpensBlock = false; // "s3 =" with nothing after it

    int lineNumber = 0;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        const std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        ++lineNumber;

        const std::string_view content = trim(line);
        if (content.empty() || content.front() == '#' || content.front() == ';')
            continue;
        const bool indented = isBlank(line.front());

        if (!indented && content.front() == '[') {
            const auto close = content.find(']');
            if (close == std::string_view::npos)
                return error(lineNumber, "section header without a closing ']'");
            if (!stripComment(content.substr(close + 1)).empty())
                return error(lineNumber, "unexpected text after the section header");
            const std::string_view inner = trim(content.substr(1, close - 1));
            if (inner.empty())
                return error(lineNumber, "empty section name");
            lastKey.clear();
            if (kind == Kind::Credentials) {
                section = &file.m_profiles[std::string(inner)];
            } else if (inner == "default") {
                section = &file.m_profiles["default"];
            } else if (const auto name = afterPrefix(inner, "profile")) {
                if (name->empty())
                    return error(lineNumber, "profile section without a name");
                section = &file.m_profiles[std::string(*name)];
            } else if (const auto name = afterPrefix(inner, "services")) {
                section = &file.m_services[std::string(*name)];
            } else {
                // The AWS CLI ignores [name] in config (it must be [profile name]).
                ignored.clear();
                section = &ignored;
            }
            continue;
        }

        if (!section)
            return error(lineNumber, "setting outside a [section]");

        if (indented && !lastKey.empty()) {
            const std::string_view body = stripComment(content);
            if (!lastKeyOpensBlock) {
                // A continuation line of a multi-line value.
                (*section)[lastKey] += "\n" + std::string(body);
                continue;
            }
            const auto eq = body.find('=');
            if (eq == std::string_view::npos)
                return error(lineNumber, "expected \"name = value\" in the indented block");
            const std::string subKey = lowerCase(trim(body.substr(0, eq)));
            if (subKey.empty())
                return error(lineNumber, "setting without a name");
            (*section)[lastKey + "." + subKey] = std::string(trim(body.substr(eq + 1)));
            continue;
        }

        const auto eq = content.find('=');
        if (eq == std::string_view::npos)
            return error(lineNumber, "expected \"name = value\"");
        std::string key = lowerCase(trim(content.substr(0, eq)));
        if (key.empty())
            return error(lineNumber, "setting without a name");
        const std::string_view value = stripComment(content.substr(eq + 1));
        lastKeyOpensBlock = value.empty();
        (*section)[key] = std::string(value);
        lastKey = std::move(key);
    }
    return file;
}

Result<AwsProfileFile> AwsProfileFile::load(const std::filesystem::path &path, Kind kind, std::string label)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (status.type() == std::filesystem::file_type::not_found) {
        AwsProfileFile empty;
        empty.m_label = std::move(label);
        return empty;
    }
    if (ec)
        return Error::permissionDenied("cannot read " + label + ": " + ec.message());
    if (std::filesystem::is_directory(status))
        return Error::invalidInput("cannot read " + label + ": it is a folder");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::permissionDenied("cannot read " + label);
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        return Error::permissionDenied("cannot read " + label);
    return parse(text.str(), kind, std::move(label));
}

std::optional<std::string> AwsProfileFile::lookup(const Sections &sections, std::string_view name, std::string_view key)
{
    const auto section = sections.find(name);
    if (section == sections.end())
        return std::nullopt;
    const auto found = section->second.find(key);
    if (found == section->second.end())
        return std::nullopt;
    return found->second;
}

std::optional<std::string> AwsProfileFile::value(std::string_view profile, std::string_view key) const
{
    return lookup(m_profiles, profile, key);
}

std::optional<std::string> AwsProfileFile::serviceValue(std::string_view services, std::string_view key) const
{
    return lookup(m_services, services, key);
}

} // namespace lakescope
