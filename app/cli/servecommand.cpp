// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/interruptguard.h"
#include "core/lakefs/demolake.h"
#include "core/lakefs/local/locallake.h"
#include "core/lakefs/server/lakefsserver.h"

#include <charconv>
#include <csignal>
#include <cstdlib>
#include <optional>
#include <string>

namespace lakescope::cli {

namespace {

constexpr std::string_view kDefaultListen = "127.0.0.1:8000";

struct ListenAddress
{
    std::string host;
    int port = 0;
};

// "HOST:PORT", "[V6]:PORT" or ":PORT" (all interfaces).
std::optional<ListenAddress> parseListen(std::string_view text)
{
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    ListenAddress address;
    std::string_view host = text.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    address.host = host.empty() ? "0.0.0.0" : std::string(host);
    const std::string_view port = text.substr(colon + 1);
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), address.port);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || address.port < 0
        || address.port > 65535)
        return std::nullopt;
    return address;
}

std::string optionOrEnvironment(const CliArgs &args, std::string_view option, const char *variable)
{
    if (const std::optional<std::string> value = args.value(option))
        return *value;
    const char *fromEnvironment = std::getenv(variable);
    return fromEnvironment ? fromEnvironment : "";
}

// Blocks until SIGINT or SIGTERM arrives. InterruptGuard blocked both
// before any server thread started, so they all inherit the mask and the
// signal waits here for sigwait instead of interrupting a request.
void waitForStopSignal()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    int received = 0;
    while (sigwait(&signals, &received) != 0) { }
}

} // namespace

int runServe(CliContext &context, const CliArgs &args)
{
    if (args.operands().front() != "lakefs")
        return context.fail(Error::invalidInput("serve: unknown server '" + args.operands().front()
                                                + "' (the one there is: serve lakefs)"));
    const std::optional<std::string> root = args.value("root");
    if (!root || root->empty())
        return context.fail(Error::invalidInput("serve lakefs: --root DIR is required (the lake's folder)"));
    const std::string listenText = args.value("listen").value_or(std::string(kDefaultListen));
    const std::optional<ListenAddress> listen = parseListen(listenText);
    if (!listen)
        return context.fail(Error::invalidInput("serve lakefs: --listen wants HOST:PORT, not '" + listenText + "'"));

    lakefs::LakeFsServerConfig config;
    config.host = listen->host;
    config.port = listen->port;
    config.accessKeyId = optionOrEnvironment(args, "access-key-id", "LAKECTL_CREDENTIALS_ACCESS_KEY_ID");
    config.secretAccessKey = optionOrEnvironment(args, "secret-access-key", "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY");
    if (config.accessKeyId.empty())
        return context.fail(Error::invalidInput(
            "serve lakefs: no access key id: give --access-key-id or set LAKECTL_CREDENTIALS_ACCESS_KEY_ID"));
    if (config.secretAccessKey.empty())
        return context.fail(Error::invalidInput("serve lakefs: no secret access key: give --secret-access-key or set "
                                                "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY"));

    // Before any thread starts, so every thread inherits SIGINT and SIGTERM blocked.
    InterruptGuard guard;
    Result<std::shared_ptr<lakefs::LocalLake>> lake = lakefs::LocalLake::open(*root);
    if (!lake)
        return context.fail(lake.error());
    (*lake)->setCommitter(config.userId);
    if (args.isSet("demo")) {
        if (const Status seeded = lakefs::seedDemoLake(**lake); !seeded)
            return context.fail(seeded.error());
    }
    config.lake = *lake;

    lakefs::LakeFsServer server(std::move(config));
    if (const Status started = server.start(); !started)
        return context.fail(started.error());
    context.out().line("listening on " + server.url());
    if (!context.out().flush())
        return context.finish();

    waitForStopSignal();
    server.stop();
    return context.finish();
}

} // namespace lakescope::cli
