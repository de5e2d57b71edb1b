// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/store/storeurl.h"

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope {

// Connection options: explicit key/value pairs first, then the environment
// variables the ecosystem already uses. Keys follow object_store
// (aws_access_key_id, azure_storage_account_name, google_service_account,
// ...) and lakectl (lakefs_endpoint ~ LAKECTL_SERVER_ENDPOINT_URL).
class StoreOptions
{
public:
    using EnvLookup = std::function<std::optional<std::string>(const std::string &name)>;

    StoreOptions(); // reads the process environment
    explicit StoreOptions(EnvLookup env);

    // "key=value" strings, as given with --option; an unknown key or one
    // without '=' is an InvalidInput error naming it.
    static Result<StoreOptions> fromPairs(const std::vector<std::string> &pairs, EnvLookup env = {});

    // Sets an option; aliases (e.g. "access_key_id") resolve to the
    // canonical key. Returns InvalidInput for unknown keys.
    Status set(std::string_view key, std::string value);

    // Explicit value, else the first of the key's environment variables.
    std::optional<std::string> get(std::string_view key) const;

    // Like get(), but a missing value is an InvalidInput error in one line
    // that names the option and its environment variables.
    Result<std::string> require(std::string_view key, std::string_view purpose = {}) const;

    // An on/off option ("true", "1", "yes", ...); false when absent.
    bool flag(std::string_view key) const;
    // A duration option: "30" and "30s" are seconds, "500ms" milliseconds,
    // "2m" minutes; `fallback` when absent, InvalidInput when malformed.
    Result<std::chrono::milliseconds> duration(std::string_view key, std::chrono::milliseconds fallback) const;

    // Check that everything `scheme` needs is present (e.g. azure account
    // for az://, an endpoint for lakefs://).
    Status validateFor(const StoreUrl &url) const;

    const std::map<std::string, std::string> &explicitValues() const { return m_values; }

    // The raw environment variable through this object's EnvLookup (the
    // injected one in tests), for settings that are not options: HOME,
    // AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE, ...
    std::optional<std::string> env(const std::string &name) const { return m_env(name); }

private:
    std::map<std::string, std::string> m_values;
    EnvLookup m_env;
};

} // namespace lakescope
