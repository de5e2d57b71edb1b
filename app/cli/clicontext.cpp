// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicontext.h"

#include "app/cli/commands.h"
#include "app/cli/format.h"
#include "core/store/optionkeys.h"

#include <cstdio>

namespace lakescope::cli {

std::string Target::prefix() const
{
    const std::string &key = location.key;
    if (key.empty() || key.back() == '/')
        return key;
    return key + '/';
}

CliContext::CliContext(StoreOptions options, bool json, bool verbose)
    : m_options(std::move(options))
    , m_json(json)
    , m_verbose(verbose)
{
    if (verbose)
        m_registry.setHttpTrace(&CliContext::httpTrace);
    registerBuiltinStores(m_registry);
}

void CliContext::httpTrace(std::string_view line)
{
    // Whole lines in one write: transfers trace from several threads.
    std::string text = "* " + format::oneLine(line) + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
}

std::optional<StoreUrl> CliContext::serviceRoot(std::string_view text)
{
    return StoreUrl::parseAccount(text);
}

bool CliContext::isContainer(const StoreUrl &url) const
{
    return url.key().empty() && !url.bucket.empty() && m_registry.supportsService(url.scheme);
}

Result<std::shared_ptr<ContainerService>> CliContext::openService(const StoreUrl &url)
{
    return m_registry.openService(url, m_options);
}

std::string CliContext::rootUrl(const StoreUrl &url)
{
    StoreUrl root = url;
    // A file URL's path is absolute, so its root is "/" (or "C:/").
    root.path = url.scheme == Scheme::File ? url.storeRoot() : std::string();
    return root.toString();
}

std::vector<std::string> CliContext::recordableOptions() const
{
    std::vector<std::string> pairs;
    for (const auto &[key, value] : m_options.explicitValues()) {
        const OptionKey *known = findOptionKey(key);
        if (known && !known->isSecret())
            pairs.push_back(key + "=" + value);
    }
    return pairs;
}

Result<ObjectStorePtr> CliContext::openRecorded(const std::string &url, const std::vector<std::string> &recorded)
{
    auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    StoreOptions options = m_options;
    for (const auto &pair : recorded) {
        const auto eq = pair.find('=');
        const OptionKey *known = eq == std::string::npos ? nullptr : findOptionKey(pair.substr(0, eq));
        // A journal from another version may name an option this one lacks.
        if (!known || m_options.explicitValues().contains(std::string(known->name)))
            continue;
        if (auto set = options.set(known->name, pair.substr(eq + 1)); !set)
            return set.error();
    }
    auto location = m_registry.open(*parsed, options);
    if (!location)
        return location.error();
    return location->store;
}

Result<StoreLocation> CliContext::open(std::string_view text)
{
    auto url = StoreUrl::parse(text);
    if (!url)
        return url.error();
    return m_registry.open(*url, m_options);
}

Result<Target> CliContext::resolve(std::string_view text)
{
    auto location = open(text);
    if (!location)
        return location.error();
    return resolve(*location);
}

Result<Target> CliContext::resolve(const StoreLocation &location)
{
    auto found = probe(location);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(location.url.toString());
    return std::move(**found);
}

Result<std::optional<Target>> CliContext::probe(const StoreLocation &location)
{
    Target target { location };
    ObjectStore &store = *location.store;
    const std::string &key = location.key;
    if (key.empty()) {
        target.folder = true;
        return std::optional<Target>(std::move(target));
    }
    if (key.back() != '/') {
        auto head = store.head(key);
        if (head) {
            target.info = std::move(*head);
            return std::optional<Target>(std::move(target));
        }
        if (head.error().code != ErrorCode::NotFound)
            return head.error();
    }
    // A folder: a directory or marker first, else any key below it, as S3
    // consoles show prefixes that have no marker.
    target.folder = true;
    const std::string prefix = target.prefix();
    if (auto marker = store.head(prefix); marker) {
        target.info = std::move(*marker);
        target.hasMarker = true;
        return std::optional<Target>(std::move(target));
    } else if (marker.error().code != ErrorCode::NotFound) {
        return marker.error();
    }
    ListOptions options;
    options.prefix = prefix;
    options.delimiter = "/";
    options.maxKeys = 1;
    auto page = store.list(options);
    if (!page)
        return page.error();
    if (page->objects.empty() && page->commonPrefixes.empty())
        return std::optional<Target>();
    target.info.key = prefix;
    return std::optional<Target>(std::move(target));
}

int CliContext::fail(const Error &error)
{
    return fail(std::string_view(error.toString()));
}

int CliContext::fail(std::string_view message)
{
    m_out.flush();
    if (m_out.broken() || Output::readerGone(m_out.fd()))
        return kExitBrokenPipe;
    const std::string line = "lakescope-cli: " + format::oneLine(message) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
    return kExitFailure;
}

int CliContext::finish()
{
    m_out.flush();
    if (m_out.broken())
        return kExitBrokenPipe;
    if (m_out.failed())
        return fail(Error::fatal("cannot write to standard output"));
    return kExitOk;
}

} // namespace lakescope::cli
