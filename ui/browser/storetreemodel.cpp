// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/storetreemodel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
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
    Connection::Kind kind = Connection::Kind::Remote;
    ObjectStorePtr store;  // resolved by the first fetch; children share it
    std::string prefix;    // what lists this node's inside: "" or "a/b/"
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

} // namespace

StoreTreeModel::StoreTreeModel(AsyncRunner *runner, StoreResolver resolver, QObject *parent)
    : QAbstractItemModel(parent), m_runner(runner), m_resolver(std::move(resolver)), m_root(std::make_unique<Node>())
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
            if (containsUrl(canonical(child->url), target)) {
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
        return node->name;
    case Qt::DecorationRole:
        if (!node->connection)
            return Icons::folder();
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
        return node->error.isEmpty() ? canonical(node->url) : canonical(node->url) + QLatin1Char('\n') + node->error;
    case UrlRole:
        return canonical(node->url);
    case IsConnectionRole:
        return node->connection;
    case IsFetchingRole:
        return node->state == FetchState::Fetching;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags StoreTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
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

void StoreTreeModel::requestPage(Node *node)
{
    node->state = FetchState::Fetching;
    ++m_inFlight;
    m_runner->run(
        this,
        [resolver = m_resolver, url = node->url, store = node->store, prefix = node->prefix, token = node->nextToken,
         size = m_pageSize, cancel = m_cancel.token()]() mutable {
            if (!store) {
                Result<StoreLocation> location = resolver(url);
                if (!location)
                    return PageResult{nullptr, {}, location.error()};
                store = location->store;
                prefix = FolderListing::folderPrefix(location->key);
            }
            return PageResult{store, prefix,
                              FolderListing::fetchPage(*store, prefix, token, size, cancel,
                                                       FolderListing::Content::FoldersOnly)};
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
    // Keep listing in the background: a folder's sub-folders may sit on any page.
    if (more)
        requestPage(node);
    else
        node->state = FetchState::Complete;
    insertFolders(node, page);

    if (!more) {
        if (node->children.empty()) {
            emit layoutAboutToBeChanged({QPersistentModelIndex(index)});
            emit layoutChanged({QPersistentModelIndex(index)});
        }
        emit fetchFinished(index);
    }
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
