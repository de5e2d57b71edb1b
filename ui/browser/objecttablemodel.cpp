// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/objecttablemodel.h"

#include "ui/bridge/asyncrunner.h"
#include "ui/bridge/uierrors.h"
#include "ui/browser/locationlevels.h"
#include "ui/browser/urlmime.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace lakescope::ui {

ObjectTableModel::ObjectTableModel(AsyncRunner *runner, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner)
{
}

ObjectTableModel::~ObjectTableModel()
{
    m_cancel.cancel();
}

void ObjectTableModel::cancelListing()
{
    // Results already in flight carry the old generation and are dropped.
    m_cancel.cancel();
    m_cancel = CancellationSource();
    ++m_generation;
    m_fetching = false;
}

void ObjectTableModel::clear()
{
    cancelListing();
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_order.clear();
    m_order.shrink_to_fit();
    m_rawLeaves.clear();
    m_nextToken.clear();
    m_hasMore = false;
    m_pagesLoaded = 0;
    m_folderCount = 0;
    m_totalBytes = 0;
    m_errorText.clear();
    m_error.reset();
    m_changes.clear();
    endResetModel();
    setState(State::Idle);
}

void ObjectTableModel::setFolder(ObjectStorePtr store, std::string prefix, std::string namePrefix)
{
    clear();
    m_store = std::move(store);
    m_prefix = std::move(prefix);
    m_namePrefix = std::move(namePrefix);
    m_source = {};
    if (!m_store)
        return;
    m_source = [store = m_store, prefix = m_prefix, namePrefix = m_namePrefix](
                   const std::string &token, std::size_t size, CancellationToken cancel) {
        return FolderListing::fetchPage(*store, prefix, token, size, cancel, FolderListing::Content::Everything,
                                        namePrefix);
    };
    m_hasMore = true;
    setState(State::Loading);
    requestPage();
}

void ObjectTableModel::setSource(PageSource source)
{
    clear();
    m_store.reset();
    m_prefix.clear();
    m_namePrefix.clear();
    m_source = std::move(source);
    if (!m_source)
        return;
    m_hasMore = true;
    setState(State::Loading);
    requestPage();
}

void ObjectTableModel::refresh()
{
    if (m_store) {
        setFolder(m_store, m_prefix, m_namePrefix);
    } else {
        PageSource source = m_source;
        setSource(std::move(source));
    }
}

StoreUrl ObjectTableModel::urlAt(int row) const
{
    const std::string key = keyAt(row);
    std::string leaf = key.substr(m_prefix.size());
    if (LocationLevels::of(m_location) != LocationLevels::Level::Store) {
        leaf.pop_back(); // buckets, repositories and refs end in '/' as folders
        return LocationLevels::child(m_location, leaf);
    }
    StoreUrl url = m_location;
    url.path = m_location.scheme == Scheme::File ? m_location.storeRoot() + key : key;
    return url;
}

