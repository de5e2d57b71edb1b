// SPDX-License-Identifier: Apache-2.0
// presign: a URL that reads or writes one object without credentials.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace lakescope::cli {

int runPresign(CliContext &context, const CliArgs &args)
{
    auto location = context.open(args.operands().front());
    if (!location)
        return context.fail(location.error());
    const std::string &key = location->key;
    // Like "aws s3 presign", the object need not exist yet: a PUT URL is
    // usually made for one that does not.
    if (key.empty() || key.back() == '/')
        return context.fail(Error::invalidInput("presign needs an object, not a folder: " + location->url.toString()));
    const bool put = args.has('P');
    const std::chrono::seconds expires(args.expiresSeconds());
    auto url = location->store->presign(key, put ? PresignMethod::Put : PresignMethod::Get, expires);
    if (!url)
        return context.fail(url.error());

    Output &out = context.out();
    if (context.json()) {
        const auto until = std::chrono::system_clock::now() + expires;
        const nlohmann::ordered_json doc { { "url", *url }, { "method", put ? "PUT" : "GET" },
            { "expires", format::isoTime(std::chrono::time_point_cast<Timestamp::duration>(until)) },
            { "source", location->url.toString() } };
        out.write(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
    } else {
        out.line(*url);
    }
    return context.finish();
}

} // namespace lakescope::cli
