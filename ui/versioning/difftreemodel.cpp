// SPDX-License-Identifier: Apache-2.0
#include "ui/versioning/difftreemodel.h"

#include "ui/bridge/uierrors.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/icons.h"

#include <QColor>
#include <QFont>

#include <unordered_set>

namespace lakescope::ui {

namespace {

// lakeFS paths are objects below folders; a path ending in '/' is an object
// of its own (a folder marker), kept as a leaf with that name.
struct SplitPath
{
    std::vector<std::string> folders; // each ending in '/'
    std::string leaf;
};

SplitPath splitPath(const std::string &path)
{
    SplitPath split;
    std::size_t start = 0;
    for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', start)) {
        split.folders.push_back(path.substr(start, slash - start + 1));
        start = slash + 1;
    }
    split.leaf = path.substr(start);
    if (split.leaf.empty() && !split.folders.empty()) {
        split.leaf = split.folders.back();
        split.folders.pop_back();
    }
    return split;
}

} // namespace

DiffTreeModel::DiffTreeModel(AsyncRunner *runner, QObject *parent)
    : QAbstractItemModel(parent), m_loader(new DiffPageLoader(runner, this)), m_root(std::make_unique<Node>())
{
    m_root->folder = true;
}

DiffTreeModel::~DiffTreeModel() = default;

void DiffTreeModel::setPageSource(DiffPageSource source)
{
    m_source = std::move(source);
    reload();
}

void DiffTreeModel::reload()
{
    m_loader->cancel();
    beginResetModel();
    m_entries.clear();
    m_totals = {};
    resetTree();
    endResetModel();
    m_error.reset();
    m_complete = false;
    m_cancelled = false;
    if (m_source) {
        m_loader->start(
            m_source, m_pageSize,
            [this](std::vector<lakefs::DiffEntry> entries, bool last) { pageArrived(std::move(entries), last); },
            [this](const Error &error) { loadFailed(error); });
    }
    emit statusChanged();
}

void DiffTreeModel::cancel()
{
    if (!m_loader->isLoading())
        return;
    m_loader->cancel();
    m_cancelled = true;
    emit statusChanged();
}

void DiffTreeModel::clear()
{
    m_source = nullptr;
    reload();
}

void DiffTreeModel::setPageSize(int amount)
{
    m_pageSize = lakefs::effectiveAmount(amount);
}

void DiffTreeModel::setKindFilter(Kinds kinds)
{
    if (kinds == m_filter)
        return;
    m_filter = kinds;
    rebuild();
    emit statusChanged();
}

void DiffTreeModel::pageArrived(std::vector<lakefs::DiffEntry> entries, bool last)
{
    merge(std::move(entries));
    m_complete = last;
    emit statusChanged();
    if (last)
        emit loaded();
}

void DiffTreeModel::loadFailed(const Error &error)
{
    m_error = error;
    emit statusChanged();
    emit failed(UiErrors::describe(error));
}

DiffTreeModel::Node *DiffTreeModel::childFolder(Node *parent, const std::string &name, std::vector<Node *> &created)
{
    if (auto found = parent->folders.find(name); found != parent->folders.end())
        return found->second;
    auto node = std::make_unique<Node>();
    node->name = name;
    node->parent = parent;
    node->folder = true;
    node->row = static_cast<int>(parent->children.size());
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    parent->folders.emplace(name, raw);
    created.push_back(raw);
    return raw;
}

void DiffTreeModel::merge(std::vector<lakefs::DiffEntry> entries, bool announce)
{
    // Nodes made in this batch reach the views with their parent; only
    // parents the views already know get an insertion of their own.
    std::vector<Node *> created;
    std::unordered_set<Node *> createdSet;
    std::vector<Node *> grown;
    std::unordered_set<Node *> grownSet;
    std::vector<Node *> touched;
    std::unordered_set<Node *> touchedSet;

    m_entries.reserve(m_entries.size() + entries.size());
    for (lakefs::DiffEntry &entry : entries) {
        const Kind kind = kindOf(entry.type);
        m_totals.add(kind);
        if (accepts(kind)) {
            const SplitPath split = splitPath(entry.path);
            Node *parent = m_root.get();
            parent->counts.add(kind);
            for (const std::string &folder : split.folders) {
                const std::size_t before = created.size();
                Node *child = childFolder(parent, folder, created);
                if (created.size() != before) {
                    createdSet.insert(child);
                    if (!createdSet.count(parent) && grownSet.insert(parent).second)
                        grown.push_back(parent);
                }
                parent = child;
                parent->counts.add(kind);
                if (!createdSet.count(parent) && touchedSet.insert(parent).second)
                    touched.push_back(parent);
            }
            auto leaf = std::make_unique<Node>();
            leaf->name = split.leaf;
            leaf->parent = parent;
            leaf->kind = kind;
            leaf->size = entry.sizeBytes;
            leaf->row = static_cast<int>(parent->children.size());
            leaf->counts.add(kind);
            parent->children.push_back(std::move(leaf));
            if (!createdSet.count(parent) && grownSet.insert(parent).second)
                grown.push_back(parent);
        }
        m_entries.push_back(std::move(entry));
    }

    if (!announce)
        return;
    for (Node *node : created)
        node->published = static_cast<int>(node->children.size());
    for (Node *parent : grown) {
        const int size = static_cast<int>(parent->children.size());
        beginInsertRows(indexOf(parent), parent->published, size - 1);
        parent->published = size;
        endInsertRows();
    }
    for (Node *folder : touched) {
        const QModelIndex index = indexOf(folder);
        emit dataChanged(index, index);
    }
}

void DiffTreeModel::resetTree()
{
    m_root = std::make_unique<Node>();
    m_root->folder = true;
}

