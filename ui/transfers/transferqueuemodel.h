// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transfer/transferprogress.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

namespace lakescope::ui {

class TransferService;

// The transfer queue as a tree: one row per job, its files below. File rows
// are fetched only when a job is expanded, a page at a time (a job of
// 100,000 files never copies them all into the model), and refreshed with
// the job: one dataChanged for every job row changed at a poll, plus one per
// expanded job for its file rows.
class TransferQueueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, ProgressColumn, BytesColumn, RateColumn, EtaColumn, StateColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // QString, on job and file rows
        StateRole,                    // int(TransferState)
        PercentRole,                  // int 0-100, -1 unknown
        IsFileRole,                   // bool
        MessageRole,                  // file: skip reason or error; job: its error
    };
    // Files fetched per fetchMore(), and refreshed at most per poll.
    static constexpr int kFilePage = 500;
    static constexpr int kRefreshLimit = 2000;

    explicit TransferQueueModel(TransferService *service, QObject *parent = nullptr);

    TransferService *service() const { return m_service; }
    QString jobId(const QModelIndex &index) const;
    QModelIndex indexOfJob(const QString &id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString id;
        quintptr serial = 0;
        std::vector<FileProgress> files;
    };

    void onJobAdded(const QString &id);
    void onJobRemoved(const QString &id);
    void onJobsChanged(const QStringList &ids);
    int rowOf(const QString &id) const;
    int rowOfSerial(quintptr serial) const;
    QVariant jobData(const Row &row, int column, int role) const;
    QVariant fileData(const FileProgress &file, const QString &id, int column, int role) const;

    TransferService *m_service;
    std::vector<Row> m_rows;
    quintptr m_nextSerial = 1;
};

} // namespace lakescope::ui
