// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/storetreemodel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/browser/levellisting.h"
#include "ui/browser/locationlevels.h"
#include "ui/browser/naturalsortkey.h"
#include "ui/widgets/icons.h"

#include <algorithm>

namespace lakescope::ui {

struct StoreTreeModel::Node
{
    quint64 id = 0;
    Node *parent = nullptr;
    int row = 0;
    QString name;
    QByteArray sortKey;
    StoreUrl url;
    bool connection = false;
    NodeKind nodeKind = NodeKind::Folder;
    Connection::Kind kind = Connection::Kind::Remote;
    ObjectStorePtr store;  // resolved by the first fetch; children share it
    std::string prefix;    // what lists this node's inside: "" or "a/b/"
    QString pinned;        // a repository's default branch, shown first whatever page it is on
    FetchState state = FetchState::NotFetched;
    std::string nextToken;
    QString error;
    std::vector<std::unique_ptr<Node>> children;
};

struct StoreTreeModel::PageResult
{
    ObjectStorePtr store;
    std::string prefix;
    Result<FolderPage> page;
    std::string defaultBranch; // repositories, first page only
};

namespace {

// "scheme://x/a" is inside "scheme://x" and "scheme://x/"; "file:///" holds all files.
bool containsUrl(const QString &ancestor, const QString &url)
{
    QString base = ancestor;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString target = url;
    while (target.endsWith(QLatin1Char('/')))
        target.chop(1);
    return target == base || target.startsWith(base + QLatin1Char('/'));
}

QString canonical(const StoreUrl &url)
{
    return QString::fromStdString(url.toString());
}

// Rows that stand for an action, not a place: never on the way to a URL.
bool isPlaceholder(StoreTreeModel::NodeKind kind)
{
    return kind == StoreTreeModel::NodeKind::LoadMore || kind == StoreTreeModel::NodeKind::CommitPicker;
}

// Branches or tags of one repository, one page.
Result<FolderPage> fetchRefs(const StoreAccess &access, const StoreUrl &url, bool tags, const std::string &after,
                             std::size_t pageSize, std::string *defaultBranch)
{
    if (!access.lake)
        return Error::notSupported("no lakeFS access");
    auto lake = access.lake(url);
    if (!lake)
        return lake.error();
    lakefs::PageRequest request;
    request.after = after;
    request.amount = int(pageSize);
    if (tags) {
        auto page = (*lake)->listTags(url.bucket, request);
        if (!page)
            return page.error();
        return LevelListing::refs(*page, ObjectRow::Kind::Tag);
    }
    if (after.empty() && defaultBranch) {
        if (auto repository = (*lake)->getRepository(url.bucket))
            *defaultBranch = repository->defaultBranch;
    }
    auto page = (*lake)->listBranches(url.bucket, request);
    if (!page)
        return page.error();
    // The default branch leads even when its name sorts onto a later page.
    if (after.empty() && defaultBranch && !defaultBranch->empty()) {
        const auto &results = page->results;
        const bool listed = std::any_of(results.begin(), results.end(),
                                        [&](const lakefs::Ref &ref) { return ref.id == *defaultBranch; });
        if (!listed) {
            if (auto branch = (*lake)->getBranch(url.bucket, *defaultBranch))
                page->results.insert(page->results.begin(), *branch);
        }
    }
    return LevelListing::refs(*page, ObjectRow::Kind::Branch);
}

} // namespace

StoreTreeModel::StoreTreeModel(AsyncRunner *runner, StoreAccess access, QObject *parent)
    : QAbstractItemModel(parent), m_runner(runner), m_access(std::move(access)), m_root(std::make_unique<Node>())
{
    m_root->state = FetchState::Complete;
}

StoreTreeModel::~StoreTreeModel()
{
    m_cancel.cancel();
}

void StoreTreeModel::setConnections(const QList<Connection> &connections)
{
    beginResetModel();
    m_cancel.cancel();
    m_cancel = CancellationSource();
    m_nodes.clear();
    m_root->children.clear();
    m_inFlight = 0;
    for (const Connection &connection : connections) {
        auto node = std::make_unique<Node>();
        node->id = m_nextId++;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        node->name = connection.name;
        node->url = connection.url;
        node->connection = true;
        node->nodeKind = NodeKind::Connection;
        node->kind = connection.kind;
        m_nodes.insert(node->id, node.get());
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

StoreTreeModel::Node *StoreTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex StoreTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

StoreUrl StoreTreeModel::urlOf(const QModelIndex &index) const
{
    return nodeOf(index)->url;
}

bool StoreTreeModel::isFetching(const QModelIndex &index) const
{
    return nodeOf(index)->state == FetchState::Fetching;
}

bool StoreTreeModel::isListed(const QModelIndex &index) const
{
    const FetchState state = nodeOf(index)->state;
    return state == FetchState::Complete || state == FetchState::Failed;
}

QModelIndex StoreTreeModel::closestNode(const StoreUrl &url) const
{
    const QString target = canonical(url);
    const Node *node = nullptr;
    qsizetype rootLength = -1;
    for (const auto &root : m_root->children) {
        const QString rootUrl = canonical(root->url);
        // Two connections may hold the same text URL (one bucket name, two
        // accounts): a URL that names its connection goes under that one.
        const bool otherConnection = !url.connection.empty() && !root->url.connection.empty()
                                     && url.connection != root->url.connection;
        if (!otherConnection && containsUrl(rootUrl, target) && rootUrl.size() > rootLength) {
            node = root.get();
            rootLength = rootUrl.size();
        }
    }
    while (node && canonical(node->url) != target) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (!isPlaceholder(child->nodeKind) && containsUrl(canonical(child->url), target)) {
                next = child.get();
                break;
            }
        }
        if (!next)
            break;
        node = next;
    }
    return indexOf(node);
}

QModelIndex StoreTreeModel::findUrl(const StoreUrl &url) const
{
    const QModelIndex closest = closestNode(url);
    return closest.isValid() && canonical(nodeOf(closest)->url) == canonical(url) ? closest : QModelIndex();
}

StoreTreeModel::NodeKind StoreTreeModel::kindOf(const QModelIndex &index) const
{
    return nodeOf(index)->nodeKind;
}

std::optional<StoreUrl> StoreTreeModel::dropTarget(const QModelIndex &index, QString *reason) const
{
    const Node *node = nodeOf(index);
    QString why;
    switch (node->nodeKind) {
    case NodeKind::Tag:
        why = tr("%1 is a tag, which is read-only: drop onto a branch.").arg(node->name);
        break;
    case NodeKind::TagGroup:
    case NodeKind::CommitPicker:
        why = tr("Tags and commits are read-only: drop onto a branch.");
        break;
    case NodeKind::LoadMore:
        why = tr("Drop onto a folder.");
        break;
    default:
        if (node == m_root.get())
            why = tr("Drop onto a folder.");
        else
            why = LocationLevels::refusal(node->url);
        break;
    }
    if (reason)
        *reason = why;
    if (!why.isEmpty())
        return std::nullopt;
    return node->url;
}

QModelIndex StoreTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[std::size_t(row)].get());
}

