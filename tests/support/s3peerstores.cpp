// SPDX-License-Identifier: Apache-2.0
#include "tests/support/s3peerstores.h"

#include "core/backends/s3/s3containerservice.h"

#include <cstdio>
#include <cstdlib>

namespace lakescope::testing {

Result<StoreOptions> S3PeerStores::options(const Overrides &overrides) const
{
    Overrides values = m_peer.storeOptions();
    for (const auto &[key, value] : overrides)
        values[key] = value;
    std::vector<std::string> pairs;
    for (const auto &[key, value] : values)
        pairs.push_back(key + "=" + value);
    return StoreOptions::fromPairs(pairs, [](const std::string &) { return std::optional<std::string>(); });
}

Result<S3Config> S3PeerStores::config(const Overrides &overrides) const
{
    auto opts = options(overrides);
    if (!opts)
        return opts.error();
    return S3Config::fromOptions(*opts, "/nonexistent-home-for-tests");
}

Result<std::shared_ptr<S3Client>> S3PeerStores::client(const Overrides &overrides, const Tweak &tweak) const
{
    auto resolved = config(overrides);
    if (!resolved)
        return resolved.error();
    if (tweak)
        tweak(*resolved);
    HttpClientConfig httpConfig = resolved->httpClientConfig();
    // LAKESCOPE_TEST_HTTP_TRACE=1 shows every exchange of a failing test.
    if (std::getenv("LAKESCOPE_TEST_HTTP_TRACE"))
        httpConfig.trace = [](std::string_view line) {
            std::fprintf(stderr, "http: %.*s\n", static_cast<int>(line.size()), line.data());
        };
    auto http = std::make_shared<HttpClient>(httpConfig);
    return std::make_shared<S3Client>(std::move(*resolved), std::move(http));
}

Result<std::shared_ptr<S3Store>> S3PeerStores::store(const std::string &bucket, const Overrides &overrides,
                                                     const Tweak &tweak) const
{
    auto made = client(overrides, tweak);
    if (!made)
        return made.error();
    return std::make_shared<S3Store>(std::move(*made), bucket);
}

Result<std::shared_ptr<S3Store>> S3PeerStores::createBucket(const std::string &prefix) const
{
    auto made = client();
    if (!made)
        return made.error();
    const std::string bucket = m_peer.uniqueBucketName(QString::fromStdString(prefix)).toStdString();
    S3ContainerService service(*made);
    if (auto created = service.createContainer(bucket); !created)
        return created.error();
    return std::make_shared<S3Store>(std::move(*made), bucket);
}

} // namespace lakescope::testing
