// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/journalstoreopener.h"

#include <utility>

namespace lakescope::ui {

namespace {

constexpr std::string_view kConnectionOption = "lakescope_connection=";

} // namespace

std::string JournalStoreOpener::connectionFor(const std::string &rootUrl, const QList<Connection> &connections,
                                              const std::vector<std::string> &recordedOptions, Scheme scheme)
{
    for (const std::string &option : recordedOptions) {
        if (!option.starts_with(kConnectionOption))
            continue;
        const std::string value = option.substr(kConnectionOption.size());
        const auto tab = value.find('\t');
        if (tab == std::string::npos || value.substr(tab + 1) != rootUrl)
            continue;
        const std::string id = value.substr(0, tab);
        // A connection removed since then would open with nothing; fall
        // back to matching by scheme below.
        for (const Connection &connection : connections) {
            if (connection.id.toStdString() == id)
                return id;
        }
        if (id.empty())
            return id;
    }
    for (const Connection &connection : connections) {
        const bool remote = connection.kind == Connection::Kind::Remote || connection.kind == Connection::Kind::Lake;
        if (remote && connection.url.scheme == scheme)
            return connection.id.toStdString();
    }
    return {};
}

TransferEngine::StoreOpener JournalStoreOpener::make(StoreResolver resolver, QList<Connection> connections,
                                                     std::vector<std::string> recordedOptions)
{
    return [resolver = std::move(resolver), connections = std::move(connections),
            recorded = std::move(recordedOptions)](const std::string &url) -> Result<ObjectStorePtr> {
        Result<StoreUrl> parsed = StoreUrl::parse(url);
        if (!parsed)
            return parsed.error();
        parsed->connection = connectionFor(url, connections, recorded, parsed->scheme);
        Result<StoreLocation> location = resolver(*parsed);
        if (!location)
            return location.error();
        return location->store;
    };
}

} // namespace lakescope::ui
