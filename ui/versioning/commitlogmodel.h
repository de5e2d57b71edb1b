// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/lakefstypes.h"
#include "core/store/storeurl.h"
#include "ui/session/connection.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace lakescope::ui {

class AsyncRunner;

// The log of a lakeFS ref, newest first, loaded page by page on the runner
// (fetchMore). With a path in the source URL it is that path's history: an
// object path filters by object, a folder path ("dir/") by prefix.
class CommitLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, MessageColumn, CommitterColumn, DateColumn, ParentsColumn, ColumnCount };
    enum Role {
        CommitIdRole = Qt::UserRole + 1, // full 64-hex id
        IsMergeRole,                     // bool: more than one parent
        ParentsRole,                     // QStringList of full ids
        MetadataRole,                    // QVariantMap key -> value
        DateTimeRole,                    // QDateTime, local time
    };

    CommitLogModel(AsyncRunner *runner, LakeResolver lake, QObject *parent = nullptr);
    ~CommitLogModel() override;

    // lakefs://repo/ref/[path]; starts loading the first page.
    void setSource(const StoreUrl &url);
    StoreUrl source() const { return m_source; }
    // Commits per request; the default is lakeFS's 100.
    void setPageSize(int amount) { m_pageSize = amount; }
    int pageSize() const { return m_pageSize; }
    // Loads the first page again (after a revert or a new commit).
    void reload();

    const lakefs::Commit *commitAt(int row) const;
    int rowOfCommit(const QString &commitId) const;
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_loaded && !m_hasMore; }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static QString shortId(const std::string &id) { return QString::fromStdString(id.substr(0, 12)); }
    static QString firstLine(const std::string &message);

signals:
    void loadingChanged(bool loading);
    // A page arrived (rows may already be in the model).
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void requestPage();
    QString tooltipFor(const lakefs::Commit &commit) const;

    AsyncRunner *m_runner;
    LakeResolver m_lake;
    StoreUrl m_source;
    std::vector<lakefs::Commit> m_commits;
    int m_pageSize = lakefs::kDefaultPageAmount;
    quint64 m_generation = 0;
    std::string m_after;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace lakescope::ui
