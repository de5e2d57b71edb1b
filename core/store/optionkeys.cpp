// SPDX-License-Identifier: Apache-2.0
#include "core/store/optionkeys.h"

#include <algorithm>
#include <vector>

namespace lakescope {

namespace {

using K = OptionKind;

// Names and aliases after object_store (AmazonS3ConfigKey, AzureConfigKey,
// GoogleConfigKey, ClientConfigKey); environment variables after the AWS,
// Azure and Google SDKs, lakectl and Hadoop.
const OptionKey kKeys[] = {
    // Amazon S3 and S3-compatible services
    { "aws_access_key_id", { "access_key_id" }, { "AWS_ACCESS_KEY_ID" }, K::Text, "KEY_ID", "access key id" },
    { "aws_secret_access_key", { "secret_access_key" }, { "AWS_SECRET_ACCESS_KEY" }, K::Secret, "SECRET",
        "secret access key" },
    { "aws_session_token", { "aws_token", "session_token", "token" }, { "AWS_SESSION_TOKEN" }, K::Secret, "TOKEN",
        "session token of temporary credentials" },
    { "aws_region", { "region", "aws_default_region" }, { "AWS_REGION", "AWS_DEFAULT_REGION" }, K::Text, "REGION",
        "region (us-east-1 when unset)" },
    { "aws_endpoint", { "endpoint", "endpoint_url", "aws_endpoint_url" }, { "AWS_ENDPOINT_URL", "AWS_ENDPOINT" },
        K::Text, "URL", "S3-compatible endpoint, e.g. http://localhost:9000" },
    { "aws_profile", { "profile" }, { "AWS_PROFILE" }, K::Text, "NAME", "profile in ~/.aws/config" },
    { "aws_virtual_hosted_style_request", { "virtual_hosted_style_request" }, { "AWS_VIRTUAL_HOSTED_STYLE_REQUEST" },
        K::Flag, "true", "bucket in the host name instead of the path" },
    { "aws_allow_http", {}, { "AWS_ALLOW_HTTP" }, K::Flag, "true", "allow plain http endpoints for S3" },
    { "aws_skip_signature", { "skip_signature" }, { "AWS_SKIP_SIGNATURE" }, K::Flag, "true",
        "anonymous requests to public buckets" },

    // Azure Blob Storage, ADLS Gen2 and Gen1
    { "azure_storage_account_name", { "account_name" }, { "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_STORAGE_ACCOUNT" },
        K::Text, "NAME", "storage account" },
    { "azure_storage_account_key", { "access_key", "account_key", "azure_storage_access_key" },
        { "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_KEY" }, K::Secret, "KEY", "storage account key" },
    { "azure_storage_sas_key", { "sas_token", "sas_key", "azure_storage_sas_token" },
        { "AZURE_STORAGE_SAS_TOKEN", "AZURE_STORAGE_SAS_KEY" }, K::Secret, "SAS", "shared access signature" },
    { "azure_storage_token", { "bearer_token", "azure_bearer_token" }, { "AZURE_STORAGE_TOKEN" }, K::Secret, "TOKEN",
        "OAuth bearer token" },
    { "azure_storage_endpoint", { "azure_endpoint" }, { "AZURE_STORAGE_ENDPOINT" }, K::Text, "URL",
        "blob endpoint override" },
    { "azure_client_id", { "client_id", "azure_storage_client_id" }, { "AZURE_CLIENT_ID" }, K::Text, "ID",
        "service principal (app) id" },
    { "azure_client_secret", { "client_secret", "azure_storage_client_secret" }, { "AZURE_CLIENT_SECRET" }, K::Secret,
        "SECRET", "service principal secret" },
    { "azure_tenant_id", { "tenant_id", "authority_id", "azure_storage_tenant_id" }, { "AZURE_TENANT_ID" }, K::Text,
        "ID", "Entra ID tenant" },
    { "azure_use_emulator", { "use_emulator", "azure_storage_use_emulator" }, { "AZURE_STORAGE_USE_EMULATOR" }, K::Flag,
        "true", "talk to Azurite on localhost" },

    // Google Cloud Storage
    { "google_service_account",
        { "service_account", "google_application_credentials", "google_service_account_path", "service_account_path" },
        { "GOOGLE_SERVICE_ACCOUNT", "GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_SERVICE_ACCOUNT_PATH" }, K::Text, "PATH",
        "service account JSON file" },
    { "google_service_account_key", { "service_account_key" }, { "GOOGLE_SERVICE_ACCOUNT_KEY" }, K::Secret, "JSON",
        "service account JSON itself" },
    { "google_bucket", { "bucket", "bucket_name", "google_bucket_name" }, { "GOOGLE_BUCKET", "GOOGLE_BUCKET_NAME" },
        K::Text, "NAME", "default bucket" },
    { "google_endpoint", { "gcs_endpoint" }, { "STORAGE_EMULATOR_HOST" }, K::Text, "URL",
        "GCS endpoint, e.g. a fake-gcs-server" },

    // lakeFS (the names lakectl reads from its environment)
    { "lakefs_endpoint", { "lakefs_server_endpoint_url", "lakefs_url" },
        { "LAKECTL_SERVER_ENDPOINT_URL", "LAKEFS_ENDPOINT" }, K::Text, "URL",
        "lakeFS server, e.g. http://localhost:8000" },
    { "lakefs_access_key_id", {}, { "LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "LAKEFS_ACCESS_KEY_ID" }, K::Text, "KEY_ID",
        "lakeFS access key id" },
    { "lakefs_secret_access_key", {}, { "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "LAKEFS_SECRET_ACCESS_KEY" },
        K::Secret, "SECRET", "lakeFS secret access key" },

    // WebHDFS
    { "webhdfs_user", { "hdfs_user", "hadoop_user_name" }, { "HADOOP_USER_NAME" }, K::Text, "USER",
        "user.name for simple authentication" },

    // Every HTTP-based store
    { "ca_bundle", { "ca_cert", "ssl_ca_bundle", "ca_file" }, { "CURL_CA_BUNDLE", "SSL_CERT_FILE" }, K::Text, "PATH",
        "PEM file of trusted certificate authorities" },
    { "proxy", { "proxy_url", "https_proxy" }, { "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy" }, K::Text,
        "URL", "HTTP(S) proxy" },
    { "no_proxy", { "proxy_excludes" }, { "NO_PROXY", "no_proxy" }, K::Text, "HOSTS",
        "comma-separated hosts that bypass the proxy" },
    { "allow_http", {}, {}, K::Flag, "true", "allow plain http endpoints" },
    { "allow_invalid_certificates", { "insecure" }, {}, K::Flag, "true",
        "skip TLS certificate checks (emulators only)" },
    { "connect_timeout", {}, {}, K::Duration, "SECONDS", "connection timeout, e.g. 10s" },
    { "timeout", { "request_timeout" }, {}, K::Duration, "SECONDS", "whole-request timeout, e.g. 300s" },
};

std::string normalised(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (c == '-')
            c = '_';
    }
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::span<const OptionKey> knownOptionKeys()
{
    return kKeys;
}

const OptionKey *findOptionKey(std::string_view nameOrAlias)
{
    const std::string wanted = normalised(nameOrAlias);
    if (wanted.empty())
        return nullptr;
    for (const auto &key : kKeys) {
        if (key.name == wanted)
            return &key;
        if (std::find(key.aliases.begin(), key.aliases.end(), wanted) != key.aliases.end())
            return &key;
    }
    return nullptr;
}

std::string nearestOptionKey(std::string_view unknown)
{
    const std::string wanted = normalised(unknown);
    if (wanted.empty())
        return {};
    const OptionKey *best = nullptr;
    std::size_t bestDistance = SIZE_MAX;
    for (const auto &key : kKeys) {
        const auto consider = [&](std::string_view candidate) {
            if (candidate.empty())
                return;
            const std::size_t distance = editDistance(wanted, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = &key;
            }
        };
        consider(key.name);
        for (const auto alias : key.aliases)
            consider(alias);
    }
    // Beyond about a third of the word the "suggestion" is noise.
    const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 3);
    return best && bestDistance <= limit ? std::string(best->name) : std::string();
}

bool optionFlagValue(std::string_view value)
{
    const std::string text = normalised(value);
    return text == "true" || text == "1" || text == "yes" || text == "on";
}

bool isValidOptionValue(const OptionKey &key, std::string_view value)
{
    switch (key.kind) {
    case OptionKind::Text:
    case OptionKind::Secret:
        return true;
    case OptionKind::Flag: {
        const std::string text = normalised(value);
        return optionFlagValue(text) || text == "false" || text == "0" || text == "no" || text == "off";
    }
    case OptionKind::Duration: {
        std::size_t digits = 0;
        while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9')
            ++digits;
        const std::string_view unit = value.substr(digits);
        return digits > 0 && (unit.empty() || unit == "s" || unit == "ms" || unit == "m");
    }
    }
    return false;
}

} // namespace lakescope
