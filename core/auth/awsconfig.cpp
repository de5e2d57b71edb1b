// SPDX-License-Identifier: Apache-2.0
#include "core/auth/awsconfig.h"

#include "core/auth/awsprofilefile.h"
#include "core/common/uri.h"
#include "core/store/optionkeys.h"

#include <array>
#include <filesystem>

namespace lakescope {

namespace {

constexpr const char *kKeyId = "aws_access_key_id";
constexpr const char *kSecret = "aws_secret_access_key";
constexpr const char *kToken = "aws_session_token";

std::string shown(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return out + '"';
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

// Everything resolve() reads, so the steps below stay short.
class Sources
{
public:
    Sources(const StoreOptions &options, std::string home)
        : m_options(options)
        , m_home(std::move(home))
    {
    }

    // An exported but empty variable is how shells unset things.
    std::optional<std::string> env(const std::string &name) const
    {
        auto value = m_options.env(name);
        return value && !value->empty() ? value : std::nullopt;
    }

    std::optional<std::string> explicitValue(const std::string &key) const
    {
        const auto &values = m_options.explicitValues();
        const auto it = values.find(key);
        return it == values.end() || it->second.empty() ? std::nullopt : std::optional<std::string>(it->second);
    }

    const StoreOptions &options() const { return m_options; }

    // The file named by `variable`, else ~/.aws/<name>; "~" in the variable
    // is expanded as the AWS CLI does. Returns the path and its label.
    std::pair<std::filesystem::path, std::string> awsFile(const std::string &variable, const std::string &name) const
    {
        if (auto value = env(variable)) {
            if (value->rfind("~/", 0) == 0 && !m_home.empty())
                return { std::filesystem::path(m_home) / value->substr(2), *value };
            return { *value, *value };
        }
        if (m_home.empty())
            return { {}, "~/.aws/" + name };
        return { std::filesystem::path(m_home) / ".aws" / name, "~/.aws/" + name };
    }

private:
    const StoreOptions &m_options;
    std::string m_home;
};

// The profile's two files read as one: the credentials file wins, as in
// the AWS SDKs.
struct Profile
{
    std::string name;
    AwsProfileFile credentials;
    AwsProfileFile config;

    bool exists() const { return credentials.hasProfile(name) || config.hasProfile(name); }
    std::optional<std::string> value(std::string_view key) const
    {
        if (auto found = credentials.value(name, key); found && !found->empty())
            return found;
        if (auto found = config.value(name, key); found && !found->empty())
            return found;
        return std::nullopt;
    }
};

Result<Profile> loadProfile(const Sources &sources)
{
    auto named = sources.options().get("aws_profile");
    if (named && named->empty())
        named.reset();
    Profile profile;
    profile.name = named.value_or("default");
    const auto [credentialsPath, credentialsLabel] = sources.awsFile("AWS_SHARED_CREDENTIALS_FILE", "credentials");
    const auto [configPath, configLabel] = sources.awsFile("AWS_CONFIG_FILE", "config");
    if (!credentialsPath.empty()) {
        auto file = AwsProfileFile::load(credentialsPath, AwsProfileFile::Kind::Credentials, credentialsLabel);
        if (!file)
            return file.error();
        profile.credentials = std::move(*file);
    }
    if (!configPath.empty()) {
        auto file = AwsProfileFile::load(configPath, AwsProfileFile::Kind::Config, configLabel);
        if (!file)
            return file.error();
        profile.config = std::move(*file);
    }
    // Only a profile someone asked for must exist; "default" is optional.
    if (named && !profile.exists())
        return Error::invalidInput(
            "profile " + shown(profile.name) + " not found in " + credentialsLabel + " or " + configLabel);
    return profile;
}

Result<AwsCredentials> profileCredentials(const Profile &profile)
{
    AwsCredentials credentials;
    const auto keyId = profile.value(kKeyId);
    const auto secret = profile.value(kSecret);
    if (keyId && secret) {
        credentials.accessKeyId = *keyId;
        credentials.secretAccessKey = *secret;
        credentials.sessionToken = profile.value(kToken).value_or("");
        return credentials;
    }
    if (keyId || secret)
        return Error::invalidInput("profile " + shown(profile.name) + " sets " + (keyId ? kKeyId : kSecret)
            + " but not " + (keyId ? kSecret : kKeyId));
    // Without this the user would get anonymous requests and a puzzling 403.
    static constexpr std::array<std::string_view, 6> unsupported = {
        "role_arn",
        "credential_process",
        "sso_session",
        "sso_start_url",
        "web_identity_token_file",
        "credential_source",
    };
    for (const auto key : unsupported) {
        if (profile.value(key))
            return Error::notSupported("profile " + shown(profile.name) + " gets its credentials through "
                + std::string(key)
                + ", which Lakescope does not support yet; use access keys, or "
                  "aws_skip_signature=true for public buckets");
    }
    return credentials; // anonymous
}

// options → environment → profile → anonymous; `source` says which.
Status resolveCredentials(const Sources &sources, const Profile &profile, AwsConfig &config)
{
    const auto skip = sources.options().get("aws_skip_signature");
    if (skip && optionFlagValue(*skip)) {
        config.credentialSource = "anonymous";
        return {};
    }

    // StoreOptions::get() would also return the environment's values, so
    // explicitValues() tells an option from a variable.
    const auto keyId = sources.explicitValue(kKeyId);
    const auto secret = sources.explicitValue(kSecret);
    const auto token = sources.explicitValue(kToken);
    if (keyId && secret) {
        config.credentials = { *keyId, *secret, token.value_or("") };
        config.credentialSource = "options";
        return {};
    }
    if (keyId || secret)
        return Error::invalidInput(std::string("option ") + (keyId ? kKeyId : kSecret) + " was given without "
            + (keyId ? kSecret : kKeyId) + " (pass --option " + (keyId ? kSecret : kKeyId) + "="
            + std::string(findOptionKey(keyId ? kSecret : kKeyId)->placeholder) + ")");
    // A token belongs to the key pair it was issued with; one given without
    // its pair would silently be paired with someone else's keys.
    if (token)
        return Error::invalidInput(
            std::string("option ") + kToken + " was given without " + kKeyId + " and " + kSecret);

    const auto envKeyId = sources.env("AWS_ACCESS_KEY_ID");
    const auto envSecret = sources.env("AWS_SECRET_ACCESS_KEY");
    if (envKeyId && envSecret) {
        config.credentials = { *envKeyId, *envSecret, sources.env("AWS_SESSION_TOKEN").value_or("") };
        config.credentialSource = "environment";
        return {};
    }
    if (envKeyId || envSecret)
        return Error::invalidInput(std::string(envKeyId ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY")
            + " is set but " + (envKeyId ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID") + " is not");

    if (profile.exists()) {
        auto credentials = profileCredentials(profile);
        if (!credentials)
            return credentials.error();
        if (!credentials->isAnonymous()) {
            config.credentials = std::move(*credentials);
            config.credentialSource = "profile " + profile.name;
            return {};
        }
    }
    config.credentialSource = "anonymous";
    return {};
}

struct Found
{
    std::string value;
    std::string from; // for messages: where the value came from
};

// The SDKs' order: service-specific before global, environment before
// profile. "s3 =\n  endpoint_url = ..." is the older form some S3-compatible
// services document; [services NAME] is the current one.
std::optional<Found> findEndpoint(const Sources &sources, const Profile &profile)
{
    if (auto value = sources.explicitValue("aws_endpoint"))
        return Found { *value, "option aws_endpoint" };
    if (auto value = sources.env("AWS_ENDPOINT_URL_S3"))
        return Found { *value, "AWS_ENDPOINT_URL_S3" };
    for (const auto variable : findOptionKey("aws_endpoint")->envVars) {
        if (variable.empty())
            break;
        if (auto value = sources.env(std::string(variable)))
            return Found { *value, std::string(variable) };
    }
    if (auto services = profile.value("services")) {
        if (auto value = profile.config.serviceValue(*services, "s3.endpoint_url"); value && !value->empty())
            return Found { *value, "[services " + *services + "] in " + profile.config.label() };
    }
    for (const auto key : { "s3.endpoint_url", "endpoint_url" }) {
        if (auto value = profile.value(key))
            return Found { *value, "profile " + shown(profile.name) };
    }
    return std::nullopt;
}

Result<std::string> resolveEndpoint(const Sources &sources, const Profile &profile)
{
    auto endpoint = findEndpoint(sources, profile);
    if (!endpoint)
        return std::string();
    // Caught here, a typo names where the endpoint came from; later it would
    // be a connection error about some host.
    if (auto parts = uri::parse(endpoint->value); !parts)
        return Error::invalidInput("invalid S3 endpoint from " + endpoint->from + ": " + parts.error().message);
    std::string url = std::move(endpoint->value);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

Result<bool> resolveVirtualHosted(const Sources &sources, const Profile &profile, bool customEndpoint)
{
    if (const auto flag = sources.options().get("aws_virtual_hosted_style_request")) {
        if (!isValidOptionValue(*findOptionKey("aws_virtual_hosted_style_request"), *flag))
            return Error::invalidInput("aws_virtual_hosted_style_request (AWS_VIRTUAL_HOSTED_STYLE_REQUEST) expects "
                                       "true or false, got "
                + shown(*flag));
        return optionFlagValue(*flag);
    }
    if (const auto style = profile.value("s3.addressing_style")) {
        const std::string lower = lowerCase(*style);
        if (lower == "path")
            return false;
        if (lower == "virtual")
            return true;
        if (lower != "auto")
            return Error::invalidInput("profile " + shown(profile.name)
                + ": s3.addressing_style must be path, "
                  "virtual or auto, got "
                + shown(*style));
    }
    // Custom endpoints (MinIO, Ceph, lakeFS, ...) rarely have wildcard DNS.
    return !customEndpoint;
}

} // namespace

Result<AwsConfig> AwsConfig::resolve(const StoreOptions &options, const std::string &homeDir)
{
    const Sources sources(options, homeDir.empty() ? options.env("HOME").value_or("") : homeDir);
    auto profile = loadProfile(sources);
    if (!profile)
        return profile.error();

    AwsConfig config;
    if (profile->exists())
        config.profile = profile->name;
    if (auto status = resolveCredentials(sources, *profile, config); !status)
        return status.error();

    if (auto region = options.get("aws_region"); region && !region->empty())
        config.region = *region;
    else if (auto fromProfile = profile->value("region"))
        config.region = *fromProfile;

    auto endpoint = resolveEndpoint(sources, *profile);
    if (!endpoint)
        return endpoint.error();
    config.endpoint = std::move(*endpoint);

    auto virtualHosted = resolveVirtualHosted(sources, *profile, !config.endpoint.empty());
    if (!virtualHosted)
        return virtualHosted.error();
    config.virtualHosted = *virtualHosted;
    return config;
}

} // namespace lakescope