void DiffTreeModel::rebuild()
{
    beginResetModel();
    resetTree();
    std::vector<lakefs::DiffEntry> entries = std::move(m_entries);
    m_entries.clear();
    m_totals = {};
    merge(std::move(entries), false);
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        node->published = static_cast<int>(node->children.size());
        for (auto &child : node->children) {
            if (child->folder)
                stack.push_back(child.get());
        }
    }
    endResetModel();
}

DiffTreeModel::Kind DiffTreeModel::kindOf(lakefs::DiffType type)
{
    switch (type) {
    case lakefs::DiffType::Added: return Added;
    case lakefs::DiffType::Removed: return Removed;
    case lakefs::DiffType::Conflict: return Conflict;
    default: return Changed;
    }
}

QString DiffTreeModel::countsText(const Counts &counts)
{
    QStringList parts;
    if (counts.added)
        parts << QStringLiteral("+%1").arg(counts.added);
    if (counts.removed)
        parts << QStringLiteral("\u2212%1").arg(counts.removed);
    if (counts.changed)
        parts << QStringLiteral("~%1").arg(counts.changed);
    if (counts.conflicts)
        parts << QStringLiteral("!%1").arg(counts.conflicts);
    return parts.join(QLatin1Char(' '));
}

DiffTreeModel::Counts DiffTreeModel::counts(const QModelIndex &index) const
{
    return nodeOf(index)->counts;
}

QString DiffTreeModel::fullPath(const Node *node)
{
    QString path;
    for (; node && node->parent; node = node->parent)
        path.prepend(QString::fromStdString(node->name));
    return path;
}

QString DiffTreeModel::path(const QModelIndex &index) const
{
    return index.isValid() ? fullPath(nodeOf(index)) : QString();
}

bool DiffTreeModel::isFolder(const QModelIndex &index) const
{
    return index.isValid() && nodeOf(index)->folder;
}

QModelIndex DiffTreeModel::indexOfPath(const QString &path) const
{
    const std::string text = path.toStdString();
    const bool folder = text.size() > 1 && text.back() == '/';
    SplitPath split = splitPath(text);
    if (folder) {
        split.folders.push_back(split.leaf);
        split.leaf.clear();
    }
    const Node *node = m_root.get();
    for (const std::string &name : split.folders) {
        auto found = node->folders.find(name);
        if (found == node->folders.end() || found->second->row >= node->published)
            return {};
        node = found->second;
    }
    if (folder)
        return indexOf(node);
    for (int row = 0; row < node->published; ++row) {
        const Node *child = node->children[row].get();
        if (!child->folder && child->name == split.leaf)
            return indexOf(child);
    }
    return {};
}

QString DiffTreeModel::statusText() const
{
    const QString loaded = DisplayFormat::count(static_cast<qint64>(m_entries.size()));
    if (m_error && m_entries.empty())
        return tr("Could not load the changes: %1").arg(UiErrors::describe(*m_error));
    if (m_error)
        return tr("Could not load all the changes (%1 loaded): %2").arg(loaded, UiErrors::describe(*m_error));
    if (m_loader->isLoading())
        return tr("%1 changes loaded, loading more…").arg(loaded);
    if (m_cancelled)
        return tr("%1 changes loaded; loading was stopped").arg(loaded);
    if (m_complete && m_entries.empty())
        return tr("No changes");
    if (m_complete && m_root->counts.total() != m_totals.total())
        return tr("%1 changes, %2 shown").arg(loaded, DisplayFormat::count(m_root->counts.total()));
    if (m_complete)
        return tr("%1 changes").arg(loaded);
    return {};
}

DiffTreeModel::Node *DiffTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DiffTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row >= node->published)
        return {};
    return createIndex(row, column, node->children[row].get());
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeOf(parent)->published;
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DiffTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (node->folder)
                return QStringLiteral("%1  %2").arg(QString::fromStdString(node->name), countsText(node->counts));
            return QString::fromStdString(node->name);
        case ChangeColumn:
            if (node->folder)
                return {};
            switch (node->kind) {
            case Added: return tr("Added");
            case Removed: return tr("Removed");
            case Conflict: return tr("Conflict");
            case Changed: break;
            }
            return tr("Changed");
        case SizeColumn:
            if (!node->folder && node->size)
                return DisplayFormat::size(*node->size);
            return {};
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return node->folder ? Icons::folder() : Icons::file();
        return {};
    case Qt::ForegroundRole:
        // Red reads as "needs a decision" on both the light and dark palettes.
        if (node->folder ? node->counts.conflicts > 0 : node->kind == Conflict)
            return QColor(0xd3, 0x3b, 0x3b);
        return {};
    case Qt::FontRole:
        if (!node->folder && node->kind == Conflict) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: return fullPath(node);
    case Qt::AccessibleTextRole:
        if (node->folder)
            return tr("Folder %1: %2 added, %3 removed, %4 changed, %5 in conflict")
                .arg(QString::fromStdString(node->name))
                .arg(node->counts.added)
                .arg(node->counts.removed)
                .arg(node->counts.changed)
                .arg(node->counts.conflicts);
        return {};
    case PathRole: return fullPath(node);
    case IsFolderRole: return node->folder;
    case KindRole: return node->folder ? 0 : static_cast<int>(node->kind);
    case AddedRole: return node->counts.added;
    case RemovedRole: return node->counts.removed;
    case ChangedRole: return node->counts.changed;
    case ConflictRole: return node->counts.conflicts;
    }
    return {};
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ChangeColumn: return tr("Change");
    case SizeColumn: return tr("Size");
    }
    return {};
}

} // namespace lakescope::ui
