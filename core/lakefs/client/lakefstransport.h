// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/bytestream.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"
#include "core/http/httpclient.h"
#include "core/lakefs/client/lakefserrors.h"
#include "core/lakefs/lakefsjson.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace lakescope::lakefs {

// One call to the lakeFS API before it is addressed and authenticated.
struct ApiCall
{
    using Query = std::vector<std::pair<std::string, std::string>>;

    std::string method = "GET";
    std::string path;   // below /api/v1, segments already encoded with segment()
    Query query;        // decoded; repeated names are sent repeatedly (objects=a&objects=b)
    HttpHeaders headers;
    std::optional<nlohmann::json> json; // a JSON body
    ByteSource *body = nullptr;         // a streamed body (object data)
    std::optional<std::uint64_t> bodySize;
    bool retrySafe = true;
    ApiSubject subject;

    ApiCall &add(std::string name, std::string value)
    {
        query.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

template<typename T>
struct isList : std::false_type
{};
template<typename T>
struct isList<std::vector<T>> : std::true_type
{};

// The field without which a document is no answer at all (lakeFS's
// from_json is lenient and would make an empty struct of anything).
template<typename T>
constexpr const char *identifyingField()
{
    if constexpr (std::is_same_v<T, Repository> || std::is_same_v<T, Ref> || std::is_same_v<T, Commit>)
        return "id";
    else if constexpr (std::is_same_v<T, ObjectStats>)
        return "path";
    else
        return nullptr;
}

// Addresses, authenticates (HTTP basic) and sends lakeFS API calls over the
// shared HttpClient, and turns answers into documents or errors. The secret
// lives only in the prepared Authorization header, which traces redact.
// Thread-safe.
class LakeFsTransport
{
public:
    // `endpoint` is the server root ("http://host:8000"), without /api/v1.
    LakeFsTransport(std::string endpoint, std::string accessKeyId, std::string secretAccessKey,
                    std::shared_ptr<HttpClient> http);

    const std::string &endpoint() const { return m_endpoint; }
    const std::string &accessKeyId() const { return m_peer.accessKeyId; }

    // One path segment (repository, ref, branch, tag), with everything but
    // RFC 3986 unreserved characters escaped, '/' included.
    static std::string segment(std::string_view text);
    std::string url(const ApiCall &call) const;

    // Send `call`; a 2xx body streams into `sink`. Failing to reach the
    // server is an Error that names the endpoint; any HTTP status is a
    // response.
    Result<HttpResponse> send(ApiCall &call, ByteSink *sink = nullptr, CancellationToken cancel = {});

    // Send a call whose answer is a small document: the parsed JSON (null
    // for an empty 2xx body such as 204), or the mapped error.
    Result<nlohmann::json> json(ApiCall &call, CancellationToken cancel = {}, HttpResponse *response = nullptr);
    // The same for the few plain-text answers (branch creation).
    Result<std::string> text(ApiCall &call, CancellationToken cancel = {}, HttpResponse *response = nullptr);

    // json() read as one of the API's documents; a missing or ill-typed
    // document is a Fatal "malformed answer", never an exception.
    template<typename T>
    Result<T> fetch(ApiCall &call, CancellationToken cancel = {}, HttpResponse *response = nullptr)
    {
        auto document = json(call, cancel, response);
        if (!document)
            return document.error();
        return as<T>(call, *document);
    }
    template<typename T>
    Result<T> as(const ApiCall &call, const nlohmann::json &document) const
    {
        if (document.is_null())
            return malformed(call, "the answer is empty");
        if (isList<T>::value ? !document.is_array() : !document.is_object())
            return malformed(call, isList<T>::value ? "expected a JSON array" : "expected a JSON object");
        if (const char *field = identifyingField<T>(); field) {
            const auto found = document.find(field);
            if (found == document.end() || !found->is_string() || found->template get<std::string>().empty())
                return malformed(call, std::string("the required field \"") + field + "\" is missing");
        }
        auto value = fromJson<T>(document);
        if (!value)
            return malformed(call, value.error().message);
        return value;
    }

    Error errorFor(const HttpResponse &response, const ApiCall &call) const;
    // A 2xx answer that is not the document the spec promises.
    Error malformed(const ApiCall &call, std::string_view what) const;

private:
    std::string m_endpoint;
    std::string m_apiBase;
    std::string m_authorization;
    ApiPeer m_peer;
    std::shared_ptr<HttpClient> m_http;
};

} // namespace lakescope::lakefs
