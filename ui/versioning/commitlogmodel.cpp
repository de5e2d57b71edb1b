// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/commitlogmodel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStringList>
#include <QVariantMap>

namespace lakescope::ui {

namespace {

QStringList toStringList(const std::vector<std::string> &values)
{
    QStringList list;
    for (const auto &value : values)
        list << QString::fromStdString(value);
    return list;
}

} // namespace

CommitLogModel::CommitLogModel(AsyncRunner *runner, LakeResolver lake, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner), m_lake(std::move(lake))
{
}

CommitLogModel::~CommitLogModel() = default;

QString CommitLogModel::firstLine(const std::string &message)
{
    const QString text = QString::fromStdString(message);
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

void CommitLogModel::setSource(const StoreUrl &url)
{
    m_source = url;
    reload();
}

void CommitLogModel::reload()
{
    ++m_generation; // results of earlier requests are dropped on arrival
    beginResetModel();
    m_commits.clear();
    m_after.clear();
    m_hasMore = false;
    m_loaded = false;
    m_error.clear();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    if (m_source.scheme == Scheme::LakeFs && !m_source.bucket.empty() && !m_source.ref.empty())
        requestPage();
}

const lakefs::Commit *CommitLogModel::commitAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_commits.size()))
        return nullptr;
    return &m_commits[static_cast<std::size_t>(row)];
}

int CommitLogModel::rowOfCommit(const QString &commitId) const
{
    const std::string id = commitId.toStdString();
    for (std::size_t row = 0; row < m_commits.size(); ++row) {
        if (m_commits[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int CommitLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_commits.size());
}

int CommitLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommitLogModel::tooltipFor(const lakefs::Commit &commit) const
{
    QStringList lines;
    lines << QString::fromStdString(commit.id) << QString::fromStdString(commit.message).toHtmlEscaped();
    for (const auto &[key, value] : commit.metadata)
        lines << QString::fromStdString(key + ": " + value).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QVariant CommitLogModel::data(const QModelIndex &index, int role) const
{
    const lakefs::Commit *commit = index.isValid() ? commitAt(index.row()) : nullptr;
    if (!commit)
        return {};
    const bool merge = commit->parents.size() > 1;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return shortId(commit->id);
        case MessageColumn:
            return firstLine(commit->message);
        case CommitterColumn:
            return QString::fromStdString(commit->committer);
        case DateColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(commit->creationDate), QLocale::ShortFormat);
        case ParentsColumn: {
            QStringList parents;
            for (const auto &parent : commit->parents)
                parents << shortId(parent);
            const QString joined = parents.join(QStringLiteral(", "));
            return merge ? tr("Merge: %1").arg(joined) : joined;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tooltipFor(*commit);
    case Qt::AccessibleTextRole:
        if (index.column() == MessageColumn && merge)
            return tr("Merge commit: %1").arg(firstLine(commit->message));
        return {};
    case Qt::FontRole:
        if (index.column() == IdColumn) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case CommitIdRole:
        return QString::fromStdString(commit->id);
    case IsMergeRole:
        return merge;
    case ParentsRole:
        return toStringList(commit->parents);
    case MetadataRole: {
        QVariantMap map;
        for (const auto &[key, value] : commit->metadata)
            map.insert(QString::fromStdString(key), QString::fromStdString(value));
        return map;
    }
    case DateTimeRole:
        return QDateTime::fromSecsSinceEpoch(commit->creationDate);
    default:
        return {};
    }
}

QVariant CommitLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Commit");
    case MessageColumn:
        return tr("Message");
    case CommitterColumn:
        return tr("Committer");
    case DateColumn:
        return tr("Date");
    case ParentsColumn:
        return tr("Parents");
    default:
        return {};
    }
}

bool CommitLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_hasMore && !m_loading;
}

void CommitLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void CommitLogModel::requestPage()
{
    lakefs::LogRequest request;
    request.after = m_after;
    request.amount = m_pageSize;
    if (!m_source.path.empty()) {
        if (m_source.path.back() == '/')
            request.prefixes.push_back(m_source.path);
        else
            request.objects.push_back(m_source.path);
    }
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_runner->run(
        this,
        [lake = m_lake, url = m_source, request]() -> Result<lakefs::Page<lakefs::Commit>> {
            auto repository = lake(url);
            if (!repository)
                return repository.error();
            return (*repository)->logCommits(url.bucket, url.ref, request);
        },
        [this, generation](Result<lakefs::Page<lakefs::Commit>> page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page) {
                m_error = UiErrors::describe(page.error());
                emit loadingChanged(false);
                emit loadFailed(m_error);
                return;
            }
            m_loaded = true;
            m_hasMore = page->hasMore;
            if (!page->results.empty()) {
                m_after = page->nextOffset.empty() ? page->results.back().id : page->nextOffset;
                const int first = static_cast<int>(m_commits.size());
                beginInsertRows({}, first, first + static_cast<int>(page->results.size()) - 1);
                for (auto &commit : page->results)
                    m_commits.push_back(std::move(commit));
                endInsertRows();
            } else {
                m_hasMore = false; // an empty page cannot lead anywhere
            }
            emit loadingChanged(false);
            emit pageLoaded();
        });
}

} // namespace lakescope::ui
