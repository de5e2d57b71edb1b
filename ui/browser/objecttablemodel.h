// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/cancellation.h"
#include "core/common/error.h"
#include "core/store/objectstore.h"
#include "ui/browser/folderlisting.h"
#include "ui/browser/objectorder.h"
#include "ui/browser/objectrow.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lakescope::ui {

class AsyncRunner;

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
    enum Column { NameColumn = 0, SizeColumn, ModifiedColumn, TypeColumn, ColumnCount };
    enum Role {
        IsFolderRole = Qt::UserRole + 1,
        KeyRole,         // full key inside the store (QString)
        NameRole,        // leaf name
        RawSizeRole,     // qulonglong
        RawModifiedRole, // qint64 ms since the epoch, or no value
    };
    enum class State { Idle, Loading, Complete, Stopped, Failed };
    Q_ENUM(State)

    explicit ObjectTableModel(AsyncRunner *runner, QObject *parent = nullptr);
    ~ObjectTableModel() override;

    // Show the folder listed by `prefix` ("" or ending in '/').
    void setFolder(ObjectStorePtr store, std::string prefix);
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
    std::string m_prefix;
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
