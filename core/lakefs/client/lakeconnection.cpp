// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/client/lakeconnection.h"

#include "core/auth/sigv4signer.h"
#include "core/common/uri.h"
#include "core/lakefs/client/lakectlconfig.h"
#include "core/lakefs/client/lakefsclient.h"
#include "core/lakefs/local/locallake.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

namespace lakescope::lakefs {

namespace {

// Where the lake is and how to reach it, from options and lakectl's file.
struct LakeSettings
{
    bool local = false;
    std::string root;        // local: the lake's folder
    std::string endpoint;    // server: http(s)://host:port
    std::string accessKeyId;
    std::string secretAccessKey;
    HttpClientConfig http;

    std::string identity() const
    {
        if (local)
            return "local " + root;
        // A fingerprint tells two secrets apart without keeping either.
        const std::string fingerprint = sha256Hex("lakefs\n" + secretAccessKey).substr(0, 16);
        return endpoint + " " + accessKeyId + " " + fingerprint + " " + std::to_string(http.connectTimeout.count())
               + "/" + std::to_string(http.stallTimeout.count()) + "/" + (http.verifyTls ? "tls" : "insecure") + "/"
               + http.caBundle + "/" + http.proxy;
    }
};

std::string configPath(const StoreOptions &options)
{
    if (auto path = options.env("LAKECTL_CONFIG_FILE"); path && !path->empty())
        return *path;
    if (auto home = options.env("HOME"); home && !home->empty())
        return *home + "/.lakectl.yaml";
    return {};
}

// file:///dir, file://localhost/dir or /dir: the folder of a LocalLake.
Result<std::optional<std::string>> localRoot(const std::string &endpoint)
{
    std::string path;
    if (endpoint.starts_with("file://")) {
        std::string_view rest = std::string_view(endpoint).substr(7);
        if (rest.starts_with("localhost/"))
            rest.remove_prefix(9);
        auto decoded = uri::decode(rest);
        if (!decoded)
            return decoded.error();
        path = std::move(*decoded);
        if (path.empty() || path.front() != '/')
            return Error::invalidInput("the lake endpoint " + endpoint + " must name an absolute folder (file:///dir)");
    } else if (endpoint.starts_with("/")) {
        path = endpoint;
    } else {
        return std::optional<std::string>();
    }
    std::error_code ignored;
    const auto absolute = std::filesystem::weakly_canonical(path, ignored);
    std::string root = ignored ? path : absolute.string();
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    return std::optional<std::string>(root);
}

Result<LakeSettings> resolve(const StoreOptions &options)
{
    LakeSettings settings;
    std::string endpoint = options.get("lakefs_endpoint").value_or("");
    settings.accessKeyId = options.get("lakefs_access_key_id").value_or("");
    settings.secretAccessKey = options.get("lakefs_secret_access_key").value_or("");

    // lakectl's file fills only what options and the environment left open.
    std::string fromFile;
    if (endpoint.empty() || settings.accessKeyId.empty() || settings.secretAccessKey.empty()) {
        if (const std::string path = configPath(options); !path.empty()) {
            auto config = LakectlConfig::load(path);
            if (!config)
                return config.error();
            if (*config) {
                fromFile = path;
                auto fill = [&](std::string &value, std::string_view key) {
                    if (value.empty())
                        value = (*config)->get(key).value_or("");
                };
                fill(endpoint, "server.endpoint_url");
                fill(settings.accessKeyId, "credentials.access_key_id");
                fill(settings.secretAccessKey, "credentials.secret_access_key");
            }
        }
    }
    if (endpoint.empty())
        return Error::invalidInput("no lakeFS endpoint: set option lakefs_endpoint (environment variable "
                                   "LAKECTL_SERVER_ENDPOINT_URL) or server.endpoint_url in ~/.lakectl.yaml, e.g. "
                                   "http://localhost:8000 or file:///path/to/lake");

    auto local = localRoot(endpoint);
    if (!local)
        return local.error();
    if (*local) {
        settings.local = true;
        settings.root = **local;
        return settings;
    }

    auto normalised = LakeFsClient::normaliseEndpoint(endpoint);
    if (!normalised)
        return normalised.error();
    settings.endpoint = std::move(*normalised);
    auto parts = uri::parse(settings.endpoint);
    if (!parts)
        return parts.error();
    if (parts->scheme == "http" && !uri::isLoopback(parts->host) && !options.flag("allow_http"))
        return Error::invalidInput("the lakeFS endpoint " + parts->authority()
                                   + " uses plain http, which sends the credentials unencrypted; pass --option "
                                     "allow_http=true to allow it");
    const std::string where = fromFile.empty() ? std::string() : " (nor in " + fromFile + ")";
    if (settings.accessKeyId.empty())
        return Error::invalidInput("missing option lakefs_access_key_id (environment variable "
                                   "LAKECTL_CREDENTIALS_ACCESS_KEY_ID) for the lakeFS server at "
                                   + settings.endpoint + where);
    if (settings.secretAccessKey.empty())
        return Error::invalidInput("missing option lakefs_secret_access_key (environment variable "
                                   "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY) for the lakeFS server at "
                                   + settings.endpoint + where);

    auto connect = options.duration("connect_timeout", settings.http.connectTimeout);
    if (!connect)
        return connect.error();
    settings.http.connectTimeout = *connect;
    auto stall = options.duration("timeout", settings.http.stallTimeout);
    if (!stall)
        return stall.error();
    settings.http.stallTimeout = *stall;
    settings.http.caBundle = options.get("ca_bundle").value_or("");
    settings.http.proxy = options.get("proxy").value_or("");
    settings.http.verifyTls = !options.flag("allow_invalid_certificates");
    return settings;
}

// One lake object per folder or server identity while anyone holds it:
// a LocalLake must not be opened twice in one process, and stores of one
// server share its connections.
class LakeCache
{
public:
    static LakeCache &instance()
    {
        static LakeCache cache;
        return cache;
    }

    Result<VersionedRepositoryPtr> open(const LakeSettings &settings, std::function<void(std::string_view)> trace)
    {
        const std::string key = settings.identity() + (trace && !settings.local ? " traced" : "");
        std::lock_guard lock(m_mutex);
        if (auto existing = m_lakes[key].lock())
            return existing;
        VersionedRepositoryPtr lake;
        if (settings.local) {
            auto opened = LocalLake::open(settings.root);
            if (!opened)
                return opened.error();
            lake = std::move(*opened);
        } else {
            LakeFsClientConfig config;
            config.endpoint = settings.endpoint;
            config.accessKeyId = settings.accessKeyId;
            config.secretAccessKey = settings.secretAccessKey;
            config.http = settings.http;
            config.http.trace = std::move(trace);
            auto client = LakeFsClient::create(std::move(config));
            if (!client)
                return client.error();
            lake = std::move(*client);
        }
        m_lakes[key] = lake;
        return lake;
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::weak_ptr<VersionedRepository>> m_lakes;
};

} // namespace

Result<VersionedRepositoryPtr> connectLake(const StoreOptions &options)
{
    return connectLake(options, {});
}

Result<VersionedRepositoryPtr> connectLake(const StoreOptions &options, std::function<void(std::string_view)> trace)
{
    auto settings = resolve(options);
    if (!settings)
        return settings.error();
    return LakeCache::instance().open(*settings, std::move(trace));
}

Result<std::string> lakeIdentity(const StoreOptions &options)
{
    auto settings = resolve(options);
    if (!settings)
        return settings.error();
    return settings->identity();
}

} // namespace lakescope::lakefs
