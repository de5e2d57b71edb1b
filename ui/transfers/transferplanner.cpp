// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transferplanner.h"

#include "ui/session/locations.h"

#include <QCoreApplication>

#include <filesystem>
#include <map>
#include <utility>

namespace lakescope::ui {

namespace {

constexpr std::string_view kConnectionOption = "lakescope_connection=";

std::string folderPrefix(const std::string &key)
{
    return key.empty() || key.back() == '/' ? key : key + '/';
}

std::string baseName(std::string_view key)
{
    while (!key.empty() && key.back() == '/')
        key.remove_suffix(1);
    const auto slash = key.rfind('/');
    return std::string(slash == std::string_view::npos ? key : key.substr(slash + 1));
}

std::string parentPrefix(const std::string &key)
{
    const auto slash = key.rfind('/');
    return slash == std::string::npos ? std::string() : key.substr(0, slash + 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lakescope::ui::TransferPlanner", text);
}

TransferEndpoint endpoint(const StoreLocation &location, std::string key)
{
    return {location.store, TransferPlanner::rootUrl(location.url), std::move(key)};
}

} // namespace

TransferPlanner::TransferPlanner(StoreResolver resolver) : m_resolver(std::move(resolver)) {}

std::string TransferPlanner::rootUrl(const StoreUrl &url)
{
    StoreUrl root = url;
    root.connection.clear();
    // A file URL's path is absolute, so its root is "/" (or "C:/").
    root.path = url.scheme == Scheme::File ? url.storeRoot() : std::string();
    return root.toString();
}

std::string TransferPlanner::connectionOption(const StoreUrl &url)
{
    return std::string(kConnectionOption) + url.connection + '\t' + rootUrl(url);
}

Result<StoreLocation> TransferPlanner::open(const StoreUrl &url) const
{
    if (!m_resolver)
        return Error::invalidInput("no store resolver");
    return m_resolver(url);
}

Result<TransferPlanner::Source> TransferPlanner::inspect(const StoreUrl &url) const
{
    Result<StoreLocation> location = open(url);
    if (!location)
        return location.error();
    Source source{*location, false};
    const std::string &key = location->key;
    if (key.empty() || key.back() == '/') {
        source.folder = true;
        return source;
    }
    if (url.scheme == Scheme::File) {
        std::error_code error;
        source.folder = std::filesystem::is_directory(url.path, error);
        if (!source.folder && !std::filesystem::exists(url.path, error))
            return Error::notFound(url.toString() + ": " + tr("no such file or folder").toStdString());
        return source;
    }
    Result<ObjectInfo> object = location->store->head(key);
    if (object)
        return source;
    if (object.error().code != ErrorCode::NotFound)
        return object.error();
    ListOptions probe;
    probe.prefix = key + '/';
    probe.maxKeys = 1;
    probe.keysOnly = true;
    Result<ListPage> page = location->store->list(probe);
    if (!page)
        return page.error();
    if (page->objects.empty() && page->commonPrefixes.empty())
        return object.error();
    source.folder = true;
    return source;
}

Result<TransferPlanner::Plan> TransferPlanner::copy(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder,
                                                    const TransferOptions &options) const
{
    Result<StoreLocation> destination = open(destinationFolder);
    if (!destination)
        return destination.error();
    const std::string toPrefix = folderPrefix(destination->key);

    const ConflictPolicy policy = options.ifExists;
    const auto request = [&](TransferKind kind, const Source &from, std::string fromKey, std::string toKey) {
        TransferRequest made;
        made.kind = kind;
        made.source = endpoint(from.location, std::move(fromKey));
        made.destination = endpoint(*destination, std::move(toKey));
        made.options = options;
        made.storeOptions = {connectionOption(from.location.url), connectionOption(destination->url)};
        return made;
    };

    Plan plan;
    // Loose objects of one folder of one store travel as one request.
    std::map<std::pair<const ObjectStore *, std::string>, std::pair<Source, std::vector<std::string>>> groups;
    for (const StoreUrl &url : sources) {
        Result<Source> source = inspect(url);
        if (!source)
            return source.error();
        const bool sameStore = source->location.store.get() == destination->store.get();
        if (source->folder) {
            const std::string fromPrefix = folderPrefix(source->location.key);
            const std::string toKey = toPrefix + baseName(fromPrefix) + '/';
            if (sameStore && toKey.starts_with(fromPrefix))
                return Error::invalidInput(tr("cannot copy a folder into itself: ").toStdString() + url.toString());
            plan.requests.push_back(request(TransferKind::Tree, *source, fromPrefix, toKey));
            continue;
        }
        const std::string &key = source->location.key;
        if (sameStore && parentPrefix(key) == toPrefix && policy != ConflictPolicy::Rename)
            return Error::invalidInput(tr("source and destination are the same: ").toStdString() + url.toString());
        auto &group = groups[{source->location.store.get(), parentPrefix(key)}];
        if (group.second.empty())
            group.first = *source;
        group.second.push_back(key);
    }
    for (auto &[where, group] : groups) {
        auto &[source, keys] = group;
        if (keys.size() == 1) {
            plan.requests.push_back(request(TransferKind::Object, source, keys.front(), toPrefix + baseName(keys.front())));
            continue;
        }
        TransferRequest many = request(TransferKind::Objects, source, where.second, toPrefix);
        many.keys = std::move(keys);
        plan.requests.push_back(std::move(many));
    }
    return plan;
}

Result<TransferPlanner::Plan> TransferPlanner::move(const StoreUrl &source, const StoreUrl &target) const
{
    Result<Source> from = inspect(source);
    if (!from)
        return from.error();
    Result<StoreLocation> to = open(target);
    if (!to)
        return to.error();
    Plan plan;
    const bool sameStore = from->location.store.get() == to->store.get();
    if (sameStore && !from->folder && from->location.store->capabilities().atomicRename) {
        plan.nativeRename = true;
        plan.renameSource = from->location;
        plan.renameTargetKey = to->key;
        return plan;
    }
    TransferRequest request;
    // The user named the target: replace what is there, as a rename would.
    request.options.ifExists = ConflictPolicy::Overwrite;
    request.storeOptions = {connectionOption(from->location.url), connectionOption(to->url)};
    if (from->folder) {
        const std::string fromPrefix = folderPrefix(from->location.key);
        const std::string toPrefix = folderPrefix(to->key);
        if (sameStore && toPrefix.starts_with(fromPrefix))
            return Error::invalidInput(tr("cannot move a folder into itself: ").toStdString() + source.toString());
        request.kind = TransferKind::Tree;
        request.source = endpoint(from->location, fromPrefix);
        request.destination = endpoint(*to, toPrefix);
    } else {
        if (sameStore && to->key == from->location.key)
            return Error::invalidInput(tr("source and destination are the same: ").toStdString() + source.toString());
        request.kind = TransferKind::Object;
        request.source = endpoint(from->location, from->location.key);
        request.destination = endpoint(*to, to->key);
    }
    plan.requests.push_back(std::move(request));
    plan.removals.push_back({source, from->folder});
    return plan;
}

QString TransferPlanner::leafName(const StoreUrl &url)
{
    return Locations::title(url);
}

QString TransferPlanner::folderText(const StoreUrl &url)
{
    QString text = QString::fromStdString(url.toString());
    if (!text.endsWith(QLatin1Char('/')))
        text += QLatin1Char('/');
    return text;
}

QString TransferPlanner::copyTitle(const QList<StoreUrl> &sources, const StoreUrl &destinationFolder)
{
    bool allLocal = true;
    bool anyLocal = false;
    for (const StoreUrl &url : sources) {
        allLocal = allLocal && url.scheme == Scheme::File;
        anyLocal = anyLocal || url.scheme == Scheme::File;
    }
    const bool toLocal = destinationFolder.scheme == Scheme::File;
    const QString where = folderText(destinationFolder);
    const QString what = sources.size() == 1 ? leafName(sources.front())
                                             : QCoreApplication::translate("lakescope::ui::TransferPlanner",
                                                                           "%n items", nullptr, int(sources.size()));
    if (allLocal && !toLocal)
        return tr("Upload %1 to %2").arg(what, where);
    if (!anyLocal && toLocal)
        return sources.size() == 1 ? tr("Download %1").arg(what) : tr("Download %1 to %2").arg(what, where);
    return tr("Copy %1 to %2").arg(what, where);
}

QString TransferPlanner::moveTitle(const StoreUrl &source, const StoreUrl &target)
{
    if (source.parent() == target.parent())
        return tr("Rename %1 \u2192 %2").arg(leafName(source), leafName(target));
    return tr("Move %1 to %2").arg(leafName(source), folderText(target.parent()));
}

} // namespace lakescope::ui