QModelIndex StoreTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int StoreTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int StoreTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool StoreTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->children.empty())
        return true;
    // Unlisted folders may have children: show the expander until we know.
    return node->state != FetchState::Complete && node->state != FetchState::Failed;
}

QVariant StoreTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->nodeKind == NodeKind::LoadMore)
            return node->state == FetchState::Fetching ? tr("Loading…") : tr("Load more…");
        return node->name;
    case Qt::DecorationRole:
        switch (node->nodeKind) {
        case NodeKind::Bucket: return Icons::bucket();
        case NodeKind::Repository: return Icons::repository();
        case NodeKind::Branch: return Icons::branch();
        case NodeKind::Tag:
        case NodeKind::TagGroup: return Icons::tag();
        case NodeKind::CommitPicker: return Icons::commit();
        case NodeKind::Folder: return Icons::folder();
        case NodeKind::LoadMore: return {};
        case NodeKind::Connection: break;
        }
        switch (node->kind) {
        case Connection::Kind::Home: return Icons::home();
        case Connection::Kind::FileSystem: return Icons::drive();
        case Connection::Kind::Folder: return Icons::folder();
        case Connection::Kind::Memory: return Icons::memory();
        case Connection::Kind::Remote: return Icons::bucket();
        case Connection::Kind::Lake: return Icons::lake();
        }
        break;
    case Qt::ToolTipRole:
        if (node->nodeKind == NodeKind::CommitPicker)
            return tr("Browse %1 as of a commit").arg(QString::fromStdString(node->url.bucket));
        if (node->nodeKind == NodeKind::LoadMore)
            return tr("List the next page");
        return node->error.isEmpty() ? canonical(node->url) : canonical(node->url) + QLatin1Char('\n') + node->error;
    case Qt::AccessibleTextRole:
        return node->nodeKind == NodeKind::LoadMore ? tr("Load more") : node->name;
    case UrlRole:
        return canonical(node->url);
    case IsConnectionRole:
        return node->connection;
    case IsFetchingRole:
        return node->state == FetchState::Fetching;
    case NodeKindRole:
        return int(node->nodeKind);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags StoreTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Views ask for flags on every paint: decide by kind, not by message.
    const Node *node = nodeOf(index);
    switch (node->nodeKind) {
    case NodeKind::Bucket:
    case NodeKind::Branch:
    case NodeKind::Folder: flags |= Qt::ItemIsDropEnabled; break;
    case NodeKind::Connection:
        if (LocationLevels::of(node->url) == LocationLevels::Level::Store)
            flags |= Qt::ItemIsDropEnabled;
        break;
    default: break;
    }
    if (isPlaceholder(nodeOf(index)->nodeKind))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool StoreTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node != m_root.get() && node->state == FetchState::NotFetched;
}

void StoreTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(nodeOf(parent));
}

void StoreTreeModel::relist(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (node == m_root.get() || node->state == FetchState::Fetching)
        return;
    if (!node->children.empty()) {
        beginRemoveRows(index, 0, int(node->children.size()) - 1);
        // Late pages for the forgotten nodes must find nothing.
        forgetDescendants(node);
        node->children.clear();
        endRemoveRows();
    }
    node->state = FetchState::NotFetched;
    node->nextToken.clear();
    node->error.clear();
    emit dataChanged(index, index);
    fetchMore(index);
}

void StoreTreeModel::forgetDescendants(const Node *node)
{
    for (const auto &child : node->children) {
        forgetDescendants(child.get());
        m_nodes.remove(child->id);
    }
}

void StoreTreeModel::loadMore(const QModelIndex &loadMoreRow)
{
    Node *row = nodeOf(loadMoreRow);
    if (row->nodeKind != NodeKind::LoadMore || row->state == FetchState::Fetching)
        return;
    Node *owner = row->parent;
    if (owner->state != FetchState::MorePages)
        return;
    row->state = FetchState::Fetching;
    emit dataChanged(loadMoreRow, loadMoreRow);
    requestPage(owner);
}

bool StoreTreeModel::listsFolders(const Node *node) const
{
    switch (node->nodeKind) {
    case NodeKind::Connection: return LocationLevels::of(node->url) == LocationLevels::Level::Store;
    case NodeKind::Bucket:
    case NodeKind::Branch:
    case NodeKind::Tag:
    case NodeKind::Folder: return true;
    default: return false;
    }
}

std::unique_ptr<StoreTreeModel::Node> StoreTreeModel::makeNode(Node *parent, NodeKind kind, const QString &name,
                                                               const StoreUrl &url)
{
    auto node = std::make_unique<Node>();
    node->id = m_nextId++;
    node->parent = parent;
    node->name = name;
    node->sortKey = NaturalSortKey::make(name);
    node->nodeKind = kind;
    node->url = url;
    if (isPlaceholder(kind))
        node->state = FetchState::Complete;
    return node;
}

void StoreTreeModel::requestPage(Node *node)
{
    node->state = FetchState::Fetching;
    ++m_inFlight;
    if (!listsFolders(node)) {
        const NodeKind kind = node->nodeKind;
        m_runner->run(
            this,
            [access = m_access, url = node->url, kind, token = node->nextToken, size = m_pageSize,
             cancel = m_cancel.token()]() {
                PageResult result{nullptr, {}, FolderPage{}, {}};
                if (kind == NodeKind::Repository)
                    result.page = fetchRefs(access, url, false, token, size, &result.defaultBranch);
                else if (kind == NodeKind::TagGroup)
                    result.page = fetchRefs(access, url, true, token, size, nullptr);
                else
                    result.page = LevelListing::fetchPage(access, url, token, size, cancel);
                return result;
            },
            [this, id = node->id](PageResult result) { onPage(id, std::move(result)); });
        return;
    }
    m_runner->run(
        this,
        [resolver = m_access.objects, url = node->url, store = node->store, prefix = node->prefix,
         token = node->nextToken, size = m_pageSize, cancel = m_cancel.token()]() mutable {
            if (!store) {
                Result<StoreLocation> location = resolver(url);
                if (!location)
                    return PageResult{nullptr, {}, location.error(), {}};
                store = location->store;
                prefix = FolderListing::folderPrefix(location->key);
            }
            return PageResult{store, prefix,
                              FolderListing::fetchPage(*store, prefix, token, size, cancel,
                                                       FolderListing::Content::FoldersOnly),
                              {}};
        },
        [this, id = node->id](PageResult result) { onPage(id, std::move(result)); });
}

