// SPDX-License-Identifier: Apache-2.0
#include "ui/transfers/transferqueuemodel.h"

#include "ui/transfers/transferservice.h"
#include "ui/transfers/transfertext.h"

#include <algorithm>

namespace lakescope::ui {

TransferQueueModel::TransferQueueModel(TransferService *service, QObject *parent)
    : QAbstractItemModel(parent), m_service(service)
{
    for (const QString &id : service->jobIds())
        m_rows.push_back({id, m_nextSerial++, {}});
    connect(service, &TransferService::jobAdded, this, &TransferQueueModel::onJobAdded);
    connect(service, &TransferService::jobRemoved, this, &TransferQueueModel::onJobRemoved);
    connect(service, &TransferService::jobsChanged, this, &TransferQueueModel::onJobsChanged);
}

QString TransferQueueModel::jobId(const QModelIndex &index) const
{
    return index.isValid() ? index.data(JobIdRole).toString() : QString();
}

QModelIndex TransferQueueModel::indexOfJob(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int TransferQueueModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int TransferQueueModel::rowOfSerial(quintptr serial) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].serial == serial)
            return int(i);
    }
    return -1;
}

QModelIndex TransferQueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_rows.size()))
        return {};
    const Row &job = m_rows[std::size_t(parent.row())];
    return row < int(job.files.size()) ? createIndex(row, column, job.serial) : QModelIndex();
}

QModelIndex TransferQueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfSerial(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int TransferQueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_rows[std::size_t(parent.row())].files.size());
}

int TransferQueueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TransferQueueModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.empty();
    if (parent.internalId() != 0 || parent.column() != 0)
        return false;
    const Row &job = m_rows[std::size_t(parent.row())];
    return !job.files.empty() || m_service->fileCount(job.id) > 0;
}

bool TransferQueueModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.column() != 0)
        return false;
    const Row &job = m_rows[std::size_t(parent.row())];
    return job.files.size() < m_service->fileCount(job.id);
}

void TransferQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Row &job = m_rows[std::size_t(parent.row())];
    const std::size_t have = job.files.size();
    const std::size_t count = std::min<std::size_t>(kFilePage, m_service->fileCount(job.id) - have);
    beginInsertRows(parent, int(have), int(have + count - 1));
    job.files.reserve(have + count);
    for (std::size_t i = 0; i < count; ++i)
        job.files.push_back(m_service->file(job.id, have + i));
    endInsertRows();
}

void TransferQueueModel::onJobAdded(const QString &id)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back({id, m_nextSerial++, {}});
    endInsertRows();
}

void TransferQueueModel::onJobRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void TransferQueueModel::onJobsChanged(const QStringList &ids)
{
    int first = -1;
    int last = -1;
    std::vector<int> expanded;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
        if (!m_rows[std::size_t(row)].files.empty())
            expanded.push_back(row);
    }
    if (first < 0)
        return;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    for (const int row : expanded) {
        Row &job = m_rows[std::size_t(row)];
        const std::size_t count = std::min<std::size_t>(job.files.size(), kRefreshLimit);
        for (std::size_t i = 0; i < count; ++i)
            job.files[i] = m_service->file(job.id, i);
        const QModelIndex parent = index(row, 0);
        emit dataChanged(index(0, 0, parent), index(int(count) - 1, ColumnCount - 1, parent));
    }
}

QVariant TransferQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return jobData(m_rows[std::size_t(index.row())], index.column(), role);
    const int row = rowOfSerial(index.internalId());
    if (row < 0)
        return {};
    const Row &job = m_rows[std::size_t(row)];
    return fileData(job.files[std::size_t(index.row())], job.id, index.column(), role);
}

QVariant TransferQueueModel::jobData(const Row &row, int column, int role) const
{
    const TransferEntry *entry = m_service->entry(row.id);
    if (!entry)
        return {};
    const JobProgress &progress = entry->progress;
    const bool moving = entry->state == TransferState::Running;
    const int percent = TransferText::percent(progress.bytesDone, progress.bytesTotal,
                                              progress.planned || entry->state == TransferState::Done);
    switch (role) {
    case JobIdRole:
        return row.id;
    case StateRole:
        return int(entry->state);
    case PercentRole:
        return percent;
    case IsFileRole:
        return false;
    case MessageRole:
        return entry->error;
    case Qt::ToolTipRole:
        return entry->error.isEmpty() ? entry->title : entry->title + QLatin1Char('\n') + entry->error;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return entry->title;
    case ProgressColumn:
        return percent < 0 ? QString() : tr("%1%").arg(percent);
    case BytesColumn:
        return TransferText::bytesOf(progress.bytesDone, progress.bytesTotal, progress.planned);
    case RateColumn:
        return moving ? TransferText::rate(progress.rate) : QString();
    case EtaColumn:
        return moving ? TransferText::eta(progress.etaSeconds) : QString();
    case StateColumn: {
        QString text = TransferText::state(entry->state);
        if (progress.filesFailed > 0)
            text = tr("%1 (%n failed)", nullptr, int(progress.filesFailed)).arg(text);
        else if (progress.filesSkipped > 0)
            text = tr("%1 (%n skipped)", nullptr, int(progress.filesSkipped)).arg(text);
        else if (!entry->error.isEmpty())
            text = tr("%1: %2").arg(text, entry->error);
        return text;
    }
    default:
        return {};
    }
}

QVariant TransferQueueModel::fileData(const FileProgress &file, const QString &id, int column, int role) const
{
    const int percent = TransferText::percent(file.bytesDone, file.bytesTotal, true);
    const QString message = QString::fromStdString(file.message);
    switch (role) {
    case JobIdRole:
        return id;
    case StateRole:
        return int(file.state);
    case PercentRole:
        return percent;
    case IsFileRole:
        return true;
    case MessageRole:
        return message;
    case Qt::ToolTipRole:
        return message.isEmpty() ? QString::fromStdString(file.sourceKey)
                                 : QString::fromStdString(file.sourceKey) + QLatin1Char('\n') + message;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return QString::fromStdString(file.destinationKey.empty() ? file.sourceKey : file.destinationKey);
    case ProgressColumn:
        return tr("%1%").arg(percent);
    case BytesColumn:
        return TransferText::bytesOf(file.bytesDone, file.bytesTotal, true);
    case StateColumn:
        if ((file.state == TransferState::Failed || file.state == TransferState::Skipped) && !message.isEmpty())
            return tr("%1: %2").arg(TransferText::state(file.state), message);
        return TransferText::state(file.state);
    default:
        return QString();
    }
}

QVariant TransferQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Transfer");
    case ProgressColumn:
        return tr("Progress");
    case BytesColumn:
        return tr("Size");
    case RateColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags TransferQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace lakescope::ui
