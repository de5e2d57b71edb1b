// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "app/cli/usage.h"

#include <csignal>
#include <cstdio>

using namespace lakescope;
using namespace lakescope::cli;

namespace {

int usageError(const std::string &message, std::string_view verb)
{
    const std::string text = "lakescope-cli: " + message + "\n" + usage::shortUsage(verb);
    std::fputs(text.c_str(), stderr);
    return kExitUsage;
}

int printOut(const std::string &text)
{
    Output out;
    out.write(text);
    return out.flush() ? kExitOk : kExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    // A closed pipe ("| head") then shows as EPIPE, which the commands turn
    // into a quiet exit instead of a crash or an error message.
    std::signal(SIGPIPE, SIG_IGN);

    const CliArgs args = CliArgs::parse(std::vector<std::string>(argv + 1, argv + argc));
    switch (args.action()) {
    case CliArgs::Action::UsageError:
        return usageError(args.error(), args.verb() ? args.verb()->name : std::string_view());
    case CliArgs::Action::Version:
        return printOut(usage::version());
    case CliArgs::Action::Help: {
        const std::string text = usage::topic(args.topic());
        if (text.empty())
            return usageError("no help for \"" + format::printable(args.topic()) + "\"", {});
        return printOut(text);
    }
    case CliArgs::Action::Run:
        break;
    }

    auto options = StoreOptions::fromPairs(args.options());
    if (!options)
        return usageError(options.error().message + " (see 'lakescope-cli help options')", {});
    CliContext context(std::move(*options), args.json(), args.verbose());
    return args.verb()->run(context, args);
}
