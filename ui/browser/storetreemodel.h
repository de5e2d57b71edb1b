// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/store/objectstore.h"
#include "ui/browser/folderlisting.h"
#include "ui/session/connection.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lakescope::ui {

class AsyncRunner;

// Connections at the top, then what each holds: S3 buckets; lakeFS
// repositories with their branches (the default first), a "Tags" group and a
// "Commit…" entry that asks for a commit picker; then folders. Everything is
// listed lazily: a node's children are fetched page by page (canFetchMore /
// fetchMore) the first time a view expands it, on the runner, and inserted
// in one batch per page. Folders keep listing in the background; buckets,
// repositories, branches and tags stop after a page and end in a
// "Load more…" row while the service has more.
class StoreTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        UrlRole = Qt::UserRole + 1, // canonical URL (QString)
        IsConnectionRole,
        IsFetchingRole,
        NodeKindRole, // int(NodeKind)
    };
    enum class NodeKind { Connection, Bucket, Repository, Branch, TagGroup, Tag, CommitPicker, Folder, LoadMore };
    Q_ENUM(NodeKind)

    StoreTreeModel(AsyncRunner *runner, StoreAccess access, QObject *parent = nullptr);
    // Objects only: no buckets, no lakeFS refs (they need access.containers
    // and access.lake). Kept while callers move to StoreAccess.
    StoreTreeModel(AsyncRunner *runner, StoreResolver resolver, QObject *parent = nullptr)
        : StoreTreeModel(runner, StoreAccess{std::move(resolver), {}, {}}, parent)
    {
    }
    ~StoreTreeModel() override;

    void setConnections(const QList<Connection> &connections);
    void setPageSize(std::size_t pageSize) { m_pageSize = pageSize; }

    NodeKind kindOf(const QModelIndex &index) const;
    // A "Load more…" row: fetch the next page of its parent.
    void loadMore(const QModelIndex &loadMoreRow);
    // True while a finished listing drops its "Load more…" row; views
    // should not treat the current-row change that causes as a choice.
    bool isRemovingPlaceholder() const { return m_removingPlaceholder; }
    // Where a drop onto `index` would put things, or nullopt and why not
    // (tags and commits are read-only, an account holds no objects).
    std::optional<StoreUrl> dropTarget(const QModelIndex &index, QString *reason = nullptr) const;

    StoreUrl urlOf(const QModelIndex &index) const;
    // The deepest loaded node at or above `url`, under the most specific
    // connection holding it (the home folder before the file system root);
    // invalid when no connection holds it.
    QModelIndex closestNode(const StoreUrl &url) const;
    // The loaded node showing exactly `url`, or invalid.
    QModelIndex findUrl(const StoreUrl &url) const;
    bool isFetching(const QModelIndex &index) const;
    // All pages of the node are in (or listing it failed).
    bool isListed(const QModelIndex &index) const;
    // Nodes waiting for a page right now, for tests and screenshots.
    int fetchesInFlight() const { return m_inFlight; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Forget a node's children and list it again (a branch or tag was
    // created or deleted below it). No-op while it is being listed.
    void relist(const QModelIndex &index);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A node finished listing (all pages) or failed.
    void fetchFinished(const QModelIndex &index);
    void fetchFailed(const QModelIndex &index, const QString &message);

private:
    struct Node;
    struct PageResult;
    enum class FetchState { NotFetched, Fetching, MorePages, Complete, Failed };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void requestPage(Node *node);
    void onPage(quint64 nodeId, PageResult result);
    void insertFolders(Node *node, FolderPage &page);
    void insertLevelPage(Node *node, PageResult &result);
    void insertRun(Node *node, int at, std::vector<std::unique_ptr<Node>> nodes);
    void removeChild(Node *node, int row);
    void forgetDescendants(const Node *node);
    std::unique_ptr<Node> makeNode(Node *parent, NodeKind kind, const QString &name, const StoreUrl &url);
    bool listsFolders(const Node *node) const;

    AsyncRunner *m_runner;
    StoreAccess m_access;
    bool m_removingPlaceholder = false;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_nodes; // id -> node, so late results find theirs or nothing
    quint64 m_nextId = 1;
    CancellationSource m_cancel;
    std::size_t m_pageSize = 1000;
    int m_inFlight = 0;
};

} // namespace lakescope::ui
