// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/output.h"
#include "core/common/result.h"
#include "core/store/objectinfo.h"
#include "core/store/storeoptions.h"
#include "core/store/storeregistry.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lakescope::cli {

// What a URL names once looked at: an object (with its head) or a folder,
// which is a real directory, a "name/" marker or just a shared prefix.
struct Target
{
    StoreLocation location;
    bool folder = false;
    ObjectInfo info; // the object's head, or the folder marker's
    bool hasMarker = false; // folder: a "name/" marker or directory exists

    // The listing prefix of a folder: "" at the root, else ending in '/'.
    std::string prefix() const;
    std::string url() const { return location.url.toString(); }
};

// Everything a command needs: one registry (so memory:// lives for the
// process), the connection options, buffered stdout and error reporting.
class CliContext
{
public:
    // `verbose` sends every HTTP exchange (secrets redacted) to stderr.
    CliContext(StoreOptions options, bool json, bool verbose = false);

    Output &out() { return m_out; }
    bool json() const { return m_json; }
    // The connection options: --option pairs over the environment.
    const StoreOptions &options() const { return m_options; }
    // -v: HTTP exchanges on stderr, one "* ..." line each (see httpTrace).
    bool verbose() const { return m_verbose; }
    static void httpTrace(std::string_view line);

    Result<StoreLocation> open(std::string_view text);
    // Object or folder; NotFound ("not found: file:///x") when neither.
    Result<Target> resolve(std::string_view text);
    Result<Target> resolve(const StoreLocation &location);
    // Like resolve(), but absence is an empty optional, not an error.
    Result<std::optional<Target>> probe(const StoreLocation &location);

    // "s3://" (a scheme and nothing else) names the account: its buckets.
    static std::optional<StoreUrl> serviceRoot(std::string_view text);
    // Whether `url` is a whole bucket (or container) of a scheme that has
    // them, so mkdir and rm act on the bucket itself.
    bool isContainer(const StoreUrl &url) const;
    Result<std::shared_ptr<ContainerService>> openService(const StoreUrl &url);

    // The root of a URL's store as a URL ("s3://bucket", "file:///"): what
    // a transfer journal records to open the store again.
    static std::string rootUrl(const StoreUrl &url);
    // The options given explicitly, secrets left out, as "key=value": what a
    // journal may keep.
    std::vector<std::string> recordableOptions() const;
    // A resumed job's store: `url` opened with the options its journal
    // recorded, except where this command line gives its own.
    Result<ObjectStorePtr> openRecorded(const std::string &url, const std::vector<std::string> &recorded);

    // Print "lakescope-cli: <error>" as one line on stderr; returns 1. When
    // the failure was our stdout closing, print nothing and return 141.
    int fail(const Error &error);
    // The same for a message that is already a whole line ("permission
    // denied: x"), as batch deletes report per key.
    int fail(std::string_view line);
    // The exit status after output: 0, or the broken-pipe/failed-write one.
    int finish();

private:
    StoreRegistry m_registry;
    StoreOptions m_options;
    Output m_out;
    bool m_json;
    bool m_verbose;
};

} // namespace lakescope::cli
