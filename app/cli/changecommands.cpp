// SPDX-License-Identifier: Apache-2.0
// The verbs that change a store in place: rm and mkdir, of objects, folders
// and (on services that have them) whole buckets.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "core/store/storeops.h"

#include <algorithm>

namespace lakescope::cli {

namespace {

// After the objects are gone, a store with real directories still has the
// folders: list them breadth-first, then delete the deepest first.
Status removeFolders(ObjectStore &store, const std::string &prefix)
{
    std::vector<std::string> folders { prefix };
    for (std::size_t next = 0; next < folders.size(); ++next) {
        ListOptions options;
        options.prefix = folders[next];
        options.delimiter = "/";
        do {
            auto page = store.list(options);
            if (!page)
                return page.error();
            folders.insert(folders.end(), page->commonPrefixes.begin(), page->commonPrefixes.end());
            options.pageToken = std::move(page->nextPageToken);
        } while (!options.pageToken.empty());
    }
    if (prefix.empty())
        folders.erase(folders.begin()); // a store's root stays
    std::reverse(folders.begin(), folders.end());
    const auto batchSize = static_cast<std::size_t>(std::max(1, store.capabilities().maxDeleteBatch));
    for (std::size_t start = 0; start < folders.size(); start += batchSize) {
        const std::vector<std::string> batch(folders.begin() + static_cast<std::ptrdiff_t>(start),
            folders.begin() + static_cast<std::ptrdiff_t>(std::min(folders.size(), start + batchSize)));
        auto outcomes = store.removeBatch(batch);
        if (!outcomes)
            return outcomes.error();
        for (const auto &outcome : *outcomes) {
            if (!outcome.ok)
                return Error::fatal(outcome.error);
        }
    }
    return {};
}

// "rm s3://bucket" deletes an empty bucket; "rm -R --force-bucket" first
// deletes everything in it. Without the flag a full bucket is refused.
int removeBucket(CliContext &context, const Target &target, bool emptyFirst)
{
    const StoreUrl &url = target.location.url;
    auto service = context.openService(url);
    if (!service)
        return context.fail(service.error());
    if (emptyFirst) {
        if (auto removed = storeops::removeRecursive(*target.location.store, {}); !removed)
            return context.fail(removed.error());
    }
    auto removed = (*service)->removeContainer(url.bucket);
    if (!removed && removed.error().code == ErrorCode::Conflict)
        return context.fail(Error::conflict("bucket " + url.bucket + " is not empty (rm -R --force-bucket "
                                            + url.toString() + " deletes it with everything in it)"));
    if (!removed)
        return context.fail(removed.error());
    return context.finish();
}

} // namespace

int runRm(CliContext &context, const CliArgs &args)
{
    auto target = context.resolve(args.operands().front());
    if (!target)
        return context.fail(target.error());
    ObjectStore &store = *target->location.store;

    if (!target->folder) {
        auto outcomes = store.removeBatch({ target->location.key });
        if (!outcomes)
            return context.fail(outcomes.error());
        if (!outcomes->empty() && !outcomes->front().ok)
            return context.fail(std::string_view(outcomes->front().error));
        return context.finish();
    }
    if (context.isContainer(target->location.url) && (!args.has('R') || args.has('B')))
        return removeBucket(context, *target, args.has('R'));
    if (!args.has('R'))
        return context.fail(Error::invalidInput("is a folder (use rm -R): " + target->url()));
    const std::string prefix = target->prefix();
    if (prefix.empty()) {
        if (target->location.url.scheme == Scheme::File)
            return context.fail(Error::invalidInput("refusing to remove the filesystem root " + target->url()));
        if (!args.has('F'))
            return context.fail(Error::invalidInput(
                "refusing to remove everything in " + target->url()
                + (context.isContainer(target->location.url)
                        ? " (add --force-root to empty the bucket, or --force-bucket to delete it as well)"
                        : " (add --force-root)")));
    }

    auto removed = storeops::removeRecursive(store, prefix);
    if (!removed)
        return context.fail(removed.error());
    if (store.capabilities().hierarchicalNamespace) {
        if (auto folders = removeFolders(store, prefix); !folders)
            return context.fail(folders.error());
    }
    return context.finish();
}

int runMkdir(CliContext &context, const CliArgs &args)
{
    auto location = context.open(args.operands().front());
    if (!location)
        return context.fail(location.error());
    const std::string &key = location->key;
    if (key.empty() && context.isContainer(location->url)) {
        auto service = context.openService(location->url);
        if (!service)
            return context.fail(service.error());
        if (auto made = (*service)->createContainer(location->url.bucket); !made)
            return context.fail(made.error());
        return context.finish();
    }
    if (key.empty())
        return context.finish(); // a store's root always exists
    const std::string marker = key.back() == '/' ? key : key + '/';
    if (key.back() != '/') {
        auto head = location->store->head(key);
        if (head)
            return context.fail(Error::alreadyExists("an object is in the way: " + location->url.toString()));
        if (head.error().code != ErrorCode::NotFound)
            return context.fail(head.error());
    }
    StringSource empty({});
    if (auto made = location->store->put(marker, empty); !made)
        return context.fail(made.error());
    return context.finish();
}

} // namespace lakescope::cli
