// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/store/objectstore.h"
#include "core/store/storeurl.h"
#include "ui/browser/folderlisting.h"
#include "ui/browser/objectorder.h"
#include "ui/browser/objectrow.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QMimeData;

namespace lakescope::ui {

class AsyncRunner;

// Fetches one page of a listing on a worker: "" for the first page, then
// each page's nextPageToken.
using PageSource = std::function<Result<FolderPage>(const std::string &pageToken, std::size_t pageSize,
                                                     CancellationToken cancel)>;
// Adds what other applications need to a drag of remote rows (staged
// downloads as file URLs, for instance). Called on the GUI thread.
using ExternalMimeFactory = std::function<void(QMimeData *mime, const QList<StoreUrl> &urls)>;

// The contents of one folder (store + prefix) as a table. Pages are listed
// on the runner and arrive one by one; the next page is requested before the
// current one is merged, so listing and merging overlap. Each page lands in
// one batch, never row by row.
//
// The model keeps its rows in display order itself (folders first, then the
// sort column): merging a sorted page into sorted rows is O(n), where a
// sorting QSortFilterProxyModel would re-sort or insert row by row and stall
// the GUI on large folders. Views sort through sort(); proxies on top should
// only filter.
class ObjectTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Change, Checksum and StorageClass start hidden; see ObjectTableView.
    enum Column {
        NameColumn = 0,
        SizeColumn,
        ModifiedColumn,
        TypeColumn,
        ChangeColumn,
        ChecksumColumn,
        StorageClassColumn,
        ColumnCount
    };
    enum Role {
        IsFolderRole = Qt::UserRole + 1,
        KeyRole,         // full key inside the store (QString)
        NameRole,        // leaf name
        RawSizeRole,     // qulonglong
        RawModifiedRole, // qint64 ms since the epoch, or no value
        KindRole,        // int(ObjectRow::Kind)
        ChangeRole,      // int(Change)
        UrlRole,         // full URL of the row (QString), folders end in '/'
    };
    // A lakeFS branch's uncommitted state of a row.
    enum class Change : quint8 { None, Added, Modified, Removed };
    enum class State { Idle, Loading, Complete, Stopped, Failed };
    Q_ENUM(State)

    explicit ObjectTableModel(AsyncRunner *runner, QObject *parent = nullptr);
    ~ObjectTableModel() override;

    // Show the folder listed by `prefix` ("" or ending in '/'); with a
    // `namePrefix`, only the leaves that start with it (listed by the store,
    // so it also finds rows far beyond the loaded pages).
    void setFolder(ObjectStorePtr store, std::string prefix, std::string namePrefix = {});
    // Show any listing: buckets, repositories, refs.
    void setSource(PageSource source);
    const std::string &namePrefix() const { return m_namePrefix; }

    // Where the rows live, so rows can name their full URLs (drags,
    // selections). Set after setFolder/setSource, before rows arrive.
    void setLocationUrl(const StoreUrl &url) { m_location = url; }
    const StoreUrl &locationUrl() const { return m_location; }
    StoreUrl urlAt(int row) const;

    // Uncommitted changes of the rows shown, by leaf name; `removed` are
    // rows the branch no longer lists, shown struck out.
    void setChanges(QHash<QString, Change> changes, std::vector<ObjectRow> removed);
    static QString changeName(Change change);
    Change changeAt(int row) const { return m_changes.value(rowAt(row).name, Change::None); }
    bool hasChanges() const { return !m_changes.isEmpty(); }

    void setExternalMimeFactory(ExternalMimeFactory factory) { m_externalMime = std::move(factory); }
    void clear();
    void refresh();
    // Cancel the remaining pages; what arrived stays.
    void stop();
    // Continue a stopped listing.
    void resume();

    // Fetch every page without waiting for views to ask (the default).
    void setAutoFetch(bool autoFetch) { m_autoFetch = autoFetch; }
    void setPageSize(std::size_t pageSize) { m_pageSize = pageSize; }

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    const ObjectStorePtr &store() const { return m_store; }
    const std::string &prefix() const { return m_prefix; }
    int folderCount() const { return m_folderCount; }
    std::uint64_t totalBytes() const { return m_totalBytes; }
    int pagesLoaded() const { return m_pagesLoaded; }
    QString errorText() const { return m_errorText; }
    std::optional<Error> lastError() const { return m_error; }
    ObjectOrder order() const { return m_sort; }

    const ObjectRow &rowAt(int row) const { return m_rows[std::size_t(m_order[std::size_t(row)])]; }
    // The full key of a row; folders end with '/'.
    std::string keyAt(int row) const;
    // The row showing `name` (exact match), or -1.
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

signals:
    void stateChanged(lakescope::ui::ObjectTableModel::State state);
    // After each page is merged; `rowCount()` tells how many arrived so far.
    void pageMerged(int rowsAdded);
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void requestPage();
    void onPage(quint64 generation, Result<FolderPage> page);
    void mergePage(FolderPage page);
    void reorder(const std::function<void()> &change);
    bool rowLess(int a, int b) const { return m_sort.lessThan(m_rows[std::size_t(a)], m_rows[std::size_t(b)]); }
    void cancelListing();

    AsyncRunner *m_runner;
    ObjectStorePtr m_store;
    PageSource m_source;
    std::string m_prefix;
    std::string m_namePrefix;
    StoreUrl m_location;
    QHash<QString, Change> m_changes;
    ExternalMimeFactory m_externalMime;
    std::vector<ObjectRow> m_rows;      // storage, in arrival order
    std::vector<int> m_order;           // display order: indexes into m_rows
    std::unordered_map<int, std::string> m_rawLeaves;
    ObjectOrder m_sort;

    State m_state = State::Idle;
    CancellationSource m_cancel;
    quint64 m_generation = 0;
    std::string m_nextToken;
    bool m_hasMore = false;
    bool m_fetching = false;
    bool m_autoFetch = true;
    std::size_t m_pageSize = 1000;
    int m_pagesLoaded = 0;
    int m_folderCount = 0;
    std::uint64_t m_totalBytes = 0;
    QString m_errorText;
    std::optional<Error> m_error;
};

} // namespace lakescope::ui
