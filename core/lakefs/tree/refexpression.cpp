// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/tree/refexpression.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace lakescope::lakefs {

namespace {

constexpr std::string_view kModifierChars = "~^@$";
constexpr int kHttpBadRequest = 400;

Error invalid(std::string message)
{
    Error error = Error::invalidInput(std::move(message));
    error.httpStatus = kHttpBadRequest;
    return error;
}

Error invalidRef()
{
    return invalid("ref: invalid value: validation error");
}

// lakeFS wraps its validation errors with context in front, so the message
// still ends in lakeFS's own words.
Error invalidName(std::string_view subject, std::string_view name, std::string_view rule)
{
    if (name.empty())
        return invalid(std::string(subject) + ": required value: validation error");
    return invalid("\"" + std::string(name) + "\" " + std::string(rule) + ": " + std::string(subject)
                   + ": invalid value: validation error");
}

// RE2's \s, which lakeFS's ref pattern ^[^\s]+$ excludes.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// strconv.Atoi: an optional sign, then decimal digits that fit an int.
std::optional<int> parseCount(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;
    long long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
        if (value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return static_cast<int>(negative ? -value : value);
}

} // namespace

bool RefExpression::committedOnly() const
{
    return modifiers.size() == 1 && modifiers.front().kind == '@';
}

bool RefExpression::withStaging() const
{
    return modifiers.size() == 1 && modifiers.front().kind == '$';
}

// The pattern (^|[~^@$])[^^~@$]* splits the text at every modifier
// character: the first piece is the base, each further piece one modifier.
Result<RefExpression> parseRefExpression(std::string_view text)
{
    if (text.empty())
        return invalidRef();
    for (char c : text) {
        if (isSpace(c))
            return invalidRef();
    }

    const std::size_t baseEnd = std::min(text.find_first_of(kModifierChars), text.size());
    RefExpression expression;
    expression.base = std::string(text.substr(0, baseEnd));
    if (expression.base.empty())
        return invalidRef();

    std::size_t at = baseEnd;
    while (at < text.size()) {
        const std::size_t next = std::min(text.find_first_of(kModifierChars, at + 1), text.size());
        const std::string_view piece = text.substr(at, next - at);
        at = next;

        RefModifier modifier;
        modifier.kind = piece.front();
        const std::string_view argument = piece.substr(1);
        if (modifier.kind == '@' || modifier.kind == '$') {
            if (!argument.empty())
                return invalidRef();
            modifier.value = 0;
        } else if (!argument.empty()) {
            const std::optional<int> count = parseCount(argument);
            if (!count || *count < 0)
                return invalidRef();
            modifier.value = *count;
        }
        expression.modifiers.push_back(modifier);
    }

    const bool hasStandalone = std::any_of(expression.modifiers.begin(), expression.modifiers.end(),
                                           [](const RefModifier &m) { return m.kind == '@' || m.kind == '$'; });
    if (hasStandalone && expression.modifiers.size() > 1)
        return invalidRef();
    return expression;
}

Status validateRepositoryName(std::string_view name)
{
    static constexpr std::string_view rule = "must match ^[a-z0-9][a-z0-9-]{2,62}$";
    const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    if (name.size() < 3 || name.size() > 63 || name.front() == '-')
        return invalidName("repository id", name, rule);
    for (char c : name) {
        if (!allowed(c))
            return invalidName("repository id", name, rule);
    }
    return {};
}

Status validateBranchName(std::string_view name)
{
    static constexpr std::string_view rule = "must match ^\\w[-\\w]*$";
    if (name.empty() || !isWordChar(name.front()))
        return invalidName("branch id", name, rule);
    for (char c : name) {
        if (!isWordChar(c) && c != '-')
            return invalidName("branch id", name, rule);
    }
    return {};
}

// lakeFS's git-check-ref-format subset; '~' stays allowed for old refs.
Status validateTagName(std::string_view name)
{
    const auto fail = [&](std::string_view rule) { return invalidName("tag id", name, rule); };
    if (name.empty())
        return fail("");
    if (name == "@")
        return fail("must not be \"@\"");
    if (name.back() == '.' || (name.size() >= 5 && name.substr(name.size() - 5) == ".lock"))
        return fail("must not end with \".\" or \".lock\"");
    if (name.find("..") != std::string_view::npos || name.find('/') != std::string_view::npos
        || name.find("@{") != std::string_view::npos)
        return fail("must not contain \"..\", \"/\" or \"@{\"");
    if (name.find_first_of("^:?*[\\") != std::string_view::npos)
        return fail("must not contain any of ^:?*[\\");
    for (char c : name) {
        if (static_cast<unsigned char>(c) <= 0x20)
            return fail("must not contain spaces or control characters");
    }
    return {};
}

bool isCommitIdPrefix(std::string_view text)
{
    return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), isLowerHex);
}

bool isFullCommitId(std::string_view text)
{
    return text.size() == 64 && isCommitIdPrefix(text);
}

// Classic two-pointer wildcard match: on a mismatch, let the last '*'
// swallow one more character. Linear in practice, never exponential.
bool globMatch(std::string_view pattern, std::string_view name)
{
    std::size_t p = 0;
    std::size_t n = 0;
    std::size_t starAt = std::string_view::npos;
    std::size_t starMatched = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starAt = p++;
            starMatched = n;
        } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (starAt != std::string_view::npos) {
            p = starAt + 1;
            n = ++starMatched;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

} // namespace lakescope::lakefs
