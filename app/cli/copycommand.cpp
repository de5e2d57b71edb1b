// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "core/store/storeops.h"

namespace lakescope::cli {

namespace {

std::string folderPrefix(const std::string &key)
{
    return key.empty() || key.back() == '/' ? key : key + '/';
}

bool sameStore(const StoreLocation &a, const StoreLocation &b)
{
    return a.store.get() == b.store.get();
}

// Copies every object below `fromPrefix` to the same relative keys below
// `toPrefix`, one object at a time while the listing streams.
Status copyTree(ObjectStore &from, const std::string &fromPrefix, ObjectStore &to, const std::string &toPrefix,
    std::uint64_t &copied)
{
    std::optional<Error> failure;
    auto walked = storeops::walk(from, fromPrefix, [&](const ObjectInfo &info) {
        const std::string_view relative = std::string_view(info.key).substr(fromPrefix.size());
        if (relative.empty())
            return true; // the source folder's own marker
        const std::string toKey = toPrefix + std::string(relative);
        if (relative.back() == '/') {
            StringSource empty({});
            if (auto put = to.put(toKey, empty); !put)
                failure = put.error();
        } else if (auto done = storeops::copyObject(from, info.key, to, toKey); !done) {
            failure = done.error();
        }
        ++copied;
        return !failure;
    });
    if (!walked)
        return walked.error();
    if (failure)
        return *failure;
    return {};
}

} // namespace

int runCp(CliContext &context, const CliArgs &args)
{
    auto source = context.resolve(args.operands()[0]);
    if (!source)
        return context.fail(source.error());
    auto destination = context.open(args.operands()[1]);
    if (!destination)
        return context.fail(destination.error());
    auto existing = context.probe(*destination);
    if (!existing)
        return context.fail(existing.error());

    const std::string &toKey = destination->key;
    const bool intoFolder = toKey.empty() || toKey.back() == '/' || (*existing && (*existing)->folder);
    ObjectStore &from = *source->location.store;
    ObjectStore &to = *destination->store;

    if (!source->folder) {
        const std::string &fromKey = source->location.key;
        const std::string finalKey = intoFolder ? folderPrefix(toKey) + format::baseName(fromKey) : toKey;
        if (sameStore(source->location, *destination) && finalKey == fromKey)
            return context.fail(Error::invalidInput("source and destination are the same: " + source->url()));
        if (auto copied = storeops::copyObject(from, fromKey, to, finalKey); !copied)
            return context.fail(copied.error());
        return context.finish();
    }

    if (!args.has('R'))
        return context.fail(Error::invalidInput("is a folder (use cp -R): " + source->url()));
    if (*existing && !(*existing)->folder)
        return context.fail(Error::conflict("cannot copy a folder onto an object: " + destination->url.toString()));
    const std::string fromPrefix = source->prefix();
    // Like cp(1): into an existing folder the tree keeps its own name.
    std::string toPrefix = folderPrefix(toKey);
    if (intoFolder && !fromPrefix.empty())
        toPrefix += format::baseName(fromPrefix) + "/";
    if (sameStore(source->location, *destination) && toPrefix.starts_with(fromPrefix))
        return context.fail(Error::invalidInput("cannot copy a folder into itself: " + source->url()));

    std::uint64_t copied = 0;
    if (auto status = copyTree(from, fromPrefix, to, toPrefix, copied); !status)
        return context.fail(status.error());
    // An empty source folder still makes its copy, as cp -R does.
    if (copied == 0 && !toPrefix.empty()) {
        StringSource empty({});
        if (auto made = to.put(toPrefix, empty); !made)
            return context.fail(made.error());
    }
    return context.finish();
}

} // namespace lakescope::cli
