// SPDX-License-Identifier: Apache-2.0
#include "core/backends/s3/s3config.h"

#include "core/auth/awsconfig.h"
#include "core/auth/sigv4signer.h"
#include "core/common/uri.h"
#include "core/store/optionkeys.h"

namespace lakescope {

Result<S3Config> S3Config::fromOptions(const StoreOptions &options, const std::string &homeDir)
{
    auto aws = AwsConfig::resolve(options, homeDir);
    if (!aws)
        return aws.error();

    S3Config config;
    config.credentials = aws->credentials;
    config.credentialSource = aws->credentialSource;
    config.region = aws->region.empty() ? "us-east-1" : aws->region;
    config.virtualHosted = aws->virtualHosted;
    config.skipSignature = options.flag("aws_skip_signature");
    if (config.skipSignature)
        config.credentials = {};

    std::string endpoint = aws->endpoint;
    while (!endpoint.empty() && endpoint.back() == '/')
        endpoint.pop_back();
    if (endpoint.empty()) {
        config.endpoint = "https://s3." + config.region + ".amazonaws.com";
    } else {
        auto parts = uri::parse(endpoint);
        if (!parts || (parts->scheme != "http" && parts->scheme != "https") || parts->host.empty())
            return Error::invalidInput("option aws_endpoint must be an http(s) URL such as http://localhost:9000");
        if (!parts->query.empty())
            return Error::invalidInput("option aws_endpoint must not have a query string");
        if (parts->scheme == "http" && !uri::isLoopback(parts->host) && !options.flag("aws_allow_http")
            && !options.flag("allow_http"))
            return Error::invalidInput("the S3 endpoint " + parts->authority()
                                       + " uses plain http, which sends data unencrypted; pass --option "
                                         "aws_allow_http=true to allow it");
        config.endpoint = endpoint;
        config.customEndpoint = true;
    }
    // An explicit choice wins over what the profile or the endpoint implied.
    if (const auto style = options.get("aws_virtual_hosted_style_request"); style && !style->empty())
        config.virtualHosted = optionFlagValue(*style);

    auto connect = options.duration("connect_timeout", config.connectTimeout);
    if (!connect)
        return connect.error();
    config.connectTimeout = *connect;
    auto stall = options.duration("timeout", config.stallTimeout);
    if (!stall)
        return stall.error();
    config.stallTimeout = *stall;
    config.caBundle = options.get("ca_bundle").value_or("");
    config.proxy = options.get("proxy").value_or("");
    config.verifyTls = !options.flag("allow_invalid_certificates");
    return config;
}

std::string S3Config::identity() const
{
    std::string id = endpoint + " " + region + (virtualHosted ? " vhost" : " path");
    if (credentials.isAnonymous()) {
        id += " anonymous";
    } else {
        // A fingerprint tells two secrets apart without keeping either.
        const std::string fingerprint = sha256Hex(credentials.secretAccessKey + "\n" + credentials.sessionToken);
        id += " " + credentials.accessKeyId + " " + fingerprint.substr(0, 16);
    }
    return id + " " + connectionIdentity();
}

std::string S3Config::connectionIdentity() const
{
    return std::to_string(connectTimeout.count()) + "/" + std::to_string(stallTimeout.count()) + "/"
           + (verifyTls ? "tls" : "insecure") + "/" + caBundle + "/" + proxy;
}

HttpClientConfig S3Config::httpClientConfig() const
{
    HttpClientConfig http;
    http.connectTimeout = connectTimeout;
    http.stallTimeout = stallTimeout;
    http.verifyTls = verifyTls;
    http.caBundle = caBundle;
    http.proxy = proxy;
    return http;
}

std::string S3Config::endpointAuthority() const
{
    auto parts = uri::parse(endpoint);
    return parts ? parts->authority() : endpoint;
}

} // namespace lakescope
