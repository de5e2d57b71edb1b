// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/error.h"
#include "core/lakefs/lakefstypes.h"
#include "ui/versioning/diffpageloader.h"

#include <QAbstractItemModel>
#include <QFlags>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lakescope::ui {

class AsyncRunner;

// A diff as a tree of folders and objects. Folder rows carry the counts of
// what changed below them ("raw/  +12 −3 ~40"). Pages are fetched one after
// the other on the runner and merged on the GUI thread as they arrive:
// folders are created as entries reach them, counts grow in place and only
// the folders a page touched are reported changed, so a diff of 100,000
// entries never stalls the view. Columns: name, change, size.
class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Conflict: changed on both sides of a three-dot diff (what a merge
    // would have to settle).
    enum Kind { Added = 0x1, Removed = 0x2, Changed = 0x4, Conflict = 0x8 };
    Q_DECLARE_FLAGS(Kinds, Kind)

    enum Column { NameColumn, ChangeColumn, SizeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: "raw/a.csv", or "raw/" for a folder
        IsFolderRole,                // bool
        KindRole,                    // int Kind of an object; 0 for folders
        AddedRole,                   // qint64 counts below a folder (an object counts itself)
        RemovedRole,
        ChangedRole,
        ConflictRole,
    };

    struct Counts
    {
        qint64 added = 0;
        qint64 removed = 0;
        qint64 changed = 0;
        qint64 conflicts = 0;
        qint64 total() const { return added + removed + changed + conflicts; }
        void add(Kind kind)
        {
            ++(kind == Added ? added : kind == Removed ? removed : kind == Conflict ? conflicts : changed);
        }
    };

    explicit DiffTreeModel(AsyncRunner *runner, QObject *parent = nullptr);
    ~DiffTreeModel() override;

    // Forgets what was loaded and starts loading from `source`.
    void setPageSource(DiffPageSource source);
    // Loads again from the first page, keeping the source.
    void reload();
    // Stops loading; what arrived stays.
    void cancel();
    // Forgets the source and everything loaded.
    void clear();
    // Entries asked for per page (lakeFS caps it at 1000).
    void setPageSize(int amount);

    // Which kinds are shown; filtering keeps what was loaded.
    void setKindFilter(Kinds kinds);
    Kinds kindFilter() const { return m_filter; }

    // Every loaded entry, whatever the filter.
    Counts totals() const { return m_totals; }
    // What a row stands for, within the filter.
    Counts counts(const QModelIndex &index) const;
    QString path(const QModelIndex &index) const;
    bool isFolder(const QModelIndex &index) const;
    // The row of a path ("raw/" for a folder), if shown.
    QModelIndex indexOfPath(const QString &path) const;

    bool isLoading() const { return m_loader->isLoading(); }
    bool isComplete() const { return m_complete; }
    bool wasCancelled() const { return m_cancelled; }
    const std::optional<Error> &error() const { return m_error; }
    // "1,200 changes loaded, loading more…", "1,500 changes", the error in words.
    QString statusText() const;

    static Kind kindOf(lakefs::DiffType type);
    // "+12 −3 ~40 !2", leaving out the kinds with none.
    static QString countsText(const Counts &counts);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Loading started, progressed, finished, failed or was cancelled.
    void statusChanged();
    // The last page arrived.
    void loaded();
    void failed(const QString &message);

private:
    struct Node
    {
        std::string name; // a folder's ends in '/'
        Node *parent = nullptr;
        int row = 0;
        bool folder = false;
        Kind kind = Changed;
        std::optional<std::uint64_t> size;
        Counts counts;
        int published = 0; // children the views know of
        std::vector<std::unique_ptr<Node>> children;
        std::unordered_map<std::string, Node *> folders;
    };

    void pageArrived(std::vector<lakefs::DiffEntry> entries, bool last);
    void loadFailed(const Error &error);
    // `announce` is false inside a reset, where views hear of nothing.
    void merge(std::vector<lakefs::DiffEntry> entries, bool announce = true);
    void rebuild();
    void resetTree();
    bool accepts(Kind kind) const { return m_filter.testFlag(kind); }
    Node *childFolder(Node *parent, const std::string &name, std::vector<Node *> &grown);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    static QString fullPath(const Node *node);

    DiffPageLoader *m_loader;
    DiffPageSource m_source;
    int m_pageSize = 1000;
    Kinds m_filter = Kinds(Added | Removed | Changed | Conflict);
    std::vector<lakefs::DiffEntry> m_entries;
    std::unique_ptr<Node> m_root;
    Counts m_totals;
    bool m_complete = false;
    bool m_cancelled = false;
    std::optional<Error> m_error;
};

} // namespace lakescope::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(lakescope::ui::DiffTreeModel::Kinds)
