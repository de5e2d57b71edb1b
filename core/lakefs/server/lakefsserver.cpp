// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/server/lakefsserver.h"

#include "core/lakefs/server/apirouter.h"
#include "core/lakefs/server/authenticator.h"
#include "core/lakefs/server/serverroutes.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>

namespace lakescope::lakefs {

namespace {

// cpp-httplib listens with a backlog of 5; a transfer opening a dozen
// connections at once would see some SYNs dropped and retried a second
// later. The subclass reaches the socket to widen it.
class ListeningServer final : public httplib::Server
{
public:
    void widenBacklog() { ::listen(svr_sock_, SOMAXCONN); }
};

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct LakeFsServer::Private
{
    explicit Private(LakeFsServerConfig config)
        : config(std::move(config))
        , authenticator(this->config.accessKeyId, this->config.secretAccessKey)
    {
    }

    LakeFsServerConfig config;
    Authenticator authenticator;
    ListeningServer server;
    std::unique_ptr<ApiRouter> router; // its routes' handlers refer to it
    std::thread listener;
    int port = 0;
    bool started = false;
};

LakeFsServer::LakeFsServer(LakeFsServerConfig config) : d(std::make_unique<Private>(std::move(config))) {}

LakeFsServer::~LakeFsServer()
{
    stop();
}

Status LakeFsServer::start()
{
    if (d->started)
        return Error::invalidInput("the server is already started");
    if (!d->config.lake)
        return Error::invalidInput("the server needs a lake to serve");
    if (d->config.accessKeyId.empty() || d->config.secretAccessKey.empty())
        return Error::invalidInput("the server needs an access key id and a secret access key");

    httplib::Server &server = d->server;
    const std::size_t threads = static_cast<std::size_t>(std::max(4, d->config.threads));
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // SO_REUSEADDR only: cpp-httplib's default SO_REUSEPORT would let a
    // second server bind the same port and split the connections.
    server.set_socket_options([](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    server.set_read_timeout(std::chrono::seconds(60));
    server.set_write_timeout(std::chrono::seconds(60));
    server.set_keep_alive_max_count(1000);
    // Short, so stop() never waits long on an idle keep-alive connection.
    server.set_keep_alive_timeout(3);

    server.Get("/_health", [](const httplib::Request &, httplib::Response &response) {
        response.set_content("alive!", "text/plain; charset=utf-8");
    });
    d->router = std::make_unique<ApiRouter>(server, d->authenticator);
    ApiRouter &router = *d->router;
    VersionedRepository &lake = *d->config.lake;
    addSetupRoutes(router, ServerIdentity { d->config.userId, nowSeconds() });
    addRepositoryRoutes(router, lake);
    addRefRoutes(router, lake);
    addVersioningRoutes(router, lake);
    addObjectRoutes(router, lake);
    router.finish();

    if (d->config.port == 0) {
        d->port = server.bind_to_any_port(d->config.host);
        if (d->port <= 0)
            return Error::invalidInput("cannot listen on " + d->config.host + ": no free port");
    } else {
        if (!server.bind_to_port(d->config.host, d->config.port))
            return Error::invalidInput("cannot listen on " + d->config.host + ":" + std::to_string(d->config.port)
                                       + " (in use, or not an address of this machine)");
        d->port = d->config.port;
    }
    d->server.widenBacklog();
    d->listener = std::thread([&server] { server.listen_after_bind(); });
    // stop() only reaches a server whose accept loop has begun.
    while (!server.is_running())
        std::this_thread::yield();
    d->started = true;
    return {};
}

int LakeFsServer::port() const
{
    return d->port;
}

std::string LakeFsServer::url() const
{
    const bool ipv6 = d->config.host.find(':') != std::string::npos;
    return "http://" + (ipv6 ? "[" + d->config.host + "]" : d->config.host) + ":" + std::to_string(d->port);
}

bool LakeFsServer::running() const
{
    return d->started && d->server.is_running();
}

void LakeFsServer::stop()
{
    if (!d->started)
        return;
    d->server.stop();
    if (d->listener.joinable())
        d->listener.join();
    d->started = false;
}

} // namespace lakescope::lakefs