void StoreTreeModel::onPage(quint64 nodeId, PageResult result)
{
    Node *node = m_nodes.value(nodeId);
    if (!node)
        return; // the tree was reset meanwhile
    --m_inFlight;
    const QModelIndex index = indexOf(node);
    if (!node->store && result.store) {
        node->store = std::move(result.store);
        node->prefix = std::move(result.prefix);
    }
    if (!result.page) {
        node->state = FetchState::Failed;
        node->error = UiErrors::describe(result.page.error());
        if (!node->children.empty() && node->children.back()->nodeKind == NodeKind::LoadMore)
            removeChild(node, int(node->children.size()) - 1);
        if (node->children.empty()) {
            // Drop the expander: views cache hasChildren until a layout change.
            emit layoutAboutToBeChanged({QPersistentModelIndex(index)});
            emit layoutChanged({QPersistentModelIndex(index)});
        }
        emit dataChanged(index, index);
        emit fetchFailed(index, node->error);
        return;
    }

    FolderPage &page = *result.page;
    const bool stuck = !page.nextPageToken.empty() && page.nextPageToken == node->nextToken;
    node->nextToken = stuck ? std::string() : std::move(page.nextPageToken);
    const bool more = !node->nextToken.empty();
    if (listsFolders(node)) {
        // Keep listing in the background: a folder's sub-folders may sit on any page.
        if (more)
            requestPage(node);
        else
            node->state = FetchState::Complete;
        insertFolders(node, page);
    } else {
        node->state = more ? FetchState::MorePages : FetchState::Complete;
        insertLevelPage(node, result);
    }

    if (node->state != FetchState::Fetching) {
        if (node->children.empty()) {
            emit layoutAboutToBeChanged({QPersistentModelIndex(index)});
            emit layoutChanged({QPersistentModelIndex(index)});
        }
        emit fetchFinished(index);
    }
}

void StoreTreeModel::insertLevelPage(Node *node, PageResult &result)
{
    FolderPage &page = *result.page;
    const bool firstPage = node->children.empty();
    if (firstPage && !result.defaultBranch.empty())
        node->pinned = QString::fromStdString(result.defaultBranch);
    std::vector<std::unique_ptr<Node>> fresh;
    for (ObjectRow &row : page.rows) {
        if (!firstPage && !node->pinned.isEmpty() && row.name == node->pinned)
            continue; // listed up front already
        const std::string leaf = row.name.toStdString();
        NodeKind kind = NodeKind::Folder;
        switch (row.kind) {
        case ObjectRow::Kind::Bucket: kind = NodeKind::Bucket; break;
        case ObjectRow::Kind::Repository: kind = NodeKind::Repository; break;
        case ObjectRow::Kind::Branch: kind = NodeKind::Branch; break;
        case ObjectRow::Kind::Tag: kind = NodeKind::Tag; break;
        default: break;
        }
        fresh.push_back(makeNode(node, kind, row.name, LocationLevels::child(node->url, leaf)));
    }
    if (node->nodeKind == NodeKind::Repository && !result.defaultBranch.empty()) {
        const auto isDefault = [&](const std::unique_ptr<Node> &child) {
            return child->name.toStdString() == result.defaultBranch;
        };
        std::stable_partition(fresh.begin(), fresh.end(), isDefault);
    }

    // Where the page goes: before the Tags group, "Commit…" and "Load more…".
    int at = int(node->children.size());
    while (at > 0) {
        const NodeKind before = node->children[std::size_t(at - 1)]->nodeKind;
        if (before != NodeKind::TagGroup && !isPlaceholder(before))
            break;
        --at;
    }
    if (!fresh.empty())
        insertRun(node, at, std::move(fresh));

    if (firstPage && node->nodeKind == NodeKind::Repository) {
        std::vector<std::unique_ptr<Node>> extras;
        extras.push_back(makeNode(node, NodeKind::TagGroup, tr("Tags"), node->url));
        extras.push_back(makeNode(node, NodeKind::CommitPicker, tr("Commit…"), node->url));
        insertRun(node, int(node->children.size()), std::move(extras));
    }

    const bool hasLoadMore = !node->children.empty() && node->children.back()->nodeKind == NodeKind::LoadMore;
    if (node->state == FetchState::MorePages) {
        if (hasLoadMore) {
            Node *loadMore = node->children.back().get();
            loadMore->state = FetchState::Complete;
            const QModelIndex index = indexOf(loadMore);
            emit dataChanged(index, index);
        } else {
            std::vector<std::unique_ptr<Node>> row;
            row.push_back(makeNode(node, NodeKind::LoadMore, tr("Load more…"), node->url));
            insertRun(node, int(node->children.size()), std::move(row));
        }
    } else if (hasLoadMore) {
        removeChild(node, int(node->children.size()) - 1);
    }
}

