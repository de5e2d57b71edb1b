// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/levellisting.h"

#include "ui/browser/locationlevels.h"
#include "ui/browser/naturalsortkey.h"

#include <chrono>

namespace lakescope::ui {

namespace {

// Repository pages list branches first, then tags; the token says which.
constexpr const char *kBranches = "b:";
constexpr const char *kTags = "t:";

} // namespace

ObjectRow LevelListing::folderRow(const std::string &name, ObjectRow::Kind kind)
{
    ObjectRow row;
    row.name = QString::fromStdString(name);
    row.sortKey = NaturalSortKey::make(row.name);
    row.folder = true;
    row.kind = kind;
    switch (kind) {
    case ObjectRow::Kind::Bucket: row.type = tr("Bucket"); break;
    case ObjectRow::Kind::Repository: row.type = tr("Repository"); break;
    case ObjectRow::Kind::Branch: row.type = tr("Branch"); break;
    case ObjectRow::Kind::Tag: row.type = tr("Tag"); break;
    default: row.type = FolderListing::typeName(row.name, true); break;
    }
    return row;
}

FolderPage LevelListing::containers(const std::vector<ContainerInfo> &containers)
{
    FolderPage page;
    page.rows.reserve(containers.size());
    for (const ContainerInfo &container : containers) {
        ObjectRow row = folderRow(container.name, ObjectRow::Kind::Bucket);
        if (container.created) {
            using namespace std::chrono;
            row.modified = duration_cast<milliseconds>(container.created->time_since_epoch()).count();
        }
        page.rows.push_back(std::move(row));
    }
    return page;
}

FolderPage LevelListing::repositories(const lakefs::Page<lakefs::Repository> &page)
{
    FolderPage out;
    for (const lakefs::Repository &repository : page.results) {
        ObjectRow row = folderRow(repository.id, ObjectRow::Kind::Repository);
        row.modified = repository.creationDate * 1000;
        out.rows.push_back(std::move(row));
    }
    if (page.hasMore && !page.results.empty())
        out.nextPageToken = page.nextOffset.empty() ? page.results.back().id : page.nextOffset;
    return out;
}

FolderPage LevelListing::refs(const lakefs::Page<lakefs::Ref> &page, ObjectRow::Kind kind)
{
    FolderPage out;
    for (const lakefs::Ref &ref : page.results) {
        ObjectRow row = folderRow(ref.id, kind);
        row.etag = QString::fromStdString(ref.commitId);
        out.rows.push_back(std::move(row));
    }
    if (page.hasMore && !page.results.empty())
        out.nextPageToken = page.nextOffset.empty() ? page.results.back().id : page.nextOffset;
    return out;
}

Result<FolderPage> LevelListing::fetchPage(const StoreAccess &access, const StoreUrl &url, const std::string &pageToken,
                                           std::size_t pageSize, CancellationToken cancel)
{
    const LocationLevels::Level level = LocationLevels::of(url);
    if (level == LocationLevels::Level::Account && url.scheme != Scheme::LakeFs) {
        if (!access.containers)
            return Error::notSupported("no account access");
        auto service = access.containers(url);
        if (!service)
            return service.error();
        auto containers = (*service)->listContainers(cancel);
        if (!containers)
            return containers.error();
        return LevelListing::containers(*containers);
    }
    if (!access.lake)
        return Error::notSupported("no lakeFS access");
    auto lake = access.lake(url);
    if (!lake)
        return lake.error();
    lakefs::PageRequest request;
    request.amount = int(pageSize);
    if (level == LocationLevels::Level::Account) {
        request.after = pageToken;
        auto page = (*lake)->listRepositories(request);
        if (!page)
            return page.error();
        return repositories(*page);
    }

    const bool tags = pageToken.rfind(kTags, 0) == 0;
    request.after = pageToken.size() > 2 ? pageToken.substr(2) : std::string();
    auto page = tags ? (*lake)->listTags(url.bucket, request) : (*lake)->listBranches(url.bucket, request);
    if (!page)
        return page.error();
    if (cancel.isCancelled())
        return Error::cancelled();
    FolderPage out = refs(*page, tags ? ObjectRow::Kind::Tag : ObjectRow::Kind::Branch);
    if (!out.nextPageToken.empty())
        out.nextPageToken = (tags ? kTags : kBranches) + out.nextPageToken;
    else if (!tags)
        out.nextPageToken = kTags;
    return out;
}

} // namespace lakescope::ui
