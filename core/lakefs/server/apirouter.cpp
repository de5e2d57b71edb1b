// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/apirouter.h"

#include "core/lakefs/server/authenticator.h"

#include <httplib.h>

namespace lakescope::lakefs {

namespace {

// cpp-httplib slices every response by the request's Range header; only
// object reads honour Range, and they parse the header themselves.
void dropAutomaticRanges(const httplib::Request &request)
{
    const_cast<httplib::Request &>(request).ranges.clear();
}

std::string errorTextFor(int status)
{
    switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 413: return "request entity too large";
    case 414: return "request URI too long";
    case 416: return "Requested Range Not Satisfiable";
    default: return "internal server error";
    }
}

} // namespace

ApiRouter::ApiRouter(httplib::Server &server, Authenticator &authenticator)
    : m_server(server)
    , m_authenticator(authenticator)
{
}

ApiRouter::Handler ApiRouter::guarded(Handler handler, Access access)
{
    return [this, handler = std::move(handler), access](ApiExchange &exchange) {
        dropAutomaticRanges(exchange.request());
        if (access == Access::Authenticated
            && !m_authenticator.authenticate(exchange.header("Authorization"), exchange.header("Cookie")))
            return exchange.sendError(401, "error authenticating request");
        try {
            handler(exchange);
        } catch (const nlohmann::json::exception &error) {
            // A body field of the wrong type, found while reading it.
            exchange.sendError(400, std::string("request body has an error: ") + error.what());
        } catch (const std::exception &error) {
            exchange.sendError(500, error.what());
        }
    };
}

void ApiRouter::get(const std::string &pattern, Handler handler, Access access)
{
    m_server.Get(kPrefix + pattern,
                 [handler = guarded(std::move(handler), access)](const httplib::Request &request,
                                                                 httplib::Response &response) {
                     ApiExchange exchange(request, response);
                     handler(exchange);
                 });
}

void ApiRouter::post(const std::string &pattern, Handler handler, Access access)
{
    m_server.Post(kPrefix + pattern,
                  [handler = guarded(std::move(handler), access)](const httplib::Request &request,
                                                                  httplib::Response &response) {
                      ApiExchange exchange(request, response);
                      handler(exchange);
                  });
}

void ApiRouter::put(const std::string &pattern, Handler handler, Access access)
{
    m_server.Put(kPrefix + pattern,
                 [handler = guarded(std::move(handler), access)](const httplib::Request &request,
                                                                 httplib::Response &response) {
                     ApiExchange exchange(request, response);
                     handler(exchange);
                 });
}

void ApiRouter::del(const std::string &pattern, Handler handler, Access access)
{
    m_server.Delete(kPrefix + pattern,
                    [handler = guarded(std::move(handler), access)](const httplib::Request &request,
                                                                    httplib::Response &response) {
                        ApiExchange exchange(request, response);
                        handler(exchange);
                    });
}

void ApiRouter::postStreaming(const std::string &pattern, StreamingHandler handler)
{
    m_server.Post(kPrefix + pattern,
                  [this, handler = std::move(handler)](const httplib::Request &request, httplib::Response &response,
                                                       const httplib::ContentReader &reader) {
                      ApiExchange exchange(request, response);
                      dropAutomaticRanges(request);
                      if (!m_authenticator.authenticate(exchange.header("Authorization"), exchange.header("Cookie"))) {
                          discardBody(exchange, reader);
                          return exchange.sendError(401, "error authenticating request");
                      }
                      try {
                          handler(exchange, reader);
                      } catch (const std::exception &error) {
                          exchange.sendError(500, error.what());
                      }
                  });
}

void ApiRouter::finish()
{
    const auto unknownRoute = [](const httplib::Request &request, httplib::Response &response) {
        ApiExchange exchange(request, response);
        dropAutomaticRanges(request);
        const std::string prefix = std::string(kPrefix) + "/";
        if (request.path.compare(0, prefix.size(), prefix) == 0 || request.path == kPrefix)
            return exchange.sendError(404, "invalid API endpoint");
        exchange.sendError(404, "not found");
    };
    m_server.Get(".*", unknownRoute);
    m_server.Post(".*", unknownRoute);
    m_server.Put(".*", unknownRoute);
    m_server.Patch(".*", unknownRoute);
    m_server.Delete(".*", unknownRoute);
    m_server.Options(".*", unknownRoute);

    // Errors the HTTP layer answers before any route runs (a malformed
    // Range or multipart body, an oversized request) carry no body; give
    // them lakeFS's JSON shape.
    httplib::Server::HandlerWithResponse bodyless = [](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty() || response.content_provider_ || request.method == "HEAD")
            return httplib::Server::HandlerResponse::Unhandled;
        dropAutomaticRanges(request);
        ApiExchange exchange(request, response);
        exchange.sendError(response.status, errorTextFor(response.status));
        return httplib::Server::HandlerResponse::Handled;
    };
    m_server.set_error_handler(std::move(bodyless));
}

bool discardBody(ApiExchange &exchange, const httplib::ContentReader &reader)
{
    const auto ignore = [](const char *, std::size_t) { return true; };
    if (exchange.request().is_multipart_form_data())
        return reader([](const httplib::MultipartFormData &) { return true; }, ignore);
    return reader(ignore);
}

} // namespace lakescope::lakefs
