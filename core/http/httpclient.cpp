// SPDX-License-Identifier: Apache-2.0
#include "core/http/httpclient.h"

#include "core/common/uri.h"
#include "core/http/curlsession.h"
#include "core/http/curltransfer.h"
#include "core/http/httptrace.h"
#include "core/http/retrypolicy.h"

#include <optional>
#include <utility>

namespace lakescope {

struct HttpClient::Private
{
    explicit Private(HttpClientConfig settings)
        : config(std::move(settings))
        , retry(config.maxRetries, config.initialBackoff, config.maxBackoff, config.maxRetryAfter)
        , trace(config.trace)
    {}

    // Whether attempt number `attempt` may be followed by another: only
    // for requests the caller declared safe to repeat, within the budget,
    // and only when the body can start over. Rewinds as a side effect, so
    // it is the last check made.
    bool mayRepeat(HttpRequest &request, int attempt) const
    {
        return request.retrySafe && attempt <= retry.maxRetries() && (!request.body || request.body->rewind());
    }

    const HttpClientConfig config;
    const RetryPolicy retry;
    const HttpTrace trace;
    CurlSession session;
};

namespace {

// "host:port" for messages: it names the peer but never carries the path
// or query, where presigned URLs keep their signatures.
Result<std::string> peerOf(std::string_view url)
{
    auto parts = uri::parse(url);
    if (!parts)
        return parts.error();
    const std::string host = parts->host.find(':') != std::string::npos ? "[" + parts->host + "]" : parts->host;
    const int port = parts->port != 0 ? parts->port : (parts->scheme == "https" ? 443 : 80);
    return host + ":" + std::to_string(port);
}

// A line break in a header would let a value smuggle in headers of its own.
Status checkHeaders(const HttpHeaders &headers)
{
    for (const auto &[name, value] : headers.entries()) {
        if (name.empty() || name.find_first_of("\r\n: \t") != std::string::npos)
            return Error::invalidInput("an HTTP header name is empty or holds a separator");
        if (value.find_first_of("\r\n") != std::string::npos)
            return Error::invalidInput("the value of HTTP header " + name + " contains a line break");
    }
    return {};
}

std::string withAttempts(std::string message, int attempts)
{
    if (attempts > 1)
        message += " after " + std::to_string(attempts) + " attempts";
    return message;
}

} // namespace

HttpClient::HttpClient(HttpClientConfig config)
    : d(std::make_unique<Private>(std::move(config)))
{}

HttpClient::~HttpClient() = default;

const HttpClientConfig &HttpClient::config() const
{
    return d->config;
}

Result<HttpResponse> HttpClient::send(HttpRequest &request, ByteSink *sink, CancellationToken cancel)
{
    if (!d->session.isValid())
        return Error::fatal("cannot initialise libcurl");

    // Each attempt starts from what the caller built, so a signature (or a
    // presigned query) added by prepare() is never signed over again.
    const HttpHeaders originalHeaders = request.headers;
    const std::string originalUrl = request.url;
    // Checked for real after prepare(), which may still complete the URL.
    Result<std::string> where = peerOf(request.url);
    auto cancelled = [&] { return Error::cancelled("request to " + where.valueOr("the server") + " cancelled"); };

    for (int attempt = 1;; ++attempt) {
        if (cancel.isCancelled())
            return cancelled();
        if (attempt > 1) {
            request.headers = originalHeaders;
            request.url = originalUrl;
        }
        if (request.prepare) {
            Status prepared = request.prepare(request);
            if (!prepared)
                return prepared.error();
        }
        if (!where || request.url != originalUrl) {
            where = peerOf(request.url);
            if (!where)
                return where.error();
        }
        if (Status valid = checkHeaders(request.headers); !valid)
            return valid.error();

        d->trace.request(request, CurlTransfer::announcedSize(request));
        CurlTransfer::Outcome outcome;
        {
            // Back to the pool before any backoff, for other senders.
            CurlSession::Lease lease = d->session.acquire();
            if (!lease)
                return Error::fatal("cannot create a libcurl handle (out of memory)");
            CurlTransfer transfer(d->config, lease.easy(), lease.multi());
            outcome = transfer.run(request, sink, cancel, *where);
        }

        std::string reason;
        std::optional<std::string> retryAfter;
        if (outcome.error) {
            d->trace.failure(*outcome.error, outcome.elapsed);
            Error error = std::move(*outcome.error);
            // Once the sink holds part of a body, repeating would hand it
            // the first bytes twice: the caller must resume or restart.
            if (!error.retryable() || outcome.bytesToSink > 0 || !d->mayRepeat(request, attempt)) {
                if (error.retryable())
                    error.message = withAttempts(std::move(error.message), attempt);
                return error;
            }
            reason = error.message;
        } else {
            HttpResponse &response = outcome.response;
            response.attempts = attempt;
            d->trace.response(response, outcome.elapsed);
            if (!RetryPolicy::isRetryableStatus(response.status) || !d->mayRepeat(request, attempt))
                return std::move(response);
            reason = std::to_string(response.status);
            retryAfter = response.headers.get("Retry-After");
        }

        const auto delay
            = d->retry.delayBefore(attempt, retryAfter ? std::optional<std::string_view>(*retryAfter) : std::nullopt);
        d->trace.retry(attempt, d->retry.maxRetries(), delay, reason);
        if (!RetryPolicy::wait(delay, cancel))
            return cancelled();
    }
}

} // namespace lakescope