void ObjectTableModel::setChanges(QHash<QString, Change> changes, std::vector<ObjectRow> removed)
{
    m_changes = std::move(changes);
    if (!removed.empty()) {
        FolderPage page;
        page.rows = std::move(removed);
        const int added = int(page.rows.size());
        mergePage(std::move(page));
        emit pageMerged(added);
    }
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ObjectTableModel::stop()
{
    if (m_state != State::Loading)
        return;
    cancelListing();
    setState(State::Stopped);
}

void ObjectTableModel::resume()
{
    if (m_state != State::Stopped || !m_hasMore)
        return;
    setState(State::Loading);
    requestPage();
}

void ObjectTableModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ObjectTableModel::requestPage()
{
    m_fetching = true;
    const quint64 generation = m_generation;
    m_runner->run(
        this,
        [source = m_source, token = m_nextToken, size = m_pageSize, cancel = m_cancel.token()] {
            return source(token, size, cancel);
        },
        [this, generation](Result<FolderPage> page) { onPage(generation, std::move(page)); });
}

void ObjectTableModel::onPage(quint64 generation, Result<FolderPage> page)
{
    if (generation != m_generation)
        return;
    m_fetching = false;
    if (!page) {
        if (page.error().code == ErrorCode::Cancelled) {
            setState(State::Stopped);
            return;
        }
        m_error = page.error();
        m_errorText = UiErrors::describe(page.error());
        setState(State::Failed);
        emit errorOccurred(m_errorText);
        return;
    }

    FolderPage &content = *page;
    ++m_pagesLoaded;
    // A store that hands back the token it was given would loop forever.
    const bool stuck = !content.nextPageToken.empty() && content.nextPageToken == m_nextToken;
    m_nextToken = stuck ? std::string() : std::move(content.nextPageToken);
    m_hasMore = !m_nextToken.empty();
    // Ask for the next page first, so the worker lists while we merge.
    if (m_hasMore && m_autoFetch)
        requestPage();

    const int added = int(content.rows.size());
    mergePage(std::move(content));
    emit pageMerged(added);
    if (!m_hasMore)
        setState(State::Complete);
}

void ObjectTableModel::mergePage(FolderPage page)
{
    if (page.rows.empty())
        return;
    const int firstId = int(m_rows.size());
    for (auto &[index, raw] : page.rawLeaves)
        m_rawLeaves.emplace(firstId + int(index), std::move(raw));
    for (const ObjectRow &row : page.rows) {
        if (row.folder)
            ++m_folderCount;
        else
            m_totalBytes += row.size;
    }
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.rows.begin()), std::make_move_iterator(page.rows.end()));

    std::vector<int> incoming(page.rows.size());
    std::iota(incoming.begin(), incoming.end(), firstId);
    std::stable_sort(incoming.begin(), incoming.end(), [this](int a, int b) { return rowLess(a, b); });

    const int oldCount = int(m_order.size());
    const int newCount = oldCount + int(incoming.size());
    // The common case for stores that list in name order: the whole page
    // belongs after what is shown.
    const bool appendOnly = m_order.empty() || !rowLess(incoming.front(), m_order.back());

    beginInsertRows({}, oldCount, newCount - 1);
    m_order.insert(m_order.end(), incoming.begin(), incoming.end());
    endInsertRows();
    if (appendOnly)
        return;

    // Otherwise the new rows move into place in one layout change: one O(n)
    // merge instead of one insert signal per scattered row.
    reorder([this, oldCount] {
        std::inplace_merge(m_order.begin(), m_order.begin() + oldCount, m_order.end(),
                           [this](int a, int b) { return rowLess(a, b); });
    });
}

void ObjectTableModel::reorder(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> ids;
    ids.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        ids.push_back(m_order[std::size_t(index.row())]);

    change();

    if (!before.isEmpty()) {
        std::vector<int> rowOfId(m_rows.size());
        for (int row = 0; row < int(m_order.size()); ++row)
            rowOfId[std::size_t(m_order[std::size_t(row)])] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOfId[std::size_t(ids[std::size_t(i)])], before[i].column()));
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ObjectTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = NameColumn;
    const ObjectOrder next(column, order);
    if (next == m_sort)
        return;
    m_sort = next;
    if (m_order.size() < 2)
        return;
    reorder([this] {
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return rowLess(a, b); });
    });
}

std::string ObjectTableModel::keyAt(int row) const
{
    const int id = m_order[std::size_t(row)];
    const ObjectRow &entry = m_rows[std::size_t(id)];
    std::string key = m_prefix;
    if (entry.rawLeaf)
        key += m_rawLeaves.at(id);
    else
        key += entry.name.toStdString();
    if (entry.folder)
        key += '/';
    return key;
}

int ObjectTableModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < int(m_order.size()); ++row) {
        if (rowAt(row).name == name)
            return row;
    }
    return -1;
}

int ObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QIcon iconOf(const ObjectRow &row)
{
    switch (row.kind) {
    case ObjectRow::Kind::Object: return Icons::file();
    case ObjectRow::Kind::Folder: return Icons::folder();
    case ObjectRow::Kind::Bucket: return Icons::bucket();
    case ObjectRow::Kind::Repository: return Icons::repository();
    case ObjectRow::Kind::Branch: return Icons::branch();
    case ObjectRow::Kind::Tag: return Icons::tag();
    }
    return row.folder ? Icons::folder() : Icons::file();
}

} // namespace

QString ObjectTableModel::changeName(Change change)
{
    switch (change) {
    case Change::None: return {};
    case Change::Added: return tr("Added");
    case Change::Modified: return tr("Modified");
    case Change::Removed: return tr("Removed");
    }
    return {};
}

QVariant ObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectRow &row = rowAt(index.row());
    const Change change = m_changes.isEmpty() ? Change::None : changeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case SizeColumn: return row.folder ? QString() : DisplayFormat::size(row.size);
        case ModifiedColumn:
            return row.modified == ObjectRow::kNoTime ? QString() : DisplayFormat::dateTime(row.modified);
        case TypeColumn: return row.type;
        case ChangeColumn: return changeName(change);
        case ChecksumColumn: return row.etag;
        case StorageClassColumn: return row.storageClass;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return iconOf(row);
        break;
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn && !row.folder)
            return DisplayFormat::exactBytes(row.size);
        if (index.column() == ModifiedColumn && row.modified != ObjectRow::kNoTime)
            return DisplayFormat::dateTimeLong(row.modified);
        if (index.column() == NameColumn)
            return change == Change::Removed ? tr("%1 (removed on this branch, not committed yet)").arg(row.name)
                                             : row.name;
        break;
    case Qt::FontRole:
        if (change == Change::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (change == Change::Removed)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == ChangeColumn && change == Change::Added)
            return QColor(0x2e, 0x7d, 0x32);
        if (index.column() == ChangeColumn && change == Change::Modified)
            return QColor(0xb2, 0x6a, 0x00);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IsFolderRole: return row.folder;
    case KeyRole: return QString::fromStdString(keyAt(index.row()));
    case NameRole: return row.name;
    case RawSizeRole: return qulonglong(row.size);
    case RawModifiedRole:
        return row.modified == ObjectRow::kNoTime ? QVariant() : QVariant(qint64(row.modified));
    case KindRole: return int(row.kind);
    case ChangeRole: return int(change);
    case UrlRole: {
        QString text = QString::fromStdString(urlAt(index.row()).toString());
        if (row.folder && !text.endsWith(QLatin1Char('/')))
            text += QLatin1Char('/');
        return text;
    }
    default: break;
    }
    return {};
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == SizeColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModifiedColumn: return tr("Modified");
    case TypeColumn: return tr("Type");
    case ChangeColumn: return tr("Change");
    case ChecksumColumn: return tr("Checksum / ETag");
    case StorageClassColumn: return tr("Storage class");
    }
    return {};
}

Qt::ItemFlags ObjectTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ObjectRow &row = rowAt(index.row());
    // Removed rows exist only in the branch's history: nothing to drag.
    if (m_changes.value(row.name, Change::None) != Change::Removed)
        flags |= Qt::ItemIsDragEnabled;
    if (row.folder)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList ObjectTableModel::mimeTypes() const
{
    return {UrlMime::mimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *ObjectTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<StoreUrl> urls;
    QList<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || seen.contains(index.row()))
            continue;
        seen.append(index.row());
        urls.append(urlAt(index.row()));
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    UrlMime::encode(mime, urls);
    if (m_location.scheme == Scheme::File) {
        QList<QUrl> local;
        for (const StoreUrl &url : urls)
            local.append(QUrl::fromLocalFile(QString::fromStdString(url.path)));
        mime->setUrls(local);
    } else if (m_externalMime) {
        m_externalMime(mime, urls);
    }
    return mime;
}

bool ObjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::Loading && m_hasMore && !m_fetching;
}

void ObjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace lakescope::ui
