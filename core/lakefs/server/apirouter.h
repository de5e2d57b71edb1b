// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/server/apiexchange.h"

#include <functional>
#include <string>

namespace httplib {
class Server;
class ContentReader;
}

namespace lakescope::lakefs {

class Authenticator;

// Registers API routes on the HTTP server under /api/v1, each behind the
// authentication its spec entry asks for. Patterns are regular expressions
// over the URL-decoded path after the prefix; their groups are the path
// parameters (ApiExchange::pathParam).
class ApiRouter
{
public:
    using Handler = std::function<void(ApiExchange &)>;
    // For requests whose body the handler streams itself (uploads). The
    // handler must read the whole body, or the connection cannot carry the
    // next request.
    using StreamingHandler = std::function<void(ApiExchange &, const httplib::ContentReader &)>;

    enum class Access { Authenticated, Public };

    static constexpr const char *kPrefix = "/api/v1";

    ApiRouter(httplib::Server &server, Authenticator &authenticator);

    void get(const std::string &pattern, Handler handler, Access access = Access::Authenticated);
    void post(const std::string &pattern, Handler handler, Access access = Access::Authenticated);
    void put(const std::string &pattern, Handler handler, Access access = Access::Authenticated);
    void del(const std::string &pattern, Handler handler, Access access = Access::Authenticated);
    void postStreaming(const std::string &pattern, StreamingHandler handler);

    // Last: every path no route took answers 404 {"message": "invalid API
    // endpoint"} (lakeFS's answer for unknown /api/v1 paths), and a body
    // the HTTP layer itself refused gets lakeFS's JSON error shape.
    void finish();

    Authenticator &authenticator() { return m_authenticator; }

private:
    Handler guarded(Handler handler, Access access);

    httplib::Server &m_server;
    Authenticator &m_authenticator;
};

// Reads and drops the rest of a streamed request body (multipart or not).
bool discardBody(ApiExchange &exchange, const httplib::ContentReader &reader);

} // namespace lakescope::lakefs
