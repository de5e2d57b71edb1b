// SPDX-License-Identifier: Apache-2.0
#include "core/store/storeoptions.h"

#include "core/store/optionkeys.h"

#include <charconv>
#include <cstdlib>

namespace lakescope {

namespace {

std::optional<std::string> processEnv(const std::string &name)
{
    if (const char *value = std::getenv(name.c_str()))
        return std::string(value);
    return std::nullopt;
}

// Option names are user input echoed into one-line messages.
std::string shown(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return out + '"';
}

std::string hintFor(const OptionKey &key)
{
    std::string hint = "pass --option " + std::string(key.name) + "=" + std::string(key.placeholder);
    if (!key.envVars[0].empty())
        hint += " or set " + std::string(key.envVars[0]);
    return hint;
}

Error missing(const OptionKey &key, std::string_view purpose, std::string_view neededBy = {})
{
    std::string message = "missing option " + std::string(key.name);
    if (!purpose.empty())
        message += " for " + std::string(purpose);
    if (!neededBy.empty())
        message += ", which " + std::string(neededBy) + " needs";
    return Error::invalidInput(message + " (" + hintFor(key) + ")");
}

} // namespace

StoreOptions::StoreOptions()
    : m_env(processEnv)
{
}

// An empty lookup means the process environment, so fromPairs(pairs) and the
// default constructor agree; tests inject a lookup to control it.
StoreOptions::StoreOptions(EnvLookup env)
    : m_env(env ? std::move(env) : EnvLookup(processEnv))
{
}

Result<StoreOptions> StoreOptions::fromPairs(const std::vector<std::string> &pairs, EnvLookup env)
{
    StoreOptions options(std::move(env));
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::string &pair = pairs[i];
        const auto eq = pair.find('=');
        if (eq == std::string::npos) {
            // Without '=' the text may be a pasted secret: name it only when
            // it is an option name.
            if (const OptionKey *key = findOptionKey(pair))
                return Error::invalidInput("option " + std::string(key->name) + " needs a value ("
                    + std::string(key->name) + "=" + std::string(key->placeholder) + ")");
            return Error::invalidInput("option #" + std::to_string(i + 1) + " is not key=value");
        }
        if (auto status = options.set(std::string_view(pair).substr(0, eq), pair.substr(eq + 1)); !status)
            return status.error();
    }
    return options;
}

Status StoreOptions::set(std::string_view key, std::string value)
{
    const OptionKey *known = findOptionKey(key);
    if (!known) {
        std::string message = "unknown option " + shown(key);
        if (const std::string nearest = nearestOptionKey(key); !nearest.empty())
            message += " (did you mean " + nearest + "?)";
        return Error::invalidInput(message);
    }
    if (!isValidOptionValue(*known, value)) {
        const bool flag = known->kind == OptionKind::Flag;
        return Error::invalidInput("option " + std::string(known->name) + " expects "
            + (flag ? "true or false" : "a duration such as 30s or 500ms") + ", got " + shown(value));
    }
    m_values[std::string(known->name)] = std::move(value);
    return {};
}

std::optional<std::string> StoreOptions::get(std::string_view key) const
{
    const OptionKey *known = findOptionKey(key);
    if (!known)
        return std::nullopt;
    if (const auto it = m_values.find(std::string(known->name)); it != m_values.end())
        return it->second;
    for (const auto name : known->envVars) {
        if (name.empty())
            break;
        // An exported but empty variable is how shells unset things.
        if (auto value = m_env(std::string(name)); value && !value->empty())
            return value;
    }
    return std::nullopt;
}

Result<std::string> StoreOptions::require(std::string_view key, std::string_view purpose) const
{
    const OptionKey *known = findOptionKey(key);
    if (!known)
        return Error::invalidInput("unknown option " + shown(key));
    auto value = get(key);
    if (!value || value->empty())
        return missing(*known, purpose);
    return std::move(*value);
}

bool StoreOptions::flag(std::string_view key) const
{
    const auto value = get(key);
    return value && optionFlagValue(*value);
}

Result<std::chrono::milliseconds> StoreOptions::duration(std::string_view key,
                                                          std::chrono::milliseconds fallback) const
{
    const auto value = get(key);
    if (!value || value->empty())
        return fallback;
    std::uint64_t amount = 0;
    const char *begin = value->data();
    const char *end = begin + value->size();
    const auto [rest, error] = std::from_chars(begin, end, amount);
    const std::string_view unit(rest, static_cast<std::size_t>(end - rest));
    const bool valid = error == std::errc() && rest != begin && amount <= 86'400'000;
    if (valid && (unit.empty() || unit == "s"))
        return std::chrono::milliseconds(amount * 1000);
    if (valid && unit == "ms")
        return std::chrono::milliseconds(amount);
    if (valid && unit == "m")
        return std::chrono::milliseconds(amount * 60'000);
    return Error::invalidInput("option " + std::string(key) + " expects a duration such as 30s or 500ms");
}

Status StoreOptions::validateFor(const StoreUrl &url) const
{
    const std::string purpose = url.storeRoot();
    const auto has = [this](std::string_view key) {
        const auto value = get(key);
        return value && !value->empty();
    };
    // Half a credential pair is always a mistake; say which half is missing
    // rather than failing later with a signature error.
    const auto pair = [&](std::string_view first, std::string_view second) -> Status {
        if (has(first) && !has(second))
            return missing(*findOptionKey(second), purpose, first);
        if (has(second) && !has(first))
            return missing(*findOptionKey(first), purpose, second);
        return {};
    };

    switch (url.scheme) {
    case Scheme::File:
    case Scheme::Memory:
    case Scheme::Gcs:
    case Scheme::WebHdfs:
        return {};
    case Scheme::S3:
        return pair("aws_access_key_id", "aws_secret_access_key");
    case Scheme::Azure:
    case Scheme::Abfss:
    case Scheme::Adl: {
        if (has("azure_client_secret")) {
            for (const auto needed : { "azure_client_id", "azure_tenant_id" }) {
                if (!has(needed))
                    return missing(*findOptionKey(needed), purpose, "azure_client_secret");
            }
        }
        // abfss names its account in the host; Azurite has a fixed one.
        const auto emulator = get("azure_use_emulator");
        if (url.scheme == Scheme::Azure && !(emulator && optionFlagValue(*emulator))) {
            if (auto account = require("azure_storage_account_name", purpose); !account)
                return account.error();
        }
        return {};
    }
    case Scheme::LakeFs:
        // The endpoint may come from ~/.lakectl.yaml, which connectLake()
        // reads and checks; half a key pair is wrong wherever it is given.
        return pair("lakefs_access_key_id", "lakefs_secret_access_key");
    }
    return {};
}

} // namespace lakescope