void StoreTreeModel::insertRun(Node *node, int at, std::vector<std::unique_ptr<Node>> nodes)
{
    auto &children = node->children;
    beginInsertRows(indexOf(node), at, at + int(nodes.size()) - 1);
    for (auto &child : nodes)
        m_nodes.insert(child->id, child.get());
    children.insert(children.begin() + at, std::make_move_iterator(nodes.begin()),
                    std::make_move_iterator(nodes.end()));
    for (int row = at; row < int(children.size()); ++row)
        children[std::size_t(row)]->row = row;
    endInsertRows();
}

void StoreTreeModel::removeChild(Node *node, int row)
{
    m_removingPlaceholder = true;
    beginRemoveRows(indexOf(node), row, row);
    m_nodes.remove(node->children[std::size_t(row)]->id);
    node->children.erase(node->children.begin() + row);
    for (int next = row; next < int(node->children.size()); ++next)
        node->children[std::size_t(next)]->row = next;
    endRemoveRows();
    m_removingPlaceholder = false;
}

void StoreTreeModel::insertFolders(Node *node, FolderPage &page)
{
    std::vector<std::unique_ptr<Node>> fresh;
    for (std::size_t i = 0; i < page.rows.size(); ++i) {
        ObjectRow &row = page.rows[i];
        if (!row.folder)
            continue;
        std::string leaf = row.name.toStdString();
        for (const auto &[index, raw] : page.rawLeaves) {
            if (index == i)
                leaf = raw;
        }
        auto child = std::make_unique<Node>();
        child->id = m_nextId++;
        child->parent = node;
        child->name = row.name;
        child->sortKey = std::move(row.sortKey);
        child->url = node->url.child(leaf);
        child->nodeKind = NodeKind::Folder;
        child->store = node->store;
        child->prefix = node->prefix + leaf + '/';
        fresh.push_back(std::move(child));
    }
    if (fresh.empty())
        return;

    const auto less = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return NaturalSortKey::compare(a->sortKey, a->name, b->sortKey, b->name) < 0;
    };
    std::stable_sort(fresh.begin(), fresh.end(), less);
    auto &children = node->children;
    std::vector<int> positions;
    positions.reserve(fresh.size());
    for (const auto &child : fresh)
        positions.push_back(int(std::lower_bound(children.begin(), children.end(), child, less) - children.begin()));

    // Insert runs that land at the same place together, back to front, so
    // earlier positions stay valid. One page into an empty node is one run.
    const QModelIndex parentIndex = indexOf(node);
    std::size_t end = fresh.size();
    while (end > 0) {
        std::size_t begin = end - 1;
        while (begin > 0 && positions[begin - 1] == positions[end - 1])
            --begin;
        const int at = positions[begin];
        const int count = int(end - begin);
        beginInsertRows(parentIndex, at, at + count - 1);
        for (std::size_t i = begin; i < end; ++i)
            m_nodes.insert(fresh[i]->id, fresh[i].get());
        children.insert(children.begin() + at, std::make_move_iterator(fresh.begin() + std::ptrdiff_t(begin)),
                        std::make_move_iterator(fresh.begin() + std::ptrdiff_t(end)));
        for (int row = at; row < int(children.size()); ++row)
            children[std::size_t(row)]->row = row;
        endInsertRows();
        end = begin;
    }
}

} // namespace lakescope::ui
