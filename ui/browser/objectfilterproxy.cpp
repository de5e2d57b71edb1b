// SPDX-License-Identifier: Apache-2.0
#include "ui/browser/objectfilterproxy.h"

#include "ui/browser/objecttablemodel.h"

namespace lakescope::ui {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A proxy sort column of -1 keeps the source order; our sort() below
    // never changes it.
    setDynamicSortFilter(false);
}

void ObjectFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ObjectTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ObjectFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void ObjectFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_wildcard = m_text.contains(QLatin1Char('*')) || m_text.contains(QLatin1Char('?'));
    if (m_wildcard) {
        m_pattern = QRegularExpression(
            QRegularExpression::wildcardToRegularExpression(m_text, QRegularExpression::UnanchoredWildcardConversion),
            QRegularExpression::CaseInsensitiveOption);
        m_pattern.optimize();
    }
    invalidateFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    // Straight to the row: a QVariant per row and keystroke adds up at 100k rows.
    const QString &name = m_model ? m_model->rowAt(sourceRow).name
                                  : sourceModel()->index(sourceRow, 0).data().toString();
    if (m_wildcard)
        return m_pattern.match(name).hasMatch();
    return name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace lakescope::ui
